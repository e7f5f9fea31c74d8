package org.atomiscope.vm.builtins;

import static org.atomiscope.vm.builtins.Props.arg;

import java.util.function.DoubleUnaryOperator;
import org.atomiscope.js.JsNumbers;
import org.atomiscope.js.JsObject;
import org.atomiscope.js.Ref;
import org.atomiscope.vm.Interpreter;
import org.atomiscope.vm.RealmBuilder;

/**
 * The Math namespace (ECMA-262 §21.3). Functions use {@link StrictMath} (fdlibm, as V8 does) so
 * that results are the same on every machine.
 *
 * <p>Math.random is a seeded PRNG (mulberry32, 32 bits of state) so runs replay exactly. Its state
 * is a hidden property {@code "@@randomState"} on the agent's own Math object, so it is part of
 * the agent's heap: it is copied with the machine state and each agent has its own sequence. An
 * agent's first call seeds it from the agent's index.
 */
public final class MathBuiltins {
    private MathBuiltins() {}

    static final String STATE = "@@randomState";

    public static void install(RealmBuilder rb) {
        Ref math = rb.namespace("Math");
        rb.value(math, "@@toStringTag", "Math");
        constant(rb, math, "E", Math.E);
        constant(rb, math, "LN10", StrictMath.log(10));
        constant(rb, math, "LN2", StrictMath.log(2));
        constant(rb, math, "LOG10E", 1 / StrictMath.log(10));
        constant(rb, math, "LOG2E", 1 / StrictMath.log(2));
        constant(rb, math, "PI", Math.PI);
        constant(rb, math, "SQRT1_2", StrictMath.sqrt(0.5));
        constant(rb, math, "SQRT2", StrictMath.sqrt(2));

        unary(rb, math, "abs", Math::abs);
        unary(rb, math, "sign", x -> Double.isNaN(x) || x == 0 ? x : Math.signum(x));
        unary(rb, math, "floor", StrictMath::floor);
        unary(rb, math, "ceil", StrictMath::ceil);
        unary(rb, math, "round", MathBuiltins::round);
        unary(rb, math, "trunc", x -> Double.isNaN(x) || Double.isInfinite(x) ? x : x < 0 ? StrictMath.ceil(x) : StrictMath.floor(x));
        unary(rb, math, "sqrt", StrictMath::sqrt);
        unary(rb, math, "cbrt", StrictMath::cbrt);
        unary(rb, math, "exp", StrictMath::exp);
        unary(rb, math, "expm1", StrictMath::expm1);
        unary(rb, math, "log", StrictMath::log);
        unary(rb, math, "log1p", StrictMath::log1p);
        unary(rb, math, "log10", StrictMath::log10);
        unary(rb, math, "log2", MathBuiltins::log2);
        unary(rb, math, "sin", StrictMath::sin);
        unary(rb, math, "cos", StrictMath::cos);
        unary(rb, math, "tan", StrictMath::tan);
        unary(rb, math, "asin", StrictMath::asin);
        unary(rb, math, "acos", StrictMath::acos);
        unary(rb, math, "atan", StrictMath::atan);
        unary(rb, math, "sinh", StrictMath::sinh);
        unary(rb, math, "cosh", StrictMath::cosh);
        unary(rb, math, "tanh", StrictMath::tanh);
        unary(rb, math, "asinh", MathBuiltins::asinh);
        unary(rb, math, "acosh", x -> x < 1 ? Double.NaN : StrictMath.log(x + StrictMath.sqrt(x * x - 1)));
        unary(rb, math, "atanh", x -> x == 0 ? x : 0.5 * StrictMath.log1p(2 * x / (1 - x)));
        unary(rb, math, "fround", x -> (double) (float) x);
        rb.method(math, "atan2", 2, (in, self, args) -> StrictMath.atan2(in.toNumber(arg(args, 0)), in.toNumber(arg(args, 1))));
        rb.method(math, "pow", 2, (in, self, args) -> pow(in.toNumber(arg(args, 0)), in.toNumber(arg(args, 1))));
        rb.method(math, "imul", 2, (in, self, args) -> (double) (in.toInt32(arg(args, 0)) * in.toInt32(arg(args, 1))));
        rb.method(math, "clz32", 1, (in, self, args) -> (double) Integer.numberOfLeadingZeros(in.toInt32(arg(args, 0))));
        rb.method(math, "max", 2, (in, self, args) -> extreme(in, args, true));
        rb.method(math, "min", 2, (in, self, args) -> extreme(in, args, false));
        rb.method(math, "hypot", 2, (in, self, args) -> {
            double[] v = new double[args.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = in.toNumber(args[i]);
            }
            return hypot(v);
        });
        rb.method(math, "random", 0, (in, self, args) -> random(in, math));
    }

