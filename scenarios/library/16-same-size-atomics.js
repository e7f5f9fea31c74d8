/**
 * @title Atomics of one size: the order is back
 * @topic Atomicity
 * @host browser
 * @model relaxed
 * @observe i32[0]
 * @expect "reader: 1 0"  sc: never  tso: never  relaxed: never
 * @expect "reader: 0 0"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "reader: 0 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "reader: 1 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "final: i32[0]=1"  sc: always  tso: always  relaxed: always
 *
 * The fix for scenario 15. The writer now stores through the same view as the
 * reader, `Atomics.store(i32, 0, 1)`, so every access to the word covers the
 * same four bytes. The reader still loads it twice.
 *
 * **Try it.** Explore the relaxed model (the scenario opens there): `0 0`,
 * `0 1` and `1 1`, the same three outcomes as SC and TSO. `1 0` is gone. Run
 * `analyze`, or open the Problems tab: no data race. Replay any outcome and
 * look at the reader's loads: none is marked *mixed* any more, since each takes
 * its four bytes from one write.
 *
 * **Why it works.** The store and the loads now have *equal ranges*, so the
 * rules of ECMA-262 §29, Memory Model, apply in full. The load that returns
 * `1` reads the writer's store, and the store *synchronizes with* it. The
 * reader's two loads are in agent order, so in the one total order of Atomics
 * operations the second load comes after the first, and so after the store
 * that the first one read; a seq-cst read may not return a write that an
 * equal-range seq-cst write has replaced before the read in that order
 * (Sequentially Consistent Atomics). So after `1` the reader can only see `1`
 * again. Two seq-cst accesses of equal ranges are never a *data race* (§29.9,
 * Data Races): this program is data-race free, so it behaves sequentially
 * consistently under every model.
 *
 * If the writer meant to change only the low half and keep the high one, it
 * can still do that through `i32`: `Atomics.or(i32, 0, 1)` sets bit 0 and
 * leaves the other bits alone, and a `compareExchange` loop can change any
 * part. The rule of thumb from §29.11 (Shared Memory Guidelines): "the program
 * should treat shared memory as strongly typed as much as possible."
 */
const sab = new SharedArrayBuffer(4);
const i32 = new Int32Array(sab); // the word, bytes 0-3: the one view for it

agent('writer', () => {
    Atomics.store(i32, 0, 1); // a 4-byte atomic store, like the loads
});
agent('reader', () => {
    const first = Atomics.load(i32, 0);
    const second = Atomics.load(i32, 0);
    console.log(first, second);
});
