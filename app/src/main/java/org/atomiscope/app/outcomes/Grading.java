package org.atomiscope.app.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atomiscope.explore.Explorer;
import org.atomiscope.scenario.Expectation;
import org.atomiscope.scenario.Verdict;

/**
 * Reads the explored results against the scenario's {@code @expect} lines, the way
 * {@code atomiscope check} grades them (an expectation's verdict holds for the number of distinct
 * outcomes that match it), but answers per cell of the table: does what this model found of this
 * outcome agree with what the scenario expects? Reporting is separate from grading: this class only
 * decides and explains.
 */
final class Grading {
    /** A cell's mark: whether it agrees with every expectation about it, and why, in sentences. */
    record Mark(boolean holds, String explanation) {}

    private final List<Expectation> expects;
    private final Map<String, Explorer.Result> results;

    Grading(List<Expectation> expects, Map<String, Explorer.Result> results) {
        this.expects = List.copyOf(expects);
        this.results = Map.copyOf(results);
    }

    /**
     * The mark for one cell, or null when no expectation speaks about it. An incomplete exploration
     * proves nothing, so its cells get no mark. A cell without the outcome gets a mark only for
     * "never" (kept, as expected) or when the expectation fails; otherwise "sometimes" would mark
     * every empty cell next to a matching one.
     */
    Mark mark(OutcomeRow row, String modelId) {
        Explorer.Result r = results.get(modelId);
        if (r == null || !r.complete()) {
            return null;
        }
        boolean found = row.found(modelId) != null;
        boolean all = true;
        List<String> why = new ArrayList<>();
        for (Expectation e : expects) {
            Optional<Verdict> v = e.verdict(modelId);
            if (v.isEmpty() || !e.matches(row.value())) {
                continue;
            }
            long matching = matching(e, r);
            long total = r.outcomes().size();
            boolean holds = v.get().holds(matching, total);
            if (!found && v.get() != Verdict.NEVER && holds) {
                continue;
            }
            all &= holds;
            why.add(sentence(e, v.get(), modelId, holds, matching, total));
        }
        return why.isEmpty() ? null : new Mark(all, String.join("\n", why));
    }

    /** Expectations that should have been found under some model but match no outcome there. */
    List<String> missing() {
        List<String> out = new ArrayList<>();
        for (Expectation e : expects) {
            e.verdicts().forEach((modelId, v) -> {
                Explorer.Result r = results.get(modelId);
                if (r != null && r.complete() && v != Verdict.NEVER && matching(e, r) == 0) {
                    out.add(sentence(e, v, modelId, false, 0, r.outcomes().size()));
                }
            });
        }
        return out;
    }

    private static long matching(Expectation e, Explorer.Result r) {
        return r.outcomes().stream().filter(f -> e.matches(f.outcome())).count();
    }

    private static String sentence(Expectation e, Verdict v, String modelId, boolean holds, long matching, long total) {
        String head = "Expected \"" + e.text() + "\" " + v.word() + " under " + OutcomesView.shortName(modelId);
        return switch (v) {
            case NEVER -> holds ? head + ": no execution has it." : head + ", but an execution has it.";
            case SOMETIMES -> holds ? head + ": found." : head + ", but no execution has it.";
            case ALWAYS -> holds ? head + ": every execution has it."
                : head + ", but only " + matching + " of " + total + " outcomes match.";
        };
    }
}
