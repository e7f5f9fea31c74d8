/**
 * @title R (store buffering against a write), all Atomics
 * @topic Litmus tests
 * @host browser
 * @observe y[0]
 * @expect "t2: 0; final: y[0]=2"  sc: never  tso: never  relaxed: never
 * @expect "t2: 1; final: y[0]=2"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t2: 0; final: y[0]=1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * R with every access atomic: `t2: 0; final: y[0]=2` is forbidden in every model.
 *
 * **Why.** *Sequentially Consistent Atomics* (ECMA-262 §29): `y` ends as 2 only if `t2`'s
 * store of 2 follows `t1`'s store of 1 in memory-order. That store follows `t1`'s store to
 * `x`, and `t2`'s load of `x` follows its own store, so the load comes after `x=1` and
 * returns 1. The program is data-race-free, so DRF-SC (§29 "Data Race Freedom") applies.
 *
 * Under TSO, `t2`'s `Atomics.store` drains its buffer and is visible to all before `t2`
 * reads `x`: exactly the fence that the plain variant lacked.
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { Atomics.store(x, 0, 1); Atomics.store(y, 0, 1); });
agent('t2', () => { Atomics.store(y, 0, 2); const r1 = Atomics.load(x, 0); console.log(r1); });
