package org.atomiscope.vm.builtins;

import static org.atomiscope.vm.builtins.Props.arg;

import org.atomiscope.js.HeapCell;
import org.atomiscope.js.JsArray;
import org.atomiscope.js.JsArrayBuffer;
import org.atomiscope.js.JsFunction;
import org.atomiscope.js.JsObject;
import org.atomiscope.js.JsTypedArray;
import org.atomiscope.js.PropMap;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Undefined;
import org.atomiscope.vm.Interpreter;
import org.atomiscope.vm.RealmBuilder;
import org.atomiscope.vm.Values;

/**
 * Object and Object.prototype (ECMA-262 §20.1). Array elements live outside the property map, so
 * freezing an array sets a hidden marker that the array built-ins honour (see {@link Props#FROZEN}).
 */
public final class ObjectBuiltins {
    private ObjectBuiltins() {}

    public static void install(RealmBuilder rb) {
        Ref proto = rb.realm.objectProto;
        Ref ctor = rb.constructor("Object", 1, proto, (in, self, args) -> {
            Object v = arg(args, 0);
            if (in.newTarget != null && in.newTarget != in.realm.constructors.get("Object")) {
                return in.newObject(in.prototypeFor(in.newTarget));
            }
            return v instanceof Ref ? v : in.newObject(); // primitives are not boxed in scenarios
        });
        rb.method(ctor, "keys", 1, (in, self, args) -> in.newArray(Props.keysOf(in, arg(args, 0), true, "Object.keys").toArray()));
        rb.method(ctor, "values", 1, (in, self, args) -> {
            Object o = arg(args, 0);
            return in.newArray(Props.keysOf(in, o, true, "Object.values").stream().map(k -> in.get(o, k)).toArray());
        });
        rb.method(ctor, "entries", 1, (in, self, args) -> {
            Object o = arg(args, 0);
            return in.newArray(Props.keysOf(in, o, true, "Object.entries").stream()
                .map(k -> (Object) in.newArray(k, in.get(o, k))).toArray());
        });
        rb.method(ctor, "getOwnPropertyNames", 1,
            (in, self, args) -> in.newArray(Props.keysOf(in, arg(args, 0), false, "Object.getOwnPropertyNames").toArray()));
        rb.method(ctor, "assign", 2, (in, self, args) -> {
            Ref target = in.toObject(arg(args, 0), "Object.assign");
            for (int i = 1; i < args.length; i++) {
                Object src = args[i];
                if (Values.isNullish(src)) {
                    continue;
                }
                for (String k : Props.keysOf(in, src, true, "Object.assign")) {
                    in.put(target, k, in.get(src, k));
                }
            }
            return target;
        });
        rb.method(ctor, "freeze", 1, (in, self, args) -> integrity(in, arg(args, 0), true));
        rb.method(ctor, "seal", 1, (in, self, args) -> integrity(in, arg(args, 0), false));
        rb.method(ctor, "preventExtensions", 1, (in, self, args) -> {
            if (arg(args, 0) instanceof Ref r) {
                in.heap.<JsObject>w(r).extensible = false;
            }
            return arg(args, 0);
        });
        rb.method(ctor, "isFrozen", 1, (in, self, args) -> testIntegrity(in, arg(args, 0), true));
        rb.method(ctor, "isSealed", 1, (in, self, args) -> testIntegrity(in, arg(args, 0), false));
        rb.method(ctor, "isExtensible", 1, (in, self, args) -> arg(args, 0) instanceof Ref r && in.heap.<JsObject>get(r).extensible);
        rb.method(ctor, "create", 2, (in, self, args) -> {
            Object p = arg(args, 0);
            if (!(p instanceof Ref) && p != Undefined.NULL) {
                throw in.typeError("Object prototype may only be an Object or null: " + in.describe(p));
            }
            Ref o = in.newObject(p instanceof Ref pr ? pr : null);
            if (arg(args, 1) != Undefined.UNDEFINED) {
                defineProperties(in, o, arg(args, 1));
            }
            return o;
        });
        rb.method(ctor, "getPrototypeOf", 1, (in, self, args) -> protoOf(in, arg(args, 0)));
        rb.method(ctor, "setPrototypeOf", 2, (in, self, args) -> {
            Object o = arg(args, 0);
            Object p = arg(args, 1);
            if (Values.isNullish(o)) {
                throw in.typeError("Object.setPrototypeOf called on null or undefined");
            }
            if (!(p instanceof Ref) && p != Undefined.NULL) {
                throw in.typeError("Object prototype may only be an Object or null: " + in.describe(p));
            }
            if (o instanceof Ref r) {
                setProto(in, r, p instanceof Ref pr ? pr : null);
            }
            return o;
        });
        rb.method(ctor, "defineProperty", 3, (in, self, args) -> {
            if (!(arg(args, 0) instanceof Ref r)) {
                throw in.typeError("Object.defineProperty called on non-object");
            }
            defineOwn(in, r, in.keyString(in.toKey(arg(args, 1))), arg(args, 2));
            return r;
        });
        rb.method(ctor, "defineProperties", 2, (in, self, args) -> {
            if (!(arg(args, 0) instanceof Ref r)) {
                throw in.typeError("Object.defineProperties called on non-object");
            }
            defineProperties(in, r, arg(args, 1));
            return r;
        });
        rb.method(ctor, "getOwnPropertyDescriptor", 2, (in, self, args) -> {
            Object o = arg(args, 0);
            String key = in.keyString(in.toKey(arg(args, 1)));
            return o instanceof Ref r ? descriptorObject(in, Props.own(in, r, key)) : primitiveDescriptor(in, o, key);
        });
        rb.method(ctor, "getOwnPropertyDescriptors", 1, (in, self, args) -> {
            Ref r = in.toObject(arg(args, 0), "Object.getOwnPropertyDescriptors");
            Ref out = in.newObject();
            for (String k : Props.keys(in, r, false)) {
                in.define(out, k, descriptorObject(in, Props.own(in, r, k)));
            }
            return out;
        });
        rb.method(ctor, "fromEntries", 1, (in, self, args) -> {
            Ref out = in.newObject();
            for (Object e : in.listFrom(arg(args, 0))) {
                if (!(e instanceof Ref)) {
                    throw in.typeError("Iterator value " + in.describe(e) + " is not an entry object");
                }
                in.define(out, in.keyString(in.toKey(in.get(e, 0.0))), in.get(e, 1.0));
            }
            return out;
        });
        rb.method(ctor, "is", 2, (in, self, args) -> sameValue(arg(args, 0), arg(args, 1)));
        rb.method(ctor, "hasOwn", 2, (in, self, args) -> {
            Object o = arg(args, 0);
            Ref r = in.toObject(o, "Object.hasOwn");
            return Props.own(in, r, in.keyString(in.toKey(arg(args, 1)))) != null;
        });

        rb.method(proto, "hasOwnProperty", 1, (in, self, args) -> {
            String key = in.keyString(in.toKey(arg(args, 0)));
            if (self instanceof String s) {
                return "length".equals(key) || Values.arrayIndex(key) >= 0 && Values.arrayIndex(key) < s.length();
            }
            return self instanceof Ref r && Props.own(in, r, key) != null;
        });
        rb.method(proto, "isPrototypeOf", 1, (in, self, args) -> {
            if (!(arg(args, 0) instanceof Ref v) || !(self instanceof Ref p)) {
                return false;
            }
            for (Ref o = in.heap.<JsObject>get(v).proto; o != null; o = in.heap.<JsObject>get(o).proto) {
                if (o == p) {
                    return true;
                }
            }
            return false;
        });
        rb.method(proto, "propertyIsEnumerable", 1, (in, self, args) -> {
            String key = in.keyString(in.toKey(arg(args, 0)));
            if (self instanceof String s) {
                return Values.arrayIndex(key) >= 0 && Values.arrayIndex(key) < s.length();
            }
            Props.Desc d = self instanceof Ref r ? Props.own(in, r, key) : null;
            return d != null && d.enumerable() && !Props.isSymbolKey(key);
        });
        rb.method(proto, "toString", 0, (in, self, args) -> "[object " + toStringTag(in, self) + "]");
        rb.method(proto, "toLocaleString", 0, (in, self, args) -> in.call(in.get(self, "toString"), self));
        rb.method(proto, "valueOf", 0, (in, self, args) -> {
            if (Values.isNullish(self)) {
                throw in.typeError("Cannot convert undefined or null to object");
            }
            return self;
        });
        Ref getProto = rb.in.newFunction("get __proto__", 0, (in, self, args) -> protoOf(in, self));
        Ref setProto = rb.in.newFunction("set __proto__", 1, (in, self, args) -> {
            if (self instanceof Ref r && (arg(args, 0) instanceof Ref || arg(args, 0) == Undefined.NULL)) {
                setProto(in, r, arg(args, 0) instanceof Ref p ? p : null);
            }
            return Undefined.UNDEFINED;
        });
        rb.heap.<JsObject>w(proto).props.define("__proto__", new PropMap.Accessor(getProto, setProto), PropMap.HIDDEN);
    }

