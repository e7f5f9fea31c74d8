/**
 * @title Two locks taken in one order
 * @topic When it goes wrong
 * @host browser
 * @expect "a: has both locks; b: has both locks"  sc: always  tso: always  relaxed: always
 * @expect "[deadlock: a, b]"  sc: never  tso: never  relaxed: never
 *
 * Scenario 39 with one change: `b` now takes lock 0 before lock 1, in the
 * same order as `a`. The locks are the same: `lock(i)` takes lock `i` with
 * `Atomics.compareExchange(ia, i, 0, 1)` and sleeps with
 * `Atomics.wait(ia, i, 1)` while somebody else holds it; `unlock(i)` stores
 * `0` and notifies one sleeper.
 *
 * **Try it.** Repeat the schedule that deadlocked scenario 39: let `a` take
 * lock 0, then step `b`. Its `compareExchange` on lock 0 returns `1`, so `b`
 * goes to sleep *before* it has taken anything. `a` takes lock 1 without a
 * fight, prints, and unlocks; its `notify` on lock 0 wakes `b`, which then
 * takes both locks. Explore all three models: one outcome, both agents print,
 * and no schedule deadlocks. The Problems tab finds nothing.
 *
 * **Why it works.** A deadlock needs a cycle of agents, each holding a lock
 * the next one waits for. With one order for all, an agent waits for lock 1
 * only while it holds lock 0, and whoever holds lock 1 also holds lock 0, so
 * it cannot be waiting for it. The agent with the highest-numbered lock needs
 * only higher ones next, which nobody holds, so it can always go on: no cycle
 * can form. This works for any number of locks and agents, as long as every
 * agent takes them in the same order (here: lower index first).
 * As in scenario 39, every access is atomic, so all three models agree.
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
    lock(0); // the same order as a: lock 0 first
    lock(1);
    console.log('has both locks');
    unlock(1);
    unlock(0);
});
