package org.atomiscope.vm.builtins;

import org.atomiscope.buffer.AtomicOps;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.buffer.RmwOp;
import org.atomiscope.js.JsArrayBuffer;
import org.atomiscope.js.JsTypedArray;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Undefined;
import org.atomiscope.vm.Interpreter;
import org.atomiscope.vm.RealmBuilder;
import org.atomiscope.vm.Request;
import org.atomiscope.vm.Suspend;

/**
 * The Atomics namespace (ECMA-262 §25.4). On a shared buffer every operation is a visible event
 * performed by the machine's memory model; on a plain ArrayBuffer nobody else can see the memory, so
 * the operation happens at once. Arguments are validated and converted in the spec's order, so the
 * errors a student meets are the ones an engine would throw.
 */
public final class AtomicsBuiltins {
    /**
     * The start of the warning a denied Atomics.wait gives (the TypeError may be caught, so the warning
     * is what the run keeps of it); the main-thread analysis recognises it by this text.
     */
    public static final String DENIED_WAIT = "Atomics.wait is not allowed on the browser's main thread";

    private AtomicsBuiltins() {}

    public static void install(RealmBuilder rb) {
        Ref atomics = rb.namespace("Atomics");
        rb.value(atomics, "@@toStringTag", "Atomics");
        rb.method(atomics, "load", 2, (in, self, args) -> {
            Access a = access(in, args, "load", false);
            if (a.ta.shared) {
                return in.sharedAccess(new Request.Read(in.currentPos(), in.viewName(), (int) a.index, a.ta.block,
                    a.ta.type, a.byteIndex, true));
            }
            return a.ta.type.fromRaw(local(in, a).bytes.readRaw(a.byteIndex, a.ta.type.byteSize()));
        });
        rb.method(atomics, "store", 3, (in, self, args) -> {
            Access a = access(in, args, "store", false);
            double v = AtomicOps.storeReturnValue(in.toNumber(arg(args, 2)));
            long raw = a.ta.type.toRaw(v);
            if (a.ta.shared) {
                return in.sharedAccess(new Request.Write(in.currentPos(), in.viewName(), (int) a.index, a.ta.block,
                    a.ta.type, a.byteIndex, raw, true, v));
            }
            JsArrayBuffer ab = local(in, a);
            ab.bytes = ab.bytes.writeRaw(in.owner, a.byteIndex, a.ta.type.byteSize(), raw);
            return v;
        });
        for (RmwOp op : RmwOp.values()) {
            int length = op == RmwOp.COMPARE_EXCHANGE ? 4 : 3;
            rb.method(atomics, op.jsName(), length, (in, self, args) -> rmw(in, args, op));
        }
        rb.method(atomics, "wait", 4, (in, self, args) -> waitOp(in, args));
        rb.method(atomics, "notify", 3, (in, self, args) -> notifyOp(in, args, "notify"));
        rb.method(atomics, "wake", 3, (in, self, args) -> {
            in.host.warn(in.currentPos(), "Atomics.wake is the old name of Atomics.notify (renamed in 2017); "
                + "engines today only know notify.");
            return notifyOp(in, args, "wake");
        });
        rb.method(atomics, "isLockFree", 1, (in, self, args) -> AtomicOps.isLockFree(in.toNumber(arg(args, 0))));
    }

    private record Access(JsTypedArray ta, int byteIndex, double index) {}

