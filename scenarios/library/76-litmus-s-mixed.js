/**
 * @title S (message passing into a write), mixed: y atomic, x plain
 * @topic Litmus tests
 * @host browser
 * @observe x[0]
 * @expect "t2: 1; final: x[0]=2"  sc: never  tso: never  relaxed: never
 * @expect "t2: 1; final: x[0]=1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t2: 0; final: x[0]=2"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * S with the flag `y` atomic and `x` plain: `t2: 1; final: x[0]=2` is forbidden in every
 * model.
 *
 * **Why.** If `t2`'s `Atomics.load` returns 1, it read `t1`'s `Atomics.store`, which
 * therefore *synchronizes with* it (ECMA-262 §29). Then `t1`'s `x[0] = 2` happens before
 * `t2`'s `x[0] = 1`. The final value is read after both agents have finished, and
 * *Coherent Reads* hides `x=2` behind the later `x=1`: `x` ends as 1.
 *
 * The message-passing fix orders a later *write* just as it orders a later read:
 * everything before the atomic store happens before everything after the atomic load that
 * reads it.
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { x[0] = 2; Atomics.store(y, 0, 1); });
agent('t2', () => { const r1 = Atomics.load(y, 0); x[0] = 1; console.log(r1); });
