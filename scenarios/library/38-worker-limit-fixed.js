/**
 * @title Within the worker limit: main does the waking
 * @topic When it goes wrong
 * @host browser
 * @workers 2
 * @expect "waiter1: woken; waiter2: woken"  sc: always  tso: always  relaxed: always
 *
 * Scenario 37 with the same page limit, `@workers 2`, and the same two
 * waiters. What changed: there is no third worker. The waker's job, a store
 * and a notify, never blocks, so `main` can do it itself. A browser's main
 * thread may not *wait* (scenario 25), but it may store and notify. Two
 * workers fit the limit, both start, and both are woken.
 *
 * **Try it.** Run it: `main` stores and notifies before either waiter has
 * started, so each `Atomics.wait(ia, 0, 0)` finds `1`, returns `"not-equal"`
 * at once, and both print `woken`. Now step by hand and let both waiters go
 * to sleep first: `main`'s notify wakes both (it returns `2`). Explore all
 * three models: one outcome, both woken, no deadlock.
 *
 * **Why it works.** A worker past the limit is created but never started
 * (the tutorial: "new workers in the domain will be [created] but will
 * remain un-started"). Nothing in this program depends on such a worker,
 * because there is none. `Atomics.wait` checks the value before it sleeps
 * (ECMA-262, Atomics.wait), so it does not matter whether `main`'s store
 * comes before or after the waiters go to sleep.
 *
 * **The other way out,** starting the agent that others depend on first,
 * needs care. Move `main`'s two lines into a third `agent('waker', ...)`
 * created *before* the waiters, and explore: `waker` and `waiter1` start, and
 * now `waiter2` is the one that never starts. Nothing deadlocks, but its work
 * is silently never done. Keep the number of workers within the limit, for
 * example with a fixed pool of workers that take jobs from a queue.
 */
const ia = new Int32Array(new SharedArrayBuffer(400));
agent('waiter1', () => {
    Atomics.wait(ia, 0, 0);
    console.log('woken');
});
agent('waiter2', () => {
    Atomics.wait(ia, 0, 0);
    console.log('woken');
});
Atomics.store(ia, 0, 1); // main may store and notify; only waiting is denied
Atomics.notify(ia, 0);
