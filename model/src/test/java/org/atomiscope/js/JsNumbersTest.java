package org.atomiscope.js;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected strings and numbers below are what Node (V8) prints for the same input. */
class JsNumbersTest {

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    // ------------------------------------------------------------ Number to String

    private record Row(String source, double value, String js) {
    }

    private static Row row(String source, double value, String js) {
        return new Row(source, value, js);
    }

    private static final List<Row> TO_STRING = List.of(
            row("NaN", NAN, "NaN"),
            row("Infinity", INF, "Infinity"),
            row("-Infinity", -INF, "-Infinity"),
            row("0.0", 0.0, "0"),
            row("-0.0", -0.0, "0"),
            row("1.0", 1.0, "1"),
            row("-1.5", -1.5, "-1.5"),
            row("123456.0", 123456.0, "123456"),
            row("0.1", 0.1, "0.1"),
            row("0.1 + 0.2", 0.1 + 0.2, "0.30000000000000004"),
            row("1.0 / 3.0", 1.0 / 3.0, "0.3333333333333333"),
            row("2.0 / 3.0", 2.0 / 3.0, "0.6666666666666666"),
            row("100.0", 100.0, "100"),
            row("1e21", 1e21, "1e+21"),
            row("1e20", 1e20, "100000000000000000000"),
            row("123456789012345680000.0", 123456789012345680000.0, "123456789012345680000"),
            row("1e-6", 1e-6, "0.000001"),
            row("1e-7", 1e-7, "1e-7"),
            row("1.5e-7", 1.5e-7, "1.5e-7"),
            row("0.000001234", 0.000001234, "0.000001234"),
            row("0.0000001234", 0.0000001234, "1.234e-7"),
            row("1.7976931348623157e308", 1.7976931348623157e308, "1.7976931348623157e+308"),
            row("4.9e-324", 4.9e-324, "5e-324"),
            row("2.2250738585072014e-308", 2.2250738585072014e-308, "2.2250738585072014e-308"),
            row("9007199254740991.0", 9007199254740991.0, "9007199254740991"),
            row("9007199254740992.0", 9007199254740992.0, "9007199254740992"),
            row("9007199254740993.0", 9007199254740993.0, "9007199254740992"),
            row("Math.pow(2, 60)", Math.pow(2, 60), "1152921504606847000"),
            row("Math.pow(2, 64)", Math.pow(2, 64), "18446744073709552000"),
            row("Math.pow(2, 70)", Math.pow(2, 70), "1.1805916207174113e+21"),
            row("-Math.pow(2, 31)", -Math.pow(2, 31), "-2147483648"),
            row("4294967295.0", 4294967295.0, "4294967295"),
            row("4294967296.0", 4294967296.0, "4294967296"),
            row("0.5", 0.5, "0.5"),
            row("1.25", 1.25, "1.25"),
            row("3.14159", 3.14159, "3.14159"),
            row("Math.PI", Math.PI, "3.141592653589793"),
            row("Math.E", Math.E, "2.718281828459045"),
            row("1e100", 1e100, "1e+100"),
            row("-1e-100", -1e-100, "-1e-100"),
            row("1.0E23", 1.0E23, "1e+23"),
            row("2.0E23", 2.0E23, "2e+23"),
            row("8.41E21", 8.41E21, "8.41e+21"),
            row("5.0E-5", 5.0E-5, "0.00005"),
            row("0.3", 0.3, "0.3"),
            row("1.1", 1.1, "1.1"),
            row("12345.6789", 12345.6789, "12345.6789"),
            row("1e300 * 10", 1e300 * 10, "1e+301"),
            row("123e-20", 123e-20, "1.23e-18"),
            row("0.000123", 0.000123, "0.000123"),
            row("1.7e-6", 1.7e-6, "0.0000017"),
            row("Math.sqrt(2.0)", Math.sqrt(2.0), "1.4142135623730951"),
            row("0.1f", 0.1f, "0.10000000149011612"),
            row("1e15 + 0.3", 1e15 + 0.3, "1000000000000000.2"),
            row("299792458.0", 299792458.0, "299792458"),
            row("6.02214076e23", 6.02214076e23, "6.02214076e+23"),
            row("1.602176634e-19", 1.602176634e-19, "1.602176634e-19"),
            row("-123.456", -123.456, "-123.456"),
            row("2.5e-5", 2.5e-5, "0.000025"),
            // JDK 17's Double.toString gives 17 digits for these; JavaScript needs only 16.
            row("2.2878640475277312E16", 2.2878640475277312E16, "22878640475277310"),
            row("1.89348321982357299E18", 1.89348321982357299E18, "1893483219823573000"),
            row("4.1793557416567142E17", 4.1793557416567142E17, "417935574165671400"));

