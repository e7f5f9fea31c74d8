package org.atomiscope.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.machine.Run;
import org.atomiscope.machine.Scheduler;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.Models;
import org.atomiscope.vm.Limits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code atomiscope run}: one execution under a scheduler. Prints each agent's console output as it
 * happens, then the outcome line and how the run ended; the exit status says how it ended.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs a scenario once and prints its console output, outcome and ending.",
        footer = ExitCode.HELP)
final class RunCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "<scenario>", description = "A library name (see 'atomiscope list') or a path to a .js file or scenario folder.")
    private String scenario;

    @Option(names = "--schedule", paramLabel = "default|round-robin|random", defaultValue = "default",
            description = "How agents take turns (default: ${DEFAULT-VALUE}). 'default' gives each agent a few steps in a row; "
                + "'round-robin' one step each; 'random' picks at random from --seed.")
    private String schedule;

    @Option(names = "--model", paramLabel = "sc|tso|relaxed", defaultValue = "sc",
            description = "The memory model (default: ${DEFAULT-VALUE}). Under tso and relaxed the schedule also picks store-buffer "
                + "flushes and which write each read sees.")
    private String model;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random schedule (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--max-steps", paramLabel = "N", description = "Stop after N visible steps (default: the scenario's @max-steps, else "
        + Limits.DEFAULT_MAX_STEPS + ").")
    private Long maxSteps;

    @Option(names = {"-v", "--events"}, description = "Print every step's events, not only console output.")
    private boolean events;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Scheduler.NAMES.contains(schedule)) {
            err.println("atomiscope: unknown schedule '" + schedule + "': use default, round-robin or random.");
            return ExitCode.USAGE;
        }
        if (maxSteps != null && maxSteps <= 0) {
            err.println("atomiscope: --max-steps must be a positive number of steps.");
            return ExitCode.USAGE;
        }
        MemoryModel memoryModel = Models.byId(model).orElse(null);
        if (memoryModel == null) {
            err.println("atomiscope: unknown model '" + model + "': use sc, tso or relaxed.");
            return ExitCode.USAGE;
        }
        Program program;
        try {
            program = Loading.program(Loading.source(scenario, err), memoryModel, err);
        } catch (Loading.Failed f) {
            return f.status;
        }
        long limit = maxSteps != null ? maxSteps : program.source.header().maxSteps().orElse((int) Limits.DEFAULT_MAX_STEPS);
        Run.Result r = Run.run(Machine.initial(program), Scheduler.named(schedule, seed), limit, e -> print(out, err, e));
        out.println("outcome: " + r.outcome());
        out.println("ended: " + r.ending().text + ". " + r.message());
        out.flush();
        return switch (r.ending()) {
            case COMPLETED -> ExitCode.COMPLETED;
            case THREW -> ExitCode.AGENT_THREW;
            case DEADLOCK -> ExitCode.DEADLOCK;
            case STEP_LIMIT, HUNG -> ExitCode.STEP_LIMIT;
        };
    }

    private void print(PrintWriter out, PrintWriter err, Event e) {
        switch (e.kind()) {
            case CONSOLE -> out.println(e.agentName() + ": " + e.text());
            case WARNING -> err.println("warning: " + (e.pos() != null ? e.pos() + ": " : "") + e.agentName() + ": " + e.text());
            case THREW, HUNG -> err.println("error: " + (e.pos() != null ? e.pos() + ": " : "") + e.agentName() + " " + e.text());
            default -> {
                if (events) {
                    out.println("  #" + e.step() + " " + e.agentName() + ": " + e.text()
                        + (e.pos() != null ? "  (" + e.pos() + ")" : ""));
                }
            }
        }
    }
}
