/**
 * @title SB (store buffering), plain accesses
 * @topic Litmus tests
 * @host browser
 * @model tso
 * @goal "t1: 0; t2: 0"
 * @expect "t1: 0; t2: 0"  sc: never  tso: sometimes  relaxed: sometimes
 * @expect "t1: 1; t2: 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t1: 0; t2: 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * The litmus course starts with herd's **SB** ("store buffering"), the heart of Dekker's
 * mutual exclusion: each agent writes its own location and then reads the other's.
 * `t1: 0; t2: 0` would mean that each agent's read came before the other agent's write.
 * With program order that is a cycle, so no interleaving of the four accesses gives it.
 *
 * **Try it.** Explore under SC: three outcomes, never `0; 0`. Under TSO it appears: replay
 * the witness and watch each `1` wait in its agent's store buffer while the read behind it
 * goes to memory. Every x86 processor does this; a store followed by a load of another
 * location is the one reordering x86 allows. The relaxed model shows it too. JavaScript's
 * plain accesses are *Unordered* (ECMA-262 §29, Memory Model), and nothing here creates
 * happens-before between the agents, so by *Coherent Reads* each read may return the
 * initial 0.
 *
 * **Challenge.** This scenario opens under TSO. Make both agents print `0`: the step
 * list offers each agent's store-buffer flush as a step of its own, so you decide when
 * a write reaches memory.
 *
 * **The fix** is to make the accesses atomic (next scenario). Making only one location
 * atomic is not enough: see the mixed variant after it.
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { x[0] = 1; const r1 = y[0]; console.log(r1); });
agent('t2', () => { y[0] = 1; const r2 = x[0]; console.log(r2); });
