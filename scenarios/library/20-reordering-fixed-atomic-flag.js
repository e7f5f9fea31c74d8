/**
 * @title Message passing fixed with an atomic flag
 * @topic Ordering and visibility
 * @host browser
 * @expect "reader: 123456 | 314159"  sc: always  tso: always  relaxed: always
 * @expect "reader: 123456 | 191"  sc: never  tso: never  relaxed: never
 *
 * The tutorial's fix for the previous scenario: the writer still writes
 * `ia[42]` plainly, but publishes `ia[37]` with `Atomics.store`; the reader
 * waits for the new `ia[37]` with `Atomics.load` before it reads anything else.
 * "If ia[37] is written atomically, all writes performed before the atomic write
 * will be observable no later than the write to ia[37] is observed."
 *
 * **Try it.** Explore the relaxed model: one outcome, `123456` then `314159`.
 * The `123456 191` of the previous scenario is gone. Then, as an experiment,
 * turn the writer's `Atomics.store` back into `ia[37] = 123456` and explore
 * again: the reader can stop spinning and still print `191`. Atomics are needed
 * on *both* sides.
 *
 * **Why.** When the reader's atomic load reads the value of the writer's atomic
 * store, the store *synchronizes with* the load (ECMA-262 §29, Memory Model).
 * Everything the writer did before the store, including the plain write of
 * `314159`, then *happens before* everything the reader does after the load, and
 * a read cannot return a write that is hidden behind a later one in
 * happens-before. This is the pattern the tutorial recommends: atomic elements
 * as flags and channels, plain elements for the data they guard.
 *
 * The two `console.log` calls print two lines, which the outcome joins with
 * ` | `.
 */
const ia = new Int32Array(new SharedArrayBuffer(400));
ia[37] = 163;
ia[42] = 191;
agent('writer', () => {
    ia[42] = 314159; // was 191
    Atomics.store(ia, 37, 123456); // was 163
});
agent('reader', () => {
    while (Atomics.load(ia, 37) == 163)
        ;
    console.log(ia[37]); // Will print 123456
    console.log(ia[42]); // Will print 314159
});
