package org.atomiscope.js;

import org.atomiscope.buffer.PagedBytes;

/**
 * An ArrayBuffer or SharedArrayBuffer object. A plain ArrayBuffer's bytes belong to its agent and
 * live here; a SharedArrayBuffer only names a block of the machine's shared memory, so each agent
 * that receives it gets its own wrapper object (own properties are not shared) over the same block.
 */
public final class JsArrayBuffer extends JsObject {
    public final boolean shared;
    /** The shared block, or -1. */
    public final int block;
    public final int byteLength;
    /** Local bytes of a plain ArrayBuffer, or null. */
    public PagedBytes bytes;

    public JsArrayBuffer(Ref proto, boolean shared, int block, int byteLength, PagedBytes bytes) {
        super(proto);
        this.shared = shared;
        this.block = block;
        this.byteLength = byteLength;
        this.bytes = bytes;
        this.className = shared ? "SharedArrayBuffer" : "ArrayBuffer";
    }
}
