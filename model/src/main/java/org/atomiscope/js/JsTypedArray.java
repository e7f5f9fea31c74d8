package org.atomiscope.js;

import org.atomiscope.buffer.ElementType;

/** A typed-array view: element type, the buffer object, offset and length (fixed-length views only). */
public final class JsTypedArray extends JsObject {
    public final ElementType type;
    public final Ref buffer;
    public final int byteOffset;
    public final int length;
    /** Copied from the buffer so element access needs no second lookup. */
    public final boolean shared;
    public final int block;

    public JsTypedArray(Ref proto, ElementType type, Ref buffer, int byteOffset, int length, boolean shared, int block) {
        super(proto);
        this.type = type;
        this.buffer = buffer;
        this.byteOffset = byteOffset;
        this.length = length;
        this.shared = shared;
        this.block = block;
        this.className = type.constructorName();
    }
}
