package org.atomiscope.vm.builtins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import org.atomiscope.buffer.ElementType;
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
import org.atomiscope.vm.Values;

/**
 * One util.inspect call: a port of Node's formatValue / formatRaw / reduceToSingleString
 * (lib/internal/util/inspect.js), so that line breaking and array grouping match Node's output
 * character for character for the values scenarios print. Shared typed-array elements are read
 * as the agent sees memory (a peek, not an event).
 */
final class Inspector {
    private static final int OBJECT = 0;
    private static final int ARRAY = 1;
    private static final int ARRAY_EXTRAS = 2;
    private static final int BREAK_LENGTH = InspectLayout.BREAK_LENGTH;
    private static final int MAX_ARRAY_LENGTH = InspectLayout.MAX_ARRAY_LENGTH;
    private static final int MAX_STRING_LENGTH = 10_000;
    private static final int MIN_LINE_LENGTH = 16;

    private final Interpreter in;
    private final int depth;
    private final boolean showHidden;
    private int indentationLvl;
    private int currentDepth;
    private final List<Ref> seen = new ArrayList<>();
    private Map<Ref, Integer> circular;

    private Inspector(Interpreter in, int depth, boolean showHidden) {
        this.in = in;
        this.depth = depth;
        this.showHidden = showHidden;
    }

    static String inspect(Interpreter in, Object value, int depth, boolean showHidden) {
        return new Inspector(in, depth, showHidden).formatValue(value, 0, false);
    }

    private String formatValue(Object value, int recurseTimes, boolean typedArray) {
        if (!(value instanceof Ref r)) {
            return formatPrimitive(value);
        }
        if (seen.contains(r)) {
            if (circular == null) {
                circular = new HashMap<>();
            }
            int index = circular.computeIfAbsent(r, k -> circular.size() + 1);
            return "[Circular *" + index + "]";
        }
        return formatRaw(r, recurseTimes, typedArray);
    }

    private String formatPrimitive(Object v) {
        if (v instanceof String s) {
            String trailer = "";
            if (s.length() > MAX_STRING_LENGTH) {
                int remaining = s.length() - MAX_STRING_LENGTH;
                s = s.substring(0, MAX_STRING_LENGTH);
                trailer = "... " + remaining + " more character" + (remaining > 1 ? "s" : "");
            }
            if (s.length() > MIN_LINE_LENGTH && s.length() > BREAK_LENGTH - indentationLvl - 4) {
                // Long strings are shown one line of the text per output line.
                List<String> parts = new ArrayList<>();
                int from = 0;
                for (int nl = s.indexOf('\n'); nl >= 0 && nl + 1 < s.length(); nl = s.indexOf('\n', from)) {
                    parts.add(Inspect.strEscape(s.substring(from, nl + 1)));
                    from = nl + 1;
                }
                parts.add(Inspect.strEscape(s.substring(from)));
                return String.join(" +\n" + " ".repeat(indentationLvl + 2), parts) + trailer;
            }
            return Inspect.strEscape(s) + trailer;
        }
        return Inspect.formatPrimitive(v);
    }

    // ------------------------------------------------------------------ objects

