/**
 * @title A broken mutex: test, then set
 * @topic Building blocks
 * @host browser
 * @model sc
 * @observe ia[1]
 * @goal "final: ia[1]=1"
 * @expect "final: ia[1]=2"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "final: ia[1]=1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * The tutorial: `wait` and `wake` "can be hard to use correctly and
 * efficiently. It is therefore useful to build abstractions (in JavaScript)
 * around these", starting with "traditional mutexes". This is a first try. The
 * lock is `ia[0]`: `0` is free, `1` is held. `lock()` waits while the lock is
 * held and then takes it with `Atomics.store(ia, 0, 1)`; `unlock()` stores `0`
 * and wakes a sleeper. Each agent takes the lock once and increments the plain
 * counter `ia[1]` inside. Two increments: the counter should end at 2.
 *
 * **Challenge.** Schedule the agents so that both are inside at once and an
 * increment is lost: the counter ends at 1.
 *
 * **Try it.** Run it: `a` does everything before `b` starts, and the counter
 * ends at 2. Now step by hand. Let `a` do its `Atomics.load`: it sees 0, the
 * lock is free. Before `a` stores its 1, let `b` do its `Atomics.load`: it sees
 * 0 too. Both leave the loop, both store 1, and both are inside. Let both read
 * `ia[1]` before either writes it: both write 1. Explore any model: `final:
 * ia[1]=1` is there, next to the 2. The Problems tab names the lost update on
 * `ia[1]`.
 *
 * **Why.** Testing the lock and setting it are two steps, and another agent
 * can run between them. Each `Atomics` operation is indivisible, but two of
 * them in a row are not. This is the lost update of scenario 09 again, now on
 * the lock itself: the agents read the same `0`, and each writes back a `1`
 * that says "mine". No memory model can help here; every model has the
 * interleaving, and an interleaving is all it takes.
 *
 * **The fix.** Test and set in one step with `Atomics.compareExchange`, which
 * changes 0 to 1 only if it is still 0 and says what it found: scenario 28.
 */
const ia = new Int32Array(new SharedArrayBuffer(8)); // ia[0]: the lock, ia[1]: the counter
function lock() {
    while (Atomics.load(ia, 0) !== 0) // test: is the lock free?
        Atomics.wait(ia, 0, 1);
    Atomics.store(ia, 0, 1);          // set: take it (too late: this is a second step)
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
