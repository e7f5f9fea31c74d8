/**
 * @title A synchronic: a value you can wait on
 * @topic Building blocks
 * @host browser
 * @model sc
 * @expect "waiter: saw 2"  sc: always  tso: always  relaxed: always
 * @expect "[deadlock: waiter]"  sc: never  tso: never  relaxed: never
 *
 * Scenario 35 with `waitUntilEquals` fixed. A synchronic cell holds a byte
 * (`cell`, a `Uint8Array` element) and an update count (`seq`, an
 * `Int32Array` element, because only those can be waited on). `update(v)`
 * stores the value, adds 1 to the count and wakes every sleeper. The waiter
 * now reads the count *first*, then checks the value, and only then sleeps
 * with `Atomics.wait(seq, 0, n)` on the count it read; when woken it starts
 * over. Users of the cell see just two calls, `update(v)` and
 * `waitUntilEquals(v)`; the tutorial's point is that such a wrapper makes
 * `wait` and `notify` easy to use right.
 *
 * **Try it.** Repeat the schedule that deadlocked scenario 35: the waiter
 * reads the count (`0`) and the value (`0`), then the setter runs to its end.
 * The waiter's `Atomics.wait(seq, 0, 0)` finds `2`, returns `"not-equal"` at
 * once, and the loop starts over: count `2`, value `2`, done. Or let the
 * waiter fall asleep first and watch the setter's `notify` wake it. Explore
 * all three models: `saw 2` is the only outcome.
 *
 * **Why it works.** Any update the waiter's value check missed, because it
 * came after the check, also came after the count was read, and changed the
 * count. So `wait` sees a count other than `n` and does not sleep, or sleeps
 * and is woken by that update's `notify`: the check of the value and going to
 * sleep are one step (ECMA-262, Atomics.wait and Atomics.notify). The waiter
 * may wake for an update it does not want (the `1`); the loop checks again.
 *
 * **Why a separate count.** Waiting on the value itself is fine for an
 * `Int32Array` cell: `while ((x = Atomics.load(ia, 0)) !== v)
 * Atomics.wait(ia, 0, x)`. The count lets the same code serve any element
 * type, and it also lets a waiter notice an update that stores the value the
 * cell already had.
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
    for (;;) {
        const n = Atomics.load(seq, 0);     // first the count...
        if (Atomics.load(cell, 0) === v)    // ...then the value
            return;
        Atomics.wait(seq, 0, n);            // sleeps only if no update since
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
