/**
 * @title Two locks taken in opposite orders
 * @topic When it goes wrong
 * @host browser
 * @goal deadlock
 * @expect "a: has both locks; b: has both locks"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "[deadlock: a, b]"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * A lock (a *mutex*) built from `Atomics`: an element that is `0` when the lock
 * is free and `1` when somebody holds it. `lock(i)` takes it with
 * `Atomics.compareExchange(ia, i, 0, 1)`, which changes 0 to 1 in one
 * indivisible step and returns what was there; if that was not 0, somebody else
 * holds the lock, so the agent sleeps with `Atomics.wait(ia, i, 1)` and tries
 * again when woken. `unlock(i)` stores 0 and wakes one sleeper with
 * `Atomics.notify`. Agent `a` takes lock 0 and then lock 1; agent `b` takes
 * lock 1 and then lock 0.
 *
 * **Challenge.** Schedule the agents so that both end up asleep for good.
 *
 * **Try it.** Run it: with the default schedule `a` takes both locks before `b`
 * starts, and both print. Now step by hand: let `a` take lock 0, then let `b`
 * take lock 1. Each now holds the lock the other needs next, both go to sleep,
 * and nobody is left to wake them. Explore any model: two outcomes, and one of
 * them is `[deadlock: a, b]`. The Problems tab names where each agent waits.
 *
 * **Why.** A deadlock needs a cycle: `a` holds lock 0 and waits for lock 1,
 * `b` holds lock 1 and waits for lock 0. The memory model plays no part here:
 * every operation is atomic, so all three models give the same outcomes. Only
 * the order of the steps matters, which is why the bug hides under the
 * default schedule and in most real runs, and shows up rarely and far from
 * its cause.
 *
 * **The fix.** Take locks in one global order: if every agent takes lock 0
 * before lock 1, no cycle can form. Change `b` to `lock(0); lock(1);` and
 * explore again: the deadlock is gone; scenario 40 is that program. (Another
 * way out is to take one lock that covers both resources.)
 */
const ia = new Int32Array(new SharedArrayBuffer(8)); // ia[0]: lock 0, ia[1]: lock 1
function lock(i) {
    while (Atomics.compareExchange(ia, i, 0, 1) !== 0)
        Atomics.wait(ia, i, 1); // sleeps only while the lock is still held
}
function unlock(i) {
    Atomics.store(ia, i, 0);
    Atomics.notify(ia, i, 1);
}
agent('a', () => {
    lock(0);
    lock(1);
    console.log('has both locks');
    unlock(1);
    unlock(0);
});
agent('b', () => {
    lock(1);
    lock(0);
    console.log('has both locks');
    unlock(0);
    unlock(1);
});
