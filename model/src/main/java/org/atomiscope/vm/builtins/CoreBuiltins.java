package org.atomiscope.vm.builtins;

import java.util.Arrays;
import org.atomiscope.js.JsFunction;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Undefined;
import org.atomiscope.vm.Interpreter;
import org.atomiscope.vm.RealmBuilder;
import org.atomiscope.vm.TailCall;

/** Function.prototype: call, apply, bind, toString. */
public final class CoreBuiltins {
    private CoreBuiltins() {}

    public static void install(RealmBuilder rb) {
        Ref fp = rb.realm.functionProto;
        rb.method(fp, "call", 1, (in, self, args) -> {
            requireCallable(in, self, "call");
            Object thisArg = args.length > 0 ? args[0] : Undefined.UNDEFINED;
            return new TailCall(self, thisArg, args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new Object[0]);
        });
        rb.method(fp, "apply", 2, (in, self, args) -> {
            requireCallable(in, self, "apply");
            Object thisArg = args.length > 0 ? args[0] : Undefined.UNDEFINED;
            Object list = args.length > 1 ? args[1] : Undefined.UNDEFINED;
            Object[] callArgs = list == Undefined.UNDEFINED || list == Undefined.NULL ? new Object[0] : in.listFrom(list).toArray();
            return new TailCall(self, thisArg, callArgs);
        });
        rb.method(fp, "bind", 1, (in, self, args) -> {
            requireCallable(in, self, "bind");
            Object thisArg = args.length > 0 ? args[0] : Undefined.UNDEFINED;
            Object[] bound = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new Object[0];
            JsFunction target = in.heap.get((Ref) self);
            return in.heap.alloc(JsFunction.bound(in.realm.functionProto, (Ref) self, thisArg, bound, target.isConstructor()));
        });
        rb.method(fp, "toString", 0, (in, self, args) -> {
            requireCallable(in, self, "toString");
            JsFunction f = in.heap.get((Ref) self);
            return f.kind == JsFunction.Kind.NATIVE ? "function " + f.functionName() + "() { [native code] }"
                : "function " + f.functionName() + "() { ... }";
        });
    }

    private static void requireCallable(Interpreter in, Object self, String method) {
        if (!in.isCallable(self)) {
            throw in.typeError("Function.prototype." + method + " was called on " + in.describe(self) + ", which is not a function");
        }
    }
}
