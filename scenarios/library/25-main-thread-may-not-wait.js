/**
 * @title The browser's main thread may not wait
 * @topic Waiting
 * @host browser
 * @expect "main: TypeError | main continues; helper: woke with 1"  sc: always  tso: always  relaxed: always
 *
 * `main` tries to `Atomics.wait`, which a browser denies on its main thread:
 * the call throws a `TypeError` (caught and printed here). A `helper` agent, a
 * worker, may wait; `main` wakes it with a store and `Atomics.notify`.
 *
 * The tutorial: "The specification allows the browser to deny wait on the main
 * thread ... A denied wait throws an exception." ECMA-262 gives each agent a
 * [[CanBlock]] flag and the host sets it; browsers set it to false for the
 * main thread, where a long wait would freeze the page.
 *
 * **Try it.** Change `@host browser` to `@host node` in this header, where the
 * main thread may block, and run again: now `main` really goes to sleep on
 * `ia[0]`, so it never reaches the store that would wake anyone. Both agents
 * sleep forever and the outcome ends in `[deadlock: ...]`.
 *
 * **The pattern.** Waiting in the main thread "has the same meaning as a loop
 * that waits for a wakeup flag to be set", but unless the wait is guaranteed to
 * be brief the tutorial advises a "master worker": a worker that does the
 * waiting on the main thread's behalf and reports back by message, as `helper`
 * does its waiting here; scenario 26 builds the whole pattern.
 */
const ia = new Int32Array(new SharedArrayBuffer(400));
agent('helper', () => {
    Atomics.wait(ia, 0, 0); // a worker may block
    console.log('woke with', Atomics.load(ia, 0));
});
try {
    Atomics.wait(ia, 0, 0); // the browser's main thread may not
} catch (e) {
    console.log(e.name);
}
console.log('main continues');
Atomics.store(ia, 0, 1);
Atomics.notify(ia, 0, 1);
