/**
 * @title Many views, one set of bytes
 * @topic Sharing memory
 * @host browser
 * @expect "main: 0x11223344 -> 44 33 22 11 -> Int16 3344 1122 | -2 -> fe ff ff ff -> Uint32 4294967294 Int16 -2 -1 | 1 (Float32) -> 00 00 80 3f -> Int32 1065353216 | part at byte 8, 2 elements, 4 bytes | part[1] = 258 -> bytes 8-11 00 00 02 01 -> Int32 16908288 | RangeError"
 *         sc: always  tso: always  relaxed: always
 *
 * A `SharedArrayBuffer` is only bytes; a typed array is a way of reading them.
 * Five views lie over the same 16 bytes: `Uint8Array`, `Int16Array`,
 * `Int32Array`, `Uint32Array` and `Float32Array`. The program writes through
 * one view and reads the same bytes through the others. `bytes(from, to)` reads
 * the `Uint8Array` and prints each byte in hex.
 *
 * **Try it.** Run it and read `main`'s lines one by one:
 *
 * 1. `0x11223344` written as an `Int32` is stored as the bytes `44 33 22 11`:
 *    least significant byte first (*little-endian*). The `Int16Array` sees two
 *    halves, `0x3344` at element 0 and `0x1122` at element 1.
 * 2. `-2` is stored in two's complement, `fe ff ff ff`. Read as a `Uint32` the
 *    same bytes are `4294967294` (`2 ** 32 - 2`); the two `Int16` halves are `-2` and
 *    `-1`.
 * 3. The `Float32` `1` is the bit pattern `0x3f800000` (sign 0, exponent 127,
 *    fraction 0): bytes `00 00 80 3f`, or the integer `1065353216`.
 * 4. `new Uint16Array(sab, 8, 2)` is a view of two elements that starts at
 *    byte 8 (`byteOffset`), four bytes long (`byteLength`). Its element 1 is
 *    bytes 10 and 11; the `Int32Array`'s element 2 covers bytes 8 to 11 and
 *    reads `258 * 2 ** 16`, which is `16908288`.
 * 5. A view's `byteOffset` must be a multiple of its element size: an
 *    `Int32Array` may not start at byte 2 (`RangeError`).
 *
 * Open the buffer heatmap: only bytes 0 to 3 and 8 to 11 were touched. Change a
 * value and run again; every view follows, because there is nothing in them but
 * the bytes. Everything runs in one step here: no other agent can reach the
 * buffer, so there is nothing to interleave (the timeline still lists each
 * access).
 *
 * **Why.** Reading an element reads `BYTES_PER_ELEMENT` bytes from
 * `byteOffset + index * BYTES_PER_ELEMENT` and decodes them by the view's type;
 * writing converts the number to that type and encodes it (ECMA-262,
 * GetValueFromBuffer and SetValueInBuffer; RawBytesToNumeric and
 * NumericToRawBytes). The byte order is the platform's; every browser platform
 * in use is little-endian, and so is the simulator. The same holds across
 * agents: a worker's `Uint8Array` over this buffer reads these very bytes
 * (scenario 04).
 */
const sab = new SharedArrayBuffer(16);
const u8 = new Uint8Array(sab);
const i16 = new Int16Array(sab);
const i32 = new Int32Array(sab);
const u32 = new Uint32Array(sab);
const f32 = new Float32Array(sab);

function hex(n) {
    return n.toString(16).padStart(2, '0');
}
function bytes(from, to) { // the bytes from..to-1, in hex
    const out = [];
    for (let i = from; i < to; i++)
        out.push(hex(u8[i]));
    return out.join(' ');
}

i32[0] = 0x11223344;
console.log('0x11223344 ->', bytes(0, 4), '-> Int16', hex(i16[0]), hex(i16[1]));

i32[0] = -2;
console.log('-2 ->', bytes(0, 4), '-> Uint32', u32[0], 'Int16', i16[0], i16[1]);

f32[0] = 1;
console.log('1 (Float32) ->', bytes(0, 4), '-> Int32', i32[0]);

const part = new Uint16Array(sab, 8, 2); // bytes 8 to 11
console.log(`part at byte ${part.byteOffset}, ${part.length} elements, ${part.byteLength} bytes`);
part[1] = 258; // 0x0102, into bytes 10 and 11
console.log('part[1] = 258 -> bytes 8-11', bytes(8, 12), '-> Int32', i32[2]);

try {
    new Int32Array(sab, 2, 1);
} catch (e) {
    console.log(e.name); // RangeError: byte 2 is not a multiple of 4
}
