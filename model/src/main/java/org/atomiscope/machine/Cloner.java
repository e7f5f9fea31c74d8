package org.atomiscope.machine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.atomiscope.js.*;
import org.atomiscope.vm.Interpreter;
import org.atomiscope.vm.Operations;

/**
 * Structured clone between agents (HTML §2.7). A SharedArrayBuffer travels as its block, so both
 * agents share the memory but each gets its own wrapper object (a property set on it in one agent is
 * not seen by the other, as the book's example shows); a plain ArrayBuffer's bytes are copied.
 * Functions cannot be posted (DataCloneError), but {@code agent(name, fn)} clones its closure, with
 * the scopes it captured, so a worker starts with copies of what fn could see.
 */
final class Cloner {
    private final Operations in;
    private final boolean functions;
    private final int builtinLimit;
    private final List<Object> nodes = new ArrayList<>();
    private final Map<Ref, Cloned.NodeRef> seen = new IdentityHashMap<>();

    private Cloner(Operations in, boolean functions, int builtinLimit) {
        this.in = in;
        this.functions = functions;
        this.builtinLimit = builtinLimit;
    }

    static Cloned serialize(Operations in, Object value, boolean functions, int builtinLimit) {
        Cloner c = new Cloner(in, functions, builtinLimit);
        Object root = c.value(value);
        return new Cloned(List.copyOf(c.nodes), root);
    }

    private Object value(Object v) {
        if (!(v instanceof Ref r)) {
            return v;
        }
        Cloned.NodeRef done = seen.get(r);
        if (done != null) {
            return done;
        }
        if (r.id < builtinLimit) {
            return new Cloned.Builtin(r.id);
        }
        Cloned.NodeRef me = new Cloned.NodeRef(nodes.size());
        nodes.add(null);
        seen.put(r, me);
        nodes.set(me.index(), node(r, in.heap.get(r)));
        return me;
    }

    private Object node(Ref r, HeapCell c) {
        if (c instanceof Scope s) {
            List<Object> slots = new ArrayList<>();
            for (Object o : s.slots) {
                slots.add(value(o));
            }
            return new Cloned.ScopeNode(s.parent == null ? null : value(s.parent), slots, s.names);
        }
        if (c instanceof JsFunction f) {
            if (!functions || f.kind != JsFunction.Kind.CLOSURE) {
                throw dataCloneError(describeFn(f) + " could not be cloned");
            }
            // A class keeps its prototype, statics and parent class: its own properties travel with it.
            return new Cloned.Closure(f.code, f.scope == null ? null : value(f.scope),
                value(f.capturedThis == null ? Undefined.UNDEFINED : f.capturedThis),
                f.homeObject == null ? null : value(f.homeObject), ownProperties(r, f, false));
        }
        if (c instanceof JsArrayBuffer ab) {
            // A plain buffer's bytes are copied now: the sender may go on writing them in this step.
            return ab.shared ? new Cloned.SharedBuffer(ab.block, ab.byteLength)
                : new Cloned.Buffer(ab.bytes.copyRange(new org.atomiscope.buffer.Owner(), 0, ab.byteLength), ab.byteLength);
        }
        if (c instanceof JsTypedArray ta) {
            return new Cloned.View(ta.type, value(ta.buffer), ta.byteOffset, ta.length);
        }
        if (c instanceof JsHostObject h) {
            if (!functions) {
                throw dataCloneError("a " + h.className + " object could not be cloned");
            }
            return new Cloned.Worker(h.agent);
        }
        if (c instanceof JsArray a) {
            List<Object> elements = new ArrayList<>();
            for (int i = 0; i < a.length; i++) {
                elements.add(value(a.elements[i]));
            }
            return new Cloned.Arr(elements, a.length);
        }
        JsObject o = (JsObject) c;
        if ("Error".equals(o.className)) {
            Object name = in.get(r, "name");
            Object message = in.get(r, "message");
            return new Cloned.Err(in.toStr(name), message == Undefined.UNDEFINED ? "" : in.toStr(message));
        }
        // Posted, a class instance arrives as a plain object (its prototype does not travel), as in
        // HTML; cloned into an agent, objects keep their prototypes, since their classes travel too.
        return ownProperties(r, o, !functions);
    }

    private Cloned.Obj ownProperties(Ref r, JsObject o, boolean enumerableDataOnly) {
        List<String> keys = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<Byte> flags = new ArrayList<>();
        PropMap m = o.props;
        for (int i = 0; i < m.size(); i++) {
            String k = m.key(i);
            Object v = m.value(i);
            if (enumerableDataOnly) {
                if ((m.flags(i) & PropMap.ENUMERABLE) == 0 || k.startsWith("@@")) {
                    continue;
                }
                if (v instanceof PropMap.Accessor) {
                    v = in.get(r, k);
                }
                keys.add(k);
                values.add(value(v));
                flags.add(PropMap.DEFAULT);
            } else {
                keys.add(k);
                values.add(v instanceof PropMap.Accessor a
                    ? new Cloned.Accessor(a.getter() == null ? null : value(a.getter()), a.setter() == null ? null : value(a.setter()))
                    : value(v));
                flags.add(m.flags(i));
            }
        }
        Object proto = enumerableDataOnly || o.proto == null ? null : value(o.proto);
        return new Cloned.Obj(o.className, keys, values, flags, proto);
    }

