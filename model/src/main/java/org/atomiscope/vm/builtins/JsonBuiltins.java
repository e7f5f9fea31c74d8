package org.atomiscope.vm.builtins;

import static org.atomiscope.vm.builtins.Props.arg;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.atomiscope.js.HeapCell;
import org.atomiscope.js.JsArray;
import org.atomiscope.js.JsNumbers;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Undefined;
import org.atomiscope.vm.Interpreter;
import org.atomiscope.vm.RealmBuilder;

/**
 * JSON.stringify and JSON.parse (ECMA-262 §25.5). Replacer and reviver functions and toJSON
 * methods are called as nested calls (they may not touch shared memory); a shared typed array is
 * serialised from the memory as this agent sees it.
 */
public final class JsonBuiltins {
    private JsonBuiltins() {}

    public static void install(RealmBuilder rb) {
        Ref json = rb.namespace("JSON");
        rb.value(json, "@@toStringTag", "JSON");
        rb.method(json, "stringify", 3, (in, self, args) -> stringify(in, arg(args, 0), arg(args, 1), arg(args, 2)));
        rb.method(json, "parse", 2, (in, self, args) -> {
            Object v = new JsonParser(in, in.toStr(arg(args, 0))).parseText();
            Object reviver = arg(args, 1);
            if (!in.isCallable(reviver)) {
                return v;
            }
            Ref root = in.newObject();
            in.define(root, "", v);
            return revive(in, root, "", reviver);
        });
    }

    // ------------------------------------------------------------------ stringify

    /** The state of one JSON.stringify call. */
    private static final class State {
        final Interpreter in;
        final Object replacer;
        final List<String> propertyList;
        final String gap;
        final List<Ref> stack = new ArrayList<>();
        final List<String> stackKeys = new ArrayList<>();
        String indent = "";

        State(Interpreter in, Object replacer, List<String> propertyList, String gap) {
            this.in = in;
            this.replacer = replacer;
            this.propertyList = propertyList;
            this.gap = gap;
        }
    }

    /** JSON.stringify; returns undefined when the value has no JSON form. */
    public static Object stringify(Interpreter in, Object value, Object replacer, Object space) {
        List<String> propertyList = null;
        Object replacerFn = null;
        if (in.isCallable(replacer)) {
            replacerFn = replacer;
        } else if (replacer instanceof Ref r && in.heap.get(r) instanceof JsArray a) {
            LinkedHashSet<String> keys = new LinkedHashSet<>();
            for (int i = 0; i < a.length; i++) {
                Object v = a.elements[i];
                if (v instanceof String || v instanceof Double) {
                    keys.add(in.toStr(v));
                }
            }
            propertyList = new ArrayList<>(keys);
        }
        String gap = "";
        if (space instanceof Double d) {
            gap = " ".repeat((int) Math.max(0, Math.min(10, JsNumbers.toIntegerOrInfinity(d))));
        } else if (space instanceof String s) {
            gap = s.length() > 10 ? s.substring(0, 10) : s;
        }
        State st = new State(in, replacerFn, propertyList, gap);
        Ref wrapper = in.newObject();
        in.define(wrapper, "", value);
        String out = serializeProperty(st, wrapper, "", value);
        return out == null ? Undefined.UNDEFINED : out;
    }

    /** SerializeJSONProperty; null means undefined (the property is left out). */
    private static String serializeProperty(State st, Object holder, String key, Object value) {
        Interpreter in = st.in;
        if (value instanceof Ref) {
            Object toJson = in.get(value, "toJSON");
            if (in.isCallable(toJson)) {
                value = in.call(toJson, value, key);
            }
        }
        if (st.replacer != null) {
            value = in.call(st.replacer, holder, key, value);
        }
        if (value == Undefined.NULL) {
            return "null";
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? JsNumbers.toJsString(d) : "null";
        }
        if (value instanceof Ref r && !in.isCallable(r)) {
            for (int i = 0; i < st.stack.size(); i++) {
                if (st.stack.get(i) == r) {
                    throw in.typeError(circularMessage(st, i, key));
                }
            }
            st.stack.add(r);
            st.stackKeys.add(key);
            try {
                return in.heap.get(r) instanceof JsArray ? serializeArray(st, r) : serializeObject(st, r);
            } finally {
                st.stack.remove(st.stack.size() - 1);
                st.stackKeys.remove(st.stackKeys.size() - 1);
            }
        }
        return null;
    }

