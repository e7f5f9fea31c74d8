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

    /**
     * Whether two refs name the same object id. Two executions that reach the same state allocate
     * their own Ref instances for the same ids, so comparing states must use this, not {@code ==}.
     */
    public static boolean same(Ref a, Ref b) {
        return a == b || (a != null && b != null && a.id == b.id);
    }

    @Override
    public String toString() {
        return "#" + id;
    }
}
