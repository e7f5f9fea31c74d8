package org.atomiscope.buffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atomiscope.buffer.ElementType.*;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ElementTypeTest {

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void sizesNamesAndKinds() {
        assertThat(INT8.byteSize()).isEqualTo(1);
        assertThat(UINT8_CLAMPED.byteSize()).isEqualTo(1);
        assertThat(UINT16.byteSize()).isEqualTo(2);
        assertThat(INT32.byteSize()).isEqualTo(4);
        assertThat(FLOAT32.byteSize()).isEqualTo(4);
        assertThat(FLOAT64.byteSize()).isEqualTo(8);
        assertThat(BIGUINT64.byteSize()).isEqualTo(8);
        assertThat(UINT8_CLAMPED.constructorName()).isEqualTo("Uint8ClampedArray");
        assertThat(BIGINT64.constructorName()).isEqualTo("BigInt64Array");
        assertThat(ElementType.byConstructorName("Float32Array")).contains(FLOAT32);
        assertThat(ElementType.byConstructorName("Int64Array")).isEmpty();

        assertThat(java.util.Arrays.stream(values()).filter(ElementType::isInteger))
                .containsExactly(INT8, UINT8, INT16, UINT16, INT32, UINT32, BIGINT64, BIGUINT64);
        assertThat(java.util.Arrays.stream(values()).filter(ElementType::isWaitable))
                .containsExactly(INT32, BIGINT64);
        assertThat(java.util.Arrays.stream(values()).filter(ElementType::isBigInt))
                .containsExactly(BIGINT64, BIGUINT64);
        assertThat(INT16.isSigned()).isTrue();
        assertThat(UINT16.isSigned()).isFalse();
    }

    @Test
    void int8WrapsAndTruncates() {
        assertRoundTrip(INT8, 127, 0x7F, 127);
        assertRoundTrip(INT8, 128, 0x80, -128);
        assertRoundTrip(INT8, -1, 0xFF, -1);
        assertRoundTrip(INT8, 300, 44, 44);
        assertRoundTrip(INT8, -129, 0x7F, 127);
        assertRoundTrip(INT8, 3.7, 3, 3);
        assertRoundTrip(INT8, -3.7, 0xFD, -3);
        assertRoundTrip(INT8, NAN, 0, 0);
        assertRoundTrip(INT8, INF, 0, 0);
        assertRoundTrip(INT8, -INF, 0, 0);
        assertRoundTrip(INT8, 0x1p40 + 5, 5, 5);
    }

    @Test
    void uint8WrapsAndTruncates() {
        assertRoundTrip(UINT8, 255, 0xFF, 255);
        assertRoundTrip(UINT8, 256, 0, 0);
        assertRoundTrip(UINT8, -1, 0xFF, 255);
        assertRoundTrip(UINT8, 1.5, 1, 1);
        assertRoundTrip(UINT8, NAN, 0, 0);
    }

    @Test
    void uint8ClampedClampsAndRoundsHalfToEven() {
        assertRoundTrip(UINT8_CLAMPED, 0.5, 0, 0);
        assertRoundTrip(UINT8_CLAMPED, 1.5, 2, 2);
        assertRoundTrip(UINT8_CLAMPED, 2.5, 2, 2);
        assertRoundTrip(UINT8_CLAMPED, 3.5, 4, 4);
        assertRoundTrip(UINT8_CLAMPED, 2.4999, 2, 2);
        assertRoundTrip(UINT8_CLAMPED, 2.5001, 3, 3);
        assertRoundTrip(UINT8_CLAMPED, 254.5, 254, 254);
        assertRoundTrip(UINT8_CLAMPED, -1, 0, 0);
        assertRoundTrip(UINT8_CLAMPED, 300, 255, 255);
        assertRoundTrip(UINT8_CLAMPED, INF, 255, 255);
        assertRoundTrip(UINT8_CLAMPED, -INF, 0, 0);
        assertRoundTrip(UINT8_CLAMPED, NAN, 0, 0);
        assertRoundTrip(UINT8_CLAMPED, -0.0, 0, 0);
    }

    @Test
    void sixteenBitTypes() {
        assertRoundTrip(INT16, 32767, 0x7FFF, 32767);
        assertRoundTrip(INT16, 32768, 0x8000, -32768);
        assertRoundTrip(INT16, -1, 0xFFFF, -1);
        assertRoundTrip(INT16, 70000.9, 70000 & 0xFFFF, 4464);
        assertRoundTrip(UINT16, -1, 0xFFFF, 65535);
        assertRoundTrip(UINT16, 65536, 0, 0);
        assertRoundTrip(UINT16, -0.0, 0, 0);
    }

    @Test
    void thirtyTwoBitTypes() {
        assertRoundTrip(INT32, 0x7fffffff, 0x7FFF_FFFFL, 2147483647);
        assertRoundTrip(INT32, 0x80000000L, 0x8000_0000L, -2147483648);
        assertRoundTrip(INT32, 4294967295.0, 0xFFFF_FFFFL, -1);
        assertRoundTrip(INT32, -2147483649.0, 0x7FFF_FFFFL, 2147483647);
        // Beyond 2^63 a Java (long) cast would saturate; JavaScript wraps (values from Node).
        assertRoundTrip(INT32, 1e21, 3735027712L, -559939584);
        assertRoundTrip(INT32, -1e20, 2632974336L, -1661992960);
        assertRoundTrip(INT32, 0x1p64 + 0x1p12, 4096, 4096);
        assertRoundTrip(INT32, 0x1p64, 0, 0);
        assertRoundTrip(UINT32, -1, 0xFFFF_FFFFL, 4294967295.0);
        assertRoundTrip(UINT32, 0x1p32, 0, 0);
        assertRoundTrip(UINT32, 0x1p40 + 5, 5, 5);
        assertRoundTrip(UINT32, -3.9, 0xFFFF_FFFDL, 4294967293.0);
    }

    @Test
    void float32RoundsToNearestFloat() {
        long raw = FLOAT32.toRaw(0.1);
        assertThat(raw).isEqualTo(0x3DCCCCCDL);
        assertThat(FLOAT32.fromRaw(raw)).isEqualTo((double) 0.1f).isEqualTo(0.10000000149011612);
        assertThat(FLOAT32.fromRaw(FLOAT32.toRaw(1e40))).isEqualTo(INF);
        assertThat(FLOAT32.fromRaw(FLOAT32.toRaw(1e-50))).isEqualTo(0.0);
        assertThat(FLOAT32.toRaw(1.0)).isEqualTo(0x3F80_0000L);
        assertThat(FLOAT32.toRaw(-2.0)).isEqualTo(0xC000_0000L);
        // Exactly halfway between two floats: ties go to the even significand.
        double half = 1.0 + 0x1p-24;
        assertThat(FLOAT32.fromRaw(FLOAT32.toRaw(half))).isEqualTo(1.0);
    }

    @Test
    void negativeZeroAndNaNSurviveTheFloatTypes() {
        for (ElementType type : new ElementType[] {FLOAT32, FLOAT64}) {
            double negativeZero = type.fromRaw(type.toRaw(-0.0));
            assertThat(1 / negativeZero).as(type.name()).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(type.fromRaw(type.toRaw(NAN))).as(type.name()).isNaN();
            assertThat(type.fromRaw(type.toRaw(-INF))).isEqualTo(-INF);
        }
        assertThat(FLOAT32.toRaw(-0.0)).isEqualTo(0x8000_0000L);
        assertThat(FLOAT64.toRaw(-0.0)).isEqualTo(0x8000_0000_0000_0000L);
        // One canonical NaN encoding, so equal states have equal bytes.
        assertThat(FLOAT64.toRaw(Double.longBitsToDouble(0x7FF0_0000_0000_0001L))).isEqualTo(0x7FF8_0000_0000_0000L);
        assertThat(FLOAT32.toRaw(NAN)).isEqualTo(0x7FC0_0000L);
        // Any NaN pattern found in memory reads as NaN.
        assertThat(FLOAT64.fromRaw(0xFFF0_0000_0000_0001L)).isNaN();
    }

    @Test
    void float64KeepsEveryBit() {
        for (double value : new double[] {Math.PI, -1e308, Double.MIN_VALUE, 0.1 + 0.2}) {
            assertThat(FLOAT64.fromRaw(FLOAT64.toRaw(value))).isEqualTo(value);
        }
        assertThat(FLOAT64.toRaw(1.0)).isEqualTo(0x3FF0_0000_0000_0000L);
    }

    @Test
    void bigIntTypesWrapModulo2To64() {
        BigInteger twoTo64 = BigInteger.ONE.shiftLeft(64);
        assertThat(BIGINT64.toRawBigInt(BigInteger.valueOf(-1))).isEqualTo(-1L);
        assertThat(BIGINT64.fromRawBigInt(-1L)).isEqualTo(BigInteger.valueOf(-1));
        assertThat(BIGUINT64.fromRawBigInt(-1L)).isEqualTo(twoTo64.subtract(BigInteger.ONE));
        assertThat(BIGUINT64.toRawBigInt(twoTo64.add(BigInteger.valueOf(7)))).isEqualTo(7L);
        assertThat(BIGINT64.fromRawBigInt(BIGINT64.toRawBigInt(BigInteger.ONE.shiftLeft(63))))
                .isEqualTo(BigInteger.ONE.shiftLeft(63).negate());
        assertThatThrownBy(() -> BIGINT64.toRaw(1.0)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("BigInt");
        assertThatThrownBy(() -> BIGINT64.fromRaw(1L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> INT32.toRawBigInt(BigInteger.ONE)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rawValuesFitTheirWidth() {
        for (ElementType type : values()) {
            if (type.isBigInt()) {
                continue;
            }
            for (double value : new double[] {-1, -0.0, 1e300, -1e300, NAN, INF, 123.456, -98765.4}) {
                long raw = type.toRaw(value);
                assertThat(raw & ~type.rawMask()).as("%s %s", type, value).isZero();
            }
        }
    }

    private static void assertRoundTrip(ElementType type, double value, double expectedRaw, double expectedRead) {
        long raw = type.toRaw(value);
        assertThat(raw).as("%s.toRaw(%s)", type, value).isEqualTo((long) expectedRaw);
        assertThat(type.fromRaw(raw)).as("%s.fromRaw(%s)", type, raw).isEqualTo(expectedRead);
    }
}