    private String formatRaw(Ref r, int recurseTimes, boolean typedArray) {
        JsObject o = in.heap.get(r);
        String constructor = constructorName(r, recurseTimes);
        String tag = tag(r);
        String base = "";
        String[] braces;
        int extrasType = OBJECT;
        List<String> keys;
        Formatter formatter = (rt) -> new ArrayList<>();
        List<String> extraKeys = new ArrayList<>();

        if (o instanceof JsArray a) {
            String prefix = !"Array".equals(constructor) || !tag.isEmpty()
                ? InspectLayout.prefix(constructor, tag, "Array", "(" + a.length + ")") : "";
            keys = nonIndexKeys(r);
            braces = new String[] {prefix + "[", "]"};
            if (a.length == 0 && keys.isEmpty()) {
                return braces[0] + "]";
            }
            extrasType = ARRAY_EXTRAS;
            formatter = rt -> formatArray(r, rt);
        } else if (o instanceof JsTypedArray ta) {
            keys = nonIndexKeys(r);
            String prefix = InspectLayout.prefix(constructor, tag, ta.type.constructorName(), "(" + ta.length + ")");
            braces = new String[] {prefix + "[", "]"};
            if (ta.length == 0 && keys.isEmpty() && !showHidden) {
                return braces[0] + "]";
            }
            formatter = rt -> formatTypedArray(r, ta);
            extrasType = ARRAY_EXTRAS;
            if (showHidden) {
                extraKeys = List.of("BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer");
            }
        } else if (Collections.isMap(o) || Collections.isSet(o)) {
            boolean map = Collections.isMap(o);
            List<Object[]> entries = Collections.entries(in, r);
            String prefix = InspectLayout.prefix(constructor, tag, map ? "Map" : "Set", "(" + entries.size() + ")");
            keys = keys(r);
            if (entries.isEmpty() && keys.isEmpty()) {
                return prefix + "{}";
            }
            braces = new String[] {prefix + "{", "}"};
            formatter = rt -> formatEntries(entries, map, rt);
        } else if (Collections.isIterator(o)) {
            keys = keys(r);
            braces = new String[] {"[" + o.className + "] {", "}"};
            List<Object[]> entries = Collections.remaining(in, r);
            boolean pairs = Collections.isEntriesIterator(in, r);
            if (pairs) {
                braces[0] = braces[0].replace(" Iterator] {", " Entries] {");
            }
            formatter = rt -> formatIteratorEntries(entries, pairs, rt);
        } else {
            keys = keys(r);
            braces = new String[] {"{", "}"};
            if (o instanceof JsFunction f) {
                base = functionBase(r, f, constructor, tag);
                if (keys.isEmpty()) {
                    return base;
                }
            } else if ("Object".equals(constructor) && !isError(r, o) && !(o instanceof JsArrayBuffer)
                    && !"Date".equals(o.className)) {
                if (!tag.isEmpty()) {
                    braces[0] = InspectLayout.prefix(constructor, tag, "Object", "") + "{";
                }
                if (keys.isEmpty()) {
                    return braces[0] + "}";
                }
            } else if (isError(r, o)) {
                base = formatError(r, constructor, tag, keys);
                if (keys.isEmpty()) {
                    return base;
                }
            } else if (o instanceof JsArrayBuffer ab) {
                String prefix = InspectLayout.prefix(constructor, tag, ab.shared ? "SharedArrayBuffer" : "ArrayBuffer", "");
                if (!typedArray) {
                    formatter = rt -> formatArrayBuffer(ab);
                } else if (keys.isEmpty()) {
                    return prefix + "{ byteLength: " + Inspect.formatNumber(ab.byteLength) + " }";
                }
                braces[0] = prefix + "{";
                keys.add(0, "byteLength");
            } else if ("Date".equals(o.className)) {
                base = DateBuiltins.isoString(in, r);
                if (keys.isEmpty()) {
                    return base;
                }
            } else if ("WeakMap".equals(o.className) || "WeakSet".equals(o.className)) {
                braces[0] = InspectLayout.prefix(constructor, tag, o.className, "") + "{";
                formatter = rt -> new ArrayList<>(List.of("<items unknown>"));
            } else {
                if (keys.isEmpty()) {
                    return InspectLayout.ctxStyle(o, constructor, tag) + "{}";
                }
                braces[0] = InspectLayout.ctxStyle(o, constructor, tag) + "{";
            }
        }

        if (recurseTimes > depth) {
            String name = InspectLayout.ctxStyle(o, constructor, tag);
            name = name.substring(0, name.length() - 1);
            return constructor != null ? "[" + name + "]" : name;
        }
        recurseTimes++;
        seen.add(r);
        currentDepth = recurseTimes;
        List<String> output = formatter.format(recurseTimes);
        for (String k : extraKeys) {
            indentationLvl += 2;
            String str = formatValue(in.get(r, k), recurseTimes, true);
            indentationLvl -= 2;
            output.add("[" + k + "]: " + str);
        }
        for (String k : keys) {
            output.add(formatProperty(r, recurseTimes, k, extrasType));
        }
        if (circular != null) {
            Integer index = circular.get(r);
            if (index != null) {
                String reference = "<ref *" + index + ">";
                base = base.isEmpty() ? reference : reference + " " + base;
            }
        }
        seen.remove(seen.size() - 1);
        return reduceToSingleString(output, base, braces, extrasType, recurseTimes, r);
    }

