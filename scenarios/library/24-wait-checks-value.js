/**
 * @title No lost wake-up: Atomics.wait checks the value
 * @topic Waiting
 * @host browser
 * @expect "waiter: ready"  sc: always  tso: always  relaxed: always
 * @expect "[deadlock: waiter]"  sc: never  tso: never  relaxed: never
 *
 * Scenario 23, fixed. `waiter` no longer checks the flag and then sleeps on
 * a bell. It passes the flag's location and the value that means "not yet"
 * to `Atomics.wait(ia, 0, 0)`, which checks the value and goes to sleep in one
 * indivisible step. `notifier` sets the flag and notifies that same location.
 * The `while` loop checks again after every return, as a waiter should.
 *
 * **Try it.** Repeat the schedule that deadlocked scenario 23: let `waiter`
 * do its `Atomics.load` and see `0`, then step `notifier` through its store
 * and its `notify`, which wakes nobody. Now `waiter`'s `Atomics.wait(ia, 0, 0)`
 * finds `ia[0]` is `1`, returns `"not-equal"` at once, and the loop ends. If
 * `waiter` gets to its `wait` before the store instead, it sleeps and the
 * notify wakes it. Explore all three models: one outcome, `waiter: ready`, and
 * no schedule deadlocks.
 *
 * **Why it works.** `Atomics.wait` and `Atomics.notify` both enter the same
 * critical section, the waiter list of that location (ECMA-262, Atomics.wait
 * and Atomics.notify). Inside it, `wait` reads the value and, if it is still
 * the expected one, adds the agent to the list and sleeps. So a store made
 * before the check is seen by the check, and a `notify` made after it finds
 * the agent on the list. There is no gap between checking and sleeping for a
 * notify to fall into. The notifier must keep its part of the bargain: change
 * the value first, then notify the location it changed. Early drafts of the
 * proposal called these functions `futexWait` and `futexWake`, after the
 * Linux futex, which works the same way.
 */
const ia = new Int32Array(new SharedArrayBuffer(8)); // ia[0]: the flag
agent('waiter', () => {
    while (Atomics.load(ia, 0) === 0) // not ready yet?
        Atomics.wait(ia, 0, 0);       // sleep, but only if ia[0] is still 0
    console.log('ready');
});
agent('notifier', () => {
    Atomics.store(ia, 0, 1);          // set the flag...
    Atomics.notify(ia, 0);            // ...and notify the same location
});
