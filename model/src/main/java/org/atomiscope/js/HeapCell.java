package org.atomiscope.js;

/**
 * Something stored in a {@link Heap}: a JavaScript object or a scope. Cells are mutable only
 * while owned by the current step's owner token; a cell from an earlier snapshot is copied
 * before it is changed (see {@link Heap#w(Ref)}).
 */
public abstract class HeapCell implements Cloneable {
    Object owner;
    Ref ref;

    public final Ref ref() {
        return ref;
    }

    /** A shallow copy whose own mutable containers (arrays, maps) are copied too. */
    protected HeapCell copyContents() {
        try {
            return (HeapCell) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}
