package org.atomiscope.vm.builtins;

import static org.atomiscope.vm.builtins.Props.arg;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.atomiscope.js.JsNumbers;
import org.atomiscope.js.Native;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Undefined;
import org.atomiscope.vm.Interpreter;
import org.atomiscope.vm.RealmBuilder;
import org.atomiscope.vm.Values;

/**
 * String and String.prototype (ECMA-262 §22.1) without regular expressions, which the scenario
 * language leaves out: split, replace and replaceAll take string patterns. A replace with a
 * replacement function is finished in prelude.js (it calls user code).
 */
public final class StringBuiltins {
    private StringBuiltins() {}

    /** Longest string repeat/padStart/padEnd may build (engines stop near 2^29 characters). */
    static final int MAX_STRING_LENGTH = 1 << 28;

    public static void install(RealmBuilder rb) {
        Ref proto = rb.realm.stringProto;
        Ref ctor = rb.constructor("String", 1, proto,
            (in, self, args) -> args.length == 0 ? "" : in.toStr(args[0])); // new String(...) is not boxed in scenarios
        rb.method(ctor, "fromCharCode", 1, (in, self, args) -> {
            StringBuilder sb = new StringBuilder();
            for (Object a : args) {
                sb.append((char) JsNumbers.toUint16(in.toNumber(a)));
            }
            return sb.toString();
        });
        rb.method(ctor, "fromCodePoint", 1, (in, self, args) -> {
            StringBuilder sb = new StringBuilder();
            for (Object a : args) {
                double cp = in.toNumber(a);
                if (cp != Math.floor(cp) || cp < 0 || cp > 0x10FFFF) {
                    throw in.rangeError("Invalid code point " + in.toStr(a));
                }
                sb.appendCodePoint((int) cp);
            }
            return sb.toString();
        });

        method(rb, proto, "charAt", 1, (in, s, args) -> {
            double i = in.toIntegerOrInfinity(arg(args, 0));
            return i < 0 || i >= s.length() ? "" : String.valueOf(s.charAt((int) i));
        });
        method(rb, proto, "charCodeAt", 1, (in, s, args) -> {
            double i = in.toIntegerOrInfinity(arg(args, 0));
            return i < 0 || i >= s.length() ? Double.NaN : (double) s.charAt((int) i);
        });
        method(rb, proto, "codePointAt", 1, (in, s, args) -> {
            double i = in.toIntegerOrInfinity(arg(args, 0));
            return i < 0 || i >= s.length() ? Undefined.UNDEFINED : (Object) (double) s.codePointAt((int) i);
        });
        method(rb, proto, "at", 1, (in, s, args) -> {
            double i = in.toIntegerOrInfinity(arg(args, 0));
            double k = i < 0 ? s.length() + i : i;
            return k < 0 || k >= s.length() ? Undefined.UNDEFINED : String.valueOf(s.charAt((int) k));
        });
        method(rb, proto, "indexOf", 1, (in, s, args) -> {
            String search = in.toStr(arg(args, 0));
            int from = clamp(in.toIntegerOrInfinity(arg(args, 1)), s.length());
            return (double) s.indexOf(search, from);
        });
        method(rb, proto, "lastIndexOf", 1, (in, s, args) -> {
            String search = in.toStr(arg(args, 0));
            double n = in.toNumber(arg(args, 1));
            int from = Double.isNaN(n) ? s.length() : clamp(JsNumbers.toIntegerOrInfinity(n), s.length());
            return (double) s.lastIndexOf(search, from);
        });
        method(rb, proto, "includes", 1, (in, s, args) -> {
            String search = in.toStr(arg(args, 0));
            return s.indexOf(search, clamp(in.toIntegerOrInfinity(arg(args, 1)), s.length())) >= 0;
        });
        method(rb, proto, "startsWith", 1, (in, s, args) -> {
            String search = in.toStr(arg(args, 0));
            return s.startsWith(search, clamp(in.toIntegerOrInfinity(arg(args, 1)), s.length()));
        });
        method(rb, proto, "endsWith", 1, (in, s, args) -> {
            String search = in.toStr(arg(args, 0));
            int end = arg(args, 1) == Undefined.UNDEFINED ? s.length() : clamp(in.toIntegerOrInfinity(args[1]), s.length());
            int start = end - search.length();
            return start >= 0 && s.startsWith(search, start);
        });
        method(rb, proto, "slice", 2, (in, s, args) -> {
            int start = ArrayBuiltins.relative(in, arg(args, 0), s.length(), 0);
            int end = ArrayBuiltins.relative(in, arg(args, 1), s.length(), s.length());
            return start < end ? s.substring(start, end) : "";
        });
        method(rb, proto, "substring", 2, (in, s, args) -> {
            int start = clamp(in.toIntegerOrInfinity(arg(args, 0)), s.length());
            int end = arg(args, 1) == Undefined.UNDEFINED ? s.length() : clamp(in.toIntegerOrInfinity(args[1]), s.length());
            return s.substring(Math.min(start, end), Math.max(start, end));
        });
        method(rb, proto, "substr", 2, (in, s, args) -> {
            int start = ArrayBuiltins.relative(in, arg(args, 0), s.length(), 0);
            double len = arg(args, 1) == Undefined.UNDEFINED ? s.length() : in.toIntegerOrInfinity(args[1]);
            int end = (int) Math.min(start + Math.max(len, 0), s.length());
            return start < end ? s.substring(start, end) : "";
        });
        method(rb, proto, "toUpperCase", 0, (in, s, args) -> s.toUpperCase(Locale.ROOT));
        method(rb, proto, "toLowerCase", 0, (in, s, args) -> s.toLowerCase(Locale.ROOT));
        method(rb, proto, "toLocaleUpperCase", 0, (in, s, args) -> s.toUpperCase(Locale.ROOT));
        method(rb, proto, "toLocaleLowerCase", 0, (in, s, args) -> s.toLowerCase(Locale.ROOT));
        method(rb, proto, "trim", 0, (in, s, args) -> trim(s, true, true));
        method(rb, proto, "trimStart", 0, (in, s, args) -> trim(s, true, false));
        method(rb, proto, "trimEnd", 0, (in, s, args) -> trim(s, false, true));
        method(rb, proto, "trimLeft", 0, (in, s, args) -> trim(s, true, false));
        method(rb, proto, "trimRight", 0, (in, s, args) -> trim(s, false, true));
        method(rb, proto, "padStart", 2, (in, s, args) -> pad(in, s, args, true));
        method(rb, proto, "padEnd", 2, (in, s, args) -> pad(in, s, args, false));
        method(rb, proto, "repeat", 1, (in, s, args) -> {
            double n = in.toIntegerOrInfinity(arg(args, 0));
            if (n < 0 || Double.isInfinite(n)) {
                throw in.rangeError("Invalid count value: " + in.toStr(arg(args, 0)));
            }
            if (s.isEmpty() || n == 0) {
                return "";
            }
            if (n * s.length() > MAX_STRING_LENGTH) {
                throw in.rangeError("Invalid string length");
            }
            return s.repeat((int) n);
        });
        method(rb, proto, "concat", 1, (in, s, args) -> {
            StringBuilder sb = new StringBuilder(s);
            for (Object a : args) {
                sb.append(in.toStr(a));
            }
            return sb.toString();
        });
        method(rb, proto, "split", 2, (in, s, args) -> split(in, s, arg(args, 0), arg(args, 1)));
        method(rb, proto, "replace", 2, (in, s, args) -> {
            String pattern = in.toStr(arg(args, 0));
            String replacement = in.toStr(arg(args, 1));
            int at = s.indexOf(pattern);
            return at < 0 ? s : s.substring(0, at) + substitute(pattern, s, at, replacement) + s.substring(at + pattern.length());
        });
        method(rb, proto, "replaceAll", 2, (in, s, args) -> {
            String pattern = in.toStr(arg(args, 0));
            String replacement = in.toStr(arg(args, 1));
            StringBuilder sb = new StringBuilder();
            int last = 0;
            for (int at : positions(s, pattern)) {
                sb.append(s, last, at).append(substitute(pattern, s, at, replacement));
                last = at + pattern.length();
            }
            return sb.append(s.substring(last)).toString();
        });
        method(rb, proto, "localeCompare", 1, (in, s, args) -> {
            Collator c = Collator.getInstance(Locale.ENGLISH);
            c.setStrength(Collator.TERTIARY);
            return (double) Integer.signum(c.compare(s, in.toStr(arg(args, 0))));
        });
        method(rb, proto, "normalize", 0, (in, s, args) -> {
            String form = arg(args, 0) == Undefined.UNDEFINED ? "NFC" : in.toStr(args[0]);
            try {
                return Normalizer.normalize(s, Normalizer.Form.valueOf(form));
            } catch (IllegalArgumentException e) {
                throw in.rangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.");
            }
        });
        for (String name : new String[] {"toString", "valueOf"}) {
            rb.method(proto, name, 0, (in, self, args) -> {
                if (!(self instanceof String s)) {
                    throw in.typeError("String.prototype." + name + " requires that 'this' be a String");
                }
                return s;
            });
        }
        for (String name : new String[] {"match", "matchAll", "search"}) {
            rb.method(proto, name, 1, (in, self, args) -> {
                throw in.typeError("not supported in scenarios: String.prototype." + name + " (it needs regular expressions)");
            });
        }
    }

