/**
 * @title WRC (write-to-read causality), mixed: y atomic, x plain
 * @topic Litmus tests
 * @host browser
 * @expect "t2: 1; t3: 1 0"  sc: never  tso: never  relaxed: sometimes
 * @expect "t2: 1; t3: 1 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t2: 0; t3: 0 0"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * WRC with `y` atomic and `x` plain. The relaxed model still allows `t2: 1; t3: 1 0`.
 *
 * **Why.** `t2`'s `Atomics.store` of `y` synchronizes with `t3`'s `Atomics.load`, so
 * `t2`'s read of `x` happens before `t3`'s read of `x`. But `t2` only *read* `t1`'s plain
 * write; it did not synchronize with it, so `x=1` happens before nothing in `t3`. And
 * plain reads need no read-read coherence (scenario 65, CoRR): `t3`'s read may return an
 * older write than `t2`'s read did, the initial 0 (*Coherent Reads*, ECMA-262 §29). C++
 * would forbid this with relaxed atomics for `x`, because they are coherent; JavaScript's
 * plain accesses are not.
 *
 * TSO forbids it: x86 is multi-copy atomic, so once `t2` has seen `x=1`, so has everyone.
 * To fix it in JavaScript, make `x` atomic too (previous scenario).
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { x[0] = 1; });
agent('t2', () => { const r1 = x[0]; Atomics.store(y, 0, 1); console.log(r1); });
agent('t3', () => { const r2 = Atomics.load(y, 0); const r3 = x[0]; console.log(r2, r3); });
