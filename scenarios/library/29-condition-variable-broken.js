/**
 * @title A broken condition variable: the signal slips in
 * @topic Building blocks
 * @host browser
 * @model sc
 * @goal "[deadlock: consumer]"
 * @expect "consumer: got 42"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "[deadlock: consumer]"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * A *condition variable* lets an agent that holds a mutex sleep until some
 * condition on the shared data becomes true. The tutorial lists it next to
 * the mutex among the abstractions worth building. Here the mutex is the one
 * of scenario 28 (`ia[0]`), and the condition variable is a sequence number,
 * `ia[1]`. `condSignal()` adds 1 to it and wakes a sleeper. `condWait()`,
 * called with the mutex held, unlocks, sleeps until the number changes, and
 * locks again. The consumer waits for the flag `ia[2]` and then prints the
 * data `ia[3]`; the producer, holding the mutex, writes both and signals.
 *
 * **Challenge.** Schedule the agents so that the consumer sleeps forever.
 *
 * **Try it.** Step the consumer: it locks, finds the flag `0`, calls
 * `condWait()` and unlocks. Stop there. Now step the producer through its
 * whole critical section: it sets the flag and signals, and the sequence number
 * becomes `1`. Nobody is asleep, so the `notify` wakes nobody. Step the
 * consumer again: it reads the sequence number, `1`, and waits for it to
 * change from `1`. It never will. The run ends in `[deadlock: consumer]`,
 * although the flag it waits for has been set. Explore any model: the
 * deadlock is one of two outcomes.
 *
 * **Why.** The consumer reads the sequence number *after* it unlocks, so the
 * signal can come in between: the consumer then waits for a change that has
 * already happened. `Atomics.wait` does check its value and go to sleep in one
 * step (ECMA-262, Atomics.wait), but that protects only the value it is
 * given, and this one is already stale. A condition variable must act as if
 * unlocking and starting to sleep were one step: no signal may slip in
 * between. POSIX says the same of `pthread_cond_wait`, which releases the
 * mutex "atomically" as the thread starts to wait. Every model shows the
 * deadlock, because every access to the lock and the sequence number is
 * atomic; only the order of the steps matters.
 *
 * **The fix.** Read the sequence number *before* unlocking: scenario 30.
 */
const ia = new Int32Array(new SharedArrayBuffer(16));
const LOCK = 0, SEQ = 1, READY = 2, DATA = 3;
function lock() {
    while (Atomics.compareExchange(ia, LOCK, 0, 1) !== 0)
        Atomics.wait(ia, LOCK, 1);
}
function unlock() {
    Atomics.store(ia, LOCK, 0);
    Atomics.notify(ia, LOCK, 1);
}
function condWait() { // the caller holds the lock
    unlock();
    const seq = Atomics.load(ia, SEQ); // too late: a signal may already have come
    Atomics.wait(ia, SEQ, seq);
    lock();
}
function condSignal() {
    Atomics.add(ia, SEQ, 1);
    Atomics.notify(ia, SEQ, 1);
}
agent('consumer', () => {
    lock();
    while (ia[READY] === 0)
        condWait();
    console.log('got', ia[DATA]);
    unlock();
});
agent('producer', () => {
    lock();
    ia[DATA] = 42;
    ia[READY] = 1;
    condSignal();
    unlock();
});