    /** HTML throws a DOMException named DataCloneError; here an Error with that name. */
    private org.atomiscope.vm.JsThrow dataCloneError(String message) {
        Ref e = in.newError("Error", message);
        in.heap.<JsObject>w(e).props.define("name", "DataCloneError", PropMap.HIDDEN);
        return new org.atomiscope.vm.JsThrow(e);
    }

    private static String describeFn(JsFunction f) {
        String n = f.functionName();
        return n == null || n.isEmpty() ? "function" : "function " + n;
    }

    // ------------------------------------------------------------------ deserialize

    /** Rebuilds a cloned value in the receiver's heap. */
    static Object materialize(Interpreter in, Cloned c, WorkerRefs workers) {
        Map<Integer, Object> made = new HashMap<>();
        return new Materializer(in, c, made, workers).value(c.root());
    }

    /** How the receiver finds (or makes) the Worker object for an agent index. */
    interface WorkerRefs {
        Ref workerObject(Interpreter in, int agent);
    }

    private record Materializer(Interpreter in, Cloned c, Map<Integer, Object> made, WorkerRefs workers) {
        Object value(Object v) {
            if (v instanceof Cloned.Builtin b) {
                return in.heap.cell(b.id()).ref();
            }
            if (!(v instanceof Cloned.NodeRef nr)) {
                return v;
            }
            Object done = made.get(nr.index());
            if (done != null) {
                return done;
            }
            Object n = c.nodes().get(nr.index());
            if (n instanceof Cloned.ScopeNode s) {
                Object[] slots = new Object[s.slots().size()];
                Ref r = in.heap.alloc(new Scope(s.parent() == null ? null : (Ref) value(s.parent()), slots, s.names()));
                made.put(nr.index(), r);
                Scope w = in.heap.w(r);
                for (int i = 0; i < slots.length; i++) {
                    w.slots[i] = value(s.slots().get(i));
                    w = in.heap.w(r);
                }
                return r;
            }
            if (n instanceof Cloned.Closure f) {
                Ref scope = f.scope() == null ? null : (Ref) value(f.scope());
                Object self = value(f.capturedThis());
                Ref r = in.heap.alloc(JsFunction.closure(in.realm.functionProto, f.code(), scope, self));
                made.put(nr.index(), r);
                if (f.homeObject() != null) {
                    in.heap.<JsFunction>w(r).homeObject = (Ref) value(f.homeObject());
                }
                fill(r, f.own());
                return r;
            }
            if (n instanceof Cloned.SharedBuffer sb) {
                Ref r = in.heap.alloc(new JsArrayBuffer(in.realm.sharedArrayBufferProto, true, sb.block(), sb.byteLength(), null));
                made.put(nr.index(), r);
                return r;
            }
            if (n instanceof Cloned.Buffer b) {
                Ref r = in.heap.alloc(new JsArrayBuffer(in.realm.arrayBufferProto, false, -1, b.byteLength(), b.bytes()));
                made.put(nr.index(), r);
                return r;
            }
            if (n instanceof Cloned.View v2) {
                Ref buffer = (Ref) value(v2.buffer());
                JsArrayBuffer ab = in.heap.get(buffer);
                Ref r = in.heap.alloc(new JsTypedArray(in.realm.typedArrayProtos.get(v2.type()), v2.type(), buffer,
                    v2.byteOffset(), v2.length(), ab.shared, ab.block));
                made.put(nr.index(), r);
                return r;
            }
            if (n instanceof Cloned.Worker w) {
                Ref r = workers.workerObject(in, w.agent());
                made.put(nr.index(), r);
                return r;
            }
            if (n instanceof Cloned.Err e) {
                Ref r = in.newError(e.type(), e.message());
                made.put(nr.index(), r);
                return r;
            }
            if (n instanceof Cloned.Arr a) {
                Ref r = in.newArray();
                made.put(nr.index(), r);
                for (int i = 0; i < a.elements().size(); i++) {
                    Object e = a.elements().get(i);
                    if (e != Undefined.HOLE) {
                        in.heap.<JsArray>w(r).setElement(i, value(e));
                    }
                }
                in.heap.<JsArray>w(r).setLength(a.length());
                return r;
            }
            Cloned.Obj o = (Cloned.Obj) n;
            Ref r = in.newObject();
            made.put(nr.index(), r);
            in.heap.<JsObject>w(r).className = o.className();
            fill(r, o);
            return r;
        }

        /** Own properties (with their attributes) and, when it travelled, the prototype. */
        private void fill(Ref r, Cloned.Obj o) {
            for (int i = 0; i < o.keys().size(); i++) {
                Object v = o.values().get(i);
                Object made = v instanceof Cloned.Accessor a
                    ? new PropMap.Accessor(a.getter() == null ? null : value(a.getter()), a.setter() == null ? null : value(a.setter()))
                    : value(v);
                in.heap.<JsObject>w(r).props.define(o.keys().get(i), made, o.flags().get(i));
            }
            if (o.proto() != null) {
                in.heap.<JsObject>w(r).proto = (Ref) value(o.proto());
            }
        }
    }
}
