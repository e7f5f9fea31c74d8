/**
 * @title After you: a livelock
 * @topic When it goes wrong
 * @host browser
 * @max-steps 200
 * @expect "a: in alone; b: in alone"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "[livelock: a, b]"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * Two polite agents and one room. Each raises its flag, "I want in"
 * (`ia[0]` for `a`, `ia[1]` for `b`), and then waits as long as the other's
 * flag is up: "after you". Inside, an agent counts itself in `ia[2]` and
 * prints `in alone` if nobody else was there. On the way out it lowers its
 * flag. Nobody sleeps in `Atomics.wait`; the agents spin with
 * `Atomics.load`.
 *
 * **Try it.** Run it: `a` raises its flag and finds `b`'s still down, goes
 * in, and comes out; then `b` does the same. Now step by hand: raise `a`'s
 * flag, then `b`'s, before either looks. Now each sees the other's flag up and
 * waits for it to go down, which it never will. Step on as long as you like:
 * the step list always offers both agents their next `Atomics.load`, which
 * returns `1` again, and nothing changes. Explore any model: two outcomes, and
 * one is `[livelock: a, b]`. The Problems tab names the loop each agent is
 * stuck in. (`@max-steps 200` in the header stops a command-line run after
 * 200 steps; a spinning run would otherwise go on for two million.)
 *
 * **Livelock and deadlock.** In the deadlock of scenario 39 the agents are
 * asleep in `Atomics.wait`: the step list offers them nothing. Here they are
 * awake and busy, taking steps and burning CPU, but no schedule ever lets
 * either of them in: the explorer marks a livelock where agents can still
 * take steps but no execution can finish. The classic picture is two people
 * in a corridor who keep stepping aside to the same side; these two do not
 * even move, they just keep looking. For the program it is as bad as a
 * deadlock, and harder to spot: a profiler shows busy threads, not blocked
 * ones.
 *
 * **Why.** Each agent is polite in the same way, and politeness alone cannot
 * decide who goes first: when both want in, each waits for the other. The
 * symmetry is the bug. Memory is not: every access is an `Atomics` operation,
 * so all three models give the same outcomes (ECMA-262 §29, Memory Model: a
 * program without data races behaves sequentially consistently).
 *
 * **The fix.** Break the symmetry, so that when both want in exactly one of
 * them goes: Peterson's algorithm adds a shared "turn" and the last agent to
 * say "after you" waits. See scenario 42.
 */
const ia = new Int32Array(new SharedArrayBuffer(12)); // ia[0], ia[1]: flags, ia[2]: inside
function enter(me, other) {
    Atomics.store(ia, me, 1);                 // I want in
    while (Atomics.load(ia, other) === 1) {}  // you too? After you: I wait
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
