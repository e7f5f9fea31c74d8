package org.atomiscope.vm;

/** Returned by a native built-in that needs a visible event performed before it can finish. */
public record Suspend(Request request) {}
