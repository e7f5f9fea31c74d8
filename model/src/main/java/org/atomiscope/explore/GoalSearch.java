package org.atomiscope.explore;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Run;
import org.atomiscope.scenario.Goal;

/**
 * Where a challenge stands from one state of a run: already met, reachable (and by which schedule),
 * or out of reach. The app's hint is the first step of the schedule; {@code check} asks the same
 * question of an exploration from the start ({@link #in}).
 *
 * <p>A goal is met only where a run ends: a livelock's outcome may list agents that wait forever,
 * but a run never gets there, so it does not count as a way to a deadlock.
 */
public final class GoalSearch {
    /** States explored for one answer, unless told otherwise: enough for the course's challenges. */
    public static final long MAX_STATES = 200_000;

    public enum Status {
        /** The run has ended and its outcome meets the goal. */
        REACHED,
        /** Some continuation meets the goal: {@link Answer#path()} is the shortest one the explorer kept. */
        REACHABLE,
        /** No continuation from here meets it (the run must go back). */
        UNREACHABLE,
        /** The state limit was hit before an answer was found. */
        UNKNOWN
    }

    /**
     * @param status what the search found
     * @param path   for {@link Status#REACHABLE}, a schedule from the state asked about to an outcome
     *               that meets the goal (the explorer's first, not necessarily the shortest there is);
     *               empty otherwise
     * @param states states explored to answer
     */
    public record Answer(Status status, List<Choice> path, long states) {
        public Answer {
            path = List.copyOf(path);
        }

        /** The step to take next, the hint; null unless the goal is reachable. */
        public Choice next() {
            return path.isEmpty() ? null : path.get(0);
        }
    }

    private GoalSearch() {}

    /** Whether the run has ended in an outcome that meets the goal. */
    public static boolean reached(Machine m, Goal goal) {
        return m.isTerminal() && Run.outcomes(m, false).stream().anyMatch(goal::matches);
    }

    /**
     * Where the goal stands from {@code from}; {@code progress} (may be null) is told as the explorer
     * goes and may stop it by throwing.
     */
    public static Answer from(Machine from, Goal goal, long maxStates, Explorer.Progress progress) {
        if (reached(from, goal)) {
            return new Answer(Status.REACHED, List.of(), 1);
        }
        return in(Explorer.exploreFrom(from, maxStates, progress), goal);
    }

    /** The answer an exploration gives: its shortest kept witness of an ending that meets the goal. */
    public static Answer in(Explorer.Result r, Goal goal) {
        Optional<Explorer.Found> best = witness(r, goal);
        if (best.isPresent()) {
            return new Answer(Status.REACHABLE, best.get().witness(), r.states());
        }
        return new Answer(r.complete() ? Status.UNREACHABLE : Status.UNKNOWN, List.of(), r.states());
    }

    /** The outcome that meets the goal with the shortest witness, among real endings (not livelocks). */
    public static Optional<Explorer.Found> witness(Explorer.Result r, Goal goal) {
        return r.outcomes().stream()
                .filter(f -> f.outcome().livelocked().isEmpty() && !f.witness().isEmpty() && goal.matches(f.outcome()))
                .min(Comparator.comparingInt(f -> f.witness().size()));
    }
}
