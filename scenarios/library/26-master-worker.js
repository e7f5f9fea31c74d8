/**
 * @title A master worker waits so that main does not have to
 * @topic Waiting
 * @host browser
 * @expect "main: workers started | sum 42"  sc: always  tso: always  relaxed: always
 * @expect "[main threw TypeError: Atomics.wait cannot be called on the main agent: a browser's main thread may not block (use a worker, or Atomics.waitAsync in real code)]"  sc: never  tso: never  relaxed: never
 * @expect "[deadlock: master]"  sc: never  tso: never  relaxed: never
 *
 * Two workers, `w1` and `w2`, each store a result and count themselves done
 * in `ia[0]`. Someone must wait until both are done and add up the results.
 * Scenario 25 showed that it cannot be `main`: a browser's main thread may not
 * `Atomics.wait`. So `main` hands the waiting to a third worker, the master
 * worker, and goes on. The master sleeps until the count reaches 2, adds the
 * results and sends the sum to `main` with `postMessage`; `main`'s `onmessage`
 * handler prints it.
 *
 * The tutorial: "have a 'master worker' that acts on the main thread's behalf
 * and communicates with the main thread using message passing. The 'master
 * worker' can wait indefinitely without impacting the responsiveness of the
 * browser."
 *
 * **Try it.** Run it: `main` prints `workers started` and its script ends;
 * the master goes to sleep; the workers finish; the master wakes, posts the
 * sum, and `main` receives the message and prints `sum 42`. Step by hand and
 * watch `main`: between its script and the message it is idle, free to run
 * other events. The step list offers `main: receives a message` only after
 * the master has posted. Explore all three models: `sum 42` is the only
 * outcome. Nothing in this program makes `main` wait, so no schedule throws
 * the `TypeError` of scenario 25.
 *
 * **Why it works.** The master waits with `Atomics.wait(ia, 0, done)`: it
 * sleeps only if the count is still the value it just read, in one indivisible
 * step (ECMA-262, Atomics.wait), and each worker changes the count before it
 * notifies, so no wake-up is lost (scenario 24). The `while` loop sleeps again
 * until both have counted. A message is delivered as an event: `postMessage`
 * happens before the receiver's `onmessage` (HTML), so `main` needs no
 * `Atomics` at all, and `main`'s handler runs only once its script has
 * finished.
 *
 * **Single file.** A worker made with `new Worker(...)` reports to
 * `w.onmessage` on its `Worker` object (scenario 02). An inline `agent` has no
 * such object, so here its `postMessage` reaches `main`'s global `onmessage`.
 */
const ia = new Int32Array(new SharedArrayBuffer(12)); // ia[0]: workers done, ia[1], ia[2]: results
onmessage = (e) => console.log(e.data); // main: prints what the master sends
agent('master', () => {
    let done;
    while ((done = Atomics.load(ia, 0)) < 2)
        Atomics.wait(ia, 0, done);       // a worker may sleep; main may not
    postMessage('sum ' + (Atomics.load(ia, 1) + Atomics.load(ia, 2)));
});
agent('w1', () => {
    Atomics.store(ia, 1, 10);
    Atomics.add(ia, 0, 1);               // one more done...
    Atomics.notify(ia, 0);               // ...and wake the master
});
agent('w2', () => {
    Atomics.store(ia, 2, 32);
    Atomics.add(ia, 0, 1);
    Atomics.notify(ia, 0);
});
console.log('workers started');        // main goes on; it never waits
