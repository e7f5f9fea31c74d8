package org.atomiscope.js;

/** A runtime scope: the slots of one function body, block or loop iteration, and its parent. */
public final class Scope extends HeapCell {
    public final Ref parent;
    public Object[] slots;
    /** Binding names (shared with the compiled template), for messages and the UI. */
    public final java.util.List<String> names;

    public Scope(Ref parent, Object[] slots, java.util.List<String> names) {
        this.parent = parent;
        this.slots = slots;
        this.names = names;
    }

    @Override
    protected HeapCell copyContents() {
        Scope s = (Scope) super.copyContents();
        s.slots = slots.clone();
        return s;
    }
}