    private static void constant(RealmBuilder rb, Ref target, String name, double v) {
        rb.heap.<JsObject>w(target).props.define(name, v, (byte) 0);
    }

    private static void unary(RealmBuilder rb, Ref math, String name, DoubleUnaryOperator f) {
        rb.method(math, name, 1, (in, self, args) -> f.applyAsDouble(in.toNumber(arg(args, 0))));
    }

    /** Math.round: the nearest integer, halves toward +Infinity; -0.5 .. -0 give -0. */
    static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == Math.rint(x)) {
            return x;
        }
        double f = StrictMath.floor(x);
        double r = x - f >= 0.5 ? f + 1 : f;
        return r == 0 && x < 0 ? -0.0 : r;
    }

    static double log2(double x) {
        if (x > 0 && Double.isFinite(x)) {
            long bits = Double.doubleToRawLongBits(x);
            if ((bits & 0x000F_FFFF_FFFF_FFFFL) == 0 && Math.getExponent(x) >= Double.MIN_EXPONENT) {
                return Math.getExponent(x); // exact for powers of two, as engines are
            }
        }
        return StrictMath.log(x) / StrictMath.log(2);
    }

    static double asinh(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double a = Math.abs(x);
        double r = a < 0x1p-28 ? a : StrictMath.log1p(a + a * a / (1 + StrictMath.sqrt(1 + a * a)));
        if (a > 0x1p28) {
            r = StrictMath.log(a) + StrictMath.log(2);
        }
        return x < 0 ? -r : r;
    }

    /** Number::exponentiate: Math.pow except that (±1) ** ±Infinity and x ** NaN are NaN. */
    static double pow(double base, double exponent) {
        if (Double.isNaN(exponent) || (Math.abs(base) == 1 && Double.isInfinite(exponent))) {
            return Double.NaN;
        }
        return StrictMath.pow(base, exponent);
    }

    private static double extreme(Interpreter in, Object[] args, boolean max) {
        double best = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        boolean nan = false;
        for (Object a : args) {
            double v = in.toNumber(a); // every argument is converted, even after a NaN
            if (Double.isNaN(v)) {
                nan = true;
            } else {
                best = max ? Math.max(best, v) : Math.min(best, v); // Java's max/min order -0 and +0 as JS does
            }
        }
        return nan ? Double.NaN : best;
    }

    static double hypot(double[] v) {
        double max = 0;
        boolean nan = false;
        for (double x : v) {
            if (Double.isInfinite(x)) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(x);
            max = Math.max(max, Math.abs(x));
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0) {
            return 0;
        }
        // Scaled Kahan summation, as V8 does, so that large and tiny inputs neither overflow nor vanish.
        double sum = 0;
        double compensation = 0;
        for (double x : v) {
            double r = x / max;
            double s = r * r - compensation;
            double t = sum + s;
            compensation = (t - sum) - s;
            sum = t;
        }
        return StrictMath.sqrt(sum) * max;
    }

    /** mulberry32 over the agent's state; seeds the state from the agent index on first use. */
    private static double random(Interpreter in, Ref math) {
        Object s = in.getOwn(math, STATE);
        int a = s instanceof Double d ? (int) JsNumbers.toInt32(d) : 0x2F6B_1D35 ^ (in.host.agentIndex() * 0x9E37_79B9);
        a += 0x6D2B_79F5;
        int t = a;
        t = (t ^ (t >>> 15)) * (t | 1);
        t ^= t + (t ^ (t >>> 7)) * (t | 61);
        double r = ((t ^ (t >>> 14)) & 0xFFFF_FFFFL) / 4294967296.0;
        Props.hide(in, math, STATE, (double) a);
        return r;
    }
}