    /** An error object: the prototypes Error.prototype, TypeError.prototype, ... are plain objects. */
    private boolean isError(Ref r, JsObject o) {
        return "Error".equals(o.className) && !in.realm.errorProtos.containsValue(r);
    }

    @FunctionalInterface
    private interface Formatter {
        List<String> format(int recurseTimes);
    }

    /** Node's getConstructorName: the first own "constructor" up the chain that the value is an instance of. */
    private String constructorName(Ref r, int recurseTimes) {
        Ref firstProto = null;
        boolean first = true;
        for (Ref obj = r; obj != null; ) {
            if (obj == in.realm.functionProto && in.heap.get(r) instanceof JsFunction) {
                return "Function";
            }
            Object c = in.getOwn(obj, "constructor");
            if (c instanceof Ref cr && in.heap.get(cr) instanceof JsFunction && !name(cr).isEmpty() && Props.instanceOf(in, r, cr)) {
                return name(cr);
            }
            obj = in.heap.<JsObject>get(obj).proto;
            if (first) {
                firstProto = obj;
                first = false;
            }
        }
        if (firstProto == null) {
            return null;
        }
        String res = in.heap.<JsObject>get(r).className;
        if (recurseTimes > depth) {
            return res + " <Complex prototype>";
        }
        String protoConstr = constructorName(firstProto, recurseTimes + 1);
        return res + " <" + (protoConstr == null ? "[Object: null prototype] {}" : protoConstr) + ">";
    }

    private String name(Ref fn) {
        Object n = in.getOwn(fn, "name");
        if (n == null) {
            JsFunction f = in.heap.get(fn);
            return f.kind == JsFunction.Kind.BOUND ? "bound " + name(f.target) : symbolName(f.functionName());
        }
        return n instanceof String s ? s : "";
    }

    private static String symbolName(String name) {
        return name != null && name.startsWith("@@") ? "[Symbol." + name.substring(2) + "]" : name == null ? "" : name;
    }

    /** Symbol.toStringTag, unless it is an own enumerable property (then it is listed as a key). */
    private String tag(Ref r) {
        Object t = in.get(r, "@@toStringTag");
        if (!(t instanceof String s) || s.isEmpty()) {
            return "";
        }
        Props.Desc d = Props.own(in, r, "@@toStringTag");
        if (d != null && (showHidden || d.enumerable())) {
            return "";
        }
        return s;
    }

    /** Own keys to show: enumerable ones (all with %o), then enumerable symbol stand-ins. */
    private List<String> keys(Ref r) {
        List<String> keys = Props.keys(in, r, !showHidden);
        if (in.heap.get(r) instanceof JsArray || in.heap.get(r) instanceof JsTypedArray) {
            keys.removeIf(k -> Values.arrayIndex(k) >= 0);
        }
        PropMap m = in.heap.<JsObject>get(r).props;
        for (int i = 0; i < m.size(); i++) {
            if (Props.isSymbolKey(m.key(i)) && (m.flags(i) & PropMap.ENUMERABLE) != 0) {
                keys.add(m.key(i));
            }
        }
        return keys;
    }

    private List<String> nonIndexKeys(Ref r) {
        List<String> keys = keys(r);
        if (!showHidden) {
            keys.remove("length");
        }
        return keys;
    }

    private String formatProperty(Ref r, int recurseTimes, String key, int type) {
        Props.Desc desc = Props.own(in, r, key);
        if (desc == null) {
            desc = new Props.Desc(in.get(r, key), null, PropMap.DEFAULT);
        }
        String str;
        if (desc.accessor() == null && desc.value() != Undefined.UNDEFINED) {
            indentationLvl += 2;
            str = formatValue(desc.value(), recurseTimes, false);
            indentationLvl -= 2;
        } else if (desc.accessor() != null && desc.accessor().getter() != null) {
            str = desc.accessor().setter() != null ? "[Getter/Setter]" : "[Getter]";
        } else if (desc.accessor() != null && desc.accessor().setter() != null) {
            str = "[Setter]";
        } else {
            str = "undefined";
        }
        if (type == ARRAY) {
            return str;
        }
        String name;
        if (Props.isSymbolKey(key)) {
            name = "[Symbol(Symbol." + key.substring(2) + ")]";
        } else if ("__proto__".equals(key)) {
            name = "['__proto__']";
        } else if (!desc.enumerable()) {
            name = "[" + key + "]";
        } else if (key.matches("[a-zA-Z_][a-zA-Z_0-9]*")) {
            name = key;
        } else {
            name = Inspect.strEscape(key);
        }
        return name + ": " + str;
    }

