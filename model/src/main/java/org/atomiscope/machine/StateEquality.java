package org.atomiscope.machine;

import java.util.List;
import java.util.Objects;
import org.atomiscope.js.Heap;
import org.atomiscope.js.HeapCell;
import org.atomiscope.js.JsArray;
import org.atomiscope.js.JsObject;
import org.atomiscope.js.PropMap;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Scope;
import org.atomiscope.vm.Frame;
import org.atomiscope.vm.Values;

/**
 * Decides whether two agent states are the same state, so that exploring recognises a spin loop
 * that came back to where it was. Heaps are compared cell by cell: cells shared by both (the common
 * case, thanks to copy-on-write) are equal without looking inside.
 */
final class StateEquality {
    private StateEquality() {}

    static boolean same(AgentState a, AgentState b) {
        if (a == b) {
            return true;
        }
        if (a.status() != b.status() || !Objects.equals(a.pending(), b.pending())
                || !Values.sameForState(a.resume(), b.resume()) || !a.console().equals(b.console())
                || !a.tasks().equals(b.tasks()) || !Objects.equals(a.waiting(), b.waiting())
                || !Ref.same(a.workerObject(), b.workerObject()) || !Ref.same(a.scriptScope(), b.scriptScope())) {
            return false;
        }
        if (!sameFrames(a.frames(), b.frames())) {
            return false;
        }
        return sameHeap(a.heap(), b.heap());
    }

    private static boolean sameFrames(List<Frame> x, List<Frame> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).sameAs(y.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameHeap(Heap.Image x, Heap.Image y) {
        return x.sameContent(y, StateEquality::sameCell);
    }

    private static boolean sameCell(HeapCell x, HeapCell y) {
        if (x.getClass() != y.getClass()) {
            return false;
        }
        if (x instanceof Scope sx) {
            Scope sy = (Scope) y;
            return Ref.same(sx.parent, sy.parent) && sameValues(sx.slots, sy.slots);
        }
        if (x instanceof JsObject ox) {
            JsObject oy = (JsObject) y;
            if (!Ref.same(ox.proto, oy.proto) || ox.extensible != oy.extensible || !samePropMap(ox.props, oy.props)) {
                return false;
            }
            if (x instanceof JsArray ax) {
                JsArray ay = (JsArray) y;
                if (ax.length != ay.length) {
                    return false;
                }
                for (int i = 0; i < ax.length; i++) {
                    if (!Values.sameForState(ax.elements[i], ay.elements[i])) {
                        return false;
                    }
                }
                return true;
            }
            // Other object kinds are immutable apart from their properties, or hold persistent bytes.
            if (x instanceof org.atomiscope.js.JsFunction fx) {
                org.atomiscope.js.JsFunction fy = (org.atomiscope.js.JsFunction) y;
                return fx.kind == fy.kind && fx.code == fy.code && fx.nativeImpl == fy.nativeImpl
                    && Ref.same(fx.scope, fy.scope) && Ref.same(fx.homeObject, fy.homeObject)
                    && Ref.same(fx.target, fy.target) && Values.sameForState(fx.capturedThis, fy.capturedThis);
            }
            if (x instanceof org.atomiscope.js.JsTypedArray tx) {
                org.atomiscope.js.JsTypedArray ty = (org.atomiscope.js.JsTypedArray) y;
                return tx.type == ty.type && Ref.same(tx.buffer, ty.buffer) && tx.byteOffset == ty.byteOffset
                    && tx.length == ty.length;
            }
            if (x instanceof org.atomiscope.js.JsArrayBuffer bx) {
                org.atomiscope.js.JsArrayBuffer by = (org.atomiscope.js.JsArrayBuffer) y;
                return bx.bytes == by.bytes || (bx.bytes != null && by.bytes != null && bx.bytes.contentEquals(by.bytes));
            }
            return true;
        }
        return false;
    }

    private static boolean samePropMap(PropMap x, PropMap y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!x.key(i).equals(y.key(i)) || x.flags(i) != y.flags(i)) {
                return false;
            }
            Object vx = x.value(i);
            Object vy = y.value(i);
            if (vx instanceof PropMap.Accessor ax) {
                if (!(vy instanceof PropMap.Accessor ay) || !Values.sameForState(ax.getter(), ay.getter())
                        || !Values.sameForState(ax.setter(), ay.setter())) {
                    return false;
                }
            } else if (!Values.sameForState(vx, vy)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameValues(Object[] x, Object[] y) {
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!Values.sameForState(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean sameTimers(List<Timer> x, List<Timer> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            Timer a = x.get(i);
            Timer b = y.get(i);
            if (a.id() != b.id() || a.agent() != b.agent() || a.due() != b.due() || a.seq() != b.seq()
                    || a.interval() != b.interval() || !Values.sameForState(a.callback(), b.callback())
                    || !sameValues(a.args(), b.args())) {
                return false;
            }
        }
        return true;
    }

    static int hash(AgentState a) {
        int h = a.status().ordinal();
        for (Frame f : a.frames()) {
            h = h * 31 + f.pc;
            for (int i = 0; i < f.sp; i++) {
                h = h * 31 + valueHash(f.stack[i]);
            }
            for (Object r : f.regs) {
                h = h * 31 + valueHash(r);
            }
        }
        h = h * 31 + a.console().size();
        h = h * 31 + a.heap().size();
        h = h * 31 + java.util.Objects.hashCode(a.pending());
        return h;
    }

    /** A hash consistent with {@link Values#sameForState}: refs by id, numbers by bits. */
    private static int valueHash(Object v) {
        if (v instanceof org.atomiscope.js.Ref r) {
            return r.id;
        }
        if (v instanceof Double d) {
            return Long.hashCode(Double.doubleToRawLongBits(d));
        }
        if (v instanceof String || v instanceof Boolean || v instanceof org.atomiscope.js.Undefined) {
            return v.hashCode();
        }
        return 0;
    }
}
