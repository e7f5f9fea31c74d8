package org.atomiscope.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomiscope.explore.Explorer;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.machine.Run;
import org.atomiscope.machine.Scheduler;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.scenario.ScenarioSource;
import org.atomiscope.vm.Limits;

/**
 * The findings of a scenario over many executions, per memory model: the default run, seeded random
 * runs, and the witness of every outcome an exploration found. Each execution is analysed by
 * {@link RunAnalysis}; explored livelocks are added. A finding that several executions show (same
 * kind, same agents at the same positions) is listed once, with the first execution's model and
 * schedule as its witness. Deterministic: the random runs use seeds 1 to {@code randomRuns}.
 */
public final class ScenarioAnalysis {
    private ScenarioAnalysis() {}

    /**
     * Events per model after which no further random run starts. The library's small scenarios run
     * every random run asked for; one of 100,000 events gets the default run and two more.
     */
    static final long RANDOM_RUN_BUDGET = 250_000;

    /**
     * @param findings   every finding, once, in the order first seen
     * @param executions how many executions were examined
     * @param raceFree   whether none of them had a data race
     */
    public record Report(List<Finding> findings, int executions, boolean raceFree) {
        public Report {
            findings = List.copyOf(findings);
        }

        /** One or two sentences: "No data race in the 14 executions examined: ..." or "2 data races, 1 lost update ...". */
        public String summary() {
            Map<Finding.Kind, Integer> counts = new EnumMap<>(Finding.Kind.class);
            for (Finding f : findings) {
                counts.merge(f.kind(), 1, Integer::sum);
            }
            List<String> parts = new ArrayList<>();
            counts.forEach((k, n) -> parts.add(n + " " + noun(k) + (n == 1 ? "" : "s")));
            String examined = "the " + executions + (executions == 1 ? " execution" : " executions") + " examined";
            if (raceFree) {
                String s = "No data race in " + examined + ": every two conflicting accesses are ordered by happens-before.";
                return parts.isEmpty() ? s : s + " Found " + String.join(", ", parts) + ".";
            }
            return String.join(", ", parts) + " in " + examined + ".";
        }

        private static String noun(Finding.Kind k) {
            return switch (k) {
                case DATA_RACE -> "data race";
                case LOST_UPDATE -> "lost update";
                case DEADLOCK -> "deadlock";
                case LIVELOCK -> "livelock";
                case MAIN_THREAD_WAIT -> "wait on the main thread";
                case MAIN_THREAD_SPIN -> "spin on the main thread";
            };
        }
    }

    /**
     * Analyses a scenario.
     *
     * @param models     the memory models to run it under
     * @param explored   exploration results by model id (may be empty); their witnesses are replayed
     *                   and their livelocks reported
     * @param randomRuns how many seeded random runs per model
     * @throws org.atomiscope.lang.ScenarioSyntaxError when the scenario does not compile
     */
    public static Report analyze(ScenarioSource source, List<MemoryModel> models, Map<String, Explorer.Result> explored,
                                 int randomRuns) {
        long maxSteps = source.header().maxSteps().isPresent() ? source.header().maxSteps().getAsInt()
            : Limits.DEFAULT_MAX_STEPS;
        Map<String, Finding> found = new LinkedHashMap<>();
        int executions = 0;
        for (MemoryModel model : models) {
            Program program = Program.compile(source, model);
            List<Scheduler> schedulers = new ArrayList<>();
            schedulers.add(Scheduler.named("default", 1));
            for (int seed = 1; seed <= randomRuns; seed++) {
                schedulers.add(Scheduler.named("random", seed));
            }
            long events = 0;
            for (Scheduler s : schedulers) {
                if (events > RANDOM_RUN_BUDGET) {
                    break; // a long scenario (the primes sieve) gets fewer random runs, not minutes of them
                }
                RunAnalysis.Tracker t = new RunAnalysis.Tracker(source.mainFile());
                long[] seen = {0};
                Run.Result r = Run.run(Machine.initial(program), s, maxSteps, e -> {
                    seen[0]++;
                    t.add(e);
                });
                events += seen[0];
                keep(found, t.findings(r.last()), model.id(), r.schedule());
                executions++;
            }
            Explorer.Result result = explored.get(model.id());
            if (result == null) {
                continue;
            }
            for (Explorer.Found f : result.outcomes()) {
                RunAnalysis.Tracker t = new RunAnalysis.Tracker(source.mainFile());
                Machine m = replay(program, f.witness(), t);
                keep(found, t.findings(m), model.id(), f.witness());
                executions++;
            }
            keep(found, Livelocks.of(program, result), model.id(), null);
        }
        List<Finding> all = List.copyOf(found.values());
        boolean raceFree = all.stream().noneMatch(f -> f.kind() == Finding.Kind.DATA_RACE);
        return new Report(all, executions, raceFree);
    }

    /** Runs a schedule from the start, feeding its events to the tracker; returns the last machine. */
    static Machine replay(Program program, List<Choice> schedule, RunAnalysis.Tracker t) {
        Machine m = Machine.initial(program);
        for (Choice c : schedule) {
            var step = m.take(c);
            for (Event e : step.events()) {
                t.add(e);
            }
            m = step.machine();
        }
        return m;
    }

    private static void keep(Map<String, Finding> found, List<Finding> findings, String model, List<Choice> schedule) {
        for (Finding f : findings) {
            found.putIfAbsent(key(f), schedule == null ? f : f.withWitness(model, schedule));
        }
    }

    /** Same kind, same agents at the same positions: one finding, whatever the executions' details. */
    private static String key(Finding f) {
        List<String> sites = new ArrayList<>();
        for (Site s : f.sites()) {
            sites.add(s.agentName() + "@" + s.pos());
        }
        sites.sort(null);
        return f.kind() + " " + sites;
    }
}
