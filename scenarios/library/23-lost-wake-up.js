/**
 * @title The lost wake-up: check, then sleep
 * @topic Waiting
 * @host browser
 * @goal deadlock
 * @expect "waiter: ready"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "[deadlock: waiter]"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * A hand-off in two steps. `waiter` checks the flag `ia[0]`; if it is not set
 * yet, it goes to sleep on a second element, `ia[1]`, the "bell". `notifier`
 * sets the flag and then rings the bell with `Atomics.notify(ia, 1)`. It looks
 * right, and under the default schedule it works: `waiter` prints `ready`.
 *
 * **Challenge.** Schedule the agents so that the waiter sleeps forever.
 *
 * **Try it.** Run it: `waiter` finds the flag `0` and sleeps, `notifier` sets
 * the flag and wakes it. Now step by hand. Let `waiter` do its
 * `Atomics.load`: it sees `0`. Stop there. Step `notifier` through its store
 * and its `notify`: nobody sleeps on `ia[1]` yet, so the notify returns `0` and
 * wakes nobody. Now let `waiter` go on: its `Atomics.wait(ia, 1, 0)` finds
 * `ia[1]` still `0` and sleeps. Nobody is left to wake it, although the flag
 * it waits for is set. The outcome is `[deadlock: waiter]`. Explore any model:
 * it is one of two outcomes, and the Problems tab names the `wait` that never
 * returns.
 *
 * **Why.** The check and the sleep are two steps, and the notify can come in
 * between. A notify is not remembered: it wakes the agents sleeping on that
 * location at that moment, and no others (ECMA-262, Atomics.notify). The
 * value `Atomics.wait` checks before it sleeps is `ia[1]`, and `notifier`
 * never changes `ia[1]`, so that check cannot notice that the flag was set.
 * The memory model plays no part: every access is an `Atomics` operation, so
 * all three models give the same two outcomes. Only the order of the steps
 * matters, which is why such a bug can hide for a long time.
 *
 * **The fix.** Let `Atomics.wait` do the check: wait on the flag itself, with
 * the value that means "not yet", and notify the location you changed. See
 * scenario 24.
 */
const ia = new Int32Array(new SharedArrayBuffer(8)); // ia[0]: the flag, ia[1]: the bell
agent('waiter', () => {
    if (Atomics.load(ia, 0) === 0) // check: not ready yet?
        Atomics.wait(ia, 1, 0);    // then sleep: a second step, on the bell
    console.log('ready');
});
agent('notifier', () => {
    Atomics.store(ia, 0, 1);       // set the flag
    Atomics.notify(ia, 1);         // ring the bell; ia[1] itself stays 0
});
