package org.atomiscope.machine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomiscope.memory.ScModel;
import org.atomiscope.scenario.HeaderParser;
import org.atomiscope.scenario.ScenarioSource;
import org.atomiscope.vm.Limits;

/**
 * Test support: runs a scenario on the SC machine under a named scheduler and keeps what the run
 * produced (its result and every event), so a test can assert on the outcome line, the ending, the
 * message and the order of events. Single-file scenarios are named {@code t.js}; folder scenarios
 * have {@code main.js} plus the files given.
 */
public final class Scenarios {
    private Scenarios() {}

    /** Steps a run may take before it is cut off: far more than any test needs, small enough to stop fast. */
    public static final long MAX_STEPS = 100_000;

    /** A finished run: the result and the events in the order they happened. */
    public record Ran(Run.Result result, List<Event> events) {
        public String outcome() {
            return result.outcome().toString();
        }

        public Run.Ending ending() {
            return result.ending();
        }

        public String message() {
            return result.message();
        }

        /** The console lines of one agent. */
        public List<String> lines(String agent) {
            return result.outcome().linesOf(agent);
        }

        /** Virtual time at the end of the run. */
        public double now() {
            return result.last().now();
        }

        public List<Event> events(Event.Kind kind) {
            return events.stream().filter(e -> e.kind() == kind).toList();
        }

        /** The texts of the events of one kind, in order. */
        public List<String> texts(Event.Kind kind) {
            return events(kind).stream().map(Event::text).toList();
        }

        /** Every console line of every agent in the order printed, as {@code agent: line}. */
        public List<String> console() {
            return events(Event.Kind.CONSOLE).stream().map(e -> e.agentName() + ": " + e.text()).toList();
        }

        /** Events that touch shared memory (reads, writes, read-modify-writes). */
        public List<Event> memoryEvents() {
            return events.stream()
                .filter(e -> e.kind() == Event.Kind.READ || e.kind() == Event.Kind.WRITE || e.kind() == Event.Kind.RMW)
                .toList();
        }

        public AgentState agent(String name) {
            return result.last().agents().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no agent named " + name));
        }
    }

    /** Runs a single-file scenario under the default schedule. */
    public static Ran run(String src) {
        return run(ScenarioSource.ofSingleFile("t.js", src), "default", 0, Limits.DEFAULT_STEP_INSTRUCTIONS, MAX_STEPS);
    }

    public static Ran run(String src, String scheduler, long seed) {
        return run(ScenarioSource.ofSingleFile("t.js", src), scheduler, seed, Limits.DEFAULT_STEP_INSTRUCTIONS, MAX_STEPS);
    }

    /** Runs a single-file scenario whose agents may run only {@code instructions} between visible events. */
    public static Ran runWithBudget(String src, long instructions) {
        return run(ScenarioSource.ofSingleFile("t.js", src), "default", 0, instructions, MAX_STEPS);
    }

    /** The outcome line of a single-file scenario under the default schedule. */
    public static String out(String src) {
        return run(src).outcome();
    }

    /** The main agent's console lines joined by {@code " | "}: what {@code main: ...} shows. */
    public static String main(String src) {
        return String.join(" | ", run(src).lines("main"));
    }

    /** A header that lets the main agent block, as Node does. */
    public static String node(String body) {
        return "/**\n * @host node\n */\n" + body;
    }

    /** A folder scenario: main.js and then pairs of file name and text. */
    public static ScenarioSource folder(String mainJs, String... namesAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("main.js", mainJs);
        for (int i = 0; i + 1 < namesAndTexts.length; i += 2) {
            files.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return new ScenarioSource("t", "main.js", files, HeaderParser.parse("main.js", mainJs), "test");
    }

    /** Runs a folder scenario (main.js plus worker files) under the default schedule. */
    public static Ran runFolder(String mainJs, String... namesAndTexts) {
        return run(folder(mainJs, namesAndTexts), "default", 0, Limits.DEFAULT_STEP_INSTRUCTIONS, MAX_STEPS);
    }

    /** Main.js plus one worker.js. */
    public static Ran withWorker(String mainJs, String workerJs) {
        return runFolder(mainJs, "worker.js", workerJs);
    }

    public static Ran run(ScenarioSource source, String scheduler, long seed, long instructions, long maxSteps) {
        Program p = Program.compile(source, ScModel.INSTANCE, instructions);
        List<Event> events = new ArrayList<>();
        Run.Result r = Run.run(Machine.initial(p), Scheduler.named(scheduler, seed), maxSteps, events::add);
        return new Ran(r, List.copyOf(events));
    }
}
