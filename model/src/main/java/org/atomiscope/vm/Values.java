package org.atomiscope.vm;

import org.atomiscope.js.JsNumbers;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Undefined;

/** Conversions and comparisons on primitive values that need no interpreter. */
public final class Values {
    private Values() {}

    public static final Object UNDEFINED = Undefined.UNDEFINED;
    public static final Object NULL = Undefined.NULL;

    public static boolean isNullish(Object v) {
        return v == Undefined.UNDEFINED || v == Undefined.NULL;
    }

    public static boolean truthy(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Double d) {
            return d != 0 && !d.isNaN();
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        return v instanceof Ref;
    }

    /** Number::toString for numbers, the text of other primitives. Objects need the interpreter. */
    public static String primitiveToString(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Double d) {
            return JsNumbers.toJsString(d);
        }
        return String.valueOf(v);
    }

    public static double primitiveToNumber(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            return JsNumbers.stringToNumber(s);
        }
        if (v == Undefined.NULL) {
            return 0;
        }
        return Double.NaN;
    }

    /** IsStrictlyEqual (===). */
    public static boolean strictEquals(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        return a == b;
    }

    /** SameValueZero (includes, Map keys). */
    public static boolean sameValueZero(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue() || (x.isNaN() && y.isNaN());
        }
        return strictEquals(a, b);
    }

    /** Equality for recognising equal states: like SameValue, with refs by identity. */
    public static boolean sameForState(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Ref x && b instanceof Ref y) {
            return x.id == y.id;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        return a != null && a.equals(b) && !(a instanceof Ref);
    }

    public static String typeOfPrimitive(Object v) {
        if (v instanceof Double) {
            return "number";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v == Undefined.UNDEFINED) {
            return "undefined";
        }
        return "object"; // null
    }

    /** A canonical array index (0 .. 2^32-2) from a property key, or -1. */
    public static long arrayIndex(Object key) {
        if (key instanceof Double d) {
            double x = d;
            if (x >= 0 && x <= 4294967294.0 && x == Math.floor(x) && !(x == 0 && 1 / x < 0)) {
                return (long) x;
            }
            return -1;
        }
        if (key instanceof String s) {
            int n = s.length();
            if (n == 0 || n > 10 || (n > 1 && s.charAt(0) == '0')) {
                return -1;
            }
            long v = 0;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v <= 4294967294L ? v : -1;
        }
        return -1;
    }
}
