package org.atomiscope.vm.builtins;

import java.util.Locale;
import org.atomiscope.js.JsNumbers;
import org.atomiscope.js.JsObject;
import org.atomiscope.js.PropMap;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Undefined;
import org.atomiscope.vm.Interpreter;
import org.atomiscope.vm.JsThrow;
import org.atomiscope.vm.Values;

/**
 * Formats console.log arguments the way Node prints them: util.formatWithOptions with the
 * util.inspect defaults (depth 2, breakLength 80, compact 3, at most 100 array items). The object
 * formatting itself is in {@link Inspector}; this class holds the printf-style directives and the
 * primitive formats (strings quoted and escaped as Node quotes them, -0 as "-0").
 *
 * <p>Differences from Node, on purpose: an error prints as its first stack line
 * ("TypeError: message") without the "at ..." lines, which name Node's own files.
 */
public final class Inspect {
    private Inspect() {}

    /** console.log's line for these arguments. */
    public static String formatLog(Interpreter in, Object[] args) {
        if (args.length == 0) {
            return "";
        }
        Object first = args[0];
        int a = 0;
        StringBuilder str = new StringBuilder();
        String join = "";
        if (first instanceof String f) {
            if (args.length == 1) {
                return f;
            }
            int lastPos = 0;
            for (int i = 0; i < f.length() - 1; i++) {
                if (f.charAt(i) != '%') {
                    continue;
                }
                char next = f.charAt(++i);
                if (a + 1 != args.length) {
                    String temp;
                    switch (next) {
                        case 's' -> temp = percentS(in, args[++a]);
                        case 'j' -> temp = percentJ(in, args[++a]);
                        case 'd' -> temp = formatNumber(args[++a] instanceof Double d ? d : in.toNumber(args[a]));
                        case 'O' -> temp = Inspector.inspect(in, args[++a], 2, false);
                        case 'o' -> temp = Inspector.inspect(in, args[++a], 4, true);
                        case 'i' -> temp = formatNumber(NumberBuiltins.parseInt(in.toStr(args[++a]), 0));
                        case 'f' -> temp = formatNumber(NumberBuiltins.parseFloat(in.toStr(args[++a])));
                        case 'c' -> {
                            a++;
                            temp = "";
                        }
                        case '%' -> {
                            str.append(f, lastPos, i);
                            lastPos = i + 1;
                            continue;
                        }
                        default -> {
                            continue;
                        }
                    }
                    if (lastPos != i - 1) {
                        str.append(f, lastPos, i - 1);
                    }
                    str.append(temp);
                    lastPos = i + 1;
                } else if (next == '%') {
                    str.append(f, lastPos, i);
                    lastPos = i + 1;
                }
            }
            if (lastPos != 0) {
                a++;
                join = " ";
                if (lastPos < f.length()) {
                    str.append(f.substring(lastPos));
                }
            }
        }
        for (; a < args.length; a++) {
            Object v = args[a];
            str.append(join).append(v instanceof String s ? s : Inspector.inspect(in, v, 2, false));
            join = " ";
        }
        return str.toString();
    }

    /** util.inspect(value) with the default options. */
    public static String inspect(Interpreter in, Object value) {
        return Inspector.inspect(in, value, 2, false);
    }

    private static String percentS(Interpreter in, Object v) {
        if (v instanceof Double d) {
            return formatNumber(d);
        }
        if (!(v instanceof Ref r) || in.isCallable(r) || !hasBuiltInToString(in, r)) {
            return in.toStr(v);
        }
        return Inspector.inspect(in, v, 0, false);
    }

    private static String percentJ(Interpreter in, Object v) {
        try {
            Object s = JsonBuiltins.stringify(in, v, Undefined.UNDEFINED, Undefined.UNDEFINED);
            return s == Undefined.UNDEFINED ? "undefined" : (String) s;
        } catch (JsThrow t) {
            if (in.errorText(t.value).startsWith("TypeError: Converting circular structure to JSON")) {
                return "[Circular]";
            }
            throw t;
        }
    }

    /** Whether %s should inspect the object: its toString is one a built-in constructor's prototype has. */
    private static boolean hasBuiltInToString(Interpreter in, Ref r) {
        if (!in.isCallable(in.get(r, "toString"))) {
            return true;
        }
        Ref p = r;
        while (p != null && in.getOwn(p, "toString") == null) {
            p = in.heap.<JsObject>get(p).proto;
        }
        if (p == null || p == r) {
            return p == null;
        }
        Object ctor = in.getOwn(p, "constructor");
        return ctor instanceof Ref c && in.isCallable(c) && isBuiltInName(in, in.toStr(in.get(c, "name")));
    }

    /** Names of the realm's global constructors (what Node calls builtInObjects). */
    static boolean isBuiltInName(Interpreter in, String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        JsObject global = in.realm.image() != null ? (JsObject) in.realm.image().get(in.realm.global.id) : in.heap.get(in.realm.global);
        int i = global.props.find(name);
        return i >= 0 && !(global.props.value(i) instanceof PropMap.Accessor);
    }

    // ------------------------------------------------------------------ primitives

    static String formatNumber(double d) {
        return d == 0 && 1 / d < 0 ? "-0" : JsNumbers.toJsString(d);
    }

    /** A primitive as util.inspect shows it; strings are quoted. */
    static String formatPrimitive(Object v) {
        if (v instanceof String s) {
            return strEscape(s);
        }
        if (v instanceof Double d) {
            return formatNumber(d);
        }
        if (v == Undefined.HOLE) {
            return "undefined";
        }
        return Values.primitiveToString(v);
    }

    private static final String[] META = new String[0xa0];

    static {
        String[] low = {"\\x00", "\\x01", "\\x02", "\\x03", "\\x04", "\\x05", "\\x06", "\\x07", "\\b", "\\t", "\\n", "\\x0B",
            "\\f", "\\r", "\\x0E", "\\x0F"};
        for (int i = 0; i < 0x20; i++) {
            META[i] = i < 16 ? low[i] : String.format(Locale.ROOT, "\\x%02X", i);
        }
        META['\''] = "\\'";
        META['\\'] = "\\\\";
        for (int i = 0x7f; i < 0xa0; i++) {
            META[i] = String.format(Locale.ROOT, "\\x%02X", i);
        }
    }

    /**
     * Node's strEscape: single quotes unless the string has one (then double quotes, or backticks
     * if it has both), control characters, C1 controls and lone surrogates escaped.
     */
    static String strEscape(String s) {
        char quote = '\'';
        if (s.indexOf('\'') >= 0) {
            if (s.indexOf('"') < 0) {
                quote = '"';
            } else if (s.indexOf('`') < 0 && !s.contains("${")) {
                quote = '`';
            }
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '\'' && quote == '\'') || c == '\\' || c < 0x20 || (c > 0x7e && c < 0xa0)) {
                sb.append(META[c]);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    sb.append(c).append(s.charAt(++i));
                } else {
                    sb.append("\\u").append(Integer.toHexString(c));
                }
            } else {
                sb.append(c);
            }
        }
        return sb.append(quote).toString();
    }
}
