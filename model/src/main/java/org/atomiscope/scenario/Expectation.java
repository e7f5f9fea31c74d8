package org.atomiscope.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.atomiscope.lang.Pos;

/**
 * One {@code @expect} line: a partial outcome and, per memory model, what exploring that
 * model must find. Like jcstress's declared grades, expectations are data in the scenario;
 * the explorer grades, and reporting is separate.
 *
 * <p>The expected text names only the parts it is about. It matches every outcome that has
 * all of those parts, each compared whole: {@code "reader: 123456 191"} must equal the
 * reader's entire part (all its lines), so it does not match {@code "reader: 123456 191 | x"}.
 *
 * @param text     the expected text as written (escapes resolved)
 * @param parts    the parts of the text, as {@link Outcome#parts()} would list them
 * @param verdicts model name ({@link #MODELS}) to verdict, in the order written
 * @param pos      where the {@code @expect} tag is, for reports
 */
public record Expectation(String text, Set<String> parts, Map<String, Verdict> verdicts, Pos pos) {

    /** The memory models a scenario can pin, in the order reports show them. */
    public static final List<String> MODELS = List.of("sc", "tso", "relaxed");

    public Expectation {
        parts = Collections.unmodifiableSet(new LinkedHashSet<>(parts));
        verdicts = Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
        for (String model : verdicts.keySet()) {
            if (!MODELS.contains(model)) {
                throw new IllegalArgumentException("Unknown memory model '" + model + "': the models are sc, tso and relaxed.");
            }
        }
    }

    /**
     * An expectation from its text.
     *
     * @throws IllegalArgumentException with a sentence if the text is not a partial outcome
     */
    public static Expectation of(String text, Map<String, Verdict> verdicts, Pos pos) {
        Set<String> parts = Outcome.parse(text).parts();
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("The expected outcome is empty: name at least one part, as in \"reader: 1\".");
        }
        return new Expectation(text, parts, verdicts, pos);
    }

    /** Whether the outcome has every part of the expected text. */
    public boolean matches(Outcome outcome) {
        return outcome.parts().containsAll(parts);
    }

    /** The verdict pinned for a model, if this expectation names it. */
    public Optional<Verdict> verdict(String model) {
        return Optional.ofNullable(verdicts.get(model));
    }

    /** The line as it could be written in a header. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("@expect \"")
                .append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        verdicts.forEach((model, verdict) -> sb.append("  ").append(model).append(": ").append(verdict.word()));
        return sb.toString();
    }
}
