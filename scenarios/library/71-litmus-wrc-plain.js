/**
 * @title WRC (write-to-read causality), plain accesses
 * @topic Litmus tests
 * @host browser
 * @expect "t2: 1; t3: 1 0"  sc: never  tso: never  relaxed: sometimes
 * @expect "t2: 1; t3: 1 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t2: 0; t3: 0 0"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * Herd's **WRC** (write-to-read causality): `t1` writes `x`; `t2` reads it and then writes
 * `y`; `t3` reads `y` and then `x`. `t2: 1; t3: 1 0` would break causality: `t3` saw the
 * effect of `t2` having seen `x=1`, yet `t3` itself still reads the old `x`.
 *
 * **Try it.** SC and TSO forbid it; x86 is multi-copy atomic. POWER shows it, because
 * `t1`'s write can reach `t2` before it reaches `t3`; ARM shows it when `t3`'s reads are
 * reordered, and so may a compiler. The relaxed model shows it: a plain read does not
 * synchronize with the write it reads, so in ECMA-262 §29 there is no happens-before edge
 * between any two of the agents, and `t3`'s read of `x` may return 0 (*Coherent Reads*).
 *
 * **The fix**: make the accesses atomic (next scenario); then synchronization is
 * transitive. Making `y` alone atomic is not enough (the one after).
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { x[0] = 1; });
agent('t2', () => { const r1 = x[0]; y[0] = 1; console.log(r1); });
agent('t3', () => { const r2 = y[0]; const r3 = x[0]; console.log(r2, r3); });
