package org.atomiscope.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atomiscope.machine.Scenarios.main;
import static org.atomiscope.machine.Scenarios.run;

import java.util.stream.Stream;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Scenarios;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a plain store into a typed array keeps, per view type (ECMA-262 §7.1: ToInt8 … ToUint32,
 * ToUint8Clamp, and IEEE rounding for the float views), and the typed-array and buffer surface the
 * scenarios use: lengths and offsets, views over the same bytes (little-endian), subarray, fill,
 * set, slice, ArrayBuffer.prototype.slice. Run on the machine, over shared and plain buffers.
 */
class ConversionsTest {

    /** Each value is stored into element 0 and read back. */
    private static final String VALUES = "[0.1, 1.5, 2.5, -1, 300, -129, 70000, 2 ** 31, 2 ** 32 + 1, NaN, Infinity, -Infinity, "
        + "'12', {valueOf() { return 7 }}, {toString() { return '9' }}, true, null, undefined, -0.5, 255.5, 254.5]";

    static Stream<Arguments> storedValues() {
        String[][] rows = {
            {"Int8Array", "0 1 2 -1 44 127 112 0 1 0 0 0 12 7 9 1 0 0 0 -1 -2"},
            {"Uint8Array", "0 1 2 255 44 127 112 0 1 0 0 0 12 7 9 1 0 0 0 255 254"},
            {"Int16Array", "0 1 2 -1 300 -129 4464 0 1 0 0 0 12 7 9 1 0 0 0 255 254"},
            {"Uint16Array", "0 1 2 65535 300 65407 4464 0 1 0 0 0 12 7 9 1 0 0 0 255 254"},
            {"Int32Array", "0 1 2 -1 300 -129 70000 -2147483648 1 0 0 0 12 7 9 1 0 0 0 255 254"},
            {"Uint32Array", "0 1 2 4294967295 300 4294967167 70000 2147483648 1 0 0 0 12 7 9 1 0 0 0 255 254"},
            {"Float32Array", "0.10000000149011612 1.5 2.5 -1 300 -129 70000 2147483648 4294967296 NaN Infinity -Infinity "
                + "12 7 9 1 0 NaN -0.5 255.5 254.5"},
            {"Float64Array", "0.1 1.5 2.5 -1 300 -129 70000 2147483648 4294967297 NaN Infinity -Infinity "
                + "12 7 9 1 0 NaN -0.5 255.5 254.5"},
            {"Uint8ClampedArray", "0 2 2 0 255 0 255 255 255 0 255 0 12 7 9 1 0 0 0 255 254"},
        };
        return Stream.of(rows).flatMap(r -> Stream.of(Arguments.of(r[0], true, r[1]), Arguments.of(r[0], false, r[1])));
    }

    @ParameterizedTest(name = "{0} shared={1}")
    @MethodSource("storedValues")
    void aStoreKeepsTheValueConvertedForTheViewType(String type, boolean shared, String expected) {
        String src = "const a = new " + type + "(new " + (shared ? "SharedArrayBuffer" : "ArrayBuffer") + "(8 * "
            + type + ".BYTES_PER_ELEMENT));\n"
            + "const vals = " + VALUES + ";\n"
            + "let s = '';\n"
            + "for (let i = 0; i < vals.length; i++) { a[0] = vals[i]; s += (i ? ' ' : '') + a[0]; }\n"
            + "console.log(s);";
        assertThat(main(src)).isEqualTo(expected);
    }

    @Test
    void float32RoundsToTheNearestSingle() {
        assertThat(main("""
            const a = new Float32Array(new SharedArrayBuffer(16));
            a[0] = 0.1; a[1] = 16777217; a[2] = 1e40; a[3] = -1e-50;
            console.log(a[0], a[0] === 0.1, a[1], a[2], 1 / a[3]);
            """)).isEqualTo("0.10000000149011612 false 16777216 Infinity -Infinity");
    }

    @Test
    void float64KeepsTheNumberExactlyIncludingMinusZero() {
        assertThat(main("""
            const d = new Float64Array(new SharedArrayBuffer(16));
            d[0] = 0.1; d[1] = -0;
            console.log(d[0], d[0] === 0.1, 1 / d[1], d[0] + 0.2);
            """)).isEqualTo("0.1 true -Infinity 0.30000000000000004");
    }

    @Test
    void uint8ClampedRoundsHalfToEven() {
        assertThat(main("""
            const c = new Uint8ClampedArray(new SharedArrayBuffer(8));
            c[0] = 1.5; c[1] = 2.5; c[2] = -1; c[3] = 300; c[4] = 0.5; c[5] = 3.5; c[6] = 254.5; c[7] = 255.5;
            console.log(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
            """)).isEqualTo("2 2 0 255 0 4 254 255");
    }

