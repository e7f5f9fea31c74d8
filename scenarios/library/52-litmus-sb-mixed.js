/**
 * @title SB (store buffering), mixed: y atomic, x plain
 * @topic Litmus tests
 * @host browser
 * @expect "t1: 0; t2: 0"  sc: never  tso: sometimes  relaxed: sometimes
 * @expect "t1: 1; t2: 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t1: 0; t2: 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * SB with half a fix: `y` is written with `Atomics.store` and read with `Atomics.load`,
 * while `x` stays plain. The weak outcome `t1: 0; t2: 0` is still possible under TSO and
 * in the relaxed model.
 *
 * **Under TSO**, `t2`'s `Atomics.store` drains `t2`'s buffer, but `t1`'s plain `x[0] = 1`
 * can still wait in *its* buffer while `t1` reads `y`, and `Atomics.load` is an ordinary
 * load on x86. Replay the TSO witness: `t1` buffers its 1 and reads y = 0; `t2` stores y
 * and reads x = 0 from memory. SB needs a fence on *both* sides.
 *
 * **In the relaxed model** the atomic `y` orders nothing here. A SeqCst load synchronizes
 * with a SeqCst store only when it *reads* it, and `t1` read the initial 0. Nothing
 * relates `t1`'s plain write to `t2`'s plain read, so by *Coherent Reads* (ECMA-262 §29)
 * that read may still return 0. The program races on `x`, and DRF-SC promises nothing to
 * racy programs: make `x` atomic too, as in the previous scenario.
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { x[0] = 1; const r1 = Atomics.load(y, 0); console.log(r1); });
agent('t2', () => { Atomics.store(y, 0, 1); const r2 = x[0]; console.log(r2); });
