package org.atomiscope.vm.builtins;

import java.util.List;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.buffer.PagedBytes;
import org.atomiscope.js.*;
import org.atomiscope.vm.Interpreter;
import org.atomiscope.vm.Limits;
import org.atomiscope.vm.RealmBuilder;

/**
 * ArrayBuffer, SharedArrayBuffer and the typed-array views. A SharedArrayBuffer's memory is a block
 * of the machine's shared memory; a plain ArrayBuffer's bytes belong to its agent.
 */
public final class BufferBuiltins {
    private BufferBuiltins() {}

    public static void install(RealmBuilder rb) {
        rb.constructor("ArrayBuffer", 1, rb.realm.arrayBufferProto, (in, self, args) -> {
            requireNew(in, "ArrayBuffer");
            int n = byteLength(in, args.length > 0 ? args[0] : Undefined.UNDEFINED, "ArrayBuffer");
            return in.heap.alloc(new JsArrayBuffer(in.prototypeFor(in.newTarget), false, -1, n, PagedBytes.zeroed(n)));
        });
        rb.constructor("SharedArrayBuffer", 1, rb.realm.sharedArrayBufferProto, (in, self, args) -> {
            requireNew(in, "SharedArrayBuffer");
            int n = byteLength(in, args.length > 0 ? args[0] : Undefined.UNDEFINED, "SharedArrayBuffer");
            int block = in.host.allocateShared(in, n);
            return in.heap.alloc(new JsArrayBuffer(in.prototypeFor(in.newTarget), true, block, n, null));
        });
        for (Ref proto : List.of(rb.realm.arrayBufferProto, rb.realm.sharedArrayBufferProto)) {
            rb.method(proto, "slice", 2, BufferBuiltins::sliceBuffer);
        }
        for (ElementType t : ElementType.values()) {
            if (t.isBigInt()) {
                continue; // BigInt values are not part of the scenario language
            }
            Ref proto = rb.realm.typedArrayProtos.get(t);
            Ref ctor = rb.constructor(t.constructorName(), 3, proto, (in, self, args) -> construct(in, t, args));
            rb.value(ctor, "BYTES_PER_ELEMENT", (double) t.byteSize());
            rb.value(proto, "BYTES_PER_ELEMENT", (double) t.byteSize());
            rb.method(proto, "subarray", 2, BufferBuiltins::subarray);
            rb.method(proto, "fill", 1, BufferBuiltins::fill);
            rb.method(proto, "set", 1, BufferBuiltins::set);
            rb.method(proto, "slice", 2, BufferBuiltins::slice);
        }
    }

    private static void requireNew(Interpreter in, String name) {
        if (in.newTarget == null) {
            throw in.typeError("Constructor " + name + " requires 'new'");
        }
    }

    private static int byteLength(Interpreter in, Object arg, String what) {
        double n = in.toIntegerOrInfinity(arg);
        if (n < 0 || n > 9007199254740991.0) {
            throw in.rangeError("Invalid " + what + " length: " + in.toStr(arg));
        }
        if (n > Limits.MAX_BUFFER_BYTES) {
            throw in.rangeError(what + " of " + (long) n + " bytes is larger than this simulator allows ("
                + Limits.MAX_BUFFER_BYTES + " bytes); scenarios teach with small buffers");
        }
        return (int) n;
    }

    private static JsTypedArray view(Interpreter in, Object self, String method) {
        if (self instanceof Ref r && in.heap.get(r) instanceof JsTypedArray ta) {
            return ta;
        }
        throw in.typeError("%TypedArray%.prototype." + method + " called on " + in.describe(self) + ", which is not a typed array");
    }

    private static Object construct(Interpreter in, ElementType t, Object[] args) {
        String name = t.constructorName();
        requireNew(in, name);
        Ref proto = in.prototypeFor(in.newTarget);
        Object a0 = args.length > 0 ? args[0] : Undefined.UNDEFINED;
        if (a0 instanceof Ref r && in.heap.get(r) instanceof JsArrayBuffer ab) {
            double offset = in.toIntegerOrInfinity(args.length > 1 ? args[1] : Undefined.UNDEFINED);
            if (offset < 0 || offset % t.byteSize() != 0) {
                throw in.rangeError("start offset of " + name + " should be a multiple of " + t.byteSize());
            }
            if (offset > ab.byteLength) {
                throw in.rangeError("Start offset " + (long) offset + " is outside the bounds of the buffer");
            }
            int length;
            Object lenArg = args.length > 2 ? args[2] : Undefined.UNDEFINED;
            if (lenArg == Undefined.UNDEFINED) {
                if (ab.byteLength % t.byteSize() != 0) {
                    throw in.rangeError("byte length of " + name + " should be a multiple of " + t.byteSize());
                }
                length = (int) ((ab.byteLength - offset) / t.byteSize());
            } else {
                double l = in.toIntegerOrInfinity(lenArg);
                if (l < 0 || offset + l * t.byteSize() > ab.byteLength) {
                    throw in.rangeError("Invalid typed array length: " + in.toStr(lenArg));
                }
                length = (int) l;
            }
            return in.heap.alloc(new JsTypedArray(proto, t, r, (int) offset, length, ab.shared, ab.block));
        }
        if (a0 instanceof Ref r) {
            List<Object> items = in.listFrom(r);
            Ref ta = fresh(in, t, proto, items.size());
            for (int i = 0; i < items.size(); i++) {
                in.put(ta, (double) i, items.get(i));
            }
            return ta;
        }
        double n = in.toIntegerOrInfinity(a0);
        if (n < 0 || n * t.byteSize() > Limits.MAX_BUFFER_BYTES) {
            throw in.rangeError("Invalid typed array length: " + in.toStr(a0));
        }
        return fresh(in, t, proto, (int) n);
    }

