package org.atomiscope.app.session;

import java.util.List;
import org.atomiscope.lang.Pos;
import org.atomiscope.machine.Choice;

/**
 * Something the Problems tab lists: a syntax or runtime error (with the place it happened, when
 * known), a deadlock, a livelock, a step limit, and what the analyses find: data races, lost
 * updates, a main thread that blocks. A problem found in another execution than the one on screen
 * carries that execution's schedule ({@code witness}, under {@code modelId}) so it can be replayed.
 */
public record Problem(Kind kind, String message, Pos pos, String modelId, List<Choice> witness) {
    public enum Kind {
        ERROR, DEADLOCK, LIVELOCK, LIMIT, WARNING, RACE, LOST_UPDATE, BLOCKING
    }

    public Problem {
        witness = witness == null ? List.of() : List.copyOf(witness);
    }

    public Problem(Kind kind, String message, Pos pos) {
        this(kind, message, pos, null, List.of());
    }

    public boolean replayable() {
        return modelId != null && !witness.isEmpty();
    }
}
