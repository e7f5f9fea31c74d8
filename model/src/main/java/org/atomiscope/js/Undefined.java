package org.atomiscope.js;

/** The JavaScript values {@code undefined} and {@code null}, and two engine-internal markers. */
public enum Undefined {
    UNDEFINED("undefined"),
    NULL("null"),
    /** An uninitialised let/const/class binding (temporal dead zone). */
    TDZ("<uninitialised>"),
    /** A hole in an array literal or a sparse array. */
    HOLE("<empty>");

    private final String text;

    Undefined(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }
}
