/**
 * @title Sleeping instead of spinning: Atomics.wait and Atomics.wake
 * @topic Waiting
 * @host browser
 * @expect "writer: 163; reader: 123456"  sc: always  tso: always  relaxed: always
 * @expect "[deadlock: reader]"  sc: never  tso: never  relaxed: never
 *
 * Instead of spinning, the reader goes to sleep with
 * `Atomics.wait(ia, 37, 163)`, "provided the value of ia[37] is still 163", and
 * the writer, after its atomic store, wakes one agent sleeping on `ia[37]` with
 * `Atomics.wake(ia, 37, 1)`. The reader runs in a worker because a browser does
 * not let the main thread wait (scenario 25).
 *
 * **Try it.** Run the reader first: it blocks, and the step list offers it
 * nothing until the writer's wake. Run the writer first instead: the reader's
 * `wait` sees `123456`, returns `"not-equal"` at once and never sleeps. Either
 * way it prints `123456`, and exploring finds no schedule that leaves it asleep.
 *
 * **Why there is no lost wake-up.** Checking the value and going to sleep are
 * one indivisible step: `wait` and `wake` both take the same critical section
 * on the waiter list for that location (ECMA-262, Atomics.wait and
 * Atomics.notify). So the wake cannot slip in between the reader's check and
 * its sleep. A woken agent also synchronizes with the agent that woke it, so the
 * plain read after `wait` sees `123456` (ECMA-262 §29, Memory Model).
 *
 * `wake` is the tutorial's name; the standard calls it `Atomics.notify`. The
 * simulator accepts the old name and warns about it. As an experiment, replace
 * the atomic store with a plain `ia[37] = 123456` and explore the relaxed model:
 * the reader still prints `123456`, because `wait` and `wake` synchronize through
 * their critical section (and the wake-up), which hands the plain write over too.
 * An agent that only read `ia[37]`, without waiting, could still see `163`.
 */
const ia = new Int32Array(new SharedArrayBuffer(400));
ia[37] = 163;
agent('writer', () => {
    console.log(ia[37]); // Prints 163
    Atomics.store(ia, 37, 123456);
    Atomics.wake(ia, 37, 1);
});
agent('reader', () => {
    Atomics.wait(ia, 37, 163);
    console.log(ia[37]); // Prints 123456
});