    private static String serializeObject(State st, Ref r) {
        Interpreter in = st.in;
        String stepback = st.indent;
        st.indent += st.gap;
        List<String> parts = new ArrayList<>();
        List<String> keys = st.propertyList != null ? st.propertyList : Props.keys(in, r, true);
        for (String k : keys) {
            String v = serializeProperty(st, r, k, in.get(r, k));
            if (v != null) {
                parts.add(quote(k) + ":" + (st.gap.isEmpty() ? "" : " ") + v);
            }
        }
        String out = wrap(st, parts, "{", "}", stepback);
        st.indent = stepback;
        return out;
    }

    private static String serializeArray(State st, Ref r) {
        Interpreter in = st.in;
        String stepback = st.indent;
        st.indent += st.gap;
        List<String> parts = new ArrayList<>();
        int len = in.heap.<JsArray>get(r).length;
        for (int i = 0; i < len; i++) {
            String v = serializeProperty(st, r, Integer.toString(i), in.get(r, (double) i));
            parts.add(v == null ? "null" : v);
        }
        String out = wrap(st, parts, "[", "]", stepback);
        st.indent = stepback;
        return out;
    }

    private static String wrap(State st, List<String> parts, String open, String close, String stepback) {
        if (parts.isEmpty()) {
            return open + close;
        }
        if (st.gap.isEmpty()) {
            return open + String.join(",", parts) + close;
        }
        String sep = ",\n" + st.indent;
        return open + "\n" + st.indent + String.join(sep, parts) + "\n" + stepback + close;
    }

    /** V8's message: where the circle starts, the path through it, and the property that closes it. */
    private static String circularMessage(State st, int start, String closingKey) {
        Interpreter in = st.in;
        StringBuilder sb = new StringBuilder("Converting circular structure to JSON\n    --> starting at object with constructor ")
            .append(ctorText(in, st.stack.get(start)));
        List<String> middle = new ArrayList<>();
        for (int i = start + 1; i < st.stack.size(); i++) {
            middle.add("\n    |     " + keyText(in, st.stack.get(i - 1), st.stackKeys.get(i)) + " -> object with constructor "
                + ctorText(in, st.stack.get(i)));
        }
        if (middle.size() > 3) {
            middle = List.of(middle.get(0), middle.get(1), "\n    |     ...", middle.get(middle.size() - 1));
        }
        middle.forEach(sb::append);
        sb.append("\n    --- ").append(keyText(in, st.stack.get(st.stack.size() - 1), closingKey)).append(" closes the circle");
        return sb.toString();
    }

    private static String ctorText(Interpreter in, Ref r) {
        String name = Props.constructorName(in, r);
        return name == null ? "Object" : "'" + name + "'";
    }

    private static String keyText(Interpreter in, Ref holder, String key) {
        return in.heap.get(holder) instanceof JsArray ? "index " + key : "property '" + key + "'";
    }

    /** QuoteJSONString (§25.5.2.3), including the escapes of lone surrogates. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    boolean lone = Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                        : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || lone) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    // ------------------------------------------------------------------ parse

    /** InternalizeJSONProperty (§25.5.1.1). */
    private static Object revive(Interpreter in, Ref holder, String name, Object reviver) {
        Object val = in.get(holder, name);
        if (val instanceof Ref r) {
            HeapCell c = in.heap.get(r);
            List<String> keys = c instanceof JsArray a ? indexKeys(a.length) : Props.keys(in, r, true);
            for (String k : keys) {
                Object nv = revive(in, r, k, reviver);
                if (nv == Undefined.UNDEFINED) {
                    in.delete(r, k);
                } else {
                    in.define(r, k, nv);
                }
            }
        }
        return in.call(reviver, holder, name, val);
    }

    private static List<String> indexKeys(int n) {
        List<String> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            keys.add(Integer.toString(i));
        }
        return keys;
    }

}
