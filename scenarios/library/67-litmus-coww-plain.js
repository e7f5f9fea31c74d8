/**
 * @title CoWW (coherence of write-write), plain accesses
 * @topic Litmus tests
 * @host browser
 * @observe x[0]
 * @expect "final: x[0]=1"  sc: never  tso: never  relaxed: never
 * @expect "final: x[0]=2"  sc: always  tso: always  relaxed: always
 *
 * Herd's **CoWW** (coherence, write-write): one agent writes `x` twice. `final: x[0]=1`
 * would mean that the first write landed after the second and overwrote it.
 *
 * Every model forbids it, even for plain accesses. Hardware keeps one core's writes to one
 * location in order (under TSO the store buffer drains first in, first out). In ECMA-262
 * §29 the two writes are ordered by *agent-order*, which is part of happens-before; the
 * final value is read after the agent has finished, and *Coherent Reads* forbids a read to
 * return a write (`x=1`) hidden behind a later write (`x=2`) in happens-before.
 *
 * A compiler may merge the two writes into one `x[0] = 2`, but it may not swap them.
 * Explore any model: there is one outcome, `x[0]=2`, every time.
 */
const sab = new SharedArrayBuffer(4);
const x = new Int32Array(sab, 0, 1);
agent('t1', () => { x[0] = 1; x[0] = 2; });
