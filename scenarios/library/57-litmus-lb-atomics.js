/**
 * @title LB (load buffering), all Atomics
 * @topic Litmus tests
 * @host browser
 * @expect "t1: 1; t2: 1"  sc: never  tso: never  relaxed: never
 * @expect "t1: 0; t2: 0"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t1: 1; t2: 0"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * LB with every access atomic: `t1: 1; t2: 1` is forbidden in every model.
 *
 * **Why.** *Sequentially Consistent Atomics* (ECMA-262 §29) puts all four accesses in one
 * total memory-order that respects each agent's program order, and a load returns the
 * newest store before it. For `t1`'s load of `x` to return 1 it must follow `t2`'s store
 * of `x`, which follows `t2`'s load of `y`; for that load to return 1 it must follow
 * `t1`'s store of `y`, which follows `t1`'s load of `x`. Round in a circle: no total order
 * does that. The program is data-race-free, and DRF-SC (§29 "Data Race Freedom") gives the
 * same answer without the detail.
 *
 * LB cannot be seen on x86 anyway, atomics or not. On ARM and POWER, the SeqCst accesses
 * carry the barriers that keep each load before the store after it.
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { const r1 = Atomics.load(x, 0); Atomics.store(y, 0, 1); console.log(r1); });
agent('t2', () => { const r2 = Atomics.load(y, 0); Atomics.store(x, 0, 1); console.log(r2); });
