package org.atomiscope.memory;

import java.util.List;
import java.util.Optional;

/** The memory models, by the names the command line, headers and traces use. */
public final class Models {
    private Models() {}

    public static final List<MemoryModel> ALL = List.of(ScModel.INSTANCE, TsoModel.INSTANCE, RelaxedModel.INSTANCE);

    public static Optional<MemoryModel> byId(String id) {
        return ALL.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** "sc", "tso", "relaxed" or "all". */
    public static List<MemoryModel> parse(String spec) {
        if (spec.equals("all")) {
            return ALL;
        }
        return List.of(byId(spec).orElseThrow(() -> new IllegalArgumentException(
            "unknown model '" + spec + "': use sc, tso, relaxed or all.")));
    }
}
