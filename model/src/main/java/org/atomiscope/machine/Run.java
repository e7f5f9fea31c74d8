package org.atomiscope.machine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.atomiscope.compile.Code;
import org.atomiscope.compile.Compiler;
import org.atomiscope.js.JsFunction;
import org.atomiscope.js.Ref;
import org.atomiscope.lang.Parser;
import org.atomiscope.lang.ScenarioSyntaxError;
import org.atomiscope.machine.AgentState.Status;
import org.atomiscope.scenario.Outcome;
import org.atomiscope.vm.Interpreter;

/**
 * Runs a machine to its end under a scheduler and reports how it ended and its outcome line.
 */
public final class Run {
    private Run() {}

    /** How an execution ended. */
    public enum Ending {
        COMPLETED("completed"),
        DEADLOCK("deadlock"),
        STEP_LIMIT("step limit"),
        THREW("an agent threw"),
        HUNG("an agent ran forever without a visible event");

        public final String text;

        Ending(String text) {
            this.text = text;
        }
    }

    public record Result(Ending ending, Outcome outcome, Machine last, List<Choice> schedule, String message) {}

    public static Result run(Machine start, Scheduler scheduler, long maxSteps, Consumer<Event> listener) {
        Machine m = start;
        List<Choice> schedule = new ArrayList<>();
        while (true) {
            List<Choice> choices = m.choices();
            if (choices.isEmpty()) {
                break;
            }
            if (schedule.size() >= maxSteps) {
                return finish(m, schedule, true);
            }
            Choice c = scheduler.pick(m, choices);
            Step s = m.take(c);
            schedule.add(c);
            for (Event e : s.events()) {
                listener.accept(e);
            }
            m = s.machine();
        }
        return finish(m, schedule, false);
    }

    private static Result finish(Machine m, List<Choice> schedule, boolean limited) {
        Outcome outcome = outcome(m, limited);
        Ending ending;
        String message;
        List<String> hung = new ArrayList<>();
        List<String> threw = new ArrayList<>();
        for (AgentState a : m.agents) {
            if (a.status() == Status.HUNG) {
                hung.add(a.name() + " " + a.error() + " at " + a.errorPos());
            }
            if (a.status() == Status.THREW) {
                threw.add(a.errorPos() + ": " + a.name() + " threw " + a.error());
            }
        }
        List<String> blocked = m.blockedForever();
        if (limited) {
            ending = Ending.STEP_LIMIT;
            message = "Stopped after " + schedule.size() + " steps (the step limit); raise it with --max-steps if the scenario needs more.";
        } else if (!hung.isEmpty()) {
            ending = Ending.HUNG;
            message = sentence(String.join("; ", hung));
        } else if (!blocked.isEmpty()) {
            ending = Ending.DEADLOCK;
            message = "Deadlock: " + String.join(", ", blocked) + (blocked.size() == 1 ? " waits" : " wait")
                + " in Atomics.wait and nobody is left to notify.";
        } else if (!threw.isEmpty()) {
            ending = Ending.THREW;
            message = sentence(String.join("; ", threw));
        } else {
            ending = Ending.COMPLETED;
            message = "Completed in " + schedule.size() + " steps.";
        }
        return new Result(ending, outcome, m, List.copyOf(schedule), message);
    }

    private static String sentence(String s) {
        return s.endsWith(".") ? s : s + ".";
    }

    /** The outcome line of a finished (or stopped) execution. */
    public static Outcome outcome(Machine m, boolean limited) {
        Outcome.Builder b = Outcome.builder();
        for (AgentState a : m.agents) {
            b.agent(a.name(), a.console());
        }
        for (String expr : m.program.source.header().observe()) {
            b.finalValue(expr, observe(m, expr));
        }
        List<String> blocked = m.blockedForever();
        if (!blocked.isEmpty()) {
            b.deadlocked(blocked.toArray(new String[0]));
        }
        for (AgentState a : m.agents) {
            if (a.status() == Status.THREW) {
                b.threw(a.name(), a.error());
            }
        }
        if (limited || m.agents().stream().anyMatch(a -> a.status() == Status.HUNG)) {
            b.stepLimit();
        }
        return b.build();
    }

    /**
     * Evaluates an @observe expression in main's top-level scope after everything ended, reading
     * shared memory as its final contents.
     */
    static String observe(Machine m, String expr) {
        AgentState main = m.agents[0];
        if (main.scriptScope() == null) {
            return "unavailable";
        }
        try {
            org.atomiscope.js.Scope scope = (org.atomiscope.js.Scope) main.heap().get(main.scriptScope().id);
            Code code = Compiler.compileIn(Parser.parseExpression("@observe", expr), scope.names);
            return Observer.evaluate(m, main, code);
        } catch (ScenarioSyntaxError e) {
            return "error";
        }
    }
}
