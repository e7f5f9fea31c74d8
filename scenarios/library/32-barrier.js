/**
 * @title A reusable barrier: Atomics.add decides who is last
 * @topic Building blocks
 * @host browser
 * @model sc
 * @expect "a: 10 | 20; b: 1 | 2"  sc: always  tso: always  relaxed: always
 * @expect "[deadlock: a, b]"  sc: never  tso: never  relaxed: never
 *
 * Scenario 31 with the barrier fixed. Two agents work in two rounds; in each
 * round an agent writes its part, meets the other at the barrier, and prints
 * the other's part. Now `Atomics.add(ia, COUNT, 1)` counts an agent in *and*
 * returns the count from before, in one step. Exactly one agent gets `N - 1`:
 * the last. It resets the count to `0`, adds 1 to the generation `ia[1]` and
 * wakes all sleepers with `Atomics.notify(ia, GEN)` (no count: wake them
 * all). Everyone else sleeps until the generation differs from the one it
 * read on arrival.
 *
 * **Try it.** Step `a` up to its `wait`; it sleeps. Step `b`: its `add`
 * returns `1`, so it is the last; it resets, starts generation 1, and wakes
 * `a`. Both print the other's part and go round again with the same barrier.
 * Explore all three models: the only outcome is `a: 10 | 20; b: 1 | 2`.
 *
 * **Why reuse works.** Each detail matters, and the explorer finds a failure
 * for each if you undo it:
 * - The generation is read *before* counting in. Read it after the `add` and
 *   the last agent may start the new generation first; the other then waits
 *   for a change that has already happened and sleeps forever (`[deadlock: a]`
 *   and worse).
 * - The count is reset *before* the generation changes. Swap the two lines and
 *   a woken agent can count itself into the next round before the reset,
 *   which wipes its arrival out: `a: 10; b: 1 [deadlock: a, b]`.
 * - The sleeper waits in a `while` loop. A `notify` from the last round can
 *   arrive late, when the agent is already asleep in the next one, and wake it
 *   too early. Replace the loop by a single `Atomics.wait` and the explorer
 *   finds `a: 10 | 0`: `a` prints a part that `b` has not yet written.
 * - Each round has its own slots. With one slot per agent, a fast agent
 *   writes its next part before the other has read this one: `b: 2 | 2`.
 *
 * **The plain parts.** The parts are plain elements. The barrier's `Atomics`
 * operations create *synchronizes-with* edges: from one `add` on the count to
 * the next, and from the last agent's `add` on the generation to the loads
 * that see it (ECMA-262 §29, Memory Model). So every part written before the
 * barrier happens before every read after it, and even the relaxed model
 * never shows a stale part. The Problems tab finds no data race.
 */
const ia = new Int32Array(new SharedArrayBuffer(24));
const COUNT = 0, GEN = 1, PART = 2; // ia[2..5]: the parts, two slots per round
const N = 2;                        // agents that meet at the barrier
function barrier() {
    const gen = Atomics.load(ia, GEN);
    if (Atomics.add(ia, COUNT, 1) === N - 1) { // count me in; was I the last?
        Atomics.store(ia, COUNT, 0);           // reset for the next round...
        Atomics.add(ia, GEN, 1);               // ...then start it
        Atomics.notify(ia, GEN);               // wake everyone
    } else {
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
