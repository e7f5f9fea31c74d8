package org.atomiscope.buffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * Every Atomics read-modify-write on every integer element type, checked against what Node
 * (V8) printed for the same calls: {@code ta[0] = init; r = Atomics[op](ta, 0, operand
 * [, replacement]); print(r, ta[0])}. Columns: type, op, init, operand, [replacement],
 * returned value, element afterwards. The element is placed at an offset inside its word so
 * the 1- and 2-byte compare-and-set loop is exercised at a shift, between guard bytes.
 *
 * <p>Not here: Atomics.isLockFree, where V8 answers false for 1.5 while the spec's
 * ToIntegerOrInfinity makes it 1 and so true; {@link AtomicOpsTest} follows the spec.
 */
class AtomicsGoldenTest {

    private static final String NUMBER_CASES = """
            Int8Array add 5 3 5 8
            Int8Array add 127 1 127 -128
            Int8Array add -128 -1 -128 127
            Int8Array add 0 3.7 0 3
            Int8Array add 0 -3.7 0 -3
            Int8Array add 7 -0 7 7
            Int8Array add 7 NaN 7 7
            Int8Array add 7 Infinity 7 7
            Int8Array add 1 2^40+5 1 6
            Int8Array add 0 300 0 44
            Int8Array add 0 -129 0 127
            Int8Array add 0 2^32+1 0 1
            Int8Array add 0 -Infinity 0 0
            Int8Array sub 5 3 5 2
            Int8Array sub 127 1 127 126
            Int8Array sub -128 -1 -128 -127
            Int8Array sub 0 1 0 -1
            Int8Array sub 10 2.9 10 8
            Int8Array sub 10 NaN 10 10
            Int8Array sub 0 2^40+5 0 -5
            Int8Array and 5 3 5 1
            Int8Array and 127 1 127 1
            Int8Array and -128 -1 -128 -128
            Int8Array and -1 1515870810 -1 90
            Int8Array and 3855 3.9 15 3
            Int8Array and 255 NaN -1 0
            Int8Array or 5 3 5 7
            Int8Array or 127 1 127 127
            Int8Array or -128 -1 -128 -1
            Int8Array or 16 1 16 17
            Int8Array or 0 -1 0 -1
            Int8Array or 0 2^40+5 0 5
            Int8Array xor 5 3 5 6
            Int8Array xor 127 1 127 126
            Int8Array xor -128 -1 -128 127
            Int8Array xor 255 15 -1 -16
            Int8Array xor -1 -1 -1 0
            Int8Array xor 3 1.5 3 2
            Int8Array exchange 5 3 5 3
            Int8Array exchange 127 1 127 1
            Int8Array exchange -128 -1 -128 -1
            Int8Array exchange 1 300 1 44
            Int8Array exchange 1 -1 1 -1
            Int8Array exchange 1 3.7 1 3
            Int8Array exchange 1 -0 1 0
            Int8Array exchange 1 NaN 1 0
            Int8Array exchange 1 2^40+5 1 5
            Int8Array exchange 1 Infinity 1 0
            Int8Array compareExchange 44 300 9 44 9
            Int8Array compareExchange 5 5 6 5 6
            Int8Array compareExchange 5 6 7 5 5
            Int8Array compareExchange 127 127 -128 127 -128
            Int8Array compareExchange 3 3.9 4 3 4
            Int8Array compareExchange 0 NaN 8 0 8
            Int8Array compareExchange 0 -0 8 0 8
            Int8Array compareExchange 1 2^40+1 2^40+2 1 2
            Uint8Array add 5 3 5 8
            Uint8Array add 255 1 255 0
            Uint8Array add 0 -1 0 255
            Uint8Array sub 5 3 5 2
            Uint8Array sub 255 1 255 254
            Uint8Array sub 0 -1 0 1
            Uint8Array and 5 3 5 1
            Uint8Array and 255 1 255 1
            Uint8Array and 0 -1 0 0
            Uint8Array or 5 3 5 7
            Uint8Array or 255 1 255 255
            Uint8Array or 0 -1 0 255
            Uint8Array xor 5 3 5 6
            Uint8Array xor 255 1 255 254
            Uint8Array xor 0 -1 0 255
            Uint8Array exchange 5 3 5 3
            Uint8Array exchange 255 1 255 1
            Uint8Array exchange 0 -1 0 255
            Uint8Array compareExchange 5 5 6 5 6
            Uint8Array compareExchange 5 6 7 5 5
            Uint8Array compareExchange 255 255 0 255 0
            Uint8Array compareExchange 0 -1 0 0 0
            Int16Array add 5 3 5 8
            Int16Array add 32767 1 32767 -32768
            Int16Array add -32768 -1 -32768 32767
            Int16Array sub 5 3 5 2
            Int16Array sub 32767 1 32767 32766
            Int16Array sub -32768 -1 -32768 -32767
            Int16Array and 5 3 5 1
            Int16Array and 32767 1 32767 1
            Int16Array and -32768 -1 -32768 -32768
            Int16Array or 5 3 5 7
            Int16Array or 32767 1 32767 32767
            Int16Array or -32768 -1 -32768 -1
            Int16Array xor 5 3 5 6
            Int16Array xor 32767 1 32767 32766
            Int16Array xor -32768 -1 -32768 32767
            Int16Array exchange 5 3 5 3
            Int16Array exchange 32767 1 32767 1
            Int16Array exchange -32768 -1 -32768 -1
            Int16Array compareExchange 5 5 6 5 6
            Int16Array compareExchange 5 6 7 5 5
            Int16Array compareExchange 32767 32767 -32768 32767 -32768
            Int16Array compareExchange -32768 -1 0 -32768 -32768
            Uint16Array add 5 3 5 8
            Uint16Array add 65535 1 65535 0
            Uint16Array add 0 -1 0 65535
            Uint16Array sub 5 3 5 2
            Uint16Array sub 65535 1 65535 65534
            Uint16Array sub 0 -1 0 1
            Uint16Array and 5 3 5 1
            Uint16Array and 65535 1 65535 1
            Uint16Array and 0 -1 0 0
            Uint16Array or 5 3 5 7
            Uint16Array or 65535 1 65535 65535
            Uint16Array or 0 -1 0 65535
            Uint16Array xor 5 3 5 6
            Uint16Array xor 65535 1 65535 65534
            Uint16Array xor 0 -1 0 65535
            Uint16Array exchange 5 3 5 3
            Uint16Array exchange 65535 1 65535 1
            Uint16Array exchange 0 -1 0 65535
            Uint16Array compareExchange 5 5 6 5 6
            Uint16Array compareExchange 5 6 7 5 5
            Uint16Array compareExchange 65535 65535 0 65535 0
            Uint16Array compareExchange 0 -1 0 0 0
            Int32Array add 5 3 5 8
            Int32Array add 2147483647 1 2147483647 -2147483648
            Int32Array add -2147483648 -1 -2147483648 2147483647
            Int32Array sub 5 3 5 2
            Int32Array sub 2147483647 1 2147483647 2147483646
            Int32Array sub -2147483648 -1 -2147483648 -2147483647
            Int32Array and 5 3 5 1
            Int32Array and 2147483647 1 2147483647 1
            Int32Array and -2147483648 -1 -2147483648 -2147483648
            Int32Array or 5 3 5 7
            Int32Array or 2147483647 1 2147483647 2147483647
            Int32Array or -2147483648 -1 -2147483648 -1
            Int32Array xor 5 3 5 6
            Int32Array xor 2147483647 1 2147483647 2147483646
            Int32Array xor -2147483648 -1 -2147483648 2147483647
            Int32Array exchange 5 3 5 3
            Int32Array exchange 2147483647 1 2147483647 1
            Int32Array exchange -2147483648 -1 -2147483648 -1
            Int32Array compareExchange 5 5 6 5 6
            Int32Array compareExchange 5 6 7 5 5
            Int32Array compareExchange 2147483647 2147483647 -2147483648 2147483647 -2147483648
            Int32Array compareExchange -2147483648 -1 0 -2147483648 -2147483648
            Uint32Array add 5 3 5 8
            Uint32Array add 4294967295 1 4294967295 0
            Uint32Array add 0 -1 0 4294967295
            Uint32Array add 0 3.7 0 3
            Uint32Array add 0 -3.7 0 4294967293
            Uint32Array add 7 -0 7 7
            Uint32Array add 7 NaN 7 7
            Uint32Array add 7 Infinity 7 7
            Uint32Array add 1 2^40+5 1 6
            Uint32Array add 0 300 0 300
            Uint32Array add 0 -129 0 4294967167
            Uint32Array add 0 2^32+1 0 1
            Uint32Array add 0 -Infinity 0 0
            Uint32Array sub 5 3 5 2
            Uint32Array sub 4294967295 1 4294967295 4294967294
            Uint32Array sub 0 -1 0 1
            Uint32Array sub 0 1 0 4294967295
            Uint32Array sub 10 2.9 10 8
            Uint32Array sub 10 NaN 10 10
            Uint32Array sub 0 2^40+5 0 4294967291
            Uint32Array and 5 3 5 1
            Uint32Array and 4294967295 1 4294967295 1
            Uint32Array and 0 -1 0 0
            Uint32Array and -1 1515870810 4294967295 1515870810
            Uint32Array and 3855 3.9 3855 3
            Uint32Array and 255 NaN 255 0
            Uint32Array or 5 3 5 7
            Uint32Array or 4294967295 1 4294967295 4294967295
            Uint32Array or 0 -1 0 4294967295
            Uint32Array or 16 1 16 17
            Uint32Array or 0 -1 0 4294967295
            Uint32Array or 0 2^40+5 0 5
            Uint32Array xor 5 3 5 6
            Uint32Array xor 4294967295 1 4294967295 4294967294
            Uint32Array xor 0 -1 0 4294967295
            Uint32Array xor 255 15 255 240
            Uint32Array xor -1 -1 4294967295 0
            Uint32Array xor 3 1.5 3 2
            Uint32Array exchange 5 3 5 3
            Uint32Array exchange 4294967295 1 4294967295 1
            Uint32Array exchange 0 -1 0 4294967295
            Uint32Array exchange 1 300 1 300
            Uint32Array exchange 1 -1 1 4294967295
            Uint32Array exchange 1 3.7 1 3
            Uint32Array exchange 1 -0 1 0
            Uint32Array exchange 1 NaN 1 0
            Uint32Array exchange 1 2^40+5 1 5
            Uint32Array exchange 1 Infinity 1 0
            Uint32Array compareExchange 44 300 9 44 44
            Uint32Array compareExchange 5 5 6 5 6
            Uint32Array compareExchange 5 6 7 5 5
            Uint32Array compareExchange 4294967295 4294967295 0 4294967295 0
            Uint32Array compareExchange 3 3.9 4 3 4
            Uint32Array compareExchange 0 NaN 8 0 8
            Uint32Array compareExchange 0 -0 8 0 8
            Uint32Array compareExchange 1 2^40+1 2^40+2 1 2
            """;

