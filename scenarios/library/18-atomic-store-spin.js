/**
 * @title An atomic write and a spinning atomic read
 * @topic Ordering and visibility
 * @host browser
 * @expect "main: 163; reader: 123456"  sc: always  tso: always  relaxed: always
 * @expect "reader: 163"  sc: never  tso: never  relaxed: never
 *
 * The tutorial's first use of `Atomics`: the writer stores with
 * `Atomics.store(ia, 37, 123456)`, and the reader loops on `Atomics.load` until
 * the value is no longer `163`, then prints it. "Once it does change it will
 * change predictably": every execution prints `123456`.
 *
 * **Try it.** Step the reader a few times before `main` stores: it goes round
 * its empty loop, and the timeline shows one atomic load per turn. The explorer
 * does not go round forever: it recognises that a turn of the loop leads back to
 * a state it has already seen. Under TSO, watch the store: an `Atomics.store`
 * drains the writer's store buffer first and then writes memory directly (like
 * x86 `XCHG`), so it cannot linger the way the plain write of the previous
 * scenario did.
 *
 * **Why.** An atomic read of an element written atomically sees either the
 * value before the write or the written one, and all sequentially consistent
 * `Atomics` operations fall into one total order that every agent agrees on
 * (ECMA-262 §29, Memory Model). When the loop's load sees `123456`, the store
 * *synchronizes with* it, so the plain `console.log(ia[37])` after the loop
 * cannot see anything older either.
 *
 * Spinning is "a poor use of computer time unless the wait is very brief";
 * `Atomics.wait` (scenario 21) lets the reader sleep instead.
 */
const ia = new Int32Array(new SharedArrayBuffer(400));
ia[37] = 163;
agent('reader', () => {
    while (Atomics.load(ia, 37) == 163)
        ;
    console.log(ia[37]); // Prints 123456
});
console.log(ia[37]); // Prints 163, the 38th prime
Atomics.store(ia, 37, 123456);
