package org.atomiscope.vm;

import java.util.ArrayList;
import java.util.List;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.buffer.Owner;
import org.atomiscope.js.*;
import org.atomiscope.lang.Pos;

/**
 * The JavaScript abstract operations the interpreter and the built-ins share: object creation,
 * property access, conversions and errors. Accessor properties and valueOf/toString are called
 * through {@link Interpreter#call}; shared typed-array elements go through visible events, so a
 * built-in that touches one directly reads the memory as its agent sees it ({@link #peek}).
 */
public abstract class Operations {
    public final Heap heap;
    public final Realm realm;
    public final Host host;
    public final Owner owner;

    Operations(Heap heap, Realm realm, Host host, Owner owner) {
        this.heap = heap;
        this.realm = realm;
        this.host = host;
        this.owner = owner;
    }

    public abstract Object call(Object fn, Object thisValue, Object... args);

    public abstract Object construct(Object fn, Object[] args);

    /** The position of the instruction being executed (for errors and warnings). */
    public abstract Pos currentPos();

    /** The source text naming the view of the current access ("ia"), for event labels. */
    public abstract String viewName();

    /** Raw access to shared memory outside the event stream (unpublished blocks, bulk built-ins). */
    public abstract long sharedRead(int block, ElementType type, int byteIndex);

    public abstract void sharedWrite(int block, ElementType type, int byteIndex, long raw);

    /** Reads a shared element outside the event stream (built-ins such as console.log). */
    public double peek(JsTypedArray ta, int index) {
        return ta.type.fromRaw(sharedRead(ta.block, ta.type, ta.byteOffset + index * ta.type.byteSize()));
    }

    /** Writes a shared element outside the event stream (bulk built-ins such as fill). */
    public void poke(JsTypedArray ta, int index, double value) {
        sharedWrite(ta.block, ta.type, ta.byteOffset + index * ta.type.byteSize(), ta.type.toRaw(value));
    }

    // ------------------------------------------------------------------ creation

    public Ref newObject() {
        return heap.alloc(new JsObject(realm.objectProto));
    }

    public Ref newObject(Ref proto) {
        return heap.alloc(new JsObject(proto));
    }

    public Ref newArray(Object... elements) {
        Object[] e = elements.length < 4 ? java.util.Arrays.copyOf(elements, 4) : elements.clone();
        for (int i = elements.length; i < e.length; i++) {
            e[i] = Undefined.HOLE;
        }
        return heap.alloc(new JsArray(realm.arrayProto, e, elements.length));
    }

    public Ref newArray(List<Object> elements) {
        return newArray(elements.toArray());
    }

    public Ref newFunction(String name, int length, Native impl) {
        return heap.alloc(JsFunction.nativeFunction(realm.functionProto, name, length, false, impl));
    }

    /** Creates an error object of a built-in type ("TypeError", ...) with a message. */
    public Ref newError(String type, String message) {
        Ref proto = realm.errorProtos.getOrDefault(type, realm.errorProto);
        JsObject e = new JsObject(proto);
        e.className = "Error";
        e.props.define("message", message, PropMap.HIDDEN);
        Pos p = currentPos();
        if (p != null) {
            e.props.define("stack", type + ": " + message + "\n    at " + p, PropMap.HIDDEN);
        }
        return heap.alloc(e);
    }

    public JsThrow error(String type, String message) {
        return new JsThrow(newError(type, message));
    }

    public JsThrow typeError(String message) {
        return error("TypeError", message);
    }

    public JsThrow rangeError(String message) {
        return error("RangeError", message);
    }

    // ------------------------------------------------------------------ type tests

    public HeapCell cell(Object v) {
        return v instanceof Ref r ? heap.get(r) : null;
    }

    public boolean isCallable(Object v) {
        return v instanceof Ref r && heap.get(r) instanceof JsFunction;
    }

    public String typeOf(Object v) {
        if (v instanceof Ref r) {
            return heap.get(r) instanceof JsFunction ? "function" : "object";
        }
        return Values.typeOfPrimitive(v);
    }

    // ------------------------------------------------------------------ conversions

    public Object toPrimitive(Object v, String hint) {
        if (!(v instanceof Ref)) {
            return v;
        }
        String[] order = "string".equals(hint) ? new String[] {"toString", "valueOf"} : new String[] {"valueOf", "toString"};
        for (String m : order) {
            Object f = get(v, m);
            if (isCallable(f)) {
                Object r = call(f, v);
                if (!(r instanceof Ref)) {
                    return r;
                }
            }
        }
        throw typeError("Cannot convert object to primitive value");
    }