    private static final String BIGINT_CASES = """
            BigInt64Array add 9223372036854775807 1 9223372036854775807 -9223372036854775808
            BigInt64Array sub 0 1 0 -1
            BigInt64Array add 5 18446744073709551619 5 8
            BigInt64Array and -1 240 -1 240
            BigInt64Array or 1 2 1 3
            BigInt64Array xor 3 -1 3 -4
            BigInt64Array exchange 1 -2 1 -2
            BigInt64Array compareExchange -1 -1 7 -1 7
            BigInt64Array compareExchange 7 18446744073709551623 9 7 9
            BigUint64Array add 9223372036854775807 1 9223372036854775807 9223372036854775808
            BigUint64Array sub 0 1 0 18446744073709551615
            BigUint64Array add 5 18446744073709551619 5 8
            BigUint64Array and -1 240 18446744073709551615 240
            BigUint64Array or 1 2 1 3
            BigUint64Array xor 3 -1 3 18446744073709551612
            BigUint64Array exchange 1 -2 1 18446744073709551614
            BigUint64Array compareExchange -1 -1 7 18446744073709551615 7
            BigUint64Array compareExchange 7 18446744073709551623 9 7 9
            """;

    /** {@code r = Atomics.store(int8, 0, v)}: columns v, "->", r, "stored", int8[0]. */
    private static final String STORE_CASES = """
            300 -> 300 stored 44
            -0 -> 0 stored 0
            3.7 -> 3 stored 3
            -3.7 -> -3 stored -3
            NaN -> 0 stored 0
            Infinity -> Infinity stored 0
            -Infinity -> -Infinity stored 0
            2^40+5 -> 2^40+5 stored 5
            """;

