package org.atomiscope.vm.builtins;

import org.atomiscope.js.JsObject;
import org.atomiscope.js.PropMap;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Undefined;
import org.atomiscope.lang.Pos;
import org.atomiscope.vm.Interpreter;
import org.atomiscope.vm.RealmBuilder;

/** Error and its native subclasses; subclassing them with {@code class X extends Error} works. */
public final class ErrorBuiltins {
    private ErrorBuiltins() {}

    static final String[] SUBTYPES = {"TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError"};

    public static void install(RealmBuilder rb) {
        Ref base = rb.constructor("Error", 1, rb.realm.errorProto, (in, self, args) -> make(in, "Error", args));
        rb.realm.errorProtos.put("Error", rb.realm.errorProto);
        rb.value(rb.realm.errorProto, "name", "Error");
        rb.value(rb.realm.errorProto, "message", "");
        rb.method(rb.realm.errorProto, "toString", 0, (in, self, args) -> {
            Object name = in.get(self, "name");
            Object msg = in.get(self, "message");
            String n = name == Undefined.UNDEFINED ? "Error" : in.toStr(name);
            String m = msg == Undefined.UNDEFINED ? "" : in.toStr(msg);
            return n.isEmpty() ? m : m.isEmpty() ? n : n + ": " + m;
        });
        for (String type : SUBTYPES) {
            Ref proto = rb.proto(type);
            rb.in.heap.<JsObject>w(proto).proto = rb.realm.errorProto;
            rb.value(proto, "name", type);
            rb.value(proto, "message", "");
            Ref ctor = rb.constructor(type, 1, proto, (in, self, args) -> make(in, type, args));
            rb.in.heap.<JsObject>w(ctor).proto = base;
            rb.realm.errorProtos.put(type, proto);
        }
    }

    private static Object make(Interpreter in, String type, Object[] args) {
        Ref proto = in.newTarget != null ? in.prototypeFor(in.newTarget) : in.realm.errorProtos.get(type);
        JsObject e = new JsObject(proto);
        e.className = "Error";
        Ref r = in.heap.alloc(e);
        if (args.length > 0 && args[0] != Undefined.UNDEFINED) {
            in.heap.<JsObject>w(r).props.define("message", in.toStr(args[0]), PropMap.HIDDEN);
        }
        if (args.length > 1 && args[1] instanceof Ref opts) {
            Object cause = in.get(opts, "cause");
            if (cause != Undefined.UNDEFINED) {
                in.heap.<JsObject>w(r).props.define("cause", cause, PropMap.HIDDEN);
            }
        }
        Pos p = in.currentPos();
        if (p != null) {
            in.heap.<JsObject>w(r).props.define("stack", type + "\n    at " + p, PropMap.HIDDEN);
        }
        return r;
    }
}
