/**
 * @title IRIW (independent reads of independent writes), all Atomics
 * @topic Litmus tests
 * @host browser
 * @expect "t3: 1 0; t4: 1 0"  sc: never  tso: never  relaxed: never
 * @expect "t3: 1 1; t4: 1 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t3: 0 0; t4: 0 0"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * IRIW with every access atomic: the readers can no longer disagree, and
 * `t3: 1 0; t4: 1 0` is forbidden in every model.
 *
 * **Why.** *Sequentially Consistent Atomics* (ECMA-262 §29) puts both stores and all four
 * loads in one memory-order. Say the store to `x` comes first. `t4` prints 1 for `y` only
 * if its load of `y` follows the store to `y`, and so also the store to `x`; its later
 * load of `x` then returns 1, not 0. The other order is the mirror image for `t3`.
 *
 * IRIW is the test that separates SeqCst from acquire/release: in C++, acquire loads and
 * release stores still allow `1 0; 1 0`. JavaScript's `Atomics` are all SeqCst, and the
 * usual POWER mapping of a SeqCst load puts a full `sync` fence before it; on x86 the
 * loads are plain `MOV`s and the cost is in the stores' `XCHG`.
 */
const sab = new SharedArrayBuffer(8);
const x = new Int32Array(sab, 0, 1);
const y = new Int32Array(sab, 4, 1);
agent('t1', () => { Atomics.store(x, 0, 1); });
agent('t2', () => { Atomics.store(y, 0, 1); });
agent('t3', () => { const r1 = Atomics.load(x, 0); const r2 = Atomics.load(y, 0); console.log(r1, r2); });
agent('t4', () => { const r3 = Atomics.load(y, 0); const r4 = Atomics.load(x, 0); console.log(r3, r4); });