    @Test
    void storeMatchesNode() {
        int checked = 0;
        for (String line : STORE_CASES.strip().split("\n")) {
            String[] f = line.strip().split(" ");
            double value = number(f[0]);
            double returned = AtomicOps.storeReturnValue(value);
            long raw = AtomicOps.operandToRaw(ElementType.INT8, value);
            PagedBytes bytes = PagedBytes.zeroed(8).writeRaw(new Owner(), 3, 1, raw);

            assertThat(returned).as(line).isEqualTo(number(f[2]));
            assertThat(ElementType.INT8.fromRaw(bytes.readRaw(3, 1))).as(line).isEqualTo(number(f[4]));
            checked++;
        }
        assertThat(checked).isEqualTo(8);
    }

    @Test
    void numberArraysMatchNode() {
        int checked = 0;
        for (String line : NUMBER_CASES.strip().split("\n")) {
            String[] f = line.strip().split(" ");
            ElementType type = ElementType.byConstructorName(f[0]).orElseThrow();
            RmwOp op = opNamed(f[1]);
            boolean cas = op == RmwOp.COMPARE_EXCHANGE;
            double init = number(f[2]);
            double operand = number(f[3]);
            double replacement = cas ? number(f[4]) : 0;
            double returned = number(f[cas ? 5 : 4]);
            double after = number(f[cas ? 6 : 5]);

            int index = elementOffset(type);
            PagedBytes bytes = guarded().writeRaw(new Owner(), index, type.byteSize(), type.toRaw(init));
            AtomicOps.Result result = AtomicOps.readModifyWrite(bytes, new Owner(), index, type, op, operand, replacement);

            assertThat(type.fromRaw(result.oldRaw())).as(line).isEqualTo(returned);
            assertThat(type.fromRaw(result.bytes().readRaw(index, type.byteSize()))).as(line).isEqualTo(after);
            assertGuardsIntact(result.bytes(), index, type.byteSize(), line);
            checked++;
        }
        assertThat(checked).isEqualTo(200);
    }

