/**
 * @title Publishing a Float64 behind an atomic flag
 * @topic Atomicity
 * @host browser
 * @model relaxed
 * @expect "writer: TypeError; reader: 4294967297 41f00000 00100000"
 *         sc: always  tso: always  relaxed: always
 * @expect "reader: 4294967296 41f00000 00000000"  sc: never  tso: never  relaxed: never
 * @expect "reader: 5.180654e-318 00000000 00100000"  sc: never  tso: never  relaxed: never
 *
 * The fix for scenario 13. The writer first tries `Atomics.store` on the
 * `Float64Array` and gets a `TypeError`: `Atomics` work on integer views only.
 * So it writes the number with a plain write, as before, and then *publishes*
 * it: `Atomics.store(flag, 0, 1)` on an `Int32Array` element of the same
 * buffer. The reader spins with `Atomics.load` until it sees the flag, and only
 * then reads `f64[0]`.
 *
 * **Try it.** Explore the relaxed model (the scenario opens there): one
 * outcome, `4294967297 41f00000 00100000`. The torn `4294967296` and
 * `5.180654e-318` of scenario 13 are gone, and so are `0` and the Problems
 * tab's data race. Step the reader first: it can only spin on the flag; the
 * step list offers its read of `f64[0]` only after the writer's store. As an
 * experiment, make the flag store a plain `flag[0] = 1` and explore again: the
 * reader can then leave the loop and still read `0` or a torn number.
 *
 * **Why it works.** The reader's `Atomics.load` that returns `1` reads the
 * writer's `Atomics.store` of the same element, so the store *synchronizes
 * with* the load, and everything the writer did before the store *happens
 * before* everything the reader does after the load (ECMA-262 §29, Memory
 * Model). Then the two accesses to `f64[0]` no longer race. The read must take
 * the newest write that happens before it (Coherent Reads): all eight bytes of
 * `4294967297`, because neither `0` nor any half of it is still visible. Tear
 * Free Reads never had to help: without a race there is nothing to tear.
 *
 * The tutorial's advice fits: "atomic elements should be used as
 * synchronization variables and simple communication channels, while
 * non-atomic elements can be used for larger amounts of data." A flag can
 * guard many numbers at once. Instead of spinning, the reader could sleep with
 * `Atomics.wait` (scenario 21).
 */
const sab = new SharedArrayBuffer(16);
const f64 = new Float64Array(sab, 0, 1); // bytes 0-7: the data
const flag = new Int32Array(sab, 8, 1); // bytes 8-11: 1 once f64[0] is ready

function bits(x) { // x's two 32-bit halves in hex, high half first
    const halves = new Uint32Array(new Float64Array([x]).buffer); // private, not shared
    return halves[1].toString(16).padStart(8, '0') + ' ' +
        halves[0].toString(16).padStart(8, '0');
}

agent('writer', () => {
    try {
        Atomics.store(f64, 0, 2 ** 32 + 1);
    } catch (e) {
        console.log(e.name); // TypeError: no Atomics on a float view
    }
    f64[0] = 2 ** 32 + 1; // the data, written plainly
    Atomics.store(flag, 0, 1); // then published
});
agent('reader', () => {
    while (Atomics.load(flag, 0) === 0)
        ; // wait until the data is published
    const x = f64[0];
    console.log(x, bits(x));
});