    static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : Undefined.UNDEFINED;
    }

    /** ValidateIntegerTypedArray + ValidateAtomicAccess (§25.4.3.1, §25.4.3.2). */
    private static Access access(Interpreter in, Object[] args, String fn, boolean waitable) {
        Object target = arg(args, 0);
        if (!(target instanceof Ref r) || !(in.heap.get(r) instanceof JsTypedArray ta)) {
            throw in.typeError("Atomics." + fn + " needs a typed array as its first argument, not " + in.describe(target));
        }
        if (waitable) {
            if (ta.type != ElementType.INT32) {
                throw in.typeError("Atomics." + fn + " works only on an Int32Array, not on " + withArticle(ta.type.constructorName()));
            }
        } else if (!ta.type.isInteger() || ta.type.isBigInt()) {
            throw in.typeError("Atomics." + fn + " works only on integer typed arrays (Int8Array … Uint32Array), not on "
                + withArticle(ta.type.constructorName()));
        }
        double index = in.toIntegerOrInfinity(arg(args, 1));
        if (index < 0 || index >= ta.length) {
            throw in.rangeError("Atomics." + fn + ": index " + in.toStr(arg(args, 1)) + " is out of range for "
                + withArticle(ta.type.constructorName()) + " of length " + ta.length);
        }
        return new Access(ta, ta.byteOffset + (int) index * ta.type.byteSize(), index);
    }

    /** "an Int32Array", "a Float64Array". */
    static String withArticle(String name) {
        return ("AEIO".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name; // "a Uint8Array"
    }

    private static JsArrayBuffer local(Interpreter in, Access a) {
        return in.heap.w(a.ta.buffer);
    }

    private static Object rmw(Interpreter in, Object[] args, RmwOp op) {
        Access a = access(in, args, op.jsName(), false);
        long operand = AtomicOps.operandToRaw(a.ta.type, in.toNumber(arg(args, 2)));
        long replacement = op == RmwOp.COMPARE_EXCHANGE ? AtomicOps.operandToRaw(a.ta.type, in.toNumber(arg(args, 3))) : 0;
        if (a.ta.shared) {
            return in.sharedAccess(new Request.Rmw(in.currentPos(), in.viewName(), (int) a.index, a.ta.block, a.ta.type,
                a.byteIndex, op, operand, replacement));
        }
        JsArrayBuffer ab = local(in, a);
        AtomicOps.Result r = AtomicOps.readModifyWriteRaw(ab.bytes, in.owner, a.byteIndex, a.ta.type, op, operand, replacement);
        ab.bytes = r.bytes();
        return a.ta.type.fromRaw(r.oldRaw());
    }

    /** Atomics.wait (§25.4.13, DoWait). */
    private static Object waitOp(Interpreter in, Object[] args) {
        Object target = arg(args, 0);
        if (target instanceof Ref r && in.heap.get(r) instanceof JsTypedArray ta && ta.type == ElementType.INT32 && !ta.shared) {
            throw in.typeError("Atomics.wait needs an Int32Array over a SharedArrayBuffer; this one's buffer is not shared");
        }
        Access a = access(in, args, "wait", true);
        long expected = a.ta.type.toRaw(in.toNumber(arg(args, 2))) & 0xffffffffL;
        Object t = arg(args, 3);
        double q = t == Undefined.UNDEFINED ? Double.NaN : in.toNumber(t);
        double timeout = Double.isNaN(q) ? Double.POSITIVE_INFINITY : Math.max(q, 0);
        if (!in.host.mayBlock()) {
            // The TypeError may be caught; the warning is what the run keeps of the denied wait (analysis reads it).
            in.host.warn(in.currentPos(), DENIED_WAIT + ": it throws a TypeError");
            throw in.typeError("Atomics.wait cannot be called on the " + in.host.agentName() + " agent: a browser's main "
                + "thread may not block (use a worker, or Atomics.waitAsync in real code)");
        }
        return new Suspend(new Request.Wait(in.currentPos(), in.viewName(), (int) a.index, a.ta.block, a.ta.type, a.byteIndex, expected, timeout));
    }

    /** Atomics.notify (§25.4.15). On a non-shared buffer nobody can wait: 0. */
    private static Object notifyOp(Interpreter in, Object[] args, String name) {
        Access a = access(in, args, name, true);
        Object c = arg(args, 2);
        double count = c == Undefined.UNDEFINED ? Double.POSITIVE_INFINITY : Math.max(in.toIntegerOrInfinity(c), 0);
        if (!a.ta.shared) {
            return 0.0;
        }
        return new Suspend(new Request.Notify(in.currentPos(), in.viewName(), (int) a.index, a.ta.block, a.byteIndex, count, name));
    }
}
