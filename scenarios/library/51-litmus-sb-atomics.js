/**
 * @title SB (store buffering), all Atomics
 * @topic Litmus tests
 * @host browser
 * @expect "t1: 0; t2: 0"  sc: never  tso: never  relaxed: never
 * @expect "t1: 1; t2: 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t1: 0; t2: 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * SB again, with every access of `x` and `y` an `Atomics.store` or `Atomics.load`. The
 * weak outcome `t1: 0; t2: 0`, both reads before the other agent's write, is now forbidden
 * in every model.
 *
 * **Why.** ECMA-262 §29's *Sequentially Consistent Atomics* rule puts all SeqCst events in
 * one total *memory-order* that respects each agent's program order, and a SeqCst load
 * returns the newest SeqCst store before it in that order. One of the two stores comes
 * first; the other agent's load comes after it and reads 1. More generally, a program
 * whose conflicting accesses are all atomic has no data races, and the spec promises that
 * data-race-free programs behave sequentially consistently (DRF-SC, §29 "Data Race
 * Freedom").
 *
 * **On x86** this has a price: a store followed by a load is exactly what the store buffer
 * reorders, so engines compile `Atomics.store` to `XCHG` (or `MOV` plus `MFENCE`), which
 * drains the buffer. The TSO model does the same; explore it and `0; 0` is gone.
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { Atomics.store(x, 0, 1); const r1 = Atomics.load(y, 0); console.log(r1); });
agent('t2', () => { Atomics.store(y, 0, 1); const r2 = Atomics.load(x, 0); console.log(r2); });
