/**
 * @title Wrap-around: integers that run out of bits
 * @topic Atomicity
 * @host browser
 * @observe u8[0] i32[0] u16[0]
 * @expect "main: 44 255 3 -2147483648 | TypeError"
 *         sc: always  tso: always  relaxed: always
 * @expect "final: u8[0]=0 i32[0]=-2147483648 u16[0]=65534"
 *         sc: always  tso: always  relaxed: always
 * @expect "a: 255 2147483647 65535; b: 254 2147483646 0"
 *         sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "a: 254 2147483646 0; b: 254 2147483646 0"
 *         sc: never  tso: never  relaxed: never
 *
 * An element of a typed array has a fixed number of bits, and arithmetic on it
 * wraps around: past the largest value it starts again at the smallest. `main`
 * first shows how plain stores convert numbers that do not fit, then sets three
 * elements next to their limits: `u8[0] = 254`, `i32[0] = 2147483646` and
 * `u16[0] = 0`. Agents `a` and `b` each add 1 to `u8[0]` and `i32[0]` and
 * subtract 1 from `u16[0]` with `Atomics`, and print the values they got back.
 *
 * **Try it.** Step `a` through all three operations, then `b`: `a` prints
 * `254 2147483646 0` and `b` prints `255 2147483647 65535`. Each `Atomics`
 * operation returns the *old* value; `b`'s addition takes `u8[0]` from 255 to
 * 0 and `i32[0]` from 2147483647 to -2147483648, and `a`'s subtraction took
 * `u16[0]` from 0 to 65535. Explore any model: eight outcomes (who goes first
 * on each element), always the same `final:` values, and never two agents with
 * the same old value.
 *
 * **Why.** A plain store converts the number to the element type first (ECMA-262,
 * the ToUint8, ToInt32 … conversions): it keeps the low 8, 16 or 32 bits and
 * reads them back as unsigned or two's complement. So `300` becomes `44`
 * (`300 - 256`), `-1` becomes `255`, `3.7` becomes `3`, and `2 ** 31` in an
 * `Int32Array` becomes `-2147483648`. `Atomics.add` and `Atomics.sub` compute on
 * the element's bytes in the same way, modulo `2 ** 8`, `2 ** 16` or `2 ** 32`
 * (ECMA-262, Atomics.add, Atomics.sub). Nothing reports the overflow: if a
 * counter can pass its limit, pick a wider type or check the returned old value.
 * (`Atomics.store` returns the value it was given, not the wrapped one:
 * scenario 11.)
 *
 * **Atomic, even when it wraps.** Each read-modify-write is one indivisible
 * step, so the two agents' updates never overwrite each other: the final state
 * is the same under every schedule and every model, and no two agents ever get
 * the same old value (compare scenario 09, where `ia[112]++` loses updates).
 *
 * **Not on `Uint8ClampedArray`.** A clamped view stores `300` as `255` instead
 * of wrapping, and `Atomics` refuse it with a `TypeError`: they work on the
 * integer views `Int8Array` to `Uint32Array` (and the BigInt views) only.
 */
const sab = new SharedArrayBuffer(16);
const u8 = new Uint8Array(sab, 0, 4); // bytes 0-3
const u16 = new Uint16Array(sab, 4, 2); // bytes 4-7
const i32 = new Int32Array(sab, 8, 2); // bytes 8-15

u8[1] = 300; // ToUint8: 300 mod 256 = 44
u8[2] = -1; // 255
u8[3] = 3.7; // 3: the fraction is cut off
i32[1] = 2 ** 31; // ToInt32: -2147483648
console.log(u8[1], u8[2], u8[3], i32[1]);
try {
    Atomics.add(new Uint8ClampedArray(sab, 0, 4), 0, 1);
} catch (e) {
    console.log(e.name); // TypeError
}

u8[0] = 254; // the largest Uint8 is 255
i32[0] = 2147483646; // the largest Int32 is 2147483647
u16[0] = 0; // the smallest Uint16

function step() { // each returns the element's old value
    const a = Atomics.add(u8, 0, 1);
    const b = Atomics.add(i32, 0, 1);
    const c = Atomics.sub(u16, 0, 1);
    console.log(a, b, c);
}
agent('a', step);
agent('b', step);
