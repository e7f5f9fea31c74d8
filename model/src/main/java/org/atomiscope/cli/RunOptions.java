package org.atomiscope.cli;

import java.io.PrintWriter;
import org.atomiscope.machine.Program;
import org.atomiscope.machine.Scheduler;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.Models;
import org.atomiscope.vm.Limits;
import picocli.CommandLine.Option;

/** The options of one execution, shared by {@code run} and {@code heatmap}: model, schedule, seed, step limit. */
final class RunOptions {
    @Option(names = "--schedule", paramLabel = "default|round-robin|random", defaultValue = "default",
            description = "How agents take turns (default: ${DEFAULT-VALUE}). 'default' gives each agent a few steps in a row; "
                + "'round-robin' one step each; 'random' picks at random from --seed.")
    String schedule;

    @Option(names = "--model", paramLabel = "sc|tso|relaxed", defaultValue = "sc",
            description = "The memory model (default: ${DEFAULT-VALUE}). Under tso and relaxed the schedule also picks store-buffer "
                + "flushes and which write each read sees.")
    String model;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random schedule (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-steps", paramLabel = "N", description = "Stop after N visible steps (default: the scenario's @max-steps, else "
        + Limits.DEFAULT_MAX_STEPS + ").")
    Long maxSteps;

    /** Checks the options; prints a sentence and throws when one is wrong. */
    MemoryModel check(PrintWriter err) throws Loading.Failed {
        if (!Scheduler.NAMES.contains(schedule)) {
            err.println("atomiscope: unknown schedule '" + schedule + "': use default, round-robin or random.");
            throw new Loading.Failed(ExitCode.USAGE);
        }
        if (maxSteps != null && maxSteps <= 0) {
            err.println("atomiscope: --max-steps must be a positive number of steps.");
            throw new Loading.Failed(ExitCode.USAGE);
        }
        MemoryModel memoryModel = Models.byId(model).orElse(null);
        if (memoryModel == null) {
            err.println("atomiscope: unknown model '" + model + "': use sc, tso or relaxed.");
            throw new Loading.Failed(ExitCode.USAGE);
        }
        return memoryModel;
    }

    Scheduler scheduler() {
        return Scheduler.named(schedule, seed);
    }

    long limit(Program program) {
        return maxSteps != null ? maxSteps : program.source.header().maxSteps().orElse((int) Limits.DEFAULT_MAX_STEPS);
    }
}
