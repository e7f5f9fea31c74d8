/**
 * @title 2+2W (two plus two writes), mixed: y atomic, x plain
 * @topic Litmus tests
 * @host browser
 * @observe x[0] y[0]
 * @expect "final: x[0]=1 y[0]=1"  sc: never  tso: never  relaxed: sometimes
 * @expect "final: x[0]=2 y[0]=1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "final: x[0]=1 y[0]=2"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * 2+2W with `y` written by `Atomics.store` and `x` plain. The relaxed model still allows
 * `final: x[0]=1 y[0]=1`.
 *
 * **Why.** Only a load that reads a store synchronizes with it, and nobody here reads
 * anything. So there is no happens-before edge between the agents at all, and the atomic
 * `y` cannot order the plain writes of `x`: `y` can end as 1 (its stores do have a single
 * memory-order) while the final read of `x` still returns either write (*Coherent Reads*,
 * ECMA-262 §29).
 *
 * TSO forbids it. `t1`'s `Atomics.store` drains `x[0] = 1` to memory before `y=2` lands.
 * If `t2`'s `y=1` lands after that, `t2`'s `x[0] = 2`, which sits behind it in `t2`'s
 * buffer, lands later still, so `x` ends as 2. Atomic stores that drain the buffer act as
 * fences on x86, but the ECMAScript model does not promise that: make `x` atomic too
 * (previous scenario).
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { x[0] = 1; Atomics.store(y, 0, 2); });
agent('t2', () => { Atomics.store(y, 0, 1); x[0] = 2; });
