package org.atomiscope.lang;

/** A place in a scenario source file: 1-based line and column. */
public record Pos(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
