/**
 * @title MP (message passing), all Atomics
 * @topic Litmus tests
 * @host browser
 * @expect "t2: 1 0"  sc: never  tso: never  relaxed: never
 * @expect "t2: 1 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t2: 0 0"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * MP with every access atomic. The weak `t2: 1 0`, the flag without the data, is forbidden
 * in every model: the program has no data races, so by DRF-SC (ECMA-262 §29, "Data Race
 * Freedom") it shows only interleavings.
 *
 * In terms of *Sequentially Consistent Atomics*: `t2`'s load of `y` reads `t1`'s store, so
 * that store precedes the load in memory-order. `t1`'s store to `x` precedes its store to
 * `y` (program order), and `t2`'s load of `x` follows its load of `y`. So the load of `x`
 * comes after the store of 1 and cannot return the initial 0.
 *
 * This is more than MP needs. Only the flag has to be atomic: the next scenario keeps `x`
 * plain and still forbids `1 0`.
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { Atomics.store(x, 0, 1); Atomics.store(y, 0, 1); });
agent('t2', () => { const r1 = Atomics.load(y, 0); const r2 = Atomics.load(x, 0); console.log(r1, r2); });
