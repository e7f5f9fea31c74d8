/**
 * @title IRIW (independent reads of independent writes), plain accesses
 * @topic Litmus tests
 * @host browser
 * @expect "t3: 1 0; t4: 1 0"  sc: never  tso: never  relaxed: sometimes
 * @expect "t3: 1 1; t4: 1 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t3: 0 0; t4: 0 0"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * Herd's **IRIW** ("independent reads of independent writes"): two agents each write their
 * own location, and two readers read both locations in opposite orders. `t3: 1 0; t4: 1 0`
 * would mean that the readers disagree about which write happened first: `t3` saw `x`
 * written but not yet `y`, while `t4` saw `y` written but not yet `x`.
 *
 * **Try it.** SC and TSO forbid it: x86 is *multi-copy atomic*, so a store becomes visible
 * to all other cores at the same moment, when it leaves the store buffer. POWER is not: a
 * write can reach one core before another, and IRIW shows up even when each reader's loads
 * stay in order. ARM shows it when the loads are reordered, and so can a compiler. The
 * relaxed model shows it, as ECMA-262 §29 allows for plain accesses: nothing orders the
 * two writes or links them to the readers, and each plain read may return any write that
 * happens-before does not hide (*Coherent Reads*).
 *
 * **The fix**: make every access atomic (next scenario). SeqCst atomics agree on one order
 * of all writes, which is what IRIW tests.
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { x[0] = 1; });
agent('t2', () => { y[0] = 1; });
agent('t3', () => { const r1 = x[0]; const r2 = y[0]; console.log(r1, r2); });
agent('t4', () => { const r3 = y[0]; const r4 = x[0]; console.log(r3, r4); });
