package org.atomiscope.scenario;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.atomiscope.lang.Pos;

/**
 * One {@code @goal} line: a challenge to schedule the agents so that an outcome happens. The goal
 * is either a partial outcome, matched as an {@code @expect} text is (every part it names must be
 * in the outcome, each compared whole), or the word {@code deadlock}: any outcome in which some
 * agent waits forever.
 *
 * @param text  the goal as written: the outcome text, or {@value ScenarioHeader#GOAL_DEADLOCK}
 * @param parts the parts an outcome must have; empty for a deadlock goal
 * @param pos   where the {@code @goal} tag is
 */
public record Goal(String text, Set<String> parts, Pos pos) {

    public Goal {
        parts = Collections.unmodifiableSet(new LinkedHashSet<>(parts));
        if (parts.isEmpty() != text.equals(ScenarioHeader.GOAL_DEADLOCK)) {
            throw new IllegalArgumentException("A goal is the word deadlock, or an outcome with at least one part.");
        }
    }

    /**
     * A goal from its text.
     *
     * @throws IllegalArgumentException with a sentence if the text is neither deadlock nor a partial outcome
     */
    public static Goal of(String text, Pos pos) {
        if (text.equals(ScenarioHeader.GOAL_DEADLOCK)) {
            return new Goal(text, Set.of(), pos);
        }
        Set<String> parts = Outcome.parse(text).parts();
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("The goal is empty: name at least one part, as in \"reader: 1\".");
        }
        return new Goal(text, parts, pos);
    }

    public boolean isDeadlock() {
        return parts.isEmpty();
    }

    /** Whether an execution that ended in {@code outcome} meets the goal. */
    public boolean matches(Outcome outcome) {
        return isDeadlock() ? !outcome.deadlocked().isEmpty() : outcome.parts().containsAll(parts);
    }
}
