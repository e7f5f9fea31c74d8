package org.atomiscope.vm;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.js.Heap;
import org.atomiscope.js.Ref;

/**
 * The built-in objects every agent starts with. They are created once, in a template heap whose
 * image every agent's heap starts from; copy-on-write gives each agent its own as soon as it changes
 * one. Because every agent heap starts from the same image, these refs are valid in all of them.
 */
public final class Realm {
    public Ref objectProto, functionProto, arrayProto, stringProto, numberProto, booleanProto;
    public Ref errorProto, arrayBufferProto, sharedArrayBufferProto, workerProto, iteratorProto;
    public Ref global;
    public final Map<String, Ref> errorProtos = new HashMap<>();
    public final Map<ElementType, Ref> typedArrayProtos = new EnumMap<>(ElementType.class);
    public final Map<String, Ref> constructors = new HashMap<>();
    Heap.Image image;

    public Heap.Image image() {
        return image;
    }

    private static volatile Realm standard;

    /** The shared standard realm (built on first use; immutable afterwards). */
    public static Realm standard() {
        Realm r = standard;
        if (r == null) {
            synchronized (Realm.class) {
                r = standard;
                if (r == null) {
                    r = RealmBuilder.build();
                    standard = r;
                }
            }
        }
        return r;
    }
}
