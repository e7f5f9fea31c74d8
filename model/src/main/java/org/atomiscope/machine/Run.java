package org.atomiscope.machine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.atomiscope.machine.AgentState.Status;
import org.atomiscope.scenario.Outcome;

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
            message = String.format("Stopped after %,d steps (the step limit); raise it with --max-steps if the scenario needs more.",
                schedule.size());
        } else if (!hung.isEmpty()) {
            ending = Ending.HUNG;
            message = sentence(String.join("; ", hung));
        } else if (!blocked.isEmpty()) {
            ending = Ending.DEADLOCK;
            message = deadlock(blocked);
        } else if (!threw.isEmpty()) {
            ending = Ending.THREW;
            message = sentence(String.join("; ", threw));
        } else {
            ending = Ending.COMPLETED;
            message = "Completed in " + schedule.size() + (schedule.size() == 1 ? " step." : " steps.");
        }
        return new Result(ending, outcome, m, List.copyOf(schedule), message);
    }

    /** Console output that spans lines (console.log of a large object) folded into one line. */
    private static List<String> oneLine(List<String> lines) {
        for (String l : lines) {
            if (l.indexOf('\n') >= 0) {
                return lines.stream().map(x -> x.replaceAll("\\s*\\n\\s*", " ")).toList();
            }
        }
        return lines;
    }

    /** "Deadlock: a, b wait in Atomics.wait and nobody is left to notify." */
    public static String deadlock(List<String> blocked) {
        return "Deadlock: " + String.join(", ", blocked) + (blocked.size() == 1 ? " waits" : " wait")
            + " in Atomics.wait and nobody is left to notify.";
    }

    private static String sentence(String s) {
        return s.endsWith(".") ? s : s + ".";
    }

    /** The outcome line of a finished (or stopped) execution (the first observation, if several). */
    public static Outcome outcome(Machine m, boolean limited) {
        return outcomes(m, limited).get(0);
    }

    /**
     * Every outcome a finished execution has: one, unless a relaxed model leaves the observer a
     * choice of final values.
     */
    public static List<Outcome> outcomes(Machine m, boolean limited) {
        List<String> exprs = m.program.source.header().observe();
        List<Outcome> out = new ArrayList<>();
        for (List<String> values : Observer.all(m, exprs)) {
            Outcome.Builder b = Outcome.builder();
            for (AgentState a : m.agents) {
                b.agent(a.name(), oneLine(a.console()));
            }
            for (int i = 0; i < exprs.size(); i++) {
                b.finalValue(exprs.get(i), values.get(i));
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
            out.add(b.build());
        }
        return out;
    }
}
