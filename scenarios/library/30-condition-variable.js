/**
 * @title A condition variable: read the sequence number first
 * @topic Building blocks
 * @host browser
 * @model sc
 * @expect "consumer: got 42"  sc: always  tso: always  relaxed: always
 * @expect "[deadlock: consumer]"  sc: never  tso: never  relaxed: never
 *
 * Scenario 29 with one change: `condWait()` reads the sequence number `ia[1]`
 * *before* it unlocks, while it still holds the mutex. The rest is the same: a
 * mutex at `ia[0]`, a flag at `ia[2]` and data at `ia[3]`, a consumer that
 * waits for the flag in a `while` loop, a producer that sets it and signals.
 *
 * **Try it.** Repeat the schedule that deadlocked scenario 29: the consumer
 * locks, finds the flag `0`, reads the sequence number (`0`) and unlocks; the
 * producer runs its whole critical section, and the number becomes `1`. Now
 * the consumer's `Atomics.wait(ia, 1, 0)` sees `1`, not `0`, and returns
 * `"not-equal"` at once. It locks again, finds the flag set and prints
 * `got 42`. Explore all three models: that is the only outcome, and no
 * schedule deadlocks.
 *
 * **Why it works.** The producer can signal only while it holds the mutex,
 * and the consumer holds the mutex from its check of the flag until after it
 * has read the number. So any signal that comes after the check also comes
 * after the read, and changes the number away from the value the consumer
 * passes to `Atomics.wait`. Then `wait` either returns at once or sleeps
 * until that signal's `notify`: checking the value and going to sleep are one
 * step, which no `notify` can split (ECMA-262, Atomics.wait and
 * Atomics.notify). Together the two give what a condition variable promises:
 * unlocking and starting to sleep act as one step.
 *
 * **Why `while`, not `if`.** Waking up says only that somebody signalled,
 * not that the condition still holds: with two consumers, the other one could
 * take the data first. So the consumer checks the flag again, under the lock,
 * every time it wakes. In this small program `if` would happen to work too
 * (one producer, one signal, set after the flag), but the loop is the habit
 * that keeps larger programs correct.
 *
 * **The plain data.** `ia[2]` and `ia[3]` are plain elements, read and
 * written only while holding the mutex. As in scenario 28, the lock's
 * `Atomics` operations order the producer's writes before the consumer's
 * reads (ECMA-262 §29, Memory Model), so even the relaxed model never shows
 * `got 0`. The Problems tab finds no data race.
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
    const seq = Atomics.load(ia, SEQ); // read while still holding the lock
    unlock();
    Atomics.wait(ia, SEQ, seq);        // sleeps only if no signal came since
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
