/**
 * @title LB (load buffering), plain accesses
 * @topic Litmus tests
 * @host browser
 * @expect "t1: 1; t2: 1"  sc: never  tso: never  relaxed: sometimes
 * @expect "t1: 0; t2: 0"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t1: 1; t2: 0"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @known-gap relaxed "t1: 1; t2: 1" a read here can only return a write the machine has already executed, so no agent can read the other's later write; the spec allows it (see docs/MODELS.md)
 *
 * Herd's **LB** ("load buffering"): each agent reads one location and then writes the
 * other. `t1: 1; t2: 1` would mean that each read returned the write the *other* agent
 * made after its own read: in both agents the write overtook the read before it.
 *
 * **Try it.** SC and TSO never show it; x86 never lets a store become visible before an
 * earlier load has completed. ARM and POWER allow it (a slow load may be satisfied after a
 * later, independent store has already been seen by another core), and a compiler may move
 * a plain store above an unrelated plain load. ECMA-262 §29 allows it for plain accesses:
 * *Coherent Reads* only forbids a read to return a write that it happens before, or one
 * hidden behind a later write, and no happens-before edge connects the two agents.
 *
 * **A known gap in Atomiscope.** Its relaxed model lets a read return only a write the
 * machine has already executed, so it cannot show this outcome although the spec allows
 * it; `atomiscope check` reports the line above as a known gap (see docs/MODELS.md).
 *
 * **The fix**: make the accesses atomic (next scenario), or only `y` (the one after).
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { const r1 = x[0]; y[0] = 1; console.log(r1); });
agent('t2', () => { const r2 = y[0]; x[0] = 1; console.log(r2); });
