package org.atomiscope.app.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.atomiscope.analysis.Finding;
import org.atomiscope.analysis.Site;

/** An analysis finding as the Problems tab lists it. */
public final class Findings {
    private Findings() {}

    /**
     * @param replayable whether the finding comes from another execution than the one on screen, so
     *                   its witness is worth loading
     */
    public static Problem problem(Finding f, boolean replayable) {
        Problem.Kind kind = switch (f.kind()) {
            case DATA_RACE -> Problem.Kind.RACE;
            case LOST_UPDATE -> Problem.Kind.LOST_UPDATE;
            case DEADLOCK -> Problem.Kind.DEADLOCK;
            case LIVELOCK -> Problem.Kind.LIVELOCK;
            case MAIN_THREAD_WAIT, MAIN_THREAD_SPIN -> Problem.Kind.BLOCKING;
        };
        // The sentences name their kind already ("Data race on ia[42]: …").
        String message = f.sentence();
        var pos = f.sites().isEmpty() ? null : f.sites().get(0).pos();
        List<String> places = new ArrayList<>();
        for (Site s : f.sites()) {
            places.add(s.agentName() + "@" + s.pos());
        }
        Collections.sort(places);
        String identity = f.kind() + " " + places;
        return replayable ? new Problem(kind, message, pos, f.modelId(), f.witness(), identity)
            : new Problem(kind, message, pos, null, List.of(), identity);
    }
}
