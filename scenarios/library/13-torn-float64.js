/**
 * @title A torn Float64: a number nobody wrote
 * @topic Atomicity
 * @host browser
 * @model relaxed
 * @goal "reader: 4294967296 41f00000 00000000"
 * @expect "reader: 4294967296 41f00000 00000000"  sc: never  tso: never  relaxed: sometimes
 * @expect "reader: 5.180654e-318 00000000 00100000"  sc: never  tso: never  relaxed: sometimes
 * @expect "reader: 0 00000000 00000000"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "reader: 4294967297 41f00000 00100000"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * `f64[0]` starts as `0`. The writer stores `4294967297` (`2 ** 32 + 1`) into it
 * with a plain write while the reader reads it with a plain read. The reader
 * prints the number and its 64 bits as two 32-bit halves in hex, high half
 * first: `4294967297` is `41f00000 00100000`, and `0` is all zeros. (`bits`
 * looks at the number through a private buffer, which is not shared memory.)
 *
 * **Challenge.** This scenario opens under the relaxed model. Schedule the two
 * agents so that the reader prints `4294967296`: a number that neither `main`
 * nor the writer ever stored.
 *
 * **Try it.** Explore SC and TSO: the reader prints `0` or `4294967297`, the old
 * value or the new one. Explore the relaxed model: two more outcomes. Replay
 * the witness for `4294967296`: its read takes the high half from the new write
 * and the low half from the old one, `41f00000 00000000`. The other torn read,
 * `5.180654e-318`, takes the new low half under an old, all-zero high half.
 *
 * **Why.** ECMA-262 §29 (Memory Model, Tear Free Reads) forbids a read to
 * combine the bytes of several writes of its own range only for events whose
 * `[[NoTear]]` is true, and the note there says which: accesses through an
 * *integer* typed array. An access through a `Float32Array`, a `Float64Array`
 * or a `DataView` may tear: a racing read may combine bytes of different
 * writes. Hardware does this: a 32-bit CPU may move a `double` as two 4-byte
 * halves. The simulator's relaxed model tears `Float64` reads at the 4-byte
 * halves (the spec allows any split; halves keep the choices few) and does not
 * tear `Float32`; SC and TSO move all 8 bytes at once. Only a data race can
 * show it: the Problems tab reports one on `f64[0]`. An aligned *integer* read
 * never mixes two writes of its own size (mixing sizes is scenario 15), but it
 * can still be stale (scenarios 17 and 19).
 *
 * **The fix.** `Atomics` do not work on a `Float64Array` (a `TypeError`), so
 * the value cannot be written atomically. Publish it instead: write it
 * plainly, then raise an atomic flag, and let the reader read only after it
 * has seen the flag. Scenario 14 does that, and the torn reads disappear.
 */
const f64 = new Float64Array(new SharedArrayBuffer(8)); // f64[0] is 0: eight zero bytes

function bits(x) { // x's two 32-bit halves in hex, high half first
    const halves = new Uint32Array(new Float64Array([x]).buffer); // private, not shared
    return halves[1].toString(16).padStart(8, '0') + ' ' +
        halves[0].toString(16).padStart(8, '0');
}

agent('writer', () => {
    f64[0] = 2 ** 32 + 1; // 4294967297: 41f00000 00100000
});
agent('reader', () => {
    const x = f64[0];
    console.log(x, bits(x));
});
