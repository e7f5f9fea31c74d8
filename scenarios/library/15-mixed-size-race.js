/**
 * @title Atomics of two sizes on the same bytes
 * @topic Atomicity
 * @host browser
 * @model relaxed
 * @observe i32[0]
 * @goal "reader: 1 0"
 * @expect "reader: 1 0"  sc: never  tso: never  relaxed: sometimes
 * @expect "reader: 0 0"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "reader: 0 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "reader: 1 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "final: i32[0]=1"  sc: always  tso: always  relaxed: always
 *
 * Every access here is atomic, but not of one size. The writer stores `1` into
 * the low half of a 32-bit word with `Atomics.store` on an `Int16Array`; the
 * reader loads the whole word twice with `Atomics.load` on an `Int32Array` and
 * prints both values. With one view type for both agents this is scenario 66,
 * where `1 0`, a second read older than the first, is impossible. With two
 * sizes it is possible again.
 *
 * **Challenge.** This scenario opens under the relaxed model. Schedule the
 * agents so that the reader prints `1 0`.
 *
 * **Try it.** Explore SC and TSO: `0 0`, `0 1` and `1 1`, as an interleaving
 * gives. Explore the relaxed model: `1 0` as well. Replay its witness: the
 * first load takes its low two bytes from the writer's 2-byte store and its
 * high two bytes from the initial zeros (the step list marks such a read
 * *mixed*: its bytes come from different writes); the second load takes all
 * four bytes from the initial zeros again. Then run `analyze`, or open the
 * Problems tab: two data races between `i16[0]` and `i32[0]`, "which share
 * bytes", although nothing here is a plain access. The final value is `1` in
 * every model: the store itself is not lost.
 *
 * **Why.** The guarantees of `Atomics` hold only between accesses of *equal
 * ranges*: the same bytes, the same size. ECMA-262 §29, Memory Model: an
 * Atomics write W (a *seq-cst*, sequentially consistent, event) *synchronizes
 * with* an Atomics read R that reads it only if "R and W have equal ranges",
 * and every rule of *Sequentially Consistent Atomics* constrains writes and
 * reads with equal ranges. Two atomics that race on *overlapping* ranges are
 * a *data race* (§29.9, Data Races), and the spec's guidelines (§29.11) say
 * the model "effectively demotes the atomic operations involved in a race to
 * non-atomic status". So the reader's two loads are as free as the plain
 * reads of scenario 65.
 *
 * You are unlikely to see `1 0` on a real machine, where a processor keeps each
 * byte coherent. The standard leaves it open for engines: one that implements
 * an access size with a lock, where that size is not lock-free, does not order
 * it against lock-free accesses of another size. The same §29.11 advises
 * programmers to ensure "that atomic accesses of different sizes are not used
 * to access the same cells at the same time".
 *
 * **The fix.** Give the location one view type, used by every agent: scenario
 * 16 has the writer store with `Atomics.store(i32, 0, 1)`, and `1 0` is gone.
 */
const sab = new SharedArrayBuffer(4);
const i32 = new Int32Array(sab); // the whole word: bytes 0-3
const i16 = new Int16Array(sab); // i16[0] is bytes 0-1, the low half of i32[0]

agent('writer', () => {
    Atomics.store(i16, 0, 1); // a 2-byte atomic store
});
agent('reader', () => {
    const first = Atomics.load(i32, 0); // 4-byte atomic loads
    const second = Atomics.load(i32, 0);
    console.log(first, second);
});
