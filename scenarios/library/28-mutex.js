/**
 * @title A mutex from compareExchange, wait and notify
 * @topic Building blocks
 * @host browser
 * @model relaxed
 * @observe ia[1]
 * @expect "final: ia[1]=2"  sc: always  tso: always  relaxed: always
 * @expect "final: ia[1]=1"  sc: never  tso: never  relaxed: never
 *
 * Scenario 27 with the lock fixed. `lock()` takes the lock with
 * `Atomics.compareExchange(ia, 0, 0, 1)`: in one indivisible step it changes
 * `0` to `1` and returns what it found. If that was `0`, the lock is ours. If
 * not, somebody holds it, and the agent sleeps with `Atomics.wait(ia, 0, 1)`
 * and tries again when woken. `unlock()` stores `0` and wakes one sleeper with
 * `Atomics.notify(ia, 0, 1)`. The counter `ia[1]` is still a plain element,
 * and `ia[1]++` is still two steps; only the lock changed.
 *
 * **Try it.** Step `a` into the lock, then step `b`: its `compareExchange`
 * returns `1`, and `b` goes to sleep; the step list offers it nothing until
 * `a`'s `notify` wakes it. Explore all three models: one outcome, `final: ia[1]=2`. The
 * scenario opens under the relaxed model on purpose, because the plain counter
 * is the interesting part: see below.
 *
 * **Why mutual exclusion.** Two agents can both *try* at once, but
 * `compareExchange` steps are totally ordered, and only the first one finds
 * `0`. The other finds `1` and does not enter. `Atomics.wait` sleeps only if
 * `ia[0]` is still `1`, checked in the same step as going to sleep, so an
 * unlock that comes in between is not missed (ECMA-262, Atomics.wait).
 *
 * **Why the plain counter is safe, even under the relaxed model.** Nothing
 * about `ia[1]++` is atomic. What protects it is *happens-before*. The
 * `Atomics.store` in `a`'s `unlock()` and the `compareExchange` that `b`'s
 * `lock()` reads it with are both sequentially consistent, and such a write
 * *synchronizes with* the read that reads it (ECMA-262 §29, Memory Model). So
 * everything `a` did before unlocking happens before everything `b` does after
 * locking, `a`'s write of `1` included. A plain read may not return a write
 * that happens-before has overwritten for it (*coherent reads*), so `b` reads
 * `1`, not the old `0`, and writes `2`. A woken waiter also synchronizes with
 * the agent that woke it. The Problems tab finds no data race.
 *
 * **An experiment.** Replace the `Atomics.store` in `unlock()` with a plain
 * `ia[0] = 0` and explore again. SC and TSO still always give 2 (on x86 the
 * store buffer keeps the two plain stores in order). The relaxed model gives
 * 1 as well: a plain write synchronizes with nothing, so the two increments
 * are no longer ordered by happens-before, and the counter may keep either.
 * Both sides of the hand-over must be atomic.
 *
 * Ulrich Drepper's paper "Futexes Are Tricky" refines this lock with a third
 * state, `2`: "held, and someone may be asleep", so that `unlock()` calls
 * `notify` only when it has to. It is an optimization; this two-state lock is
 * already correct.
 */
const ia = new Int32Array(new SharedArrayBuffer(8)); // ia[0]: the lock, ia[1]: the counter
function lock() {
    while (Atomics.compareExchange(ia, 0, 0, 1) !== 0) // test and set, one step
        Atomics.wait(ia, 0, 1); // sleeps only while the lock is still held
}
function unlock() {
    Atomics.store(ia, 0, 0);
    Atomics.notify(ia, 0, 1);
}
agent('a', () => {
    lock();
    ia[1]++;
    unlock();
});
agent('b', () => {
    lock();
    ia[1]++;
    unlock();
});
