package org.atomiscope.js;

import org.atomiscope.compile.Code;

/**
 * A function object: a closure over compiled code, a native built-in, or a bound function.
 * {@code name}, {@code length} and {@code prototype} are materialised lazily by the interpreter.
 */
public final class JsFunction extends JsObject {
    public enum Kind { CLOSURE, NATIVE, BOUND }

    public final Kind kind;
    // CLOSURE
    public final Code code;
    public final Ref scope;
    /** An arrow function's lexical {@code this}, captured when it was created. */
    public final Object capturedThis;
    /** Where {@code super.x} looks: the prototype (or object) the method was defined on. */
    public Ref homeObject;
    // NATIVE
    public final Native nativeImpl;
    public final boolean constructor;
    public final String nativeName;
    public final int nativeLength;
    // BOUND
    public final Ref target;
    public final Object boundThis;
    public final Object[] boundArgs;

    private JsFunction(Ref proto, Kind kind, Code code, Ref scope, Object capturedThis, Native nativeImpl,
                       boolean constructor, String nativeName, int nativeLength, Ref target, Object boundThis,
                       Object[] boundArgs) {
        super(proto);
        this.kind = kind;
        this.code = code;
        this.scope = scope;
        this.capturedThis = capturedThis;
        this.nativeImpl = nativeImpl;
        this.constructor = constructor;
        this.nativeName = nativeName;
        this.nativeLength = nativeLength;
        this.target = target;
        this.boundThis = boundThis;
        this.boundArgs = boundArgs;
        this.className = "Function";
    }

    public static JsFunction closure(Ref proto, Code code, Ref scope, Object capturedThis) {
        return new JsFunction(proto, Kind.CLOSURE, code, scope, capturedThis, null,
            !code.arrow, null, 0, null, null, null);
    }

    public static JsFunction nativeFunction(Ref proto, String name, int length, boolean constructor, Native impl) {
        return new JsFunction(proto, Kind.NATIVE, null, null, null, impl, constructor, name, length, null, null, null);
    }

    public static JsFunction bound(Ref proto, Ref target, Object boundThis, Object[] boundArgs, boolean constructor) {
        return new JsFunction(proto, Kind.BOUND, null, null, null, null, constructor, null, 0, target, boundThis,
            boundArgs);
    }

    public String functionName() {
        return switch (kind) {
            case CLOSURE -> code.name;
            case NATIVE -> nativeName;
            case BOUND -> "bound";
        };
    }

    public boolean isConstructor() {
        return constructor;
    }
}
