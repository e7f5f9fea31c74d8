/**
 * @title A broken barrier: nobody is last
 * @topic Building blocks
 * @host browser
 * @model sc
 * @goal "[deadlock: a, b]"
 * @expect "a: 10 | 20; b: 1 | 2"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "[deadlock: a, b]"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * A *barrier* makes a group of agents wait for each other: nobody passes it
 * until all have arrived. Agents `a` and `b` work in two rounds. In each round
 * an agent writes its part of the result (`a` writes 1, then 2; `b` writes 10,
 * then 20), meets the other at the barrier, and then prints the other's part.
 * Each round has its own two slots, `ia[2..3]` and `ia[4..5]`, so that a fast
 * agent's next part cannot overwrite one the other has yet to read. The
 * right output is `a: 10 | 20; b: 1 | 2`.
 *
 * The barrier counts arrivals in `ia[0]`. An agent that finds the other one
 * already counted is the last: it resets the count, starts a new *generation*
 * in `ia[1]` and wakes the sleepers. Any other agent counts itself in and
 * sleeps until the generation changes.
 *
 * **Challenge.** Schedule the agents so that both sleep forever.
 *
 * **Try it.** Step `a` until it has loaded the count: `0`, so it is not the
 * last. Now step `b` just as far: it loads `0` too, since `a` has not yet
 * counted itself in. Both count themselves in and go to sleep, and there is
 * nobody left to wake them: `[deadlock: a, b]`, before anyone prints. Explore
 * any model: the deadlock happens in the second round too (`a: 10; b: 1
 * [deadlock: a, b]`).
 *
 * **Why.** "Am I the last?" and "count me in" are two steps, so both agents
 * can ask before either answers. It is the test-then-set mistake of scenario
 * 27 again, and as there, every model shows it: the barrier's accesses are all
 * atomic, and the interleaving alone is enough. Scenario 33 makes the mistake
 * the other way round (count in, then look), and there two agents both think
 * they are the last.
 *
 * **The fix.** Count in and find out in one step: `Atomics.add` returns the
 * count from before this agent's add, and exactly one agent gets `N - 1`.
 * See scenario 32.
 */
const ia = new Int32Array(new SharedArrayBuffer(24));
const COUNT = 0, GEN = 1, PART = 2; // ia[2..5]: the parts, two slots per round
const N = 2;                        // agents that meet at the barrier
function barrier() {
    const gen = Atomics.load(ia, GEN);
    if (Atomics.load(ia, COUNT) === N - 1) { // am I the last? ...
        Atomics.store(ia, COUNT, 0);
        Atomics.add(ia, GEN, 1);
        Atomics.notify(ia, GEN);             // wake everyone
    } else {
        Atomics.add(ia, COUNT, 1);           // ... no: count me in (a second step)
        while (Atomics.load(ia, GEN) === gen)
            Atomics.wait(ia, GEN, gen);
    }
}
function work(me, other, part) {
    for (let round = 0; round < 2; round++) {
        ia[PART + 2 * round + me] = part * (round + 1);
        barrier();
        console.log(ia[PART + 2 * round + other]);
    }
}
agent('a', () => work(0, 1, 1));
agent('b', () => work(1, 0, 10));
