package org.atomiscope.vm.builtins;

import static org.atomiscope.vm.builtins.Props.arg;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.atomiscope.js.HeapCell;
import org.atomiscope.js.JsArray;
import org.atomiscope.js.JsNumbers;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Undefined;
import org.atomiscope.vm.Interpreter;
import org.atomiscope.vm.RealmBuilder;
import org.atomiscope.vm.Values;

/**
 * Array and the Array.prototype methods that call no user function (ECMA-262 §23.1). The methods
 * that take a callback (forEach, map, sort with a comparator, ...) are in prelude.js, so that the
 * callback runs as ordinary code and may perform shared-memory events.
 *
 * <p>Arrays are dense (holes are {@link Undefined#HOLE}); the mutating methods work on the array's
 * own element storage after {@code heap.w}. Read-only methods also accept array-likes.
 */
public final class ArrayBuiltins {
    private ArrayBuiltins() {}

    /** Largest length {@code new Array(n)} may create: arrays are dense in scenarios. */
    static final int MAX_NEW_LENGTH = JsArray.MAX_GAP;

    public static void install(RealmBuilder rb) {
        Ref proto = rb.realm.arrayProto;
        Ref ctor = rb.constructor("Array", 1, proto, ArrayBuiltins::construct);
        rb.method(ctor, "isArray", 1, (in, self, args) -> arg(args, 0) instanceof Ref r && in.heap.get(r) instanceof JsArray);
        rb.method(ctor, "of", 0, (in, self, args) -> in.newArray(args));

        rb.method(proto, "push", 1, (in, self, args) -> {
            JsArray a = mutable(in, self, "push", args.length > 0);
            for (Object v : args) {
                a.push(v);
            }
            return (double) a.length;
        });
        rb.method(proto, "pop", 0, (in, self, args) -> {
            JsArray a = mutable(in, self, "pop", false);
            if (a.length == 0) {
                return Undefined.UNDEFINED;
            }
            Object v = a.elements[a.length - 1];
            a.setLength(a.length - 1);
            return unhole(v);
        });
        rb.method(proto, "shift", 0, (in, self, args) -> {
            JsArray a = mutable(in, self, "shift", false);
            if (a.length == 0) {
                return Undefined.UNDEFINED;
            }
            Object v = a.elements[0];
            System.arraycopy(a.elements, 1, a.elements, 0, a.length - 1);
            a.elements[a.length - 1] = Undefined.HOLE;
            a.length--;
            return unhole(v);
        });
        rb.method(proto, "unshift", 1, (in, self, args) -> {
            JsArray a = mutable(in, self, "unshift", args.length > 0);
            replace(a, 0, 0, args);
            return (double) a.length;
        });
        rb.method(proto, "splice", 2, (in, self, args) -> {
            JsArray a = mutable(in, self, "splice", false);
            int len = a.length;
            int start = relative(in, arg(args, 0), len, 0);
            int count = args.length == 0 ? 0 : args.length == 1 ? len - start
                : (int) Math.min(Math.max(in.toIntegerOrInfinity(args[1]), 0), len - start);
            Object[] removed = Arrays.copyOfRange(a.elements, start, start + count);
            replace(a, start, count, args.length > 2 ? Arrays.copyOfRange(args, 2, args.length) : new Object[0]);
            return in.newArray(removed);
        });
        rb.method(proto, "slice", 2, (in, self, args) -> {
            Object[] e = items(in, self, "slice");
            int start = relative(in, arg(args, 0), e.length, 0);
            int end = relative(in, arg(args, 1), e.length, e.length);
            return in.newArray(Arrays.copyOfRange(e, start, Math.max(start, end)));
        });
        rb.method(proto, "concat", 1, (in, self, args) -> {
            List<Object> out = new ArrayList<>(Arrays.asList(items(in, self, "concat")));
            for (Object v : args) {
                if (v instanceof Ref r && in.heap.get(r) instanceof JsArray a) {
                    out.addAll(Arrays.asList(a.elements).subList(0, a.length));
                } else {
                    out.add(v);
                }
            }
            return in.newArray(out.toArray());
        });
        rb.method(proto, "join", 1, (in, self, args) -> join(in, self, arg(args, 0)));
        rb.method(proto, "toString", 0, (in, self, args) -> {
            Object join = in.get(self, "join");
            return in.isCallable(join) ? in.call(join, self) : "[object " + ObjectBuiltins.toStringTag(in, self) + "]";
        });
        rb.method(proto, "toLocaleString", 0, (in, self, args) -> {
            StringBuilder sb = new StringBuilder();
            Object[] e = items(in, self, "toLocaleString");
            for (int i = 0; i < e.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                if (!Values.isNullish(unhole(e[i]))) {
                    sb.append(in.toStr(in.call(in.get(e[i], "toLocaleString"), e[i])));
                }
            }
            return sb.toString();
        });
        rb.method(proto, "reverse", 0, (in, self, args) -> {
            JsArray a = mutable(in, self, "reverse", false);
            for (int i = 0, j = a.length - 1; i < j; i++, j--) {
                Object t = a.elements[i];
                a.elements[i] = a.elements[j];
                a.elements[j] = t;
            }
            return self;
        });
        rb.method(proto, "indexOf", 1, (in, self, args) -> {
            Object[] e = items(in, self, "indexOf");
            for (int i = relative(in, arg(args, 1), e.length, 0); i < e.length; i++) {
                if (e[i] != Undefined.HOLE && Values.strictEquals(e[i], arg(args, 0))) {
                    return (double) i;
                }
            }
            return -1.0;
        });
        rb.method(proto, "lastIndexOf", 1, (in, self, args) -> {
            Object[] e = items(in, self, "lastIndexOf");
            int from = e.length - 1;
            if (args.length > 1) {
                double f = in.toIntegerOrInfinity(args[1]);
                from = (int) (f < 0 ? Math.max(e.length + f, -1) : Math.min(f, e.length - 1));
            }
            for (int i = from; i >= 0; i--) {
                if (e[i] != Undefined.HOLE && Values.strictEquals(e[i], arg(args, 0))) {
                    return (double) i;
                }
            }
            return -1.0;
        });
        rb.method(proto, "includes", 1, (in, self, args) -> {
            Object[] e = items(in, self, "includes");
            for (int i = relative(in, arg(args, 1), e.length, 0); i < e.length; i++) {
                if (Values.sameValueZero(unhole(e[i]), arg(args, 0))) {
                    return true;
                }
            }
            return false;
        });
        rb.method(proto, "fill", 1, (in, self, args) -> {
            JsArray a = mutable(in, self, "fill", false);
            int start = relative(in, arg(args, 1), a.length, 0);
            int end = relative(in, arg(args, 2), a.length, a.length);
            for (int i = start; i < end; i++) {
                a.elements[i] = arg(args, 0);
            }
            return self;
        });
        rb.method(proto, "copyWithin", 2, (in, self, args) -> {
            JsArray a = mutable(in, self, "copyWithin", false);
            int len = a.length;
            int target = relative(in, arg(args, 0), len, 0);
            int start = relative(in, arg(args, 1), len, 0);
            int end = relative(in, arg(args, 2), len, len);
            int count = Math.min(end - start, len - target);
            if (count > 0) {
                System.arraycopy(a.elements, start, a.elements, target, count);
            }
            return self;
        });
        rb.method(proto, "at", 1, (in, self, args) -> {
            Object[] e = items(in, self, "at");
            double i = in.toIntegerOrInfinity(arg(args, 0));
            double k = i < 0 ? e.length + i : i;
            return k < 0 || k >= e.length ? Undefined.UNDEFINED : unhole(e[(int) k]);
        });
        rb.method(proto, "flat", 0, (in, self, args) -> {
            double depth = arg(args, 0) == Undefined.UNDEFINED ? 1 : in.toIntegerOrInfinity(args[0]);
            List<Object> out = new ArrayList<>();
            flatten(in, items(in, self, "flat"), depth, out);
            return in.newArray(out.toArray());
        });
        // Typed arrays: only the conversions are natives (everything else is in prelude.js). String
        // conversion calls toString as a nested call, where a shared read could not be an event, so
        // this reads the memory as the agent sees it instead.
        for (Ref tp : rb.realm.typedArrayProtos.values()) {
            rb.method(tp, "toString", 0, (in, self, args) -> join(in, self, Undefined.UNDEFINED));
            rb.method(tp, "toLocaleString", 0, (in, self, args) -> join(in, self, Undefined.UNDEFINED));
        }
        rb.method(proto, "toReversed", 0, (in, self, args) -> {
            Object[] e = items(in, self, "toReversed");
            Object[] r = new Object[e.length];
            for (int i = 0; i < e.length; i++) {
                r[i] = unhole(e[e.length - 1 - i]);
            }
            return in.newArray(r);
        });
        rb.method(proto, "with", 2, (in, self, args) -> {
            Object[] e = items(in, self, "with");
            double i = in.toIntegerOrInfinity(arg(args, 0));
            double k = i < 0 ? e.length + i : i;
            if (k < 0 || k >= e.length) {
                throw in.rangeError("Invalid index : " + JsNumbers.toJsString(i));
            }
            Object[] r = new Object[e.length];
            for (int j = 0; j < e.length; j++) {
                r[j] = unhole(e[j]);
            }
            r[(int) k] = arg(args, 1);
            return in.newArray(r);
        });
        rb.method(proto, "toSpliced", 2, (in, self, args) -> {
            Object[] e = items(in, self, "toSpliced");
            int start = relative(in, arg(args, 0), e.length, 0);
            int skip = args.length == 0 ? 0 : args.length == 1 ? e.length - start
                : (int) Math.min(Math.max(in.toIntegerOrInfinity(args[1]), 0), e.length - start);
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < start; i++) {
                out.add(unhole(e[i]));
            }
            for (int i = 2; i < args.length; i++) {
                out.add(args[i]);
            }
            for (int i = start + skip; i < e.length; i++) {
                out.add(unhole(e[i]));
            }
            return in.newArray(out.toArray());
        });
    }

    private static Object construct(Interpreter in, Object self, Object[] args) {
        Ref proto = in.newTarget != null ? in.prototypeFor(in.newTarget) : in.realm.arrayProto;
        if (args.length == 1 && args[0] instanceof Double d) {
            double n = d;
            if (n != Math.floor(n) || n < 0 || n > 4294967295.0) {
                throw in.rangeError("Invalid array length");
            }
            if (n > MAX_NEW_LENGTH) {
                throw in.rangeError("not supported in scenarios: an array of length " + JsNumbers.toJsString(n)
                    + " (arrays are dense here; at most " + MAX_NEW_LENGTH + " elements)");
            }
            return alloc(in, proto, new Object[0], (int) n);
        }
        return alloc(in, proto, args, args.length);
    }

    /** A new array with the given prototype; elements past {@code items} are holes. */
    static Ref alloc(Interpreter in, Ref proto, Object[] items, int length) {
        Object[] e = Arrays.copyOf(items, Math.max(length, 4));
        Arrays.fill(e, items.length, e.length, Undefined.HOLE);
        return in.heap.alloc(new JsArray(proto, e, length));
    }

    static Object unhole(Object v) {
        return v == Undefined.HOLE ? Undefined.UNDEFINED : v;
    }

    /** Elements of an array or array-like, holes as {@link Undefined#HOLE}. */
    static Object[] items(Interpreter in, Object self, String method) {
        if (self instanceof Ref r) {
            HeapCell c = in.heap.get(r);
            if (c instanceof JsArray a) {
                return Arrays.copyOf(a.elements, a.length);
            }
            long len = JsNumbers.toLength(in.toNumber(in.get(r, "length")));
            if (len > MAX_NEW_LENGTH) {
                throw in.rangeError("not supported in scenarios: Array.prototype." + method + " on an array-like of length " + len);
            }
            Object[] e = new Object[(int) len];
            for (int i = 0; i < len; i++) {
                e[i] = in.has(r, (double) i) ? in.get(r, (double) i) : Undefined.HOLE;
            }
            return e;
        }
        if (Values.isNullish(self)) {
            throw in.typeError("Array.prototype." + method + " called on null or undefined");
        }
        if (self instanceof String s) {
            Object[] e = new Object[s.length()];
            for (int i = 0; i < e.length; i++) {
                e[i] = String.valueOf(s.charAt(i));
            }
            return e;
        }
        return new Object[0];
    }

    /** The writable array for a mutating method; frozen arrays refuse, as in strict-mode code. */
    private static JsArray mutable(Interpreter in, Object self, String method, boolean adds) {
        if (!(self instanceof Ref r) || !(in.heap.get(r) instanceof JsArray a)) {
            throw in.typeError("not supported in scenarios: Array.prototype." + method + " on " + in.describe(self)
                + ", which is not an array");
        }
        if (Props.frozen(a) || (adds && !a.extensible)) {
            throw in.typeError(adds ? "Cannot add property " + a.length + ", object is not extensible"
                : "Cannot assign to read only property '0' of object '[object Array]'");
        }
        return in.heap.w(r);
    }

    /** Replaces {@code count} elements at {@code start} with {@code insert}. */
    private static void replace(JsArray a, int start, int count, Object[] insert) {
        int len = a.length;
        int newLen = len - count + insert.length;
        Object[] e = new Object[Math.max(newLen, 4)];
        System.arraycopy(a.elements, 0, e, 0, start);
        System.arraycopy(insert, 0, e, start, insert.length);
        System.arraycopy(a.elements, start + count, e, start + insert.length, len - start - count);
        Arrays.fill(e, newLen, e.length, Undefined.HOLE);
        a.elements = e;
        a.length = newLen;
    }

    /** A relative index argument (negative counts from the end), clamped to 0..length. */
    static int relative(Interpreter in, Object arg, int length, int fallback) {
        if (arg == Undefined.UNDEFINED) {
            return fallback;
        }
        double r = in.toIntegerOrInfinity(arg);
        return (int) (r < 0 ? Math.max(length + r, 0) : Math.min(r, length));
    }

    private static void flatten(Interpreter in, Object[] e, double depth, List<Object> out) {
        for (Object v : e) {
            if (v == Undefined.HOLE) {
                continue;
            }
            if (depth > 0 && v instanceof Ref r && in.heap.get(r) instanceof JsArray a) {
                flatten(in, Arrays.copyOf(a.elements, a.length), depth - 1, out);
            } else {
                out.add(v);
            }
        }
    }

    /**
     * Arrays being joined on this thread, so that a cyclic array joins its inner occurrence as ""
     * (as engines do) instead of recursing forever. Only live during one join call.
     */
    private static final ThreadLocal<ArrayDeque<Ref>> JOINING = ThreadLocal.withInitial(ArrayDeque::new);

    static String join(Interpreter in, Object self, Object sepArg) {
        String sep = sepArg == Undefined.UNDEFINED ? "," : in.toStr(sepArg);
        ArrayDeque<Ref> joining = JOINING.get();
        if (self instanceof Ref r) {
            for (Ref j : joining) {
                if (j == r) {
                    return "";
                }
            }
            joining.push(r);
        }
        try {
            Object[] e = items(in, self, "join");
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < e.length; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                Object v = e[i];
                if (v != Undefined.HOLE && !Values.isNullish(v)) {
                    sb.append(in.toStr(v));
                }
            }
            return sb.toString();
        } finally {
            if (self instanceof Ref) {
                joining.pop();
            }
        }
    }
}
