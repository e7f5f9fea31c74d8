package org.atomiscope.trace;

/** A trace refused; {@link #getMessage()} is one sentence for the user, naming the file and what is wrong. */
public final class TraceException extends Exception {
    private static final long serialVersionUID = 1L;

    public TraceException(String message) {
        super(message);
    }

    public TraceException(String message, Throwable cause) {
        super(message, cause);
    }
}