    static boolean sameValue(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return Double.doubleToLongBits(x) == Double.doubleToLongBits(y);
        }
        return Values.strictEquals(a, b);
    }

    private static Object protoOf(Interpreter in, Object v) {
        if (Values.isNullish(v)) {
            throw in.typeError("Cannot convert undefined or null to object");
        }
        Ref p;
        if (v instanceof Ref r) {
            p = in.heap.<JsObject>get(r).proto;
        } else if (v instanceof String) {
            p = in.realm.stringProto;
        } else if (v instanceof Double) {
            p = in.realm.numberProto;
        } else {
            p = in.realm.booleanProto;
        }
        return p == null ? Undefined.NULL : p;
    }

    private static void setProto(Interpreter in, Ref r, Ref p) {
        for (Ref o = p; o != null; o = in.heap.<JsObject>get(o).proto) {
            if (o == r) {
                throw in.typeError("Cyclic __proto__ value");
            }
        }
        JsObject o = in.heap.get(r);
        if (o.proto == p) {
            return;
        }
        if (!o.extensible) {
            throw in.typeError(in.describe(r) + " is not extensible");
        }
        in.heap.<JsObject>w(r).proto = p;
    }

    /** The [[Class]]-like word of Object.prototype.toString: a toStringTag, else the built-in kind. */
    static String toStringTag(Interpreter in, Object v) {
        if (v == Undefined.UNDEFINED) {
            return "Undefined";
        }
        if (v == Undefined.NULL) {
            return "Null";
        }
        if (!(v instanceof Ref r)) {
            return v instanceof String ? "String" : v instanceof Double ? "Number" : "Boolean";
        }
        Object tag = in.get(r, "@@toStringTag");
        if (tag instanceof String s) {
            return s;
        }
        HeapCell c = in.heap.get(r);
        if (c instanceof JsArray) {
            return "Array";
        }
        if (c instanceof JsFunction) {
            return "Function";
        }
        if (c instanceof JsTypedArray || c instanceof JsArrayBuffer) {
            return ((JsObject) c).className;
        }
        String cls = ((JsObject) c).className;
        return switch (cls) {
            case "Error", "Date", "global" -> cls;
            default -> "Object";
        };
    }

    // ------------------------------------------------------------------ integrity levels

    private static Object integrity(Interpreter in, Object v, boolean freeze) {
        if (!(v instanceof Ref r)) {
            return v;
        }
        HeapCell c = in.heap.get(r);
        if (c instanceof JsTypedArray ta && ta.length > 0) {
            throw in.typeError("Cannot " + (freeze ? "freeze" : "seal") + " array buffer views with elements");
        }
        JsObject o = in.heap.w(r);
        o.extensible = false;
        for (int i = 0; i < o.props.size(); i++) {
            byte f = o.props.flags(i);
            f &= ~PropMap.CONFIGURABLE;
            if (freeze && !(o.props.value(i) instanceof PropMap.Accessor)) {
                f &= ~PropMap.WRITABLE;
            }
            o.props.setFlagsAt(i, f);
        }
        if (freeze && o instanceof JsArray) {
            o.props.define(Props.FROZEN, Boolean.TRUE, (byte) 0);
        }
        return r;
    }

    private static boolean testIntegrity(Interpreter in, Object v, boolean frozen) {
        if (!(v instanceof Ref r)) {
            return true;
        }
        JsObject o = in.heap.get(r);
        if (o.extensible) {
            return false;
        }
        if (frozen && o instanceof JsArray a && a.length > 0 && !Props.frozen(a)) {
            return false;
        }
        if (o instanceof JsTypedArray ta && ta.length > 0) {
            return false;
        }
        for (int i = 0; i < o.props.size(); i++) {
            byte f = o.props.flags(i);
            if ((f & PropMap.CONFIGURABLE) != 0) {
                return false;
            }
            if (frozen && (f & PropMap.WRITABLE) != 0 && !(o.props.value(i) instanceof PropMap.Accessor)) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ descriptors

    private static void defineProperties(Interpreter in, Ref target, Object props) {
        Ref p = in.toObject(props, "Object.defineProperties");
        for (String k : Props.keys(in, p, true)) {
            defineOwn(in, target, k, in.get(p, k));
        }
    }

    /** ValidateAndApplyPropertyDescriptor, simplified: redefining a non-configurable property is refused. */
    static void defineOwn(Interpreter in, Ref r, String key, Object descObj) {
        if (!(descObj instanceof Ref d)) {
            throw in.typeError("Property description must be an object: " + in.describe(descObj));
        }
        boolean hasValue = in.has(d, "value");
        boolean hasGet = in.has(d, "get");
        boolean hasSet = in.has(d, "set");
        Object getter = hasGet ? in.get(d, "get") : Undefined.UNDEFINED;
        Object setter = hasSet ? in.get(d, "set") : Undefined.UNDEFINED;
        if ((hasGet || hasSet) && (hasValue || in.has(d, "writable"))) {
            throw in.typeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute");
        }
        if (hasGet && getter != Undefined.UNDEFINED && !in.isCallable(getter)) {
            throw in.typeError("Getter must be a function: " + in.describe(getter));
        }
        if (hasSet && setter != Undefined.UNDEFINED && !in.isCallable(setter)) {
            throw in.typeError("Setter must be a function: " + in.describe(setter));
        }
        HeapCell c = in.heap.get(r);
        if ((c instanceof JsArray && (Values.arrayIndex(key) >= 0 || "length".equals(key)))
                || (c instanceof JsTypedArray && Values.arrayIndex(key) >= 0)) {
            // Elements are kept densely without attributes: only their values can be defined.
            if (hasGet || hasSet) {
                throw in.typeError("not supported in scenarios: a getter or setter on an array element");
            }
            if (c instanceof JsArray a && Props.frozen(a)) {
                throw in.typeError("Cannot redefine property: " + key);
            }
            if (hasValue) {
                in.put(r, key, in.get(d, "value"));
            }
            return;
        }
        Props.Desc cur = Props.own(in, r, key);
        JsObject o = in.heap.get(r);
        if (cur == null && !o.extensible) {
            throw in.typeError("Cannot define property " + key + ", object is not extensible");
        }
        byte flags = cur == null ? 0 : cur.flags();
        flags = flag(in, d, "enumerable", flags, PropMap.ENUMERABLE);
        flags = flag(in, d, "configurable", flags, PropMap.CONFIGURABLE);
        boolean accessor = hasGet || hasSet;
        if (cur != null && !cur.configurable()) {
            boolean curAccessor = cur.accessor() != null;
            boolean bad = (in.has(d, "configurable") && Values.truthy(in.get(d, "configurable")))
                || (in.has(d, "enumerable") && Values.truthy(in.get(d, "enumerable")) != cur.enumerable())
                || (accessor != curAccessor && (accessor || hasValue || in.has(d, "writable")))
                || (!accessor && !curAccessor && !cur.writable()
                    && ((hasValue && !sameValue(in.get(d, "value"), cur.value())) || Values.truthy(in.get(d, "writable"))))
                || (accessor && curAccessor && ((hasGet && nullIfUndefined(getter) != cur.accessor().getter())
                    || (hasSet && nullIfUndefined(setter) != cur.accessor().setter())));
            if (bad) {
                throw in.typeError("Cannot redefine property: " + key);
            }
        }
        Object value;
        if (accessor) {
            flags &= ~PropMap.WRITABLE;
            PropMap.Accessor old = cur != null && cur.accessor() != null ? cur.accessor() : new PropMap.Accessor(null, null);
            value = new PropMap.Accessor(hasGet ? nullIfUndefined(getter) : old.getter(),
                hasSet ? nullIfUndefined(setter) : old.setter());
        } else {
            if (cur != null && cur.accessor() != null) {
                flags &= ~PropMap.WRITABLE; // an accessor turned into a data property starts read-only
            }
            flags = flag(in, d, "writable", flags, PropMap.WRITABLE);
            value = hasValue ? in.get(d, "value") : cur != null && cur.accessor() == null ? cur.value() : Undefined.UNDEFINED;
        }
        in.heap.<JsObject>w(r).props.define(key, value, flags);
    }

    private static Object nullIfUndefined(Object f) {
        return f == Undefined.UNDEFINED ? null : f;
    }

    private static byte flag(Interpreter in, Ref d, String name, byte flags, byte bit) {
        if (!in.has(d, name)) {
            return flags;
        }
        return Values.truthy(in.get(d, name)) ? (byte) (flags | bit) : (byte) (flags & ~bit);
    }

    static Object descriptorObject(Interpreter in, Props.Desc d) {
        if (d == null) {
            return Undefined.UNDEFINED;
        }
        Ref o = in.newObject();
        if (d.accessor() != null) {
            in.define(o, "get", d.accessor().getter() == null ? Undefined.UNDEFINED : d.accessor().getter());
            in.define(o, "set", d.accessor().setter() == null ? Undefined.UNDEFINED : d.accessor().setter());
        } else {
            in.define(o, "value", d.value());
            in.define(o, "writable", d.writable());
        }
        in.define(o, "enumerable", d.enumerable());
        in.define(o, "configurable", d.configurable());
        return o;
    }

    private static Object primitiveDescriptor(Interpreter in, Object v, String key) {
        if (Values.isNullish(v)) {
            throw in.typeError("Cannot convert undefined or null to object");
        }
        if (v instanceof String s) {
            long i = Values.arrayIndex(key);
            if (i >= 0 && i < s.length()) {
                return descriptorObject(in, new Props.Desc(String.valueOf(s.charAt((int) i)), null, PropMap.ENUMERABLE));
            }
            if ("length".equals(key)) {
                return descriptorObject(in, new Props.Desc((double) s.length(), null, (byte) 0));
            }
        }
        return Undefined.UNDEFINED;
    }
}
