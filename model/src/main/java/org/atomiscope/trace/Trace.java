package org.atomiscope.trace;

import java.util.List;
import java.util.Objects;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.Models;
import org.atomiscope.scenario.ScenarioSource;
import org.atomiscope.stepper.Relations;

/**
 * One execution: the scenario (all its source files, so it replays anywhere), the model, the
 * schedule and every event with its links. A schedule is the whole truth of an execution (the model
 * has no other non-determinism), so a trace can always be checked by running the schedule again;
 * the events and arrows are what it looked like, kept for readers without an engine.
 *
 * @param modelId {@link MemoryModel#id()}: "sc", "tso" or "relaxed"
 * @param arrows  reads-from, synchronizes-with and flush arrows between {@code events}, by index
 *                ({@link Relations#of})
 */
public record Trace(ScenarioSource scenario, String modelId, List<Choice> schedule, List<Event> events,
                    List<Relations.Arrow> arrows) {
    /** The native format's version; readers refuse a newer one (docs/TRACES.md). */
    public static final int VERSION = 1;

    public Trace {
        Objects.requireNonNull(scenario, "scenario");
        if (Models.byId(modelId).isEmpty()) {
            throw new IllegalArgumentException("Unknown memory model '" + modelId + "': use sc, tso or relaxed.");
        }
        schedule = List.copyOf(schedule);
        events = List.copyOf(events);
        arrows = List.copyOf(arrows);
    }

    /**
     * Re-executes the schedule from the start to collect the events and derive the arrows.
     *
     * @throws IllegalArgumentException with a sentence if a choice is not enabled where it comes
     * @throws org.atomiscope.lang.ScenarioSyntaxError if the scenario does not compile
     */
    public static Trace record(ScenarioSource source, MemoryModel model, List<Choice> schedule) {
        Replay.Result r = Replay.run(Program.compile(source, model), schedule);
        return new Trace(source, model.id(), r.schedule(), r.events(), Relations.of(r.events()));
    }

    /** From events already collected (the app's History has them): {@code events} must be what {@code schedule} does. */
    public static Trace of(ScenarioSource source, MemoryModel model, List<Choice> schedule, List<Event> events) {
        return new Trace(source, model.id(), schedule, events, Relations.of(events));
    }

    public MemoryModel model() {
        return Models.byId(modelId).orElseThrow();
    }

    /**
     * The machine the schedule ends in (for the outcome and how the run ended): remembered from the
     * replay that made this trace when it was the latest one ({@link #record}, {@link TraceFile#read}),
     * else by running the schedule again.
     *
     * @throws IllegalArgumentException if a choice of the schedule is not enabled where it comes
     */
    public Machine replayToEnd() {
        return Replay.end(this);
    }
}
