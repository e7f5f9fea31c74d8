/**
 * @title CoWR (coherence of write-read), all Atomics
 * @topic Litmus tests
 * @host browser
 * @expect "t1: 0"  sc: never  tso: never  relaxed: never
 * @expect "t1: 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t1: 2"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * CoWR with `Atomics.store` and `Atomics.load`: `t1: 0` is forbidden in every model, as
 * for plain accesses.
 *
 * *Sequentially Consistent Atomics* (ECMA-262 §29): `t1`'s load follows its store in
 * memory-order, so the newest store before the load is `t1`'s 1 or, if it came in between,
 * `t2`'s 2. The initial 0 is older than both.
 *
 * Like CoWW, this test shows what plain accesses already guarantee for one location.
 * Atomics are needed when *another* location has to be seen in the right order, as in MP.
 */
const sab = new SharedArrayBuffer(4);
const x = new Int32Array(sab, 0, 1);
agent('t1', () => { Atomics.store(x, 0, 1); const r1 = Atomics.load(x, 0); console.log(r1); });
agent('t2', () => { Atomics.store(x, 0, 2); });
