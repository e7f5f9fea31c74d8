package org.atomiscope.vm.builtins;

import java.util.ArrayList;
import java.util.List;
import org.atomiscope.js.JsArray;
import org.atomiscope.js.JsObject;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Undefined;
import org.atomiscope.vm.Interpreter;

/**
 * The Java side of Map and Set, which prelude.js defines as classes over two arrays: hidden
 * properties {@code "@@keys"} and {@code "@@values"} hold the entries in insertion order, a
 * deleted entry leaves a hole (so live iterators keep their place), and {@code "@@size"} counts
 * the live entries. Their iterators hold {@code "@@target"}, {@code "@@index"} and
 * {@code "@@kind"}. This class reads that layout for console.log and finds keys natively.
 */
final class Collections {
    private Collections() {}

    static boolean isMap(JsObject o) {
        return "Map".equals(o.className);
    }

    static boolean isSet(JsObject o) {
        return "Set".equals(o.className);
    }

    static boolean isIterator(JsObject o) {
        return "Map Iterator".equals(o.className) || "Set Iterator".equals(o.className);
    }

    static boolean isEntriesIterator(Interpreter in, Ref it) {
        return "entries".equals(in.getOwn(it, "@@kind"));
    }

    /** Live entries: {key, value} for a Map, {value} for a Set. */
    static List<Object[]> entries(Interpreter in, Ref collection) {
        return entriesFrom(in, collection, 0, isMap(in.heap.get(collection)), false);
    }

    /** What an iterator has still to yield, as {value} or {key, value} (entries). */
    static List<Object[]> remaining(Interpreter in, Ref it) {
        Object target = in.getOwn(it, "@@target");
        Object index = in.getOwn(it, "@@index");
        if (!(target instanceof Ref t) || !(index instanceof Double i)) {
            return new ArrayList<>();
        }
        boolean map = isMap(in.heap.get(t));
        Object kind = in.getOwn(it, "@@kind");
        List<Object[]> all = entriesFrom(in, t, i.intValue(), map, true);
        List<Object[]> out = new ArrayList<>();
        for (Object[] e : all) {
            if ("entries".equals(kind)) {
                out.add(map ? e : new Object[] {e[0], e[0]});
            } else {
                out.add(new Object[] {"values".equals(kind) && map ? e[1] : e[0]});
            }
        }
        return out;
    }

    private static List<Object[]> entriesFrom(Interpreter in, Ref c, int from, boolean map, boolean pairs) {
        List<Object[]> out = new ArrayList<>();
        if (!(in.getOwn(c, "@@keys") instanceof Ref kr) || !(in.heap.get(kr) instanceof JsArray keys)) {
            return out;
        }
        JsArray values = map && in.getOwn(c, "@@values") instanceof Ref vr && in.heap.get(vr) instanceof JsArray v ? v : null;
        for (int i = from; i < keys.length; i++) {
            if (keys.elements[i] == Undefined.HOLE) {
                continue;
            }
            Object value = values != null && i < values.length ? ArrayBuiltins.unhole(values.elements[i]) : Undefined.UNDEFINED;
            out.add(map || pairs ? new Object[] {keys.elements[i], value} : new Object[] {keys.elements[i]});
        }
        return out;
    }

    /** The index of {@code key} among an entry array's live keys (SameValueZero), or -1. */
    static double find(Interpreter in, Object keysArray, Object key) {
        if (keysArray instanceof Ref r && in.heap.get(r) instanceof JsArray a) {
            for (int i = 0; i < a.length; i++) {
                Object k = a.elements[i];
                if (k != Undefined.HOLE && org.atomiscope.vm.Values.sameValueZero(k, key)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
