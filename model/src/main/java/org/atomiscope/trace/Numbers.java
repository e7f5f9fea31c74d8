package org.atomiscope.trace;

import java.math.BigDecimal;

/**
 * Element values as the trace formats write them. Events carry every value as a double; JSON has no
 * NaN, infinities or negative zero, so those four are written as the strings {@code "NaN"},
 * {@code "Infinity"}, {@code "-Infinity"} and {@code "-0"}, and every other value as a number, whole
 * ones without a fraction ({@code 123456}, not {@code 123456.0}).
 */
final class Numbers {
    private Numbers() {}

    /** Doubles at or above this are written in exponent form, as JavaScript does. */
    private static final double PLAIN_LIMIT = 1e21;

    /** Whether {@code v} is written as a JSON number (else as one of the four strings). */
    static boolean isNumber(double v) {
        return Double.isFinite(v) && !isNegativeZero(v);
    }

    static boolean isNegativeZero(double v) {
        return v == 0 && Double.doubleToRawLongBits(v) != 0;
    }

    /** The text of a value: a JSON number, or NaN, Infinity, -Infinity, -0. */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (isNegativeZero(v)) {
            return "-0";
        }
        if (v == Math.rint(v) && Math.abs(v) < PLAIN_LIMIT) {
            // Exact: a BigUint64 element near 2^64 is a whole double beyond long's range.
            return Math.abs(v) < 0x1p63 ? Long.toString((long) v) : new BigDecimal(v).toPlainString();
        }
        return Double.toString(v);
    }

    /** The inverse of {@link #format} for the four strings; null for any other text. */
    static Double special(String s) {
        return switch (s) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            case "-0" -> -0.0;
            default -> null;
        };
    }
}
