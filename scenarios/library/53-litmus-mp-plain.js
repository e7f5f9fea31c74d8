/**
 * @title MP (message passing), plain accesses
 * @topic Litmus tests
 * @host browser
 * @expect "t2: 1 0"  sc: never  tso: never  relaxed: sometimes
 * @expect "t2: 1 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t2: 0 0"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * Herd's **MP** ("message passing") is scenario 19 with small numbers: `t1` writes the
 * data `x` and then the flag `y`; `t2` reads the flag and then the data. `t2: 1 0` would
 * mean that `t2` saw the flag but not the data it announces: the two writes, or the two
 * reads, were reordered.
 *
 * **Try it.** SC and TSO never show `1 0`: x86 drains each store buffer in order and does
 * not reorder a load with a later load. ARM and POWER processors reorder both, and a
 * compiler may too, since nothing stops the engine from moving one plain store past
 * another to a different location. The relaxed model shows it: replay the witness and see
 * `t2`'s read of `y` take the new write and its read of `x` the old one. *Coherent Reads*
 * (ECMA-262 §29) allows that, because no happens-before edge links `t1`'s write of `x` to
 * `t2`.
 *
 * **The fix** is an atomic flag: see the mixed variant, which is what scenario 20 does.
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { x[0] = 1; y[0] = 1; });
agent('t2', () => { const r1 = y[0]; const r2 = x[0]; console.log(r1, r2); });
