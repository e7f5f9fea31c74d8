/**
 * @title R (store buffering against a write), mixed: y atomic, x plain
 * @topic Litmus tests
 * @host browser
 * @observe y[0]
 * @expect "t2: 0; final: y[0]=2"  sc: never  tso: never  relaxed: sometimes
 * @expect "t2: 1; final: y[0]=2"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t2: 0; final: y[0]=1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * R with `y` atomic and `x` plain. TSO forbids `t2: 0; final: y[0]=2`, but the relaxed
 * model still allows it.
 *
 * **Under TSO**, `t1`'s `Atomics.store` of `y` drains `x[0] = 1` to memory first, and
 * `t2`'s `Atomics.store` of `y` drains and reaches memory before `t2` reads `x`. If `t2`'s
 * 2 lands after `t1`'s 1, then `x=1` is in memory before `t2` reads it.
 *
 * **In the relaxed model** the two stores of `y` do have one memory-order, with `t1`'s
 * first, but a store does not synchronize with a *store*: only a load that reads a store
 * does. `t2` never reads `y`, so no happens-before edge leads from `t1` to `t2`, and
 * `t2`'s plain read of `x` may return 0 (*Coherent Reads*, ECMA-262 §29). Coming first in
 * memory-order is not the same as happening before. Make `x` atomic too (previous
 * scenario).
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { x[0] = 1; Atomics.store(y, 0, 1); });
agent('t2', () => { Atomics.store(y, 0, 2); const r1 = x[0]; console.log(r1); });
