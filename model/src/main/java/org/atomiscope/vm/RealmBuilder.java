package org.atomiscope.vm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.buffer.Owner;
import org.atomiscope.compile.Code;
import org.atomiscope.compile.Compiler;
import org.atomiscope.js.*;
import org.atomiscope.lang.Parser;
import org.atomiscope.lang.Pos;
import org.atomiscope.vm.builtins.*;

/**
 * Builds the standard realm: allocates the intrinsic prototypes, lets each built-in group install
 * its functions, then runs {@code prelude.js} (built-ins written in JavaScript, so that callbacks
 * such as forEach's may perform visible events like any other code).
 */
public final class RealmBuilder {
    public final Realm realm = new Realm();
    public final Heap heap;
    public final Interpreter in;

    private RealmBuilder() {
        Owner owner = new Owner();
        heap = Heap.Image.empty().edit(owner);
        realm.objectProto = heap.alloc(new JsObject(null));
        realm.functionProto = heap.alloc(JsFunction.nativeFunction(realm.objectProto, "", 0, false,
            (i, self, args) -> Undefined.UNDEFINED));
        realm.global = heap.alloc(new JsObject(realm.objectProto));
        heap.<JsObject>w(realm.global).className = "global";
        realm.arrayProto = heap.alloc(new JsArray(realm.objectProto, new Object[4], 0));
        realm.stringProto = proto("String");
        realm.numberProto = proto("Number");
        realm.booleanProto = proto("Boolean");
        realm.errorProto = proto("Error");
        realm.arrayBufferProto = proto("ArrayBuffer");
        realm.sharedArrayBufferProto = proto("SharedArrayBuffer");
        realm.workerProto = proto("Worker");
        realm.iteratorProto = proto("Iterator");
        for (ElementType t : ElementType.values()) {
            realm.typedArrayProtos.put(t, proto(t.constructorName()));
        }
        in = new Interpreter(heap, realm, new RefusingHost("the realm builder"), owner, new Frame[0], Long.MAX_VALUE,
            new Interpreter.ShareReader() {
                @Override
                public long read(int block, ElementType type, int byteIndex) {
                    throw new IllegalStateException("no shared memory while building the realm");
                }

                @Override
                public void write(int block, ElementType type, int byteIndex, long raw) {
                    throw new IllegalStateException("no shared memory while building the realm");
                }
            });
    }

    static Realm build() {
        RealmBuilder rb = new RealmBuilder();
        rb.value(rb.realm.global, "globalThis", rb.realm.global);
        rb.value(rb.realm.global, "self", rb.realm.global);
        CoreBuiltins.install(rb);
        ErrorBuiltins.install(rb);
        BufferBuiltins.install(rb);
        AtomicsBuiltins.install(rb);
        HostBuiltins.install(rb);
        StdLib.install(rb);
        rb.runPrelude();
        rb.realm.image = rb.heap.freeze();
        return rb.realm;
    }

    private void runPrelude() {
        String source;
        try (InputStream s = RealmBuilder.class.getResourceAsStream("/org/atomiscope/vm/prelude.js")) {
            if (s == null) {
                return;
            }
            source = new String(s.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Code code = Compiler.compileScript(Parser.parse("prelude.js", source));
        Ref fn = heap.alloc(JsFunction.closure(realm.functionProto, code, null, null));
        Interpreter.Result r = in.start(fn, realm.global, new Object[0]);
        if (!(r instanceof Interpreter.Finished)) {
            throw new IllegalStateException("prelude.js failed: " + r);
        }
        // Everything the prelude defined on built-in objects is a built-in: hide it from for-in.
        for (int id = 0; id < heap.size(); id++) {
            if (heap.cell(id) instanceof JsObject o && !(o instanceof JsFunction && ((JsFunction) o).kind == JsFunction.Kind.CLOSURE)) {
                JsObject w = heap.w(o.ref());
                for (int i = 0; i < w.props.size(); i++) {
                    w.props.setFlagsAt(i, (byte) (w.props.flags(i) & ~PropMap.ENUMERABLE));
                }
            }
        }
    }

    // ------------------------------------------------------------------ installation API

    /** A fresh prototype object (inheriting Object.prototype) tagged with a class name. */
    public Ref proto(String className) {
        JsObject o = new JsObject(realm.objectProto);
        o.className = className;
        return heap.alloc(o);
    }

    /** Defines a non-enumerable data property. */
    public void value(Ref target, String name, Object v) {
        heap.<JsObject>w(target).props.define(name, v, PropMap.HIDDEN);
    }

    /** Defines a non-enumerable built-in method on target. */
    public Ref method(Ref target, String name, int length, Native impl) {
        Ref f = heap.alloc(JsFunction.nativeFunction(realm.functionProto, name, length, false, impl));
        value(target, name, f);
        return f;
    }

    /** Defines an accessor with a native getter. */
    public void getter(Ref target, String name, Native impl) {
        Ref f = heap.alloc(JsFunction.nativeFunction(realm.functionProto, "get " + name, 0, false, impl));
        heap.<JsObject>w(target).props.define(name, new PropMap.Accessor(f, null), PropMap.HIDDEN);
    }

    /**
     * Defines a global constructor with the given prototype (linked both ways). The native sees
     * {@code in.newTarget != null} when called with {@code new}.
     */
    public Ref constructor(String name, int length, Ref proto, Native impl) {
        Ref f = heap.alloc(JsFunction.nativeFunction(realm.functionProto, name, length, true, impl));
        heap.<JsObject>w(f).props.define("prototype", proto, (byte) 0);
        value(proto, "constructor", f);
        value(realm.global, name, f);
        realm.constructors.put(name, f);
        return f;
    }

    /** A plain namespace object (Math, JSON, Atomics, console) on the global object. */
    public Ref namespace(String name) {
        Ref o = proto(name);
        value(realm.global, name, o);
        return o;
    }

}
