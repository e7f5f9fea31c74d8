/**
 * @title After you, with a turn: Peterson's algorithm
 * @topic When it goes wrong
 * @host browser
 * @expect "a: in alone; b: in alone"  sc: always  tso: always  relaxed: always
 * @expect "[livelock: a, b]"  sc: never  tso: never  relaxed: never
 *
 * Scenario 41 with the symmetry broken. The agents are still polite, but
 * they say "after you" in one shared place, the turn `ia[3]`. To enter, an
 * agent raises its flag, gives the turn to the other, and waits only while
 * the other wants in *and* the turn is still the other's. This is Peterson's
 * algorithm (1981) for two agents.
 *
 * **Try it.** Repeat the schedule that livelocked scenario 41: raise `a`'s
 * flag, then `b`'s. Let `a` give the turn to `b`, then `b` give it to `a`.
 * The turn can hold only one of the two: it is `a`'s now, because `b` wrote
 * last. So `b` waits, and `a`'s loop ends: `a` goes in, prints `in alone`,
 * and lowers its flag on the way out, which lets `b` in. Explore all three
 * models: one outcome, both agents get in, each alone, and no schedule
 * livelocks.
 *
 * **Why it works.** Both agents write the turn, and one of the two writes
 * comes last. The agent that wrote last waits; the other one's condition is
 * false, so it goes in. The waiting agent cannot be kept out forever either:
 * if the other comes out and tries again, it gives the turn away, so the
 * waiting agent goes next.
 * And never both at once: the Atomics operations form one total order
 * (ECMA-262 §29, Memory Model), and the agent that gave the turn away last
 * sees the other's flag up and the turn not its own, so it waits. That needs
 * the flags and the turn to be `Atomics` operations. With plain accesses, TSO
 * and the relaxed model may let both agents in: on x86 each agent's flag may
 * sit in its store buffer while it reads the other's, as in the litmus test
 * SB (scenario 50).
 *
 * **Another way** to break the symmetry: give the agents different rules.
 * `a` waits while `b`'s flag is up, as before; `b`, when it sees `a`'s flag,
 * lowers its own, waits until `a` is out and tries again. When both want in,
 * `a` goes. That works too, but it is unfair: `a` can keep `b` out forever
 * by coming back again and again.
 */
const ia = new Int32Array(new SharedArrayBuffer(16)); // ia[0], ia[1]: flags, ia[2]: inside
const TURN = 3;                                       // ia[3]: whose turn it is
function enter(me, other) {
    Atomics.store(ia, me, 1);                 // I want in
    Atomics.store(ia, TURN, other);           // after you
    while (Atomics.load(ia, other) === 1 && Atomics.load(ia, TURN) === other) {}
}
function room() {
    console.log(Atomics.add(ia, 2, 1) === 0 ? 'in alone' : 'in together');
    Atomics.sub(ia, 2, 1);
}
agent('a', () => {
    enter(0, 1);
    room();
    Atomics.store(ia, 0, 0);                  // out: lower my flag
});
agent('b', () => {
    enter(1, 0);
    room();
    Atomics.store(ia, 1, 0);
});
