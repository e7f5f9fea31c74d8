/**
 * @title CoRR (coherence of read-read), all Atomics
 * @topic Litmus tests
 * @host browser
 * @expect "t2: 1 0"  sc: never  tso: never  relaxed: never
 * @expect "t2: 0 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t2: 1 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * CoRR with `Atomics.store` and `Atomics.load`: `t2: 1 0` is forbidden in every model.
 *
 * **Why.** *Sequentially Consistent Atomics* (ECMA-262 §29): `t2`'s two loads are in
 * program order, so the second follows the first in memory-order. If the first returned 1,
 * it follows the store of 1, and so does the second, which must therefore return the
 * newest store before it: the 1 again, never the initial 0. The program is data-race-free,
 * so DRF-SC applies as well.
 *
 * Compare the plain variant (previous scenario): there the relaxed model gives `1 0`
 * because plain reads need not be coherent with each other. Read a location that another
 * agent writes with `Atomics.load`, and it will never move backwards.
 */
const sab = new SharedArrayBuffer(4);
const x = new Int32Array(sab, 0, 1);
agent('t1', () => { Atomics.store(x, 0, 1); });
agent('t2', () => { const r1 = Atomics.load(x, 0); const r2 = Atomics.load(x, 0); console.log(r1, r2); });
