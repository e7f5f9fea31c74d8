/**
 * @title Waiting for a worker that never starts
 * @topic When it goes wrong
 * @host browser
 * @workers 2
 * @expect "waiter1: woken"  sc: never  tso: never  relaxed: never
 * @expect "waiter2: woken"  sc: never  tso: never  relaxed: never
 *
 * Two waiters sleep until a third agent, `waker`, stores a 1 and notifies them.
 * But this page may only run 2 workers: `waker` is created and never starts,
 * so the waiters sleep forever.
 *
 * The tutorial: "In Firefox there is a per-domain limit on the number of workers
 * that defaults to 20. Once the limit is exceeded new workers in the domain will
 * be [created] but will remain un-started. A program that waits on an
 * un-started worker will usually deadlock." The header's `@workers 2` sets the
 * limit low so that three agents are enough to show it (and exploring stays
 * quick); with the old Firefox default it would take 21.
 *
 * **Try it.** Run it: the waiters block, `waker` never starts, and
 * the run ends in a deadlock. Raise the limit to `@workers 3`, or remove the
 * line, and both waiters print `woken`.
 *
 * **Why it is easy to miss.** Nothing fails where the worker is created:
 * `agent(...)` and `new Worker(...)` return as usual, and the program stops
 * only later, far from the cause.
 *
 * **The fix.** Keep the number of workers within the limit. Here `main` can
 * do the waker's job itself, since storing and notifying never block:
 * scenario 38.
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
agent('waker', () => {
    Atomics.store(ia, 0, 1);
    Atomics.notify(ia, 0);
});
