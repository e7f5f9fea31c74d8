package org.atomiscope.scenario;

/**
 * A scenario or the library could not be loaded: a missing file, a folder without
 * {@code main.js}, an unreadable file or a malformed header. The message is a sentence (with
 * the position first when the header is at fault; the cause is then the
 * {@link org.atomiscope.lang.ScenarioSyntaxError}).
 */
public final class ScenarioLoadException extends RuntimeException {
    public ScenarioLoadException(String sentence) {
        super(sentence);
    }

    public ScenarioLoadException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
