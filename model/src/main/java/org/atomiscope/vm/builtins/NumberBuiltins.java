package org.atomiscope.vm.builtins;

import static org.atomiscope.vm.builtins.Props.arg;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.atomiscope.js.JsNumbers;
import org.atomiscope.js.JsObject;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Undefined;
import org.atomiscope.vm.Interpreter;
import org.atomiscope.vm.RealmBuilder;
import org.atomiscope.vm.Values;

/**
 * Number, Boolean and the global number functions and constants (ECMA-262 §21.1, §20.3, §19.1-2).
 * Digit formatting rounds the double's exact binary value, as the spec's "let n be an integer for
 * which n / 10^f - x is as close to zero as possible" does; so (1.005).toFixed(2) is "1.00".
 */
public final class NumberBuiltins {
    private NumberBuiltins() {}

    public static void install(RealmBuilder rb) {
        Ref global = rb.realm.global;
        JsObject g = rb.heap.w(global);
        g.props.define("NaN", Double.NaN, (byte) 0);
        g.props.define("Infinity", Double.POSITIVE_INFINITY, (byte) 0);
        g.props.define("undefined", Undefined.UNDEFINED, (byte) 0);
        Ref parseInt = rb.method(global, "parseInt", 2, (in, self, args) -> parseInt(in.toStr(arg(args, 0)), in.toInt32(arg(args, 1))));
        Ref parseFloat = rb.method(global, "parseFloat", 1, (in, self, args) -> parseFloat(in.toStr(arg(args, 0))));
        rb.method(global, "isNaN", 1, (in, self, args) -> Double.isNaN(in.toNumber(arg(args, 0))));
        rb.method(global, "isFinite", 1, (in, self, args) -> Double.isFinite(in.toNumber(arg(args, 0))));

        Ref proto = rb.realm.numberProto;
        Ref ctor = rb.constructor("Number", 1, proto, (in, self, args) -> args.length == 0 ? 0.0 : in.toNumber(args[0]));
        rb.value(ctor, "parseInt", parseInt);
        rb.value(ctor, "parseFloat", parseFloat);
        constant(rb, ctor, "MAX_SAFE_INTEGER", (double) JsNumbers.MAX_SAFE_INTEGER);
        constant(rb, ctor, "MIN_SAFE_INTEGER", (double) -JsNumbers.MAX_SAFE_INTEGER);
        constant(rb, ctor, "EPSILON", Math.ulp(1.0));
        constant(rb, ctor, "MAX_VALUE", Double.MAX_VALUE);
        constant(rb, ctor, "MIN_VALUE", Double.MIN_VALUE);
        constant(rb, ctor, "POSITIVE_INFINITY", Double.POSITIVE_INFINITY);
        constant(rb, ctor, "NEGATIVE_INFINITY", Double.NEGATIVE_INFINITY);
        constant(rb, ctor, "NaN", Double.NaN);
        rb.method(ctor, "isInteger", 1, (in, self, args) -> arg(args, 0) instanceof Double d && JsNumbers.isIntegral(d));
        rb.method(ctor, "isSafeInteger", 1, (in, self, args) -> arg(args, 0) instanceof Double d && JsNumbers.isIntegral(d)
            && Math.abs(d) <= JsNumbers.MAX_SAFE_INTEGER);
        rb.method(ctor, "isFinite", 1, (in, self, args) -> arg(args, 0) instanceof Double d && Double.isFinite(d));
        rb.method(ctor, "isNaN", 1, (in, self, args) -> arg(args, 0) instanceof Double d && d.isNaN());

        rb.method(proto, "toString", 1, (in, self, args) -> {
            double x = thisNumber(in, self, "toString");
            double radix = arg(args, 0) == Undefined.UNDEFINED ? 10 : in.toIntegerOrInfinity(args[0]);
            if (radix < 2 || radix > 36) {
                throw in.rangeError("toString() radix must be between 2 and 36");
            }
            return JsNumbers.toJsString(x, (int) radix);
        });
        rb.method(proto, "toLocaleString", 0, (in, self, args) -> toLocale(thisNumber(in, self, "toLocaleString")));
        rb.method(proto, "valueOf", 0, (in, self, args) -> thisNumber(in, self, "valueOf"));
        rb.method(proto, "toFixed", 1, (in, self, args) -> {
            double x = thisNumber(in, self, "toFixed");
            double f = in.toIntegerOrInfinity(arg(args, 0));
            if (f < 0 || f > 100) {
                throw in.rangeError("toFixed() digits argument must be between 0 and 100");
            }
            return toFixed(x, (int) f);
        });
        rb.method(proto, "toPrecision", 1, (in, self, args) -> {
            double x = thisNumber(in, self, "toPrecision");
            if (arg(args, 0) == Undefined.UNDEFINED) {
                return JsNumbers.toJsString(x);
            }
            double p = in.toIntegerOrInfinity(args[0]);
            if (!Double.isFinite(x)) {
                return JsNumbers.toJsString(x);
            }
            if (p < 1 || p > 100) {
                throw in.rangeError("toPrecision() argument must be between 1 and 100");
            }
            return toPrecision(x, (int) p);
        });
        rb.method(proto, "toExponential", 1, (in, self, args) -> {
            double x = thisNumber(in, self, "toExponential");
            double f = in.toIntegerOrInfinity(arg(args, 0));
            if (!Double.isFinite(x)) {
                return JsNumbers.toJsString(x);
            }
            if (f < 0 || f > 100) {
                throw in.rangeError("toExponential() argument must be between 0 and 100");
            }
            return toExponential(x, arg(args, 0) == Undefined.UNDEFINED ? -1 : (int) f);
        });

        Ref bproto = rb.realm.booleanProto;
        rb.constructor("Boolean", 1, bproto, (in, self, args) -> Values.truthy(arg(args, 0)));
        rb.method(bproto, "toString", 0, (in, self, args) -> String.valueOf(thisBoolean(in, self, "toString")));
        rb.method(bproto, "valueOf", 0, (in, self, args) -> thisBoolean(in, self, "valueOf"));
    }

