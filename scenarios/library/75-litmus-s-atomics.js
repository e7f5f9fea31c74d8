/**
 * @title S (message passing into a write), all Atomics
 * @topic Litmus tests
 * @host browser
 * @observe x[0]
 * @expect "t2: 1; final: x[0]=2"  sc: never  tso: never  relaxed: never
 * @expect "t2: 1; final: x[0]=1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t2: 0; final: x[0]=2"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * S with every access atomic: `t2: 1; final: x[0]=2` is forbidden in every model.
 *
 * **Why.** *Sequentially Consistent Atomics* (ECMA-262 §29): if `t2`'s load of `y` returns
 * 1, it follows `t1`'s store of `y`, which follows `t1`'s store `x=2`. `t2`'s store `x=1`
 * follows its load, so it is the last store to `x` in memory-order, and `x` ends as 1. The
 * program is data-race-free, so DRF-SC (§29 "Data Race Freedom") applies.
 *
 * As in MP, only the flag needs to be atomic: see the next scenario.
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { Atomics.store(x, 0, 2); Atomics.store(y, 0, 1); });
agent('t2', () => { const r1 = Atomics.load(y, 0); Atomics.store(x, 0, 1); console.log(r1); });
