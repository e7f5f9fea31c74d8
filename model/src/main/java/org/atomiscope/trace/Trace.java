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
 * @param end     the machine the schedule ends in, when whoever made the trace had it (a run, a replay,
 *                the stepper), else null: the outcome line needs it, and the primes run takes a second
 *                to replay
 */
public record Trace(ScenarioSource scenario, String modelId, List<Choice> schedule, List<Event> events,
                    List<Relations.Arrow> arrows, Machine end) {
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
        return new Trace(source, model.id(), r.schedule(), r.events(), Relations.of(r.events()), r.last());
    }

    /**
     * From events already collected (the app's History has them): {@code events} must be what {@code schedule} does,
     * and {@code end} the machine it ends in (or null if not at hand).
     */
    public static Trace of(ScenarioSource source, MemoryModel model, List<Choice> schedule, List<Event> events,
                           Machine end) {
        return new Trace(source, model.id(), schedule, events, Relations.of(events), end);
    }

    /** A trace whose end machine is not known (found again by replaying when needed). */
    public Trace(ScenarioSource scenario, String modelId, List<Choice> schedule, List<Event> events,
                 List<Relations.Arrow> arrows) {
        this(scenario, modelId, schedule, events, arrows, null);
    }

    public MemoryModel model() {
        return Models.byId(modelId).orElseThrow();
    }

    /**
     * The machine the schedule ends in (for the outcome and how the run ended): {@link #end()} when
     * known ({@link #record}, {@link TraceFile#read} and the callers of {@link #of} have it), else by
     * running the schedule again.
     *
     * @throws IllegalArgumentException if a choice of the schedule is not enabled where it comes
     */
    public Machine replayToEnd() {
        return end != null ? end : Replay.run(Program.compile(scenario, model()), schedule).last();
    }
}
