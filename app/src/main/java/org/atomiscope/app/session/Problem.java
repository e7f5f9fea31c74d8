package org.atomiscope.app.session;

import java.util.List;
import org.atomiscope.lang.Pos;
import org.atomiscope.machine.Choice;

/**
 * Something the Problems tab lists: a syntax or runtime error (with the place it happened, when
 * known), a deadlock, a livelock, a step limit, and what the analyses find: data races, lost
 * updates, a main thread that blocks. A problem found in another execution than the one on screen
 * carries that execution's schedule ({@code witness}, under {@code modelId}) so it can be replayed.
 * An analysis finding has an {@code identity}: its kind and its agents at their places, so that the
 * same race seen in two executions (and worded in another order) is listed once.
 */
public record Problem(Kind kind, String message, Pos pos, String modelId, List<Choice> witness, String identity) {
    public enum Kind {
        ERROR, DEADLOCK, LIVELOCK, LIMIT, WARNING, RACE, LOST_UPDATE, BLOCKING
    }

    public Problem {
        witness = witness == null ? List.of() : List.copyOf(witness);
    }

    public Problem(Kind kind, String message, Pos pos) {
        this(kind, message, pos, null, List.of(), null);
    }

    /** Whether both are the same finding (same kind, same agents at the same places), however worded. */
    public boolean sameFinding(Problem o) {
        return identity != null && identity.equals(o.identity);
    }

    public boolean replayable() {
        return modelId != null && !witness.isEmpty();
    }
}
