package org.atomiscope.trace;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.atomiscope.explore.Explorer;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.machine.Run;
import org.atomiscope.machine.Scheduler;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.scenario.Expectation;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.atomiscope.vm.Limits;

/** Scenarios, schedules and written traces for the trace tests. */
final class TraceTesting {
    private TraceTesting() {}

    static final ScenarioLibrary LIBRARY = ScenarioLibrary.fromClasspath();

    static ScenarioSource scenario(String name) {
        return LIBRARY.find(name);
    }

    /** The schedule the explorer first found reaching an outcome with {@code parts}. */
    static List<Choice> witness(ScenarioSource s, MemoryModel model, String parts) {
        Explorer.Result r = Explorer.explore(Program.compile(s, model), Explorer.DEFAULT_MAX_STATES, null);
        Expectation wanted = Expectation.of(parts, Map.of(), null);
        return r.outcomes().stream().filter(f -> wanted.matches(f.outcome())).findFirst()
            .orElseThrow(() -> new AssertionError(s.name() + " never reaches " + parts + " under " + model.id()))
            .witness();
    }

    /** The default run's schedule, with the scenario's own step limit. */
    static Run.Result defaultRun(ScenarioSource s, MemoryModel model) {
        long limit = s.header().maxSteps().orElse((int) Limits.DEFAULT_MAX_STEPS);
        return Run.run(Machine.initial(Program.compile(s, model)), Scheduler.named("default", 1), limit, e -> { });
    }

    /** Agents taken last first: the highest-numbered agent that can act, so a waiter sleeps before its waker runs. */
    static Run.Result lastAgentFirst(ScenarioSource s, MemoryModel model) {
        Scheduler last = (m, choices) -> {
            List<Choice> c = Scheduler.withoutWaiting(choices);
            return c.get(c.size() - 1);
        };
        return Run.run(Machine.initial(Program.compile(s, model)), last, 10_000, e -> { });
    }

    static String write(TraceFormat format, Trace trace) {
        StringWriter out = new StringWriter();
        try {
            format.write(trace, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
