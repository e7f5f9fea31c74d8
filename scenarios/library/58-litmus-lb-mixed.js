/**
 * @title LB (load buffering), mixed: y atomic, x plain
 * @topic Litmus tests
 * @host browser
 * @expect "t1: 1; t2: 1"  sc: never  tso: never  relaxed: never
 * @expect "t1: 0; t2: 0"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t1: 1; t2: 0"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * LB with `y` atomic and `x` plain: `t1: 1; t2: 1` is forbidden in every model.
 *
 * **Why.** If `t2` prints 1, its `Atomics.load` read `t1`'s `Atomics.store`, so the store
 * *synchronizes with* the load (ECMA-262 §29). Then `t1`'s plain read of `x` happens
 * before the store, the store before the load, and the load before `t2`'s plain write of
 * `x`: the read happens before the write. *Coherent Reads* forbids a read to return a
 * write it happens before, so `t1` printed 0.
 *
 * This is MP's fix seen from the other side. A store that is read by a load orders
 * everything before the store ahead of everything after the load: writes (as in MP) and
 * reads (as here) alike. TSO forbade LB already; nothing changes there.
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { const r1 = x[0]; Atomics.store(y, 0, 1); console.log(r1); });
agent('t2', () => { const r2 = Atomics.load(y, 0); x[0] = 1; console.log(r2); });