    @Test
    void toJsStringMatchesJavaScript() {
        List<String> wrong = new ArrayList<>();
        for (Row r : TO_STRING) {
            String got = JsNumbers.toJsString(r.value());
            if (!got.equals(r.js())) {
                wrong.add(r.source() + " gave " + got + ", JavaScript prints " + r.js());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(TO_STRING).hasSizeGreaterThan(60);
    }

    @Test
    void toJsStringRoundTripsThroughStringToNumber() {
        for (Row r : TO_STRING) {
            if (!Double.isNaN(r.value()) && r.value() != 0) {
                assertThat(JsNumbers.stringToNumber(JsNumbers.toJsString(r.value()))).as(r.source())
                        .isEqualTo(r.value());
            }
        }
    }

    @Test
    void toJsStringWithARadixMatchesV8() {
        assertRadix(255, 16, "ff");
        assertRadix(-0.5, 2, "-0.1");
        assertRadix(0.1, 2, "0.0001100110011001100110011001100110011001100110011001101");
        assertRadix(1e21, 36, "5v1j4f4ds7c000");
        assertRadix(Math.pow(2, 60), 2, "1" + "0".repeat(60));
        assertRadix(Math.PI, 7, "3.066365143203613411");
        assertRadix(-255.5, 16, "-ff.8");
        assertRadix(0.5, 3, "0.1111111111111111111111111111111112");
        assertRadix(1.0 / 3.0, 3, "0.1");
        assertRadix(123.456, 36, "3f.gez4w97ry");
        assertRadix(9007199254740994.0, 2, "100000000000000000000000000000000000000000000000000010");
        assertRadix(0.000001, 16, "0.000010c6f7a0b5ed8d");
        assertRadix(-0.0, 2, "0");
        assertRadix(35, 36, "z");
        assertRadix(4294967295.0, 16, "ffffffff");
        assertRadix(0.1, 3, "0.0022002200220022002200220022002201");
        assertRadix(NAN, 2, "NaN");
        assertRadix(-INF, 16, "-Infinity");
        assertRadix(0.1 + 0.2, 10, "0.30000000000000004");
        assertThatThrownBy(() -> JsNumbers.toJsString(1, 37)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 2 and 36");
    }

    private static void assertRadix(double value, int radix, String expected) {
        assertThat(JsNumbers.toJsString(value, radix)).as("(%s).toString(%d)", value, radix).isEqualTo(expected);
    }

    // ------------------------------------------------------------ String to Number

    @Test
    void stringToNumberFollowsTheStringNumericLiteralGrammar() {
        assertParses("", 0);
        assertParses("   ", 0);
        assertParses("\t\n 42 \r\n", 42);
        assertParses("\u00A0\u2028 7 \uFEFF", 7);
        assertParses("\u3000 3", 3);
        assertParses("0x1F", 31);
        assertParses("0X1f", 31);
        assertParses("0b11", 3);
        assertParses("0B101", 5);
        assertParses("0o7", 7);
        assertParses("0O17", 15);
        assertParses("Infinity", INF);
        assertParses("-Infinity", -INF);
        assertParses("+Infinity", INF);
        assertParses("+0", 0);
        assertParses("0", 0);
        assertParses(".5", 0.5);
        assertParses("5.", 5);
        assertParses("-.5e1", -5);
        assertParses("1e3", 1000);
        assertParses("1E3", 1000);
        assertParses("1e+3", 1000);
        assertParses("1e-3", 0.001);
        assertParses("1.5e308", 1.5e308);
        assertParses("1e309", INF);
        assertParses("-1e309", -INF);
        assertParses("1e-400", 0);
        assertParses("4.9e-324", 5e-324);
        assertParses("2.4703282292062328e-324", 5e-324);
        assertParses("00012", 12);
        assertParses("0012.5", 12.5);
        assertParses("9007199254740993", 9007199254740992.0);
        assertParses("0x20000000000001", 9007199254740992.0);
        assertParses("0xffffffffffffffffffffffff", 7.922816251426434e+28);
        assertParses("123456789012345678901234567890", 1.2345678901234568e+29);
        assertThat(1 / JsNumbers.stringToNumber("-0")).isEqualTo(-INF);
    }

    @Test
    void malformedStringsAreNaN() {
        for (String text : new String[] {"0x", "0b2", "0o8", "-0x10", "+0x10", "0x1_0", "1_000", "infinity",
            "INFINITY", "NaN", ".", "+.", "1e", "e3", "1e3.5", "12abc", "1d", "1f", "0x1p3", " 1 2 ",
            "\u0661\u0662", "\u180E1", "+", "-", "--1", "1e+", "0x\u0661"}) {
            assertThat(JsNumbers.stringToNumber(text)).as("\"%s\"", text).isNaN();
        }
    }

    private static void assertParses(String text, double expected) {
        assertThat(JsNumbers.stringToNumber(text)).as("\"%s\"", text).isEqualTo(expected);
    }

    // ------------------------------------------------------------ integer conversions

    @Test
    void toIntegerOrInfinityTruncatesAndNeverGivesNegativeZero() {
        assertThat(JsNumbers.toIntegerOrInfinity(3.7)).isEqualTo(3.0);
        assertThat(JsNumbers.toIntegerOrInfinity(-3.7)).isEqualTo(-3.0);
        assertThat(JsNumbers.toIntegerOrInfinity(NAN)).isEqualTo(0.0);
        assertThat(JsNumbers.toIntegerOrInfinity(-INF)).isEqualTo(-INF);
        assertThat(1 / JsNumbers.toIntegerOrInfinity(-0.0)).isEqualTo(INF);
        assertThat(1 / JsNumbers.toIntegerOrInfinity(-0.9)).isEqualTo(INF);
        assertThat(JsNumbers.toIntegerOrInfinity(1e300)).isEqualTo(1e300);
    }

    @Test
    void toInt32AndToUint32WrapModulo2To32() {
        assertThat(JsNumbers.toInt32(0x7fffffff + 1.0)).isEqualTo(-2147483648);
        assertThat(JsNumbers.toInt32(4294967295.0)).isEqualTo(-1);
        assertThat(JsNumbers.toInt32(-2147483649.0)).isEqualTo(2147483647);
        assertThat(JsNumbers.toInt32(3.99)).isEqualTo(3);
        assertThat(JsNumbers.toInt32(-3.99)).isEqualTo(-3);
        assertThat(JsNumbers.toInt32(NAN)).isZero();
        assertThat(JsNumbers.toInt32(INF)).isZero();
        assertThat(JsNumbers.toInt32(1e21)).isEqualTo(-559939584);
        assertThat(JsNumbers.toInt32(-1e20)).isEqualTo(-1661992960);
        assertThat(JsNumbers.toInt32(Math.pow(2, 64) + Math.pow(2, 12))).isEqualTo(4096);
        assertThat(JsNumbers.toInt32(1e300)).isZero();
        assertThat(JsNumbers.toUint32(-1)).isEqualTo(4294967295L);
        assertThat(JsNumbers.toUint32(Math.pow(2, 32))).isZero();
        assertThat(JsNumbers.toUint32(Math.pow(2, 40) + 5)).isEqualTo(5);
        assertThat(JsNumbers.toUint32(-1e20)).isEqualTo(2632974336L);
    }

    @Test
    void narrowIntegerConversions() {
        assertThat(JsNumbers.toInt8(128)).isEqualTo(-128);
        assertThat(JsNumbers.toInt8(-129)).isEqualTo(127);
        assertThat(JsNumbers.toUint8(-1)).isEqualTo(255);
        assertThat(JsNumbers.toUint8(300.9)).isEqualTo(44);
        assertThat(JsNumbers.toInt16(32768)).isEqualTo(-32768);
        assertThat(JsNumbers.toUint16(-1)).isEqualTo(65535);
        assertThat(JsNumbers.toUint16(70000.9)).isEqualTo(4464);
        // Beyond the long range the value still wraps modulo 2^64 (a Java cast would saturate).
        assertThat(JsNumbers.toInt64Wrapped(-1e19)).isEqualTo(8446744073709551616L);
        assertThat(JsNumbers.toInt64Wrapped(1e19)).isEqualTo(-8446744073709551616L);
        assertThat(JsNumbers.toInt64Wrapped(0x1p63)).isEqualTo(Long.MIN_VALUE);
        assertThat(JsNumbers.toInt64Wrapped(-0x1p63)).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void toUint8ClampRoundsHalfToEven() {
        assertThat(JsNumbers.toUint8Clamp(0.5)).isZero();
        assertThat(JsNumbers.toUint8Clamp(1.5)).isEqualTo(2);
        assertThat(JsNumbers.toUint8Clamp(2.5)).isEqualTo(2);
        assertThat(JsNumbers.toUint8Clamp(2.6)).isEqualTo(3);
        assertThat(JsNumbers.toUint8Clamp(-1)).isZero();
        assertThat(JsNumbers.toUint8Clamp(300)).isEqualTo(255);
        assertThat(JsNumbers.toUint8Clamp(NAN)).isZero();
        assertThat(JsNumbers.toUint8Clamp(INF)).isEqualTo(255);
    }

    @Test
    void lengthsAndIndices() {
        assertThat(JsNumbers.toLength(-5)).isZero();
        assertThat(JsNumbers.toLength(3.9)).isEqualTo(3);
        assertThat(JsNumbers.toLength(INF)).isEqualTo(JsNumbers.MAX_SAFE_INTEGER);
        assertThat(JsNumbers.toLength(NAN)).isZero();
        assertThat(JsNumbers.toIndex(7.9)).isEqualTo(7);
        assertThat(JsNumbers.toIndex(-0.5)).isZero();
        assertThat(JsNumbers.toIndex(-1)).isEqualTo(-1);
        assertThat(JsNumbers.toIndex(Math.pow(2, 53))).isEqualTo(-1);
        assertThat(JsNumbers.toIndex(INF)).isEqualTo(-1);
        assertThat(JsNumbers.relativeIndex(-2, 10)).isEqualTo(8);
        assertThat(JsNumbers.relativeIndex(-20, 10)).isZero();
        assertThat(JsNumbers.relativeIndex(20, 10)).isEqualTo(10);
        assertThat(JsNumbers.relativeIndex(-INF, 10)).isZero();
        assertThat(JsNumbers.relativeIndex(INF, 10)).isEqualTo(10);
        assertThat(JsNumbers.relativeIndex(NAN, 10)).isZero();
        assertThat(JsNumbers.relativeIndex(2.7, 10)).isEqualTo(2);
        assertThat(JsNumbers.isIntegral(3.0)).isTrue();
        assertThat(JsNumbers.isIntegral(3.5)).isFalse();
        assertThat(JsNumbers.isIntegral(INF)).isFalse();
        assertThat(JsNumbers.isIntegral(NAN)).isFalse();
    }
}
