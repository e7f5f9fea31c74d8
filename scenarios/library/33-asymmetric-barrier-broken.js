/**
 * @title A broken asymmetric barrier: two workers both report
 * @topic Building blocks
 * @host browser
 * @model sc
 * @goal "main: all arrived, sum 3 | all arrived, sum 3"
 * @expect "main: all arrived, sum 3"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "main: all arrived, sum 3 | all arrived, sum 3"
 *         sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "w1: released; w2: released"  sc: always  tso: always  relaxed: always
 *
 * The main thread of a browser may not wait (scenario 25), so it cannot sit
 * in a barrier with its workers. The tutorial describes a way out: "a control
 * structure that doesn't need a master worker but where the workers
 * coordinate among themselves about sending a message to the master when some
 * condition is met. The 'asymmetric barrier' in the demo section is such a
 * control structure." Here the condition is "every worker has arrived". Each
 * worker writes its part of the result (`w1` writes 1 into `ia[2]`, `w2`
 * writes 2 into `ia[3]`), counts itself in at `ia[0]`, and sleeps until the
 * generation `ia[1]` changes. The worker that sees the count reach `N` posts
 * `'all arrived'` to `main`. `main`'s `onmessage` prints the sum of the parts
 * and *releases* the workers: it resets the count, starts a new generation and
 * wakes them, none of which blocks. Exactly one message should arrive.
 *
 * In this simulator `postMessage` in an inline `agent` sends to `main`, and
 * `main`'s global `onmessage` receives it; in a page, `main` would set
 * `onmessage` on each `Worker` object instead.
 *
 * **Challenge.** Schedule the workers so that `main` hears "all arrived" twice.
 *
 * **Try it.** Step `w1` through its `Atomics.add`, but not its `load`. Step
 * `w2` through its `add` too: the count is now 2. Now both `load`s see 2, and
 * both workers post. `main` prints `all arrived, sum 3` twice and releases the
 * workers twice. Explore any model: one message or two, never none (the count
 * cannot go down again until `main` has heard once).
 *
 * **Why.** Counting in and looking at the count are two steps, so the
 * other worker's arrival can come in between, and then both see the full
 * count. Scenario 31 made the opposite mistake (look, then count in), and
 * there nobody thought it was the last. Here the second release does no harm,
 * because the workers stop after one round. Put the body of `work` in a loop
 * of two rounds and explore under SC: now the extra release can come while
 * the next round is under way, a worker can end up asleep for good
 * (`[deadlock: w2]`), and the Problems tab reports `main` reading a part while
 * a worker rewrites it.
 *
 * **The fix.** Let the return value of `Atomics.add` decide, as scenario 32
 * does: see scenario 34.
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
    Atomics.add(ia, COUNT, 1);              // count me in ...
    if (Atomics.load(ia, COUNT) === N)      // ... then look (a second step)
        postMessage('all arrived');
    while (Atomics.load(ia, SEQ) === seq)   // sleep until main releases us
        Atomics.wait(ia, SEQ, seq);
}
function work(me, part) {
    ia[PART + me] = part;
    enter();
    console.log('released');
}
agent('w1', () => work(0, 1));
agent('w2', () => work(1, 2));
