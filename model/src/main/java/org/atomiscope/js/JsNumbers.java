package org.atomiscope.js;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * JavaScript's number conversions, exactly as ECMA-262 defines them (section anchors from
 * https://tc39.es/ecma262/ are given per method). All methods are pure and static.
 *
 * <p>Integer conversions work on the mathematical value of the double, so they are exact
 * for every double, including those beyond 2^63 (where Java's {@code (long)} cast would
 * saturate instead of wrapping).
 */
public final class JsNumbers {

    /** 2^53 - 1, the largest integer every smaller one of which a double can hold. */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private JsNumbers() {
    }

    // ------------------------------------------------------------ integer conversions

    /**
     * ToIntegerOrInfinity (#sec-tointegerorinfinity): NaN, +0 and -0 give +0, infinities
     * stay, anything else is truncated toward zero. Never returns -0.
     */
    public static double toIntegerOrInfinity(double value) {
        if (Double.isNaN(value) || value == 0) {
            return 0;
        }
        if (Double.isInfinite(value)) {
            return value;
        }
        double truncated = value < 0 ? Math.ceil(value) : Math.floor(value);
        return truncated == 0 ? 0 : truncated; // ceil(-0.5) is -0
    }

    /**
     * The common core of ToInt32, ToUint16, ToInt8 ...: the truncated value modulo 2^64, as
     * two's complement bits. NaN and the infinities give 0. The narrower conversions are this
     * value's low bits, because 2^k divides 2^64.
     */
    public static long toInt64Wrapped(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return 0;
        }
        if (Math.abs(value) < 0x1p63) {
            return (long) value; // the cast truncates toward zero, and is exact here
        }
        // |value| >= 2^63, so value is an integer m * 2^e with a 53-bit m and e >= 11.
        long bits = Double.doubleToRawLongBits(value);
        int exponent = (int) ((bits >>> 52) & 0x7FF) - 1075;
        long significand = (bits & 0xF_FFFF_FFFF_FFFFL) | (1L << 52);
        long magnitude = exponent >= 64 ? 0 : significand << exponent;
        return value < 0 ? -magnitude : magnitude;
    }

    /** ToInt32 (#sec-toint32). */
    public static int toInt32(double value) {
        int fast = (int) value;
        if (fast == value) {
            return fast; // the usual case; also right for -0
        }
        return (int) toInt64Wrapped(value);
    }

    /** ToUint32 (#sec-touint32), as a long in 0 .. 2^32-1. */
    public static long toUint32(double value) {
        return toInt32(value) & 0xFFFF_FFFFL;
    }

    /** ToInt16 (#sec-toint16), in -32768 .. 32767. */
    public static int toInt16(double value) {
        return (short) toInt64Wrapped(value);
    }

    /** ToUint16 (#sec-touint16), in 0 .. 65535. */
    public static int toUint16(double value) {
        return (int) (toInt64Wrapped(value) & 0xFFFF);
    }

    /** ToInt8 (#sec-toint8), in -128 .. 127. */
    public static int toInt8(double value) {
        return (byte) toInt64Wrapped(value);
    }

    /** ToUint8 (#sec-touint8), in 0 .. 255. */
    public static int toUint8(double value) {
        return (int) (toInt64Wrapped(value) & 0xFF);
    }

    /**
     * ToUint8Clamp (#sec-touint8clamp), used by Uint8ClampedArray: clamps to 0 .. 255 and
     * rounds halves to even (0.5 gives 0, 1.5 gives 2, 2.5 gives 2), unlike every other
     * conversion here, which truncates. NaN gives 0.
     */
    public static int toUint8Clamp(double value) {
        if (Double.isNaN(value) || value <= 0) {
            return 0;
        }
        if (value >= 255) {
            return 255;
        }
        return (int) Math.rint(value); // rint rounds half to even
    }

    /** ToLength (#sec-tolength): an integer in 0 .. 2^53-1. */
    public static long toLength(double value) {
        double integer = toIntegerOrInfinity(value);
        if (integer <= 0) {
            return 0;
        }
        return integer >= MAX_SAFE_INTEGER ? MAX_SAFE_INTEGER : (long) integer;
    }

    /**
     * ToIndex (#sec-toindex) for a value already converted to a Number: the integer in
     * 0 .. 2^53-1, or -1 where the spec throws a RangeError (the caller throws it, with a
     * source position).
     */
    public static long toIndex(double value) {
        double integer = toIntegerOrInfinity(value);
        if (integer < 0 || integer > MAX_SAFE_INTEGER) {
            return -1;
        }
        return (long) integer;
    }

    /**
     * The relative-index rule of {@code slice}, {@code subarray}, {@code fill} and friends
     * (e.g. #sec-%typedarray%.prototype.slice steps 4-5): ToIntegerOrInfinity, then a negative
     * value counts from the end; the result is clamped to 0 .. length.
     */
    public static long relativeIndex(double relative, long length) {
        double integer = toIntegerOrInfinity(relative);
        if (integer < 0) {
            return (long) Math.max(length + integer, 0); // -Infinity gives 0
        }
        return (long) Math.min(integer, length);
    }

    /** Whether {@code value} is a finite Number with no fractional part (IsIntegralNumber). */
    public static boolean isIntegral(double value) {
        return !Double.isInfinite(value) && value == Math.rint(value);
    }

    // ------------------------------------------------------------ Number to String

    /**
     * Number::toString(x, 10) (#sec-numeric-types-number-tostring): the shortest digit string
     * that reads back as the same double, laid out as JavaScript does: "NaN", "Infinity",
     * "-Infinity", "0" for -0, plain digits for 1e-6 &lt;= |x| &lt; 1e21 ("123456",
     * "0.30000000000000004", "0.000001"), exponent form otherwise ("1e+21", "1.5e-7").
     * Where two shortest digit strings round-trip, the one closer to x wins, then the even
     * one (the spec's recommended refinement, which engines follow).
     */
    public static String toJsString(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (value == 0) {
            return "0";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value < 0) {
            return "-" + toJsString(-value);
        }
        if (value < 0x1p53 && value == Math.rint(value)) {
            // Below 2^53 an integer's own digits are the shortest: any shorter digit string
            // is at least 1 away, more than half the spacing of doubles here.
            return Long.toString((long) value);
        }
        BigDecimal digits = shortestDigits(value);
        String s = digits.unscaledValue().toString();
        int k = s.length();
        int n = k - digits.scale(); // value = 0.s * 10^n
        return layOut(s, k, n);
    }

    /**
     * Number.prototype.toString(radix) for radix 2..36. Radix 10 is {@link #toJsString(double)};
     * for other radices the spec only asks for an approximation "that generalizes" it, so this
     * follows V8's algorithm (DoubleToRadixCString), digit for digit what Node and Chrome
     * print: fraction digits only up to the double's precision (stop once the remaining
     * fraction is below half the gap to the next double), rounding half to even, and integer
     * digits beyond 2^53 shown as zeros. {@code (255).toString(16)} is "ff",
     * {@code (-0.5).toString(2)} is "-0.1".
     *
     * @throws IllegalArgumentException if radix is outside 2..36 (a RangeError in JavaScript)
     */
    public static String toJsString(double value, int radix) {
        if (radix < 2 || radix > 36) {
            throw new IllegalArgumentException("toString() radix must be between 2 and 36, not " + radix + ".");
        }
        if (radix == 10 || Double.isNaN(value) || Double.isInfinite(value)) {
            return toJsString(value);
        }
        if (value == 0) {
            return "0";
        }
        boolean negative = value < 0;
        double magnitude = Math.abs(value);
        double integer = Math.floor(magnitude);
        double fraction = magnitude - integer;
        double delta = Math.max(Double.MIN_VALUE, 0.5 * (Math.nextUp(magnitude) - magnitude));
        StringBuilder fractionDigits = new StringBuilder();
        if (fraction >= delta) {
            do {
                fraction *= radix;
                delta *= radix;
                int digit = (int) fraction;
                fractionDigits.append(Character.forDigit(digit, radix));
                fraction -= digit;
                if ((fraction > 0.5 || (fraction == 0.5 && (digit & 1) != 0)) && fraction + delta > 1) {
                    integer += roundUpLastDigit(fractionDigits, radix);
                    break;
                }
            } while (fraction >= delta);
        }
        StringBuilder integerDigits = new StringBuilder(); // least significant first
        while (integer / radix >= 0x1p53) {
            integer /= radix; // digits below the double's precision print as 0
            integerDigits.append('0');
        }
        do {
            double remainder = integer % radix;
            integerDigits.append(Character.forDigit((int) remainder, radix));
            integer = (integer - remainder) / radix;
        } while (integer > 0);
        StringBuilder out = new StringBuilder();
        if (negative) {
            out.append('-');
        }
        out.append(integerDigits.reverse());
        if (fractionDigits.length() > 0) {
            out.append('.').append(fractionDigits);
        }
        return out.toString();
    }

    /** Adds one unit in the last fraction digit, carrying; returns 1 if it carried out of the fraction. */
    private static int roundUpLastDigit(StringBuilder digits, int radix) {
        while (digits.length() > 0) {
            int last = digits.length() - 1;
            int digit = Character.digit(digits.charAt(last), radix);
            digits.setLength(last);
            if (digit + 1 < radix) {
                digits.append(Character.forDigit(digit + 1, radix));
                return 0;
            }
        }
        return 1;
    }

    /** Lays out digits s (k of them, no trailing zeros) for value 0.s * 10^n, per step 6-10. */
    private static String layOut(String s, int k, int n) {
        if (k <= n && n <= 21) {
            return s + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return s.substring(0, n) + "." + s.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + s;
        }
        int exponent = n - 1;
        String e = exponent < 0 ? "e-" + (-exponent) : "e+" + exponent;
        return k == 1 ? s + e : s.charAt(0) + "." + s.substring(1) + e;
    }

    /**
     * The shortest decimal that round-trips to {@code value} (positive, finite), with trailing
     * zeros stripped. JDK 17's Double.toString is not always shortest, so this searches the
     * precisions 1..17 and, at each, the two neighbours of the exact value (one below, one
     * above): near a power of two the rounding interval is lopsided and the nearer neighbour
     * may miss it while the farther one hits.
     */
    private static BigDecimal shortestDigits(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal below = exact.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal above = exact.round(new MathContext(precision, RoundingMode.CEILING));
            boolean belowOk = roundTrips(below, value);
            boolean aboveOk = roundTrips(above, value);
            if (belowOk && aboveOk) {
                int cmp = exact.subtract(below).compareTo(above.subtract(exact));
                if (cmp == 0) {
                    boolean belowEven = !below.stripTrailingZeros().unscaledValue().testBit(0);
                    return (belowEven ? below : above).stripTrailingZeros();
                }
                return (cmp < 0 ? below : above).stripTrailingZeros();
            }
            if (belowOk || aboveOk) {
                return (belowOk ? below : above).stripTrailingZeros();
            }
        }
        return exact.round(MathContext.DECIMAL64).stripTrailingZeros(); // unreachable: 17 digits always suffice
    }

    private static boolean roundTrips(BigDecimal candidate, double value) {
        return Double.parseDouble(candidate.toString()) == value;
    }

    // ------------------------------------------------------------ String to Number

    /**
     * StringToNumber (#sec-stringtonumber): surrounding white space and line terminators are
     * ignored; "" gives 0; "0x1F", "0o17", "0b11" (no sign allowed) give their integer;
     * "Infinity" with an optional sign; decimal literals with optional sign, fraction and
     * exponent (".5", "5.", "1e3", "-0"). Anything else, including numeric separators
     * ("1_000"), "infinity", "NaN", Java suffixes ("1d") and hex floats, gives NaN.
     */
    public static double stringToNumber(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isStrWhiteSpaceChar(text.charAt(start))) {
            start++;
        }
        while (end > start && isStrWhiteSpaceChar(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return 0;
        }
        String s = text.substring(start, end);
        if (s.length() > 2 && s.charAt(0) == '0') {
            char prefix = Character.toLowerCase(s.charAt(1));
            int radix = prefix == 'x' ? 16 : prefix == 'o' ? 8 : prefix == 'b' ? 2 : 0;
            if (radix != 0) {
                return parseRadixInteger(s.substring(2), radix);
            }
        }
        return parseDecimal(s);
    }

    /**
     * StrWhiteSpaceChar: WhiteSpace (TAB, VT, FF, ZWNBSP, any Unicode "Zs" space) or
     * LineTerminator (LF, CR, LS, PS).
     */
    public static boolean isStrWhiteSpaceChar(char c) {
        switch (c) {
            case '\t': case '\u000B': case '\f': case '\uFEFF':
            case '\n': case '\r': case '\u2028': case '\u2029':
                return true;
            default:
                return Character.getType(c) == Character.SPACE_SEPARATOR;
        }
    }

    private static double parseRadixInteger(String digits, int radix) {
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0 || digits.charAt(i) > 'z') {
                return Double.NaN; // also rejects non-ASCII digits Character.digit accepts
            }
        }
        // BigInteger.doubleValue rounds to nearest, ties to even, as the spec requires.
        return new BigInteger(digits, radix).doubleValue();
    }

    private static double parseDecimal(String s) {
        int i = 0;
        int n = s.length();
        boolean negative = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            negative = s.charAt(0) == '-';
            i++;
        }
        if (s.startsWith("Infinity", i) && i + 8 == n) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        int digits = 0;
        while (i < n && isAsciiDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isAsciiDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isAsciiDigit(s.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return Double.NaN;
            }
        }
        if (i != n) {
            return Double.NaN;
        }
        // The text now matches StrDecimalLiteral, a subset of what parseDouble reads, and
        // parseDouble rounds correctly (to nearest, ties to even).
        return Double.parseDouble(s);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