    /** A String.prototype method body, given this as a string. */
    @FunctionalInterface
    private interface StringMethod {
        Object call(Interpreter in, String self, Object[] args);
    }

    private static void method(RealmBuilder rb, Ref proto, String name, int length, StringMethod m) {
        Native n = (in, self, args) -> {
            if (Values.isNullish(self)) {
                throw in.typeError("String.prototype." + name + " called on null or undefined");
            }
            return m.call(in, in.toStr(self), args);
        };
        rb.method(proto, name, length, n);
    }

    private static int clamp(double i, int length) {
        return (int) Math.max(0, Math.min(i, length));
    }

    static String trim(String s, boolean start, boolean end) {
        int a = 0;
        int b = s.length();
        while (start && a < b && JsNumbers.isStrWhiteSpaceChar(s.charAt(a))) {
            a++;
        }
        while (end && b > a && JsNumbers.isStrWhiteSpaceChar(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static String pad(Interpreter in, String s, Object[] args, boolean atStart) {
        double max = in.toIntegerOrInfinity(arg(args, 0));
        String fill = arg(args, 1) == Undefined.UNDEFINED ? " " : in.toStr(args[1]);
        if (max <= s.length() || fill.isEmpty()) {
            return s;
        }
        if (max > MAX_STRING_LENGTH) {
            throw in.rangeError("Invalid string length");
        }
        int need = (int) max - s.length();
        StringBuilder p = new StringBuilder(need);
        while (p.length() < need) {
            p.append(fill, 0, Math.min(fill.length(), need - p.length()));
        }
        return atStart ? p + s : s + p;
    }

    private static Object split(Interpreter in, String s, Object sepArg, Object limitArg) {
        long limit = limitArg == Undefined.UNDEFINED ? 0xFFFF_FFFFL : JsNumbers.toUint32(in.toNumber(limitArg));
        if (sepArg == Undefined.UNDEFINED) {
            return in.newArray(limit == 0 ? new Object[0] : new Object[] {s});
        }
        String sep = in.toStr(sepArg);
        List<Object> out = new ArrayList<>();
        if (limit == 0) {
            return in.newArray(out);
        }
        if (sep.isEmpty()) {
            for (int i = 0; i < s.length() && out.size() < limit; i++) {
                out.add(String.valueOf(s.charAt(i)));
            }
            return in.newArray(out);
        }
        int last = 0;
        for (int at = s.indexOf(sep); at >= 0; at = s.indexOf(sep, last)) {
            out.add(s.substring(last, at));
            if (out.size() == limit) {
                return in.newArray(out);
            }
            last = at + sep.length();
        }
        out.add(s.substring(last));
        return in.newArray(out);
    }

    /** Where replaceAll matches: every occurrence, and between every character for an empty pattern. */
    static List<Integer> positions(String s, String pattern) {
        List<Integer> at = new ArrayList<>();
        int step = Math.max(1, pattern.length());
        for (int i = s.indexOf(pattern); i >= 0; i = s.indexOf(pattern, i + step)) {
            at.add(i);
            if (i + step > s.length()) {
                break;
            }
        }
        return at;
    }

    /** GetSubstitution (§22.1.3.19.1) without capture groups: $$, $&, $` and $'. */
    static String substitute(String matched, String str, int position, String replacement) {
        if (replacement.indexOf('$') < 0) {
            return replacement;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '$' && i + 1 < replacement.length()) {
                char d = replacement.charAt(i + 1);
                switch (d) {
                    case '$' -> { sb.append('$'); i++; continue; }
                    case '&' -> { sb.append(matched); i++; continue; }
                    case '`' -> { sb.append(str, 0, position); i++; continue; }
                    case '\'' -> { sb.append(str.substring(Math.min(position + matched.length(), str.length()))); i++; continue; }
                    default -> { }
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