    @Test
    void objectsAndStringsAreCoercedWithToNumber() {
        assertThat(main("""
            const ia = new Int32Array(new SharedArrayBuffer(4));
            const vals = [{valueOf() { return 7 }, toString() { return '9' }}, {valueOf() { return {} }, toString() { return '5' }},
              [5], [], [1, 2], '0x10', ' 7 ', '1e2', 'abc', '', '-0x10', '0b101', '0o17', '\\n42\\t', '12'];
            let s = '';
            for (let i = 0; i < vals.length; i++) { ia[0] = vals[i]; s += (i ? ' ' : '') + ia[0]; }
            console.log(s);
            try { ia[0] = {valueOf() { return {} }, toString() { return {} }} } catch (e) { console.log(e.name + ': ' + e.message) }
            """)).isEqualTo("7 5 5 0 0 16 7 100 0 0 0 5 15 42 12 | TypeError: Cannot convert object to primitive value");
    }

    @Test
    void valueOfRunsOnceAndEvenForAnOutOfRangeIndex() {
        // TypedArraySetElement converts the value before it checks the index (§10.4.5.16).
        assertThat(main("""
            const ia = new Int32Array(new SharedArrayBuffer(16));
            let called = 0;
            ia[0] = {valueOf() { called++; return 1 }};
            ia[10] = {valueOf() { called++; return 1 }};
            ia[-1] = {valueOf() { called++; return 1 }};
            console.log(called, ia[0]);
            """)).isEqualTo("3 1");
    }

    @Test
    void anAssignmentEvaluatesToTheAssignedValueNotTheStoredOne() {
        assertThat(main("""
            const ia = new Int8Array(new SharedArrayBuffer(4));
            let x = ia[0] = 300; console.log(x, ia[0]);
            ia[1] = 127; console.log(ia[1]++, ia[1], ++ia[1], ia[1]);
            ia[2] = '5'; ia[2] += '1'; console.log(ia[2]);
            ia[3] = 10; ia[3] *= 20; console.log(ia[3]);
            """)).isEqualTo("300 44 | 127 -128 -127 -127 | 51 | -56");
    }

    @Test
    void outOfRangeReadsAreUndefinedAndWritesAreIgnoredWithoutAnEvent() {
        Scenarios.Ran r = run("""
            const ia = new Int32Array(new SharedArrayBuffer(16), 4, 2);
            console.log(ia[2], ia[-1], ia[5], ia[1.5], ia['1.5'], ia['-0']);
            ia[2] = 9; ia[-1] = 9; ia[1.5] = 9; ia[100] = 9;
            console.log(ia[2], ia[-1], ia[1.5], ia[100]);
            ia[-0] = 3;
            ia['01'] = 5; ia.foo = 'bar';
            console.log(ia['01'], ia.foo);
            """);
        assertThat(r.outcome()).isEqualTo("main: undefined undefined undefined undefined undefined undefined | "
            + "undefined undefined undefined undefined | 5 bar");
        // Only ia[-0] (which is ia[0]) touches shared memory.
        assertThat(r.memoryEvents()).extracting(Event::text).containsExactly("ia[0] = 3");
    }

    @Test
    void minusZeroStringKeyIsNotAProperty() {
        assertThat(main("const ia = new Int32Array(4); ia['-0'] = 3; console.log(ia['-0'], ia[0]);")).isEqualTo("undefined 0");
    }

    @Test
    void inOnATypedArrayChecksTheIndex() {
        assertThat(main("const ia = new Int32Array(4);\n"
            + "console.log('4' in ia, 4 in ia, 1.5 in ia, '1.5' in ia, -1 in ia, '-0' in ia, '3' in ia, 3 in ia, 'length' in ia, 'foo' in ia);"))
            .isEqualTo("false false false false false false true true true false");
    }

    // ------------------------------------------------------------------ the typed array surface

    @Test
    void bytesPerElementLengthOffsetsAndBuffer() {
        assertThat(run("""
            for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array]) {
              const a = new T(6);
              console.log(T.name, T.BYTES_PER_ELEMENT, a.BYTES_PER_ELEMENT, T.prototype.BYTES_PER_ELEMENT, a.length, a.byteLength,
                a.byteOffset, a.buffer.byteLength, a.buffer instanceof ArrayBuffer);
            }
            """).lines("main")).containsExactly(
            "Int8Array 1 1 1 6 6 0 6 true",
            "Uint8Array 1 1 1 6 6 0 6 true",
            "Uint8ClampedArray 1 1 1 6 6 0 6 true",
            "Int16Array 2 2 2 6 12 0 12 true",
            "Uint16Array 2 2 2 6 12 0 12 true",
            "Int32Array 4 4 4 6 24 0 24 true",
            "Uint32Array 4 4 4 6 24 0 24 true",
            "Float32Array 4 4 4 6 24 0 24 true",
            "Float64Array 8 8 8 6 48 0 48 true");
    }

