/**
 * @title S (message passing into a write), plain accesses
 * @topic Litmus tests
 * @host browser
 * @observe x[0]
 * @expect "t2: 1; final: x[0]=2"  sc: never  tso: never  relaxed: sometimes
 * @expect "t2: 1; final: x[0]=1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t2: 0; final: x[0]=2"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * Herd's **S**: `t1` writes `x=2` and then the flag `y=1`; `t2` reads the flag and then
 * writes `x=1`. If `t2` read the flag as 1, its write of `x` came after all of `t1`, so
 * `x` should end as 1. `t2: 1; final: x[0]=2` would mean that `t1`'s earlier write of `x`
 * overwrote `t2`'s later one. It is MP with a write in place of the second read.
 *
 * **Try it.** SC and TSO forbid it: x86 neither reorders stores nor lets a store pass an
 * earlier load. ARM and POWER allow it, and so may a compiler reordering `t1`'s two plain
 * stores. The relaxed model shows it: no happens-before edge connects `t1` and `t2`, so
 * neither write of `x` hides the other from the final read (*Coherent Reads*, ECMA-262
 * §29).
 *
 * **The fix**: an atomic flag, as in MP (the mixed variant); or all accesses atomic (next
 * scenario).
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { x[0] = 2; y[0] = 1; });
agent('t2', () => { const r1 = y[0]; x[0] = 1; console.log(r1); });