    @Test
    void bigIntArraysMatchNode() {
        int checked = 0;
        for (String line : BIGINT_CASES.strip().split("\n")) {
            String[] f = line.strip().split(" ");
            ElementType type = ElementType.byConstructorName(f[0]).orElseThrow();
            RmwOp op = opNamed(f[1]);
            boolean cas = op == RmwOp.COMPARE_EXCHANGE;
            long initRaw = type.toRawBigInt(new BigInteger(f[2]));
            long operandRaw = AtomicOps.operandToRaw(type, new BigInteger(f[3]));
            long replacementRaw = cas ? AtomicOps.operandToRaw(type, new BigInteger(f[4])) : 0;
            BigInteger returned = new BigInteger(f[cas ? 5 : 4]);
            BigInteger after = new BigInteger(f[cas ? 6 : 5]);

            PagedBytes bytes = guarded().writeRaw(new Owner(), 8, 8, initRaw);
            AtomicOps.Result result = AtomicOps.readModifyWriteRaw(bytes, new Owner(), 8, type, op, operandRaw, replacementRaw);

            assertThat(type.fromRawBigInt(result.oldRaw())).as(line).isEqualTo(returned);
            assertThat(type.fromRawBigInt(result.bytes().readRaw(8, 8))).as(line).isEqualTo(after);
            assertGuardsIntact(result.bytes(), 8, 8, line);
            checked++;
        }
        assertThat(checked).isEqualTo(18);
    }

    /** 24 bytes of 0xAA around the element, so a write that strays shows up. */
    private static PagedBytes guarded() {
        return PagedBytes.zeroed(24).fill(new Owner(), 0, 24, 0xAA);
    }

    private static void assertGuardsIntact(PagedBytes bytes, int index, int width, String line) {
        for (int i = 0; i < 24; i++) {
            if (i < index || i >= index + width) {
                assertThat(bytes.getByte(i)).as("guard byte %d after %s", i, line).isEqualTo(0xAA);
            }
        }
    }

    /** Off the start of its containing int where the width allows, to exercise the shifts. */
    private static int elementOffset(ElementType type) {
        switch (type.byteSize()) {
            case 1: return 9 + 2; // byte 3 of the int at 8
            case 2: return 10;    // upper half of the int at 8
            default: return 8;
        }
    }

    private static RmwOp opNamed(String jsName) {
        for (RmwOp op : RmwOp.values()) {
            if (op.jsName().equals(jsName)) {
                return op;
            }
        }
        throw new IllegalArgumentException(jsName);
    }

    private static double number(String text) {
        switch (text) {
            case "NaN": return Double.NaN;
            case "Infinity": return Double.POSITIVE_INFINITY;
            case "-Infinity": return Double.NEGATIVE_INFINITY;
            case "-0": return -0.0;
            case "2^40+5": return 0x1p40 + 5;
            case "2^40+1": return 0x1p40 + 1;
            case "2^40+2": return 0x1p40 + 2;
            case "2^32+1": return 0x1p32 + 1;
            default: return Double.parseDouble(text);
        }
    }
}
