/**
 * @title CoRR (coherence of read-read), plain accesses
 * @topic Litmus tests
 * @host browser
 * @expect "t2: 1 0"  sc: never  tso: never  relaxed: sometimes
 * @expect "t2: 0 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t2: 1 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * Herd's **CoRR** (coherence, read-read): one agent writes `x`, another reads it twice.
 * `t2: 1 0` would mean that the second read went back in time: it returned the initial 0
 * after the first read had already seen the new 1.
 *
 * **Hardware** does not do this: processors are *coherent*, meaning all cores agree on one
 * order of the writes to each location, and a core does not read an older value after a
 * newer one (a hardware erratum on some early ARM Cortex-A9 cores is the famous
 * exception). C++'s relaxed atomics forbid it too.
 *
 * **JavaScript's plain accesses allow it**, like Java's plain fields. ECMA-262 §29's
 * *Coherent Reads* hides a write only behind another *write* that happens before the read;
 * `t2`'s first read is not a write, so it hides nothing from the second. The freedom is
 * there for the engines: typed arrays alias freely (two views can name the same bytes),
 * and read-read coherence would forbid an optimizer to reorder two plain loads unless it
 * could prove they touch different memory. The relaxed model shows `1 0`. **The fix**:
 * `Atomics.load` (next scenario).
 */
const sab = new SharedArrayBuffer(4);
const x = new Int32Array(sab, 0, 1);
agent('t1', () => { x[0] = 1; });
agent('t2', () => { const r1 = x[0]; const r2 = x[0]; console.log(r1, r2); });
