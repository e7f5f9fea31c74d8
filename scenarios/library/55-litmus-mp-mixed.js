/**
 * @title MP (message passing), mixed: y atomic, x plain
 * @topic Litmus tests
 * @host browser
 * @expect "t2: 1 0"  sc: never  tso: never  relaxed: never
 * @expect "t2: 1 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t2: 0 0"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * MP with the fix the tutorial recommends (scenario 20 uses it too): the flag `y` is
 * written with `Atomics.store` and read with `Atomics.load`, and the data `x` stays plain.
 * `t2: 1 0` is forbidden in every model.
 *
 * **Why.** When `t2`'s `Atomics.load` reads the value of `t1`'s `Atomics.store`, the store
 * *synchronizes with* the load (ECMA-262 §29). Then `x[0] = 1` happens before the store
 * (program order), the store before the load, and the load before `t2`'s read of `x`.
 * *Coherent Reads* forbids a read to return a write (the initial 0) that is hidden behind
 * a later write (the 1) in happens-before.
 *
 * The program still races on `x` when `t2` reads the flag as 0; then it may print `0 0` or
 * `0 1`. That is why real code waits until the flag is set before it touches the data, as
 * scenario 20 does. Under TSO, MP was already forbidden; the atomics change nothing there.
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { x[0] = 1; Atomics.store(y, 0, 1); });
agent('t2', () => { const r1 = Atomics.load(y, 0); const r2 = x[0]; console.log(r1, r2); });