    @Test
    void viewsOverASharedBufferKeepTheirBufferAndOffsets() {
        assertThat(main("""
            const sab = new SharedArrayBuffer(16);
            const a = new Float64Array(sab, 8); const b = new Uint16Array(sab, 2, 3);
            console.log(a.length, a.byteOffset, a.byteLength, b.length, b.byteOffset, b.byteLength, sab.byteLength);
            console.log(a.buffer === sab, b.buffer === a.buffer, sab instanceof SharedArrayBuffer, sab instanceof ArrayBuffer);
            console.log(Object.prototype.toString.call(sab), Object.prototype.toString.call(b));
            """)).isEqualTo("1 8 8 3 2 6 16 | true true true false | [object SharedArrayBuffer] [object Uint16Array]");
    }

    @Test
    void viewsOfDifferentTypesSeeTheSameLittleEndianBytes() {
        Scenarios.Ran r = run("""
            const sab = new SharedArrayBuffer(8);
            const ia = new Int32Array(sab); const u8 = new Uint8Array(sab); const u16 = new Uint16Array(sab);
            ia[0] = 0x01020304;
            console.log(u8[0], u8[1], u8[2], u8[3], u16[0], u16[1]);
            u8[4] = 0xff; u8[5] = 0xff; u8[6] = 0xff; u8[7] = 0x7f;
            const i16 = new Int16Array(sab); const f32 = new Float32Array(sab);
            console.log(ia[1], i16[3], i16[2], f32[1]);
            """);
        assertThat(r.outcome()).isEqualTo("main: 4 3 2 1 772 258 | 2147483647 32767 -1 NaN");
        assertThat(r.memoryEvents().get(0).text()).isEqualTo("ia[0] = 16909060");
        assertThat(r.memoryEvents().get(1).text()).isEqualTo("read u8[0] → 4");
    }

    @Test
    void floatBitPatterns() {
        assertThat(main("""
            const f = new Float64Array(1); const u = new Uint32Array(f.buffer); f[0] = 1;
            const f2 = new Float32Array(1); const u2 = new Uint8Array(f2.buffer); f2[0] = -2;
            console.log(u[0], u[1], u2[0], u2[1], u2[2], u2[3]);
            """)).isEqualTo("0 1072693248 0 0 0 192");
    }

    @Test
    void subarrayIsAViewSliceIsACopy() {
        assertThat(main("""
            const a = new Int16Array([1, 2, 3, 4, 5, 6]);
            const sub = a.subarray(1, 4); sub[0] = 20;
            console.log(sub.length, sub.byteOffset, sub[0], sub[1], sub[2], a[1], sub.buffer === a.buffer, sub instanceof Int16Array);
            const sl = a.slice(1, 4); sl[0] = 99;
            console.log(sl.length, sl.byteOffset, sl[0], sl[1], sl[2], a[1], sl.buffer === a.buffer, sl instanceof Int16Array);
            const neg = a.subarray(-2); const negSlice = a.slice(-2);
            console.log(neg.length, neg[0], neg[1], negSlice.length, negSlice[0], a.subarray(4, 2).length, a.slice(4, 2).length);
            const subsub = sub.subarray(1); subsub[0] = -7;
            console.log(subsub.byteOffset, a[2]);
            """)).isEqualTo("3 2 20 3 4 20 true true | 3 0 99 3 4 20 false true | 2 5 6 2 5 0 0 | 4 -7");
    }

    @Test
    void subarrayOfASharedViewSharesTheMemory() {
        Scenarios.Ran r = run("""
            const ia = new Int32Array(new SharedArrayBuffer(16));
            const tail = ia.subarray(2);
            tail[0] = 5;
            console.log(ia[2], tail.length, tail.byteOffset, tail.buffer === ia.buffer);
            """);
        assertThat(r.outcome()).isEqualTo("main: 5 2 8 true");
        assertThat(r.memoryEvents()).extracting(Event::text).containsExactly("tail[0] = 5", "read ia[2] → 5");
    }

    @Test
    void fillConvertsOnceAndHonoursItsRange() {
        assertThat(main("""
            const a = new Int16Array([1, 2, 3, 4, 5, 6]);
            a.fill(7, 1, 3); console.log(a[0], a[1], a[2], a[3]);
            a.fill(-1); console.log(a[0], a[5]);
            a.fill(70000, -2); console.log(a[3], a[4], a[5]);
            const c = new Uint8ClampedArray(3); c.fill(300); console.log(c[0], c[2]);
            console.log(a.fill(0) === a);
            """)).isEqualTo("1 7 7 4 | -1 -1 | -1 4464 4464 | 255 255 | true");
    }

