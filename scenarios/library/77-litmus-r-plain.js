/**
 * @title R (store buffering against a write), plain accesses
 * @topic Litmus tests
 * @host browser
 * @observe y[0]
 * @expect "t2: 0; final: y[0]=2"  sc: never  tso: sometimes  relaxed: sometimes
 * @expect "t2: 1; final: y[0]=2"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t2: 0; final: y[0]=1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * Herd's **R**: `t1` writes `x` and then `y`; `t2` writes `y` and then reads `x`.
 * `final: y[0]=2` says that `t2`'s write of `y` landed after `t1`'s, so after `t1`'s write
 * of `x`; `t2`'s read comes after its own write, so it should see `x=1`.
 * `t2: 0; final: y[0]=2` breaks that chain.
 *
 * **Try it.** TSO shows it: this is SB in disguise. `t2`'s `y[0] = 2` waits in its store
 * buffer while the read of `x` goes to memory and returns 0; then `t1` runs, and `t2`'s
 * buffered 2 lands last. On x86 it takes an `MFENCE` (or an `XCHG`) between `t2`'s write
 * and read to forbid it. ARM and POWER show it too, and so does the relaxed model
 * (ECMA-262 §29): nothing orders the agents, so neither the read nor the final value of
 * `y` is constrained by *Coherent Reads*.
 *
 * **The fix**: make all accesses atomic (next scenario). Making only `y` atomic fixes TSO
 * but not the relaxed model (the one after).
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { x[0] = 1; y[0] = 1; });
agent('t2', () => { y[0] = 2; const r1 = x[0]; console.log(r1); });
