package org.atomiscope.scenario;

import java.util.Locale;
import java.util.Optional;

/**
 * What exploring one memory model must find for an expected outcome, as jcstress grades
 * its results: the outcome is forbidden, reachable, or forced.
 */
public enum Verdict {
    /** No execution has the outcome. */
    NEVER,
    /**
     * At least one execution has the outcome: the explorer must find a witness. An outcome
     * that every execution has satisfies this too, so a scenario author who is sure only
     * that something can happen writes {@code sometimes}.
     */
    SOMETIMES,
    /** Every execution has the outcome. */
    ALWAYS;

    /** The word used in headers: {@code never}, {@code sometimes}, {@code always}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Verdict> parse(String word) {
        for (Verdict v : values()) {
            if (v.word().equals(word)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether this verdict holds when {@code matching} of {@code total} explored executions
     * (or distinct terminal outcomes) have the outcome.
     */
    public boolean holds(long matching, long total) {
        return switch (this) {
            case NEVER -> matching == 0;
            case SOMETIMES -> matching > 0;
            case ALWAYS -> total > 0 && matching == total;
        };
    }

    /** The strongest verdict that holds for {@code matching} of {@code total}. */
    public static Verdict of(long matching, long total) {
        if (matching == 0) {
            return NEVER;
        }
        return matching == total ? ALWAYS : SOMETIMES;
    }

    @Override
    public String toString() {
        return word();
    }
}
