package org.atomiscope.app.outcomes;

import java.util.Map;
import org.atomiscope.explore.Explorer;
import org.atomiscope.scenario.Outcome;

/**
 * One row of the outcomes table: an outcome and, per memory model id, what exploring that model
 * found of it (absent: never).
 */
public record OutcomeRow(String outcome, Outcome value, Map<String, Explorer.Found> found) {
    public OutcomeRow {
        found = Map.copyOf(found);
    }

    /** Terminal states (or livelock regions) with this outcome under a model; 0 when never. */
    public long count(String modelId) {
        Explorer.Found f = found.get(modelId);
        return f == null ? 0 : f.count();
    }

    public Explorer.Found found(String modelId) {
        return found.get(modelId);
    }
}
