/**
 * @title 2+2W (two plus two writes), plain accesses
 * @topic Litmus tests
 * @host browser
 * @observe x[0] y[0]
 * @expect "final: x[0]=1 y[0]=1"  sc: never  tso: never  relaxed: sometimes
 * @expect "final: x[0]=2 y[0]=1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "final: x[0]=1 y[0]=2"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * Herd's **2+2W**: each agent writes both locations, in opposite orders, and nobody reads;
 * the outcome is the values left in memory. `final: x[0]=1 y[0]=1` would mean that each
 * agent's *first* write was the last to land on its location: `t1`'s `x=1` after `t2`'s
 * `x=2`, and `t2`'s `y=1` after `t1`'s `y=2`. Both agents' writes would have to be
 * reordered.
 *
 * **Try it.** SC gives three outcomes, never `x=1 y=1`. TSO forbids it too, because each
 * store buffer drains in order. POWER and ARM can make an agent's second store visible
 * before its first, and a compiler may swap two plain stores to different locations. The
 * relaxed model shows it. The final values are read after every agent has finished, and
 * ECMA-262 §29's *Coherent Reads* only hides a write behind a later one in happens-before.
 * `x=1` and `x=2` come from different agents and are not ordered, so either may be the
 * value read; the same for `y`.
 *
 * **The fix**: all accesses atomic (next scenario). Making `y` alone atomic does not help
 * (the one after).
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { x[0] = 1; y[0] = 2; });
agent('t2', () => { y[0] = 1; x[0] = 2; });
