/**
 * @title IRIW (independent reads of independent writes), mixed: y atomic, x plain
 * @topic Litmus tests
 * @host browser
 * @expect "t3: 1 0; t4: 1 0"  sc: never  tso: never  relaxed: sometimes
 * @expect "t3: 1 1; t4: 1 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t3: 0 0; t4: 0 0"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * IRIW with `y` atomic and `x` plain. The relaxed model still lets the readers disagree:
 * `t3: 1 0; t4: 1 0` is allowed.
 *
 * **Why.** `t4`'s `Atomics.load` that reads `t2`'s `Atomics.store` synchronizes with it,
 * but `t2` did nothing before its store, so it passes on no knowledge of `x`. `t1`'s plain
 * write of `x` is ordered with nothing at all, so `t4`'s plain read of `x` may return the
 * initial 0 by *Coherent Reads* (ECMA-262 §29), even though `t3` has already read the 1.
 * The program races on `x`, and DRF-SC says nothing about it.
 *
 * TSO still forbids the outcome: on x86 every store becomes visible to all other cores at
 * once, atomic or not. Only the all-atomic version (previous scenario) is sequentially
 * consistent in every model.
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { x[0] = 1; });
agent('t2', () => { Atomics.store(y, 0, 1); });
agent('t3', () => { const r1 = x[0]; const r2 = Atomics.load(y, 0); console.log(r1, r2); });
agent('t4', () => { const r3 = Atomics.load(y, 0); const r4 = x[0]; console.log(r3, r4); });
