package org.atomiscope.vm;

import org.atomiscope.compile.Op;

/** Number arithmetic where JavaScript differs from Java. */
final class Arith {
    private Arith() {}

    /** Number::exponentiate: like Math.pow except that (±1) ** ±Infinity and 1 ** NaN are NaN. */
    static double pow(double base, double exponent) {
        if (Double.isNaN(exponent)) {
            return Double.NaN;
        }
        if (Math.abs(base) == 1 && Double.isInfinite(exponent)) {
            return Double.NaN;
        }
        return Math.pow(base, exponent);
    }

    static boolean compare(int op, double x, double y) {
        return switch (op) {
            case Op.LT -> x < y;
            case Op.LE -> x <= y;
            case Op.GT -> x > y;
            default -> x >= y;
        };
    }
}
