/**
 * @title The Atomics operations, one by one
 * @topic Atomicity
 * @host browser
 * @expect "main: 5 | 7 | 7 | 9 | 9 | 12 | 15 | 10 | 2 | 7 | 4 | 300 44 | 44 38 | true | RangeError | TypeError"
 *         sc: always  tso: always  relaxed: always
 *
 * The tutorial's table of `Atomics` operations, tried on one element by a single
 * agent, so every model gives the same output. Each line's comment says what it
 * prints; the read-modify-write operations all return the value the element
 * had *before*.
 *
 * | Operation | Function |
 * |---|---|
 * | `load(array, index)` | return the value of `array[index]` |
 * | `store(array, index, value)` | store `value` in `array[index]`, return `value` |
 * | `compareExchange(array, index, oldval, newval)` | if `array[index] == oldval` then store `newval`; return the old value |
 * | `exchange(array, index, value)` | store `value`, return the old value |
 * | `add`, `sub`, `and`, `or`, `xor` `(array, index, value)` | combine `value` into `array[index]`, return the old value |
 *
 * **Try it.** Step through and watch the element change in the buffer view.
 * Note `Atomics.store(u8, 0, 300)`: it returns `300`, the value it was given
 * (as an integer), while the `Uint8Array` element keeps only 8 bits, `44`. An
 * `add` on that element wraps around the same way.
 *
 * **The limits.** The operations work on the integer views (`Int8Array` to
 * `Uint32Array`, and the two BigInt views); on a float view they throw a
 * `TypeError`, and an index outside the view throws a `RangeError` (ECMA-262,
 * the Atomics object). `Atomics.isLockFree(4)` is always `true`: the standard
 * requires 4-byte atomics to be lock-free, because all relevant hardware has
 * them.
 */
const ia = new Int32Array(new SharedArrayBuffer(16)); // 4 elements
ia[0] = 5;
console.log(Atomics.load(ia, 0));                  // 5
console.log(Atomics.store(ia, 0, 7));              // 7
console.log(Atomics.compareExchange(ia, 0, 7, 9)); // 7: it was 7, so now it is 9
console.log(Atomics.compareExchange(ia, 0, 7, 1)); // 9: it was not 7, so no change
console.log(Atomics.exchange(ia, 0, 12));          // 9, now 12
console.log(Atomics.add(ia, 0, 3));                // 12, now 15
console.log(Atomics.sub(ia, 0, 5));                // 15, now 10
console.log(Atomics.and(ia, 0, 6));                // 10, now 2 (binary 1010 & 0110)
console.log(Atomics.or(ia, 0, 5));                 // 2, now 7 (0010 | 0101)
console.log(Atomics.xor(ia, 0, 3));                // 7, now 4 (0111 ^ 0011)
console.log(ia[0]);                                // 4

const u8 = new Uint8Array(new SharedArrayBuffer(4));
console.log(Atomics.store(u8, 0, 300), u8[0]);     // 300 44: the element keeps 300 mod 256
console.log(Atomics.add(u8, 0, 250), u8[0]);       // 44 38: (44 + 250) mod 256

console.log(Atomics.isLockFree(4));                // true
try {
    Atomics.load(ia, 4);                           // ia has elements 0 to 3
} catch (e) {
    console.log(e.name);                           // RangeError
}
try {
    Atomics.load(new Float64Array(new SharedArrayBuffer(8)), 0);
} catch (e) {
    console.log(e.name);                           // TypeError
}
