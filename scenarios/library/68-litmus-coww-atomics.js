/**
 * @title CoWW (coherence of write-write), all Atomics
 * @topic Litmus tests
 * @host browser
 * @observe x[0]
 * @expect "final: x[0]=1"  sc: never  tso: never  relaxed: never
 * @expect "final: x[0]=2"  sc: always  tso: always  relaxed: always
 *
 * CoWW with `Atomics.store`: `final: x[0]=1` is forbidden in every model, as it was for
 * plain writes.
 *
 * Here *Sequentially Consistent Atomics* (ECMA-262 §29) orders the two stores in
 * memory-order as in program order, and the value left is the last store. Atomics add
 * nothing to what plain accesses already promise for a single location written by a single
 * agent: coherence is the one ordering guarantee plain accesses have (*Coherent Reads*).
 *
 * The coherence tests pin that guarantee for every model. A model that broke it would be
 * wrong, not merely weak.
 */
const sab = new SharedArrayBuffer(4);
const x = new Int32Array(sab, 0, 1);
agent('t1', () => { Atomics.store(x, 0, 1); Atomics.store(x, 0, 2); });
