/**
 * @title Message passing without atomics
 * @topic Ordering and visibility
 * @host browser
 * @model relaxed
 * @expect "reader: 123456 191"  sc: never  tso: never  relaxed: sometimes
 * @goal "reader: 123456 191"
 * @expect "reader: 163 191"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "reader: 163 314159"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "reader: 123456 314159"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * The writer changes `ia[42]` from 191 to 314159 and *then* `ia[37]` from 163
 * to 123456. The reader prints `ia[37]` and then `ia[42]`. Can it print the new
 * `ia[37]` together with the old `ia[42]`, `123456 191`? The tutorial: "The
 * reader may print 123456 and 191, even though it would seem that that should
 * not happen. The reason is that the writes may be reordered by the compiler
 * and (more often) the CPU."
 *
 * **Challenge.** This scenario opens under the relaxed model. Schedule the two
 * agents so that the reader prints `123456 191`. When a read has more than one
 * write it may return, the step list offers each of them.
 *
 * **Try it.** Explore all outcomes under SC: three of them, and no interleaving
 * of the four accesses gives `123456 191`. Under TSO (x86) it is still
 * impossible: stores leave the store buffer in program order and loads are not
 * reordered with each other. Now explore the relaxed model and replay the
 * witness for `123456 191`: the reader's first read takes the new write, the
 * second an old one. ARM and POWER processors do this for real.
 *
 * **Why.** These are plain accesses and nothing synchronizes the two agents, so
 * nothing orders the writer's two writes as far as the reader is concerned.
 * Each plain read may return any write to its element that is not hidden from it
 * by happens-before (the *coherent reads* rule of ECMA-262 §29, Memory Model);
 * here that is the old and the new value alike, for both elements.
 *
 * **The fix** is one atomic operation on each side: see the next scenario.
 */
const ia = new Int32Array(new SharedArrayBuffer(400));
ia[37] = 163;
ia[42] = 191;
agent('writer', () => { ia[42] = 314159; ia[37] = 123456; });
agent('reader', () => { console.log(ia[37], ia[42]); });