    // ------------------------------------------------------------------ formatters

    private List<String> formatArray(Ref r, int recurseTimes) {
        JsArray a = in.heap.get(r);
        int len = Math.min(MAX_ARRAY_LENGTH, a.length);
        List<String> output = new ArrayList<>();
        int index = 0;
        while (index < a.length && output.size() < len) {
            if (a.elements[index] == Undefined.HOLE) {
                int end = index;
                while (end < a.length && a.elements[end] == Undefined.HOLE) {
                    end++;
                }
                int empty = end - index;
                output.add("<" + empty + " empty item" + (empty > 1 ? "s" : "") + ">");
                index = end;
                continue;
            }
            output.add(formatProperty(r, recurseTimes, Integer.toString(index), ARRAY));
            index++;
        }
        int remaining = a.length - index;
        if (remaining > 0) {
            output.add("... " + remaining + " more item" + (remaining > 1 ? "s" : ""));
        }
        return output;
    }

    private List<String> formatTypedArray(Ref r, JsTypedArray ta) {
        int max = Math.min(MAX_ARRAY_LENGTH, ta.length);
        List<String> output = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            output.add(Inspect.formatNumber(in.toNumber(in.get(r, (double) i))));
        }
        int remaining = ta.length - max;
        if (remaining > 0) {
            output.add("... " + remaining + " more item" + (remaining > 1 ? "s" : ""));
        }
        return output;
    }

    private List<String> formatArrayBuffer(JsArrayBuffer ab) {
        int n = Math.min(MAX_ARRAY_LENGTH, ab.byteLength);
        StringBuilder sb = new StringBuilder();
        JsTypedArray bytes = ab.shared ? new JsTypedArray(null, ElementType.UINT8, ab.ref(), 0, ab.byteLength, true, ab.block) : null;
        for (int i = 0; i < n; i++) {
            long b = ab.shared ? (long) in.peek(bytes, i) : ab.bytes.readRaw(i, 1) & 0xFF;
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(String.format(Locale.ROOT, "%02x", b));
        }
        int remaining = ab.byteLength - MAX_ARRAY_LENGTH;
        if (remaining > 0) {
            sb.append(" ... ").append(remaining).append(" more byte").append(remaining > 1 ? "s" : "");
        }
        List<String> out = new ArrayList<>();
        out.add("[Uint8Contents]: <" + sb + ">");
        return out;
    }

    private List<String> formatEntries(List<Object[]> entries, boolean map, int recurseTimes) {
        List<String> output = new ArrayList<>();
        indentationLvl += 2;
        int max = Math.min(MAX_ARRAY_LENGTH, entries.size());
        for (int i = 0; i < max; i++) {
            Object[] e = entries.get(i);
            output.add(map ? formatValue(e[0], recurseTimes, false) + " => " + formatValue(e[1], recurseTimes, false)
                : formatValue(e[0], recurseTimes, false));
        }
        int remaining = entries.size() - max;
        if (remaining > 0) {
            output.add("... " + remaining + " more item" + (remaining > 1 ? "s" : ""));
        }
        indentationLvl -= 2;
        return output;
    }

    private List<String> formatIteratorEntries(List<Object[]> entries, boolean pairs, int recurseTimes) {
        List<String> output = new ArrayList<>();
        indentationLvl += 2;
        int max = Math.min(MAX_ARRAY_LENGTH, entries.size());
        for (int i = 0; i < max; i++) {
            Object[] e = entries.get(i);
            if (pairs) {
                List<String> res = new ArrayList<>(List.of(formatValue(e[0], recurseTimes, false),
                    formatValue(e[1], recurseTimes, false)));
                output.add(reduceToSingleString(res, "", new String[] {"[", "]"}, ARRAY_EXTRAS, recurseTimes, null));
            } else {
                output.add(formatValue(e[0], recurseTimes, false));
            }
        }
        indentationLvl -= 2;
        int remaining = entries.size() - max;
        if (remaining > 0) {
            output.add("... " + remaining + " more item" + (remaining > 1 ? "s" : ""));
        }
        return output;
    }

    private String functionBase(Ref r, JsFunction f, String constructor, String tag) {
        if (f.kind == JsFunction.Kind.CLOSURE && f.code.classConstructor && !isPrelude(f)) {
            String n = name(r);
            StringBuilder base = new StringBuilder("class ").append(n.isEmpty() ? "(anonymous)" : n);
            if (constructor != null && !"Function".equals(constructor)) {
                base.append(" [").append(constructor).append(']');
            }
            if (!tag.isEmpty() && !tag.equals(constructor)) {
                base.append(" [").append(tag).append(']');
            }
            if (f.proto != null && in.heap.get(f.proto) instanceof JsFunction && !name(f.proto).isEmpty()) {
                base.append(" extends ").append(name(f.proto));
            }
            return "[" + base + "]";
        }
        String n = name(r);
        StringBuilder base = new StringBuilder("[Function");
        if (constructor == null) {
            base.append(" (null prototype)");
        }
        base.append(n.isEmpty() ? " (anonymous)" : ": " + n).append(']');
        if (constructor != null && !"Function".equals(constructor)) {
            base.append(' ').append(constructor);
        }
        if (!tag.isEmpty() && !tag.equals(constructor)) {
            base.append(" [").append(tag).append(']');
        }
        return base.toString();
    }

    /** Built-ins written in prelude.js (Map, Set, ...) print as the native functions they stand for. */
    private static boolean isPrelude(JsFunction f) {
        return f.code.start != null && "prelude.js".equals(f.code.start.file());
    }

    /** Node's formatError without the stack frames: "name: message", with the constructor name improved. */
    private String formatError(Ref r, String constructor, String tag, List<String> keys) {
        Object nameV = in.get(r, "name");
        Object msgV = in.get(r, "message");
        String name = nameV == Undefined.UNDEFINED ? "Error" : in.toStr(nameV);
        String message = msgV == Undefined.UNDEFINED ? "" : in.toStr(msgV);
        String stack = name.isEmpty() ? message : message.isEmpty() ? name : name + ": " + message;
        keys.remove("stack");
        if (keys.contains("message") && stack.contains(message)) {
            keys.remove("message");
        }
        if (keys.contains("name") && stack.contains(name)) {
            keys.remove("name");
        }
        if (in.getOwn(r, "cause") != null && !keys.contains("cause")) {
            keys.add("cause");
        }
        int len = name.length();
        if (constructor == null || (name.endsWith("Error") && stack.startsWith(name)
                && (stack.length() == len || stack.charAt(len) == ':' || stack.charAt(len) == '\n'))) {
            String fallback = "Error";
            if (constructor == null) {
                fallback = name.isEmpty() ? "Error" : name;
            }
            String prefix = InspectLayout.prefix(constructor, tag, fallback, "");
            prefix = prefix.substring(0, prefix.length() - 1);
            if (!name.equals(prefix)) {
                stack = prefix.contains(name) ? (len == 0 ? prefix + ": " + stack : prefix + stack.substring(len))
                    : prefix + " [" + name + "]" + stack.substring(len);
            }
        }
        if (indentationLvl != 0) {
            stack = stack.replace("\n", "\n" + " ".repeat(indentationLvl));
        }
        return stack;
    }

    // ------------------------------------------------------------------ layout

    private String reduceToSingleString(List<String> output, String base, String[] braces, int extrasType, int recurseTimes,
                                        Ref value) {
        IntPredicate numberAt = value == null ? null : i -> isNumberAt(value, i);
        return InspectLayout.reduceToSingleString(output, base, braces, extrasType == ARRAY_EXTRAS,
            currentDepth - recurseTimes < InspectLayout.COMPACT, indentationLvl, numberAt);
    }

    private boolean isNumberAt(Ref value, int i) {
        HeapCell c = in.heap.get(value);
        if (c instanceof JsArray a) {
            return i < a.length && a.elements[i] instanceof Double;
        }
        return c instanceof JsTypedArray ta && i < ta.length;
    }
}