    /** A view over a new, zeroed, non-shared ArrayBuffer. */
    static Ref fresh(Interpreter in, ElementType t, Ref proto, int length) {
        int bytes = length * t.byteSize();
        Ref ab = in.heap.alloc(new JsArrayBuffer(in.realm.arrayBufferProto, false, -1, bytes, PagedBytes.zeroed(bytes)));
        return in.heap.alloc(new JsTypedArray(proto, t, ab, 0, length, false, -1));
    }

    private static int relative(Interpreter in, Object arg, int length, int fallback) {
        if (arg == Undefined.UNDEFINED) {
            return fallback;
        }
        double r = in.toIntegerOrInfinity(arg);
        return (int) (r < 0 ? Math.max(length + r, 0) : Math.min(r, length));
    }

    private static Object subarray(Interpreter in, Object self, Object[] args) {
        JsTypedArray ta = view(in, self, "subarray");
        int begin = relative(in, args.length > 0 ? args[0] : Undefined.UNDEFINED, ta.length, 0);
        int end = relative(in, args.length > 1 ? args[1] : Undefined.UNDEFINED, ta.length, ta.length);
        int len = Math.max(end - begin, 0);
        return in.heap.alloc(new JsTypedArray(in.heap.<JsObject>get((Ref) self).proto, ta.type, ta.buffer,
            ta.byteOffset + begin * ta.type.byteSize(), len, ta.shared, ta.block));
    }

    private static Object fill(Interpreter in, Object self, Object[] args) {
        JsTypedArray ta = view(in, self, "fill");
        double v = in.toNumber(args.length > 0 ? args[0] : Undefined.UNDEFINED);
        int begin = relative(in, args.length > 1 ? args[1] : Undefined.UNDEFINED, ta.length, 0);
        int end = relative(in, args.length > 2 ? args[2] : Undefined.UNDEFINED, ta.length, ta.length);
        for (int i = begin; i < end; i++) {
            in.put(self, (double) i, v);
        }
        return self;
    }

    private static Object set(Interpreter in, Object self, Object[] args) {
        JsTypedArray ta = view(in, self, "set");
        List<Object> src = in.listFrom(args.length > 0 ? args[0] : Undefined.UNDEFINED);
        double offset = in.toIntegerOrInfinity(args.length > 1 ? args[1] : Undefined.UNDEFINED);
        if (offset < 0 || offset + src.size() > ta.length) {
            throw in.rangeError("offset is out of bounds");
        }
        for (int i = 0; i < src.size(); i++) {
            in.put(self, offset + i, src.get(i));
        }
        return Undefined.UNDEFINED;
    }

    private static Object slice(Interpreter in, Object self, Object[] args) {
        JsTypedArray ta = view(in, self, "slice");
        int begin = relative(in, args.length > 0 ? args[0] : Undefined.UNDEFINED, ta.length, 0);
        int end = relative(in, args.length > 1 ? args[1] : Undefined.UNDEFINED, ta.length, ta.length);
        int len = Math.max(end - begin, 0);
        Ref copy = fresh(in, ta.type, in.heap.<JsObject>get((Ref) self).proto, len);
        for (int i = 0; i < len; i++) {
            in.put(copy, (double) i, in.get(self, (double) (begin + i)));
        }
        return copy;
    }

    private static Object sliceBuffer(Interpreter in, Object self, Object[] args) {
        if (!(self instanceof Ref r) || !(in.heap.get(r) instanceof JsArrayBuffer ab)) {
            throw in.typeError("ArrayBuffer.prototype.slice called on " + in.describe(self));
        }
        int begin = relative(in, args.length > 0 ? args[0] : Undefined.UNDEFINED, ab.byteLength, 0);
        int end = relative(in, args.length > 1 ? args[1] : Undefined.UNDEFINED, ab.byteLength, ab.byteLength);
        int len = Math.max(end - begin, 0);
        if (!ab.shared) {
            return in.heap.alloc(new JsArrayBuffer(in.realm.arrayBufferProto, false, -1, len,
                ab.bytes.copyRange(in.owner, begin, begin + len)));
        }
        int block = in.host.allocateShared(in, len);
        Ref copy = in.heap.alloc(new JsArrayBuffer(in.realm.sharedArrayBufferProto, true, block, len, null));
        JsTypedArray src = new JsTypedArray(null, ElementType.UINT8, r, 0, ab.byteLength, true, ab.block);
        JsTypedArray dst = new JsTypedArray(null, ElementType.UINT8, copy, 0, len, true, block);
        for (int i = 0; i < len; i++) {
            in.poke(dst, i, in.peek(src, begin + i));
        }
        return copy;
    }
}
