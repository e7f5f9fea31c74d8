/**
 * @title Waiting with a timeout: "ok", "not-equal" or "timed-out"
 * @topic Waiting
 * @host browser
 * @expect "sleeper: timed-out"  sc: always  tso: always  relaxed: always
 * @expect "waiter: ok"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "waiter: not-equal"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "waiter: timed-out"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "[deadlock: sleeper]"  sc: never  tso: never  relaxed: never
 *
 * `Atomics.wait(ia, i, expected, timeout)` takes a fourth argument: how many
 * milliseconds to sleep at most. Its result says why it returned. `sleeper`
 * waits on `ia[0]`, which nobody ever notifies, for at most 100 ms. `waiter`
 * waits on `ia[1]` for at most 1000 ms, and `notifier` stores a `1` there and
 * notifies it. Each agent prints what its `wait` returned.
 *
 * **Try it.** Run it: `sleeper` and `waiter` go to sleep, `notifier` wakes
 * `waiter` (`"ok"`), and then `sleeper` times out (`"timed-out"`): nobody woke
 * it, and it did not deadlock. Now step by hand. While an agent sleeps with a
 * timeout, the step list's last entry is its timeout, e.g.
 * `sleeper: Atomics.wait times out at 100 ms`; only the earliest deadline is
 * offered. Timers run on virtual time: the clock jumps to the deadline when
 * that entry is taken. Step (F10) and Run take it only when no agent can do
 * anything else, so the other agents seem infinitely fast. You can pick it
 * earlier, as if `notifier` were slow, and so can the explorer.
 *
 * Explore any model: `sleeper` always prints `timed-out`, and `waiter` prints
 * each of the three results in some schedule. `"ok"`: it slept and was
 * notified. `"not-equal"`: `notifier`'s store came first, so `ia[1]` was no
 * longer `0` and it did not sleep at all. `"timed-out"`: its 1000 ms passed
 * before `notifier`'s notify, which then wakes nobody and returns `0`.
 *
 * **Why.** ECMA-262, Atomics.wait: the agent sleeps on the waiter list of that
 * location until it is notified or the timeout passes, and returns `"ok"` or
 * `"timed-out"`; if the value is not the expected one, it returns
 * `"not-equal"` without sleeping. Without a timeout it waits forever (the
 * timeout is `+Infinity`). A timeout is a race like any other: it tells you
 * that nobody notified in time, not that nobody ever will. Check the value
 * again after any return. All three models agree, since every shared access
 * here is an `Atomics` operation.
 */
const ia = new Int32Array(new SharedArrayBuffer(8)); // ia[0]: nobody uses it, ia[1]: a flag
agent('sleeper', () => {
    console.log(Atomics.wait(ia, 0, 0, 100));  // nobody notifies ia[0]
});
agent('waiter', () => {
    console.log(Atomics.wait(ia, 1, 0, 1000)); // notifier changes and notifies ia[1]
});
agent('notifier', () => {
    Atomics.store(ia, 1, 1);
    Atomics.notify(ia, 1);
});
