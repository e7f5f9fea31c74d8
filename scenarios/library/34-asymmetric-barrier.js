/**
 * @title An asymmetric barrier: the last worker tells main
 * @topic Building blocks
 * @host browser
 * @model sc
 * @expect "main: all arrived, sum 3; w1: released; w2: released"
 *         sc: always  tso: always  relaxed: always
 * @expect "main: all arrived, sum 3 | all arrived, sum 3"  sc: never  tso: never  relaxed: never
 *
 * Scenario 33 with one change: a worker counts itself in with
 * `Atomics.add(ia, COUNT, 1)` and uses what it returns, the count from before
 * its own arrival. The worker that gets `N - 1` arrived last, and only it posts
 * `'all arrived'` to `main`. `main` never waits: its `onmessage` prints the sum
 * of the parts and releases the workers with a store, an add and a `notify`,
 * none of which blocks. The workers sleep until the generation `ia[1]`
 * changes, which only `main` does.
 *
 * **Try it.** Repeat the schedule that made scenario 33 post twice: both
 * workers do their `add` before either posts. Now each has its answer
 * from its own `add`: one got `0`, the other `1`, and only the second posts.
 * Explore all three models: exactly one message, and both workers released.
 * While the workers sleep, `main` is idle, not blocked: it runs its handler
 * when the message arrives, and could handle any other event meanwhile.
 *
 * **Why exactly one.** Read-modify-write operations on one element are
 * totally ordered, and each returns the value the element had just before it,
 * so the `N` adds return `0` to `N - 1`, each value once. No second step is
 * needed to find out who was last, so nobody can come in between.
 *
 * **Why `main` sees both parts.** The parts are plain writes. `w1`'s `add`
 * and `w2`'s later `add`, which reads what `w1`'s wrote, are both sequentially
 * consistent, so the first synchronizes with the second (ECMA-262 §29, Memory
 * Model), and the last worker knows every part. Then its message carries that
 * knowledge to `main`: the standard leaves such edges to the host
 * (*host-synchronizes-with*), and the simulator orders everything a sender did
 * before `postMessage` before the receiver's handler. So even the relaxed
 * model always prints `sum 3`. The release works the same way in reverse:
 * `main`'s `add` on the generation synchronizes with the worker loads that
 * see it.
 *
 * In Lars Hansen's demos the main side of such a barrier gets a callback when
 * the message comes and must then release the workers, as `main` does here.
 */
const ia = new Int32Array(new SharedArrayBuffer(16));
const COUNT = 0, SEQ = 1, PART = 2; // ia[2], ia[3]: one part per worker
const N = 2;                        // workers
onmessage = (e) => {                // main: never waits
    console.log(e.data + ', sum', ia[PART] + ia[PART + 1]);
    Atomics.store(ia, COUNT, 0);    // release: reset the count,
    Atomics.add(ia, SEQ, 1);        // start a new generation
    Atomics.notify(ia, SEQ);        // and wake every worker
};
function enter() {
    const seq = Atomics.load(ia, SEQ);
    if (Atomics.add(ia, COUNT, 1) === N - 1) // count me in; was I the last?
        postMessage('all arrived');
    while (Atomics.load(ia, SEQ) === seq)    // sleep until main releases us
        Atomics.wait(ia, SEQ, seq);
}
function work(me, part) {
    ia[PART + me] = part;
    enter();
    console.log('released');
}
agent('w1', () => work(0, 1));
agent('w2', () => work(1, 2));
