package org.atomiscope.compile;

/** A function literal as the constant pool holds it: its code and how to instantiate it. */
public record FunctionTemplate(Code code) {}