    public double toNumber(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Ref) {
            return Values.primitiveToNumber(toPrimitive(v, "number"));
        }
        return Values.primitiveToNumber(v);
    }

    public String toStr(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Ref) {
            return Values.primitiveToString(toPrimitive(v, "string"));
        }
        return Values.primitiveToString(v);
    }

    public int toInt32(Object v) {
        return JsNumbers.toInt32(toNumber(v));
    }

    public double toIntegerOrInfinity(Object v) {
        return JsNumbers.toIntegerOrInfinity(toNumber(v));
    }

    /** ToPropertyKey: numbers that are array indexes stay numbers (fast paths); others become strings. */
    public Object toKey(Object k) {
        if (k instanceof Double || k instanceof String) {
            return k;
        }
        return toStr(k);
    }

    public String keyString(Object k) {
        return k instanceof String s ? s : toStr(k);
    }

    public Ref toObject(Object v, String what) {
        if (v instanceof Ref r) {
            return r;
        }
        throw typeError("Cannot convert " + Values.primitiveToString(v) + " to an object" + (what == null ? "" : " (" + what + ")"));
    }

    // ------------------------------------------------------------------ property lookup

    /** The prototype used for property lookup on a primitive. */
    Ref protoOfPrimitive(Object v) {
        if (v instanceof String) {
            return realm.stringProto;
        }
        if (v instanceof Double) {
            return realm.numberProto;
        }
        if (v instanceof Boolean) {
            return realm.booleanProto;
        }
        return null;
    }

    /**
     * The raw value of a property: a value, an {@link PropMap.Accessor}, a {@link Suspend} for a
     * shared typed-array element, or Java null when absent. {@code receiver} must not be nullish.
     */
    Object lookup(Object receiver, Object key) {
        Ref start;
        if (receiver instanceof Ref r) {
            HeapCell c = heap.get(r);
            Object own = ownSpecial(r, c, key);
            if (own != null) {
                return own;
            }
            start = r;
        } else {
            if (receiver instanceof String s) {
                if ("length".equals(key)) {
                    return (double) s.length();
                }
                long i = Values.arrayIndex(key);
                if (i >= 0) {
                    return i < s.length() ? String.valueOf(s.charAt((int) i)) : null;
                }
            }
            start = protoOfPrimitive(receiver);
        }
        String name = keyString(key);
        for (Ref o = start; o != null; ) {
            JsObject obj = (JsObject) heap.get(o);
            Object v = obj.props.get(name);
            if (v != null) {
                return v;
            }
            o = obj.proto;
        }
        return null;
    }

    /** Own properties that are not stored in the property map: elements, lengths, function names. */
    private Object ownSpecial(Ref r, HeapCell c, Object key) {
        if (c instanceof JsArray a) {
            long i = Values.arrayIndex(key);
            if (i >= 0) {
                if (i < a.length) {
                    Object v = a.elements[(int) i];
                    return v == Undefined.HOLE ? null : v;
                }
                return null;
            }
            if ("length".equals(key)) {
                return (double) a.length;
            }
        } else if (c instanceof JsTypedArray ta) {
            double x = numericKey(key);
            if (key instanceof Double || !Double.isNaN(x)) {
                // Integer-indexed exotic objects answer every numeric key themselves (ECMA-262 10.4.5).
                if (x != Math.floor(x) || x < 0 || x >= ta.length || (x == 0 && 1 / x < 0)) {
                    return Undefined.UNDEFINED;
                }
                return readElement(ta, (int) x);
            }
            switch (String.valueOf(key)) {
                case "length":
                    return (double) ta.length;
                case "byteLength":
                    return (double) ta.length * ta.type.byteSize();
                case "byteOffset":
                    return (double) ta.byteOffset;
                case "buffer":
                    return ta.buffer;
                case "BYTES_PER_ELEMENT":
                    return (double) ta.type.byteSize();
                default:
                    return null;
            }
        } else if (c instanceof JsArrayBuffer ab) {
            if ("byteLength".equals(key)) {
                return (double) ab.byteLength;
            }
        } else if (c instanceof JsFunction f) {
            if ("prototype".equals(key) && f.isConstructor() && f.kind == JsFunction.Kind.CLOSURE) {
                return ensurePrototype(r);
            }
            if ("name".equals(key) && ((JsObject) c).props.find("name") < 0) {
                return f.functionName();
            }
            if ("length".equals(key) && ((JsObject) c).props.find("length") < 0) {
                return (double) (f.kind == JsFunction.Kind.CLOSURE ? f.code.paramCount : f.nativeLength);
            }
        }
        return null;
    }

    /** A constructor's prototype object, created on first use (most closures never need one). */
    Ref ensurePrototype(Ref fn) {
        JsFunction f = heap.get(fn);
        Object p = f.props.get("prototype");
        if (p instanceof Ref pr) {
            return pr;
        }
        if (p != null) {
            return null;
        }
        Ref proto = newObject();
        heap.<JsObject>w(proto).props.define("constructor", fn, PropMap.HIDDEN);
        heap.<JsFunction>w(fn).props.define("prototype", proto, (byte) (PropMap.WRITABLE));
        return proto;
    }

    /**
     * A read, write or read-modify-write of shared memory: a Suspend (a visible event for the
     * machine), or, while no other agent can reach the block ({@link Host#published}), done at once
     * and reported; then the value the JavaScript expression yields (the value read, the value
     * assigned, the old value).
     */
    public Object sharedAccess(Request req) {
        if (host.published(req.block())) {
            return new Suspend(req);
        }
        Object value;
        if (req instanceof Request.Read r) {
            value = r.type().fromRaw(sharedRead(r.block(), r.type(), r.byteIndex()));
        } else if (req instanceof Request.Write w) {
            sharedWrite(w.block(), w.type(), w.byteIndex(), w.raw());
            value = w.result();
        } else {
            Request.Rmw m = (Request.Rmw) req;
            long old = sharedRead(m.block(), m.type(), m.byteIndex());
            sharedWrite(m.block(), m.type(), m.byteIndex(),
                org.atomiscope.buffer.AtomicOps.apply(m.op(), m.type(), old, m.operand(), m.replacement()));
            value = m.type().fromRaw(old);
        }
        host.localAccess(req, value);
        return value;
    }

    /** Element read of a typed array; a shared one yields a Suspend with the read request. */
    Object readElement(JsTypedArray ta, int index) {
        int byteIndex = ta.byteOffset + index * ta.type.byteSize();
        if (ta.shared) {
            return sharedAccess(new Request.Read(currentPos(), viewName(), index, ta.block, ta.type, byteIndex, false));
        }
        JsArrayBuffer ab = heap.get(ta.buffer);
        return ta.type.fromRaw(ab.bytes.readRaw(byteIndex, ta.type.byteSize()));
    }

    /** [[Get]] for built-ins: accessors are called, shared elements are peeked. */
    public Object get(Object obj, Object key) {
        if (Values.isNullish(obj)) {
            throw typeError("Cannot read properties of " + obj + " (reading '" + keyString(key) + "')");
        }
        Object v = lookup(obj, key);
        if (v == null) {
            return Undefined.UNDEFINED;
        }
        if (v instanceof PropMap.Accessor a) {
            return a.getter() == null ? Undefined.UNDEFINED : call(a.getter(), obj);
        }
        if (v instanceof Suspend) {
            JsTypedArray ta = heap.get((Ref) obj);
            return peek(ta, (int) Values.arrayIndex(key instanceof Double ? key : keyString(key)));
        }
        return v;
    }

    public boolean has(Object obj, Object key) {
        if (!(obj instanceof Ref r)) {
            throw typeError("Cannot use 'in' operator to search for '" + keyString(key) + "' in " + Values.primitiveToString(obj));
        }
        if (heap.get(r) instanceof JsTypedArray ta) {
            double x = numericKey(key);
            if (!Double.isNaN(x) || "-0".equals(key)) {
                return x == Math.floor(x) && x >= 0 && x < ta.length && !(x == 0 && 1 / x < 0);
            }
        }
        return lookup(obj, key) != null;
    }

    /** A canonical numeric key's number (integer-indexed objects), or NaN. */
    static double numericKey(Object key) {
        if (key instanceof Double d) {
            return d == 0 ? 0.0 : d; // ToPropertyKey(-0) is "0"
        }
        if (key instanceof String s) {
            long i = Values.arrayIndex(s);
            if (i >= 0) {
                return i;
            }
            if (s.equals("-0")) {
                return -0.0;
            }
            double n = org.atomiscope.js.JsNumbers.stringToNumber(s);
            if (!Double.isNaN(n) && org.atomiscope.js.JsNumbers.toJsString(n).equals(s)) {
                return n;
            }
        }
        return Double.NaN;
    }

    /** Own data property lookup without calling anything; Java null when absent. */
    public Object getOwn(Ref obj, String key) {
        JsObject o = heap.get(obj);
        return o.props.get(key);
    }

    // ------------------------------------------------------------------ property writes

    /**
     * [[Set]]: returns null when done, a setter to call (PropMap.Accessor), or a Suspend for a
     * shared typed-array element write.
     */
    Object assign(Object obj, Object key, Object value) {
        if (Values.isNullish(obj)) {
            throw typeError("Cannot set properties of " + obj + " (setting '" + keyString(key) + "')");
        }
        if (!(obj instanceof Ref r)) {
            return null; // writes to primitives are silently dropped in sloppy scripts
        }
        HeapCell c = heap.get(r);
        if (c instanceof JsArray a) {
            long i = Values.arrayIndex(key);
            if ((i >= 0 || "length".equals(key)) && a.props.find("@@frozen") >= 0) {
                return null; // a frozen array ignores writes (sloppy-mode scripts)
            }
            if (i >= 0) {
                if (i >= a.length + (long) JsArray.MAX_GAP) {
                    throw rangeError("not supported in scenarios: sparse arrays (index " + i + " is far past the end).");
                }
                heap.<JsArray>w(r).setElement((int) i, value);
                return null;
            }
            if ("length".equals(key)) {
                double n = toNumber(value);
                if (n != Math.floor(n) || n < 0 || n > Integer.MAX_VALUE - 8) {
                    throw rangeError("Invalid array length");
                }
                heap.<JsArray>w(r).setLength((int) n);
                return null;
            }
        } else if (c instanceof JsTypedArray ta) {
            double nk = numericKey(key);
            long i = !Double.isNaN(nk) && nk == Math.floor(nk) && nk >= 0 && nk < ta.length && !(nk == 0 && 1 / nk < 0)
                ? (long) nk : -2;
            if (i >= 0 || key instanceof Double || !Double.isNaN(nk)) {
                double num = toNumber(value);
                if (i < 0 || i >= ta.length) {
                    return null; // out of range: ignored, as for any integer-indexed exotic object
                }
                int byteIndex = ta.byteOffset + (int) i * ta.type.byteSize();
                long raw = ta.type.toRaw(num);
                if (ta.shared) {
                    Object done = sharedAccess(new Request.Write(currentPos(), viewName(), (int) i, ta.block, ta.type, byteIndex,
                        raw, false, value));
                    return done instanceof Suspend ? done : null;
                }
                JsArrayBuffer ab = heap.w(ta.buffer);
                ab.bytes = ab.bytes.writeRaw(owner, byteIndex, ta.type.byteSize(), raw);
                return null;
            }
            if (isTypedArrayOwn((String) key)) {
                return null;
            }
        }
        String name = keyString(key);
        JsObject o = (JsObject) c;
        int idx = o.props.find(name);
        if (idx >= 0) {
            Object cur = o.props.value(idx);
            if (cur instanceof PropMap.Accessor acc) {
                return acc.setter() == null ? null : acc;
            }
            if ((o.props.flags(idx) & PropMap.WRITABLE) == 0) {
                return null;
            }
            heap.<JsObject>w(r).props.setValueAt(idx, value);
            return null;
        }
        for (Ref p = o.proto; p != null; ) {
            JsObject po = heap.get(p);
            Object inherited = po.props.get(name);
            if (inherited instanceof PropMap.Accessor acc) {
                return acc.setter() == null ? null : acc;
            }
            if (inherited != null) {
                break;
            }
            p = po.proto;
        }
        if (!o.extensible) {
            return null;
        }
        if (c instanceof JsFunction && "prototype".equals(name)) {
            heap.<JsObject>w(r).props.define(name, value, PropMap.WRITABLE);
            return null;
        }
        heap.<JsObject>w(r).props.put(name, value);
        return null;
    }

    private static boolean isTypedArrayOwn(String key) {
        return switch (key) {
            case "length", "byteLength", "byteOffset", "buffer" -> true;
            default -> false;
        };
    }

    /** [[Set]] for built-ins: setters are called, shared elements are poked. */
    public void put(Object obj, Object key, Object value) {
        Object r = assign(obj, key, value);
        if (r instanceof PropMap.Accessor a) {
            call(a.setter(), obj, value);
        } else if (r instanceof Suspend s) {
            JsTypedArray ta = heap.get((Ref) obj);
            Request.Write w = (Request.Write) s.request();
            poke(ta, (w.byteIndex() - ta.byteOffset) / ta.type.byteSize(), toNumber(value));
        }
    }

    /** Defines an own data property (object literals, class fields). */
    public void define(Ref obj, Object key, Object value) {
        HeapCell c = heap.get(obj);
        if (c instanceof JsArray) {
            long i = Values.arrayIndex(key);
            if (i >= 0 || "length".equals(key)) {
                assign(obj, key, value);
                return;
            }
        }
        heap.<JsObject>w(obj).props.define(keyString(key), value, PropMap.DEFAULT);
    }

    public boolean delete(Object obj, Object key) {
        if (!(obj instanceof Ref r)) {
            if (Values.isNullish(obj)) {
                throw typeError("Cannot convert " + obj + " to object");
            }
            return true;
        }
        HeapCell c = heap.get(r);
        if (c instanceof JsArray a) {
            long i = Values.arrayIndex(key);
            if (i >= 0) {
                if (i < a.length) {
                    heap.<JsArray>w(r).elements[(int) i] = Undefined.HOLE;
                }
                return true;
            }
        }
        if (c instanceof JsTypedArray && Values.arrayIndex(key) >= 0) {
            return false;
        }
        JsObject o = (JsObject) c;
        String name = keyString(key);
        int idx = o.props.find(name);
        if (idx < 0) {
            return true;
        }
        if ((o.props.flags(idx) & PropMap.CONFIGURABLE) == 0) {
            return false;
        }
        heap.<JsObject>w(r).props.remove(name);
        return true;
    }

    /** Own enumerable string keys in JavaScript order (indexes first). */
    public List<String> ownKeys(Ref r, boolean enumerableOnly) {
        List<String> keys = new ArrayList<>();
        HeapCell c = heap.get(r);
        if (c instanceof JsArray a) {
            for (int i = 0; i < a.length; i++) {
                if (a.elements[i] != Undefined.HOLE) {
                    keys.add(Integer.toString(i));
                }
            }
        } else if (c instanceof JsTypedArray ta) {
            for (int i = 0; i < ta.length; i++) {
                keys.add(Integer.toString(i));
            }
        }
        PropMap m = ((JsObject) c).props;
        List<String> named = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            if ((!enumerableOnly || (m.flags(i) & PropMap.ENUMERABLE) != 0) && !m.key(i).startsWith("@@")) {
                String k = m.key(i);
                if (Values.arrayIndex(k) >= 0) {
                    keys.add(k);
                } else {
                    named.add(k);
                }
            }
        }
        if (!(c instanceof JsArray) && !(c instanceof JsTypedArray)) {
            keys.sort((x, y) -> Long.compare(Values.arrayIndex(x), Values.arrayIndex(y)));
        }
        keys.addAll(named);
        return keys;
    }

    /** Elements of an array-like (for spread, apply, structured clone of arrays). */
    public List<Object> listFrom(Object v) {
        List<Object> out = new ArrayList<>();
        if (v instanceof Ref r && heap.get(r) instanceof JsArray a) {
            for (int i = 0; i < a.length; i++) {
                Object e = a.elements[i];
                out.add(e == Undefined.HOLE ? Undefined.UNDEFINED : e);
            }
            return out;
        }
        if (v instanceof String s) {
            s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
            return out;
        }
        if (v instanceof Ref r && heap.get(r) instanceof JsTypedArray ta) {
            for (int i = 0; i < ta.length; i++) {
                out.add(get(r, (double) i));
            }
            return out;
        }
        if (v instanceof Ref) {
            Iter it = iterator(v);
            for (Iter.Next n = it.advance(this); n != null; n = n.iter().advance(this)) {
                out.add(n.value());
            }
            return out;
        }
        throw typeError(describe(v) + " is not iterable");
    }

    /** A short description of a value for error messages. */
    public String describe(Object v) {
        if (v instanceof String s) {
            return "\"" + s + "\"";
        }
        if (v instanceof Ref r) {
            HeapCell c = heap.get(r);
            if (c instanceof JsFunction f) {
                return "function " + f.functionName();
            }
            return c instanceof JsObject o ? "[object " + o.className + "]" : "object";
        }
        return Values.primitiveToString(v);
    }

    // ------------------------------------------------------------------ iteration

    /** The iterator for for-of and spread. */
    public Iter iterator(Object v) {
        if (v instanceof String) {
            return new Iter.Items(listFrom(v).toArray(), 0);
        }
        if (v instanceof Ref r) {
            HeapCell c = heap.get(r);
            if (c instanceof JsArray || c instanceof JsTypedArray) {
                return new Iter.Indexed(r, 0);
            }
            Object iterFn = get(v, "@@iterator");
            if (isCallable(iterFn)) {
                return new Iter.Protocol(call(iterFn, v));
            }
        }
        throw typeError(describe(v) + " is not iterable");
    }
}
