/**
 * @title WRC (write-to-read causality), all Atomics
 * @topic Litmus tests
 * @host browser
 * @expect "t2: 1; t3: 1 0"  sc: never  tso: never  relaxed: never
 * @expect "t2: 1; t3: 1 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t2: 0; t3: 0 0"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * WRC with every access atomic: `t2: 1; t3: 1 0` is forbidden in every model.
 *
 * **Why.** If `t2` reads 1, its `Atomics.load` synchronizes with `t1`'s store of `x`; if
 * `t3` reads 1 from `y`, its load synchronizes with `t2`'s store of `y`. Happens-before is
 * transitive, so `t1`'s `x=1` happens before `t3`'s load of `x`, and *Coherent Reads*
 * (ECMA-262 §29) hides the initial 0 from it. *Sequentially Consistent Atomics* gives the
 * same answer: all five accesses lie in one memory-order.
 *
 * This is causality: what an agent knew when it published something becomes known to
 * whoever reads the publication. The next scenario shows that it needs every link of the
 * chain to be a synchronizing access.
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { Atomics.store(x, 0, 1); });
agent('t2', () => { const r1 = Atomics.load(x, 0); Atomics.store(y, 0, 1); console.log(r1); });
agent('t3', () => { const r2 = Atomics.load(y, 0); const r3 = Atomics.load(x, 0); console.log(r2, r3); });
