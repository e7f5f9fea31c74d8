package org.atomiscope.lang;

/**
 * A scenario that cannot be parsed or uses a construct the scenario language does not
 * support. The message is a sentence; {@link #getMessage()} prefixes the position.
 */
public final class ScenarioSyntaxError extends RuntimeException {
    private final Pos pos;
    private final String sentence;

    public ScenarioSyntaxError(Pos pos, String sentence) {
        super(pos + ": " + sentence);
        this.pos = pos;
        this.sentence = sentence;
    }

    public Pos pos() {
        return pos;
    }

    /** The message without the position. */
    public String sentence() {
        return sentence;
    }
}
