package org.atomiscope.vm.builtins;

import static org.atomiscope.vm.builtins.Props.arg;

import java.util.Arrays;
import org.atomiscope.js.JsFunction;
import org.atomiscope.js.JsObject;
import org.atomiscope.js.JsTypedArray;
import org.atomiscope.js.PropMap;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Undefined;
import org.atomiscope.vm.RealmBuilder;
import org.atomiscope.vm.TailCall;

/**
 * Small globals the rest needs: the well-known symbols (spelled as "@@" string keys, since the
 * scenario language has no symbols), a Function constructor that only links Function.prototype,
 * Reflect, and the hidden helpers prelude.js picks up from {@code globalThis.__stdlib} and deletes.
 */
public final class MiscBuiltins {
    private MiscBuiltins() {}

    /** Where prelude.js finds its native helpers; the prelude removes it from the global object. */
    static final String HELPERS = "__stdlib";

    public static void install(RealmBuilder rb) {
        Ref global = rb.realm.global;
        Ref symbol = rb.method(global, "Symbol", 0, (in, self, args) -> {
            throw in.typeError("not supported in scenarios: creating symbols (only Symbol.iterator and "
                + "Symbol.toStringTag exist, as the keys '@@iterator' and '@@toStringTag')");
        });
        for (String wellKnown : new String[] {"iterator", "toStringTag", "asyncIterator", "hasInstance", "toPrimitive", "species"}) {
            rb.heap.<JsObject>w(symbol).props.define(wellKnown, "@@" + wellKnown, (byte) 0);
        }

        rb.constructor("Function", 1, rb.realm.functionProto, (in, self, args) -> {
            throw in.typeError("not supported in scenarios: the Function constructor (code in a string)");
        });

        Ref reflect = rb.namespace("Reflect");
        rb.value(reflect, "@@toStringTag", "Reflect");
        rb.method(reflect, "ownKeys", 1, (in, self, args) -> {
            Ref r = target(in, arg(args, 0), "ownKeys");
            return in.newArray(Props.keys(in, r, false).toArray());
        });
        rb.method(reflect, "has", 2, (in, self, args) -> in.has(target(in, arg(args, 0), "has"), in.toKey(arg(args, 1))));
        rb.method(reflect, "get", 2, (in, self, args) -> in.get(target(in, arg(args, 0), "get"), in.toKey(arg(args, 1))));
        rb.method(reflect, "set", 3, (in, self, args) -> {
            Ref r = target(in, arg(args, 0), "set");
            String key = in.keyString(in.toKey(arg(args, 1)));
            Props.Desc d = Props.own(in, r, key);
            if (d != null && d.accessor() == null && !d.writable()) {
                return false;
            }
            in.put(r, key, arg(args, 2));
            return true;
        });
        rb.method(reflect, "getPrototypeOf", 1, (in, self, args) -> {
            Ref p = in.heap.<JsObject>get(target(in, arg(args, 0), "getPrototypeOf")).proto;
            return p == null ? Undefined.NULL : p;
        });
        rb.method(reflect, "deleteProperty", 2,
            (in, self, args) -> in.delete(target(in, arg(args, 0), "deleteProperty"), in.toKey(arg(args, 1))));
        rb.method(reflect, "apply", 3, (in, self, args) -> {
            Object list = arg(args, 2);
            return new TailCall(arg(args, 0), arg(args, 1), list instanceof Ref ? in.listFrom(list).toArray() : new Object[0]);
        });
        rb.method(reflect, "construct", 2, (in, self, args) -> {
            Object list = arg(args, 1);
            return in.construct(arg(args, 0), list instanceof Ref ? in.listFrom(list).toArray() : new Object[0]);
        });

        Ref h = rb.namespace(HELPERS);
        rb.method(h, "init", 2, (in, self, args) -> {
            in.heap.<JsObject>w((Ref) args[0]).className = in.toStr(args[1]);
            return Undefined.UNDEFINED;
        });
        rb.method(h, "hide", 3, (in, self, args) -> {
            Props.hide(in, (Ref) args[0], in.toStr(args[1]), arg(args, 2));
            return Undefined.UNDEFINED;
        });
        rb.method(h, "find", 2, (in, self, args) -> Collections.find(in, arg(args, 0), arg(args, 1)));
        rb.method(h, "isTypedArray", 1, (in, self, args) -> arg(args, 0) instanceof Ref r && in.heap.get(r) instanceof JsTypedArray);
        rb.method(h, "isClass", 1, (in, self, args) -> arg(args, 0) instanceof Ref r && in.heap.get(r) instanceof JsFunction f
            && f.kind == JsFunction.Kind.CLOSURE && f.code.classConstructor);
        rb.method(h, "describe", 1, (in, self, args) -> {
            Object v = arg(args, 0);
            return v instanceof String s ? "\"" + s + "\"" : v instanceof Ref && !in.isCallable(v)
                ? "#<" + (Props.constructorName(in, (Ref) v) == null ? "Object" : Props.constructorName(in, (Ref) v)) + ">"
                : in.describe(v);
        });
        rb.method(h, "toInteger", 1, (in, self, args) -> in.toIntegerOrInfinity(arg(args, 0)));
        rb.method(h, "hideAll", 1, (in, self, args) -> {
            JsObject o = in.heap.w((Ref) args[0]);
            for (int i = 0; i < o.props.size(); i++) {
                o.props.setFlagsAt(i, (byte) (o.props.flags(i) & ~PropMap.ENUMERABLE));
            }
            return Undefined.UNDEFINED;
        });
        rb.method(h, "args", 0, (in, self, args) -> in.newArray(Arrays.copyOf(args, args.length)));
    }

    private static Ref target(org.atomiscope.vm.Interpreter in, Object v, String method) {
        if (v instanceof Ref r) {
            return r;
        }
        throw in.typeError("Reflect." + method + " called on non-object");
    }
}
