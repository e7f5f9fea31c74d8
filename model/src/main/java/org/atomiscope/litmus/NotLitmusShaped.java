package org.atomiscope.litmus;

import org.atomiscope.lang.Pos;

/**
 * A scenario that cannot be written as a litmus test: it loops, branches, waits, computes an
 * index, mixes element sizes, or does anything else a herd litmus test has no words for. Like
 * {@link org.atomiscope.lang.ScenarioSyntaxError}, the message is the position and one sentence
 * saying why.
 */
public final class NotLitmusShaped extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Pos pos;
    private final String sentence;

    public NotLitmusShaped(Pos pos, String sentence) {
        super(pos + ": " + sentence);
        this.pos = pos;
        this.sentence = sentence;
    }

    /** Where the construct that does not export is. */
    public Pos pos() {
        return pos;
    }

    /** The message without the position. */
    public String sentence() {
        return sentence;
    }
}
