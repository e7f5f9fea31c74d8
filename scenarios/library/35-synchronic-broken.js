/**
 * @title A broken synchronic: the update counter read too late
 * @topic Building blocks
 * @host browser
 * @model sc
 * @goal "[deadlock: waiter]"
 * @expect "waiter: saw 2"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "[deadlock: waiter]"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * The tutorial's last building block: "so-called 'synchronic' objects that
 * are containers for simple atomic values and which have a built-in (and
 * efficient) wait-for-update functionality". This one holds a byte, in a
 * `Uint8Array`. `Atomics.wait` works only on an `Int32Array` (or a
 * `BigInt64Array`, which the simulator does not have), so the cell keeps a
 * second element beside the value: `seq`, an `Int32Array` element that counts
 * updates, and waiters sleep on that. `update(v)` stores the value, adds 1 to
 * the count and wakes all sleepers. `waitUntilEquals(v)` sleeps until the cell
 * holds `v`. The setter stores 1 and then 2; the waiter waits for 2.
 *
 * **Challenge.** Schedule the agents so that the waiter sleeps forever.
 *
 * **Try it.** Step the waiter until it has loaded the value: `0`, not the 2
 * it wants. Now run the setter to its end: the value becomes 2, the count 2, and
 * its `notify`s wake nobody. Step the waiter again: it reads the count, `2`,
 * and waits for it to change from `2`, which it never will. The value it
 * wants is already there: `[deadlock: waiter]`. Explore any model: the
 * deadlock is one of two outcomes.
 *
 * **Why.** The waiter checks the value and then reads the count, in two
 * steps, and an update can come in between. The count it then passes to
 * `Atomics.wait` already includes that update, so `wait` sleeps until the
 * *next* one. It is the lost wake-up again (scenario 23), and the same
 * mistake as the condition variable of scenario 29: the number to wait on
 * must be read *before* the check it protects. Every access here is atomic,
 * so every model shows it.
 *
 * **The fix.** Read the count first, then check the value, then wait on the
 * count read: scenario 36.
 */
const sab = new SharedArrayBuffer(8);
const seq = new Int32Array(sab, 0, 1);  // counts updates; waiters sleep on it
const cell = new Uint8Array(sab, 4, 1); // the value
function update(v) {
    Atomics.store(cell, 0, v);
    Atomics.add(seq, 0, 1);
    Atomics.notify(seq, 0); // wake every waiter
}
function waitUntilEquals(v) {
    while (Atomics.load(cell, 0) !== v) {
        const n = Atomics.load(seq, 0); // too late: an update may have come
        Atomics.wait(seq, 0, n);
    }
}
agent('setter', () => {
    update(1);
    update(2);
});
agent('waiter', () => {
    waitUntilEquals(2);
    console.log('saw', Atomics.load(cell, 0));
});
