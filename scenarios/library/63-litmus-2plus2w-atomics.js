/**
 * @title 2+2W (two plus two writes), all Atomics
 * @topic Litmus tests
 * @host browser
 * @observe x[0] y[0]
 * @expect "final: x[0]=1 y[0]=1"  sc: never  tso: never  relaxed: never
 * @expect "final: x[0]=2 y[0]=1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "final: x[0]=1 y[0]=2"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * 2+2W with every write an `Atomics.store`: `final: x[0]=1 y[0]=1` is forbidden in every
 * model.
 *
 * **Why.** *Sequentially Consistent Atomics* (ECMA-262 §29) puts the four stores in one
 * memory-order that respects program order, and the value a location is left with is its
 * last store in that order. `x=1` last would put `t2`'s `x=2` before `t1`'s `x=1`, which
 * precedes `t1`'s `y=2`; `y=1` last would put that `y=2` before `t2`'s `y=1`, which
 * precedes `t2`'s `x=2`. A cycle, so no total order exists. The program is data-race-free,
 * and DRF-SC (§29 "Data Race Freedom") says the same in general.
 *
 * Write-write races are races too: two plain writes of one location from different agents,
 * with nothing ordering them, already make a program racy, even if nobody reads.
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { Atomics.store(x, 0, 1); Atomics.store(y, 0, 2); });
agent('t2', () => { Atomics.store(y, 0, 1); Atomics.store(x, 0, 2); });