    @Test
    void setCopiesWithConversionAndChecksBounds() {
        assertThat(main("""
            const a = new Int8Array(6);
            console.log(a.set([10, 11], 4), a[4], a[5]);
            a.set([300, -129]); console.log(a[0], a[1]);
            a.set(new Uint8Array([255, 128]), 2); console.log(a[2], a[3]);
            try { a.set([1, 2, 3], 4) } catch (e) { console.log(e.name + ': ' + e.message) }
            try { a.set([1], -1) } catch (e) { console.log(e.name) }
            """)).isEqualTo("undefined 10 11 | 44 127 | -1 -128 | RangeError: offset is out of bounds | RangeError");
    }

    @Test
    void constructingFromArraysAndOtherViewsConverts() {
        assertThat(main("""
            const u = new Uint8Array(new Int16Array([-1, 256, 300]));
            const i = new Int8Array([1.9, -1.9, '3', null]);
            const f = new Float32Array(new Float64Array([0.1]));
            console.log(u[0], u[1], u[2], u.length, i[0], i[1], i[2], i[3], f[0]);
            """)).isEqualTo("255 0 44 3 1 -1 3 0 0.10000000149011612");
    }

    @Test
    void arrayBufferSliceCopies() {
        assertThat(main("""
            const ab = new ArrayBuffer(8); const u8 = new Uint8Array(ab); u8.set([1, 2, 3, 4, 5, 6, 7, 8]);
            const s = ab.slice(2, 5); const v = new Uint8Array(s);
            console.log(s.byteLength, v[0], v[1], v[2], s === ab, s instanceof ArrayBuffer);
            v[0] = 99; console.log(u8[2]);
            const tail = new Uint8Array(ab.slice(-2));
            console.log(tail.length, tail[0], tail[1], ab.slice(6, 2).byteLength, ab.slice().byteLength);
            """)).isEqualTo("3 3 4 5 false true | 3 | 2 7 8 0 8");
    }

    @Test
    void sharedArrayBufferSliceIsANewSharedBuffer() {
        assertThat(main("""
            const sab = new SharedArrayBuffer(8); const u8 = new Uint8Array(sab); u8.set([1, 2, 3, 4, 5, 6, 7, 8]);
            const s = sab.slice(2, 5); const v = new Uint8Array(s);
            console.log(s.byteLength, v[0], v[1], v[2], s instanceof SharedArrayBuffer, s === sab);
            v[0] = 99; console.log(u8[2], v[0]);
            """)).isEqualTo("3 3 4 5 true false | 3 99");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ArrayBuffer", "SharedArrayBuffer"})
    void constructorErrors(String buffer) {
        assertThat(run("""
            try { new Int32Array(new BUF(8), 2) } catch (e) { console.log(e.name + ': ' + e.message) }
            try { new Int32Array(new BUF(7)) } catch (e) { console.log(e.name + ': ' + e.message) }
            try { new Int32Array(new BUF(8), 12) } catch (e) { console.log(e.name + ': ' + e.message) }
            try { new Int32Array(new BUF(8), 4, 2) } catch (e) { console.log(e.name + ': ' + e.message) }
            try { new Int32Array(-1) } catch (e) { console.log(e.name + ': ' + e.message) }
            try { new BUF(-1) } catch (e) { console.log(e.name + ': ' + e.message) }
            try { Int32Array(4) } catch (e) { console.log(e.name + ': ' + e.message) }
            try { BUF(4) } catch (e) { console.log(e.name + ': ' + e.message) }
            try { new BUF(1e12) } catch (e) { console.log(e.name + ': ' + e.message) }
            """.replace("BUF", buffer)).lines("main")).containsExactly(
            "RangeError: start offset of Int32Array should be a multiple of 4",
            "RangeError: byte length of Int32Array should be a multiple of 4",
            "RangeError: Start offset 12 is outside the bounds of the buffer",
            "RangeError: Invalid typed array length: 2",
            "RangeError: Invalid typed array length: -1",
            "RangeError: Invalid " + buffer + " length: -1",
            "TypeError: Constructor Int32Array requires 'new'",
            "TypeError: Constructor " + buffer + " requires 'new'",
            "RangeError: " + buffer + " of 1000000000000 bytes is larger than this simulator allows (268435456 bytes); "
                + "scenarios teach with small buffers");
    }

    @Test
    void bigIntViewsAreNotPartOfTheLanguage() {
        assertThat(main("console.log(typeof BigInt64Array, typeof BigUint64Array, typeof Int32Array)")).isEqualTo("undefined undefined function");
    }
}
