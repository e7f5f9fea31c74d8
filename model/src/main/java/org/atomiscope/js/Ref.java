package org.atomiscope.js;

/**
 * A reference to an object in one agent's {@link Heap}. Objects refer to each other only through
 * refs, never through Java references, so that a heap snapshot can be shared between machines and
 * copied page by page on write. Each id has exactly one Ref instance in a heap's lineage, so refs
 * may be compared with {@code ==}.
 */
public final class Ref {
    public final int id;

    Ref(int id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "#" + id;
    }
}