    private static void constant(RealmBuilder rb, Ref target, String name, double v) {
        rb.heap.<JsObject>w(target).props.define(name, v, (byte) 0);
    }

    private static double thisNumber(Interpreter in, Object self, String method) {
        if (self instanceof Double d) {
            return d;
        }
        throw in.typeError("Number.prototype." + method + " requires that 'this' be a Number");
    }

    private static boolean thisBoolean(Interpreter in, Object self, String method) {
        if (self instanceof Boolean b) {
            return b;
        }
        throw in.typeError("Boolean.prototype." + method + " requires that 'this' be a Boolean");
    }

    // ------------------------------------------------------------------ parsing

    /** parseInt (§19.2.5). */
    static double parseInt(String input, int radix) {
        String s = StringBuiltins.trim(input, true, false);
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        boolean stripPrefix = true;
        if (radix != 0) {
            if (radix < 2 || radix > 36) {
                return Double.NaN;
            }
            stripPrefix = radix == 16;
        } else {
            radix = 10;
        }
        if (stripPrefix && s.startsWith("0x", i) || stripPrefix && s.startsWith("0X", i)) {
            i += 2;
            radix = 16;
        }
        int start = i;
        while (i < s.length() && s.charAt(i) < 128 && Character.digit(s.charAt(i), radix) >= 0) {
            i++;
        }
        if (i == start) {
            return Double.NaN;
        }
        String digits = s.substring(start, i);
        double v = radix == 10 ? Double.parseDouble(digits) : new BigInteger(digits, radix).doubleValue();
        return negative ? -v : v;
    }

    /** parseFloat (§19.2.4): the longest prefix that is a StrDecimalLiteral. */
    static double parseFloat(String input) {
        String s = StringBuiltins.trim(input, true, false);
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (s.startsWith("Infinity", i)) {
            return s.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        int end = i;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int expStart = j;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
            if (j > expStart) {
                end = j;
            }
        }
        return Double.parseDouble(s.substring(0, end));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ------------------------------------------------------------------ formatting

    static String toFixed(double x, int f) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Math.abs(x) >= 1e21 || Double.isInfinite(x)) {
            return JsNumbers.toJsString(x);
        }
        String digits = new BigDecimal(Math.abs(x)).setScale(f, RoundingMode.HALF_UP).toPlainString();
        return x < 0 ? "-" + digits : digits;
    }

    static String toPrecision(double x, int p) {
        String sign = x < 0 ? "-" : "";
        if (x == 0) {
            return p == 1 ? "0" : "0." + "0".repeat(p - 1);
        }
        BigDecimal r = new BigDecimal(Math.abs(x)).round(new MathContext(p, RoundingMode.HALF_UP));
        String m = digits(r, p);
        int e = r.precision() - r.scale() - 1;
        if (e < -6 || e >= p) {
            return sign + exponential(m, e);
        }
        if (e >= 0) {
            return sign + m.substring(0, e + 1) + (p > e + 1 ? "." + m.substring(e + 1) : "");
        }
        return sign + "0." + "0".repeat(-(e + 1)) + m;
    }

    static String toExponential(double x, int f) {
        String sign = x < 0 ? "-" : "";
        if (x == 0) {
            return f <= 0 ? "0e+0" : "0." + "0".repeat(f) + "e+0";
        }
        BigDecimal r;
        int p;
        if (f < 0) {
            r = new BigDecimal(JsNumbers.toJsString(Math.abs(x))).stripTrailingZeros();
            p = r.precision();
        } else {
            p = f + 1;
            r = new BigDecimal(Math.abs(x)).round(new MathContext(p, RoundingMode.HALF_UP));
        }
        return sign + exponential(digits(r, p), r.precision() - r.scale() - 1);
    }

    /** The first p significant digits of r, padded with zeros. */
    private static String digits(BigDecimal r, int p) {
        String m = r.unscaledValue().toString();
        if (m.length() > p) {
            m = m.substring(0, p); // only trailing zeros are cut: r has at most p significant digits
        }
        return m + "0".repeat(p - m.length());
    }

    private static String exponential(String m, int e) {
        return m.charAt(0) + (m.length() > 1 ? "." + m.substring(1) : "") + "e" + (e >= 0 ? "+" : "-") + Math.abs(e);
    }

    /** Number.prototype.toLocaleString in Node's default locale (en-US): grouping, at most 3 decimals. */
    static String toLocale(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "-∞";
        }
        DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.US));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(x);
    }
}
