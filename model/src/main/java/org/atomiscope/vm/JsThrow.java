package org.atomiscope.vm;

/** A JavaScript exception travelling through Java code (natives, conversions). */
public final class JsThrow extends RuntimeException {
    public final transient Object value;

    public JsThrow(Object value) {
        super(null, null, false, false);
        this.value = value;
    }
}
