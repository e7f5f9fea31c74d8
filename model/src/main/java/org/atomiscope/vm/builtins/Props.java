package org.atomiscope.vm.builtins;

import java.util.ArrayList;
import java.util.List;
import org.atomiscope.js.HeapCell;
import org.atomiscope.js.JsArray;
import org.atomiscope.js.JsFunction;
import org.atomiscope.js.JsObject;
import org.atomiscope.js.JsTypedArray;
import org.atomiscope.js.PropMap;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Undefined;
import org.atomiscope.vm.Interpreter;
import org.atomiscope.vm.Values;

/**
 * Own-property helpers the standard library shares: argument access, property descriptors that
 * include the properties an object does not keep in its {@link PropMap} (array elements, lengths,
 * function names), and key lists without the engine's symbol stand-ins.
 *
 * <p>The scenario language has no symbols; well-known symbols are spelled as string keys
 * {@code "@@iterator"}, {@code "@@toStringTag"}. Keys beginning with {@code "@@"} are also used for
 * the library's hidden internal state (a Map's entries, the random seed), so every key listing
 * here leaves them out.
 */
final class Props {
    private Props() {}

    /** The marker property that makes an array frozen (its elements are not in the property map). */
    static final String FROZEN = "@@frozen";

    static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : Undefined.UNDEFINED;
    }

    static boolean isSymbolKey(String key) {
        return key.startsWith("@@");
    }

    /** An own property: a data value or an accessor, with its attribute flags. */
    record Desc(Object value, PropMap.Accessor accessor, byte flags) {
        boolean writable() {
            return (flags & PropMap.WRITABLE) != 0;
        }

        boolean enumerable() {
            return (flags & PropMap.ENUMERABLE) != 0;
        }

        boolean configurable() {
            return (flags & PropMap.CONFIGURABLE) != 0;
        }
    }

    /** The own property {@code key} of {@code r}, or null. Typed-array elements are read with get (peek). */
    static Desc own(Interpreter in, Ref r, String key) {
        HeapCell c = in.heap.get(r);
        if (c instanceof JsArray a) {
            long i = Values.arrayIndex(key);
            if (i >= 0) {
                if (i < a.length && a.elements[(int) i] != Undefined.HOLE) {
                    return new Desc(a.elements[(int) i], null, frozen(a) ? PropMap.ENUMERABLE : PropMap.DEFAULT);
                }
                return null;
            }
            if ("length".equals(key)) {
                return new Desc((double) a.length, null, frozen(a) ? 0 : PropMap.WRITABLE);
            }
        } else if (c instanceof JsTypedArray ta) {
            long i = Values.arrayIndex(key);
            if (i >= 0) {
                return i < ta.length ? new Desc(in.get(r, (double) i), null, (byte) (PropMap.WRITABLE | PropMap.ENUMERABLE
                    | PropMap.CONFIGURABLE)) : null;
            }
        } else if (c instanceof JsFunction f) {
            PropMap m = f.props;
            if ("name".equals(key) && m.find("name") < 0) {
                return new Desc(f.functionName(), null, PropMap.CONFIGURABLE);
            }
            if ("length".equals(key) && m.find("length") < 0) {
                return new Desc(in.get(r, "length"), null, PropMap.CONFIGURABLE);
            }
            if ("prototype".equals(key) && m.find("prototype") < 0 && f.kind == JsFunction.Kind.CLOSURE && f.isConstructor()) {
                in.get(r, "prototype"); // materialises it
            }
        }
        PropMap m = ((JsObject) in.heap.get(r)).props;
        int i = m.find(key);
        if (i < 0) {
            return null;
        }
        Object v = m.value(i);
        return v instanceof PropMap.Accessor acc ? new Desc(null, acc, m.flags(i)) : new Desc(v, null, m.flags(i));
    }

    static boolean frozen(JsObject o) {
        return o.props.find(FROZEN) >= 0;
    }

    /** Own string keys in property order, without symbol stand-ins; arrays add "length" when all are asked for. */
    static List<String> keys(Interpreter in, Ref r, boolean enumerableOnly) {
        List<String> out = new ArrayList<>();
        for (String k : in.ownKeys(r, enumerableOnly)) {
            if (!isSymbolKey(k)) {
                out.add(k);
            }
        }
        if (!enumerableOnly) {
            HeapCell c = in.heap.get(r);
            if (c instanceof JsArray) {
                int at = 0;
                while (at < out.size() && Values.arrayIndex(out.get(at)) >= 0) {
                    at++;
                }
                out.add(at, "length");
            } else if (c instanceof JsFunction f) {
                if (f.props.find("name") < 0) {
                    out.add(0, "name");
                }
                if (f.props.find("length") < 0) {
                    out.add(0, "length");
                }
            }
        }
        return out;
    }

    /** Keys of a value for Object.keys and friends: strings list their indexes, other primitives nothing. */
    static List<String> keysOf(Interpreter in, Object v, boolean enumerableOnly, String method) {
        if (v instanceof Ref r) {
            return keys(in, r, enumerableOnly);
        }
        if (Values.isNullish(v)) {
            throw in.typeError("Cannot convert undefined or null to object (in " + method + ")");
        }
        List<String> out = new ArrayList<>();
        if (v instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                out.add(Integer.toString(i));
            }
            if (!enumerableOnly) {
                out.add("length");
            }
        }
        return out;
    }

    /** Defines a hidden (non-enumerable, writable, configurable) own data property. */
    static void hide(Interpreter in, Ref r, String key, Object value) {
        in.heap.<JsObject>w(r).props.define(key, value, PropMap.HIDDEN);
    }

    /** The constructor name a value was made by (own "constructor" up the chain), or null. */
    static String constructorName(Interpreter in, Ref r) {
        for (Ref o = r; o != null; o = in.heap.<JsObject>get(o).proto) {
            Object c = in.heap.<JsObject>get(o).props.get("constructor");
            if (c instanceof Ref cr && in.heap.get(cr) instanceof JsFunction f && !f.functionName().isEmpty()
                    && instanceOf(in, r, cr)) {
                return f.functionName();
            }
        }
        return null;
    }

    /** Prototype-chain test without calling user code. */
    static boolean instanceOf(Interpreter in, Ref v, Ref ctor) {
        Object p = in.heap.<JsObject>get(ctor).props.get("prototype");
        if (!(p instanceof Ref proto)) {
            return false;
        }
        for (Ref o = in.heap.<JsObject>get(v).proto; o != null; o = in.heap.<JsObject>get(o).proto) {
            if (o == proto) {
                return true;
            }
        }
        return false;
    }
}
