package org.atomiscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.atomiscope.analysis.Finding;
import org.atomiscope.analysis.RunAnalysis;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.machine.Run;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.trace.Trace;
import org.atomiscope.trace.TraceFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    private RunOptions options;

    @Option(names = {"-v", "--events"}, description = "Print every step's events, not only console output.")
    private boolean events;

    @Option(names = "--trace", paramLabel = "<file>",
            description = "Write the run's trace to this file (every choice and event; see docs/TRACES.md).")
    private Path trace;

    @Option(names = "--format", paramLabel = "json|chrome|csv", defaultValue = "json",
            description = "The trace's format (default: ${DEFAULT-VALUE}): Atomiscope's own JSON, which 'atomiscope replay' and the app "
                + "open; Chrome Trace Event JSON for Perfetto and chrome://tracing; or CSV, one row per event.")
    private String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Program program;
        TraceFormat traceFormat;
        try {
            traceFormat = Traces.format(format, err);
            MemoryModel memoryModel = options.check(err);
            program = Loading.program(Loading.source(scenario, err), memoryModel, err);
        } catch (Loading.Failed f) {
            return f.status;
        }
        List<Event> seen = new ArrayList<>();
        Run.Result r = Run.run(Machine.initial(program), options.scheduler(), options.limit(program), e -> {
            seen.add(e);
            print(out, err, e);
        });
        out.println("outcome: " + r.outcome());
        out.println("ended: " + r.ending().text + ". " + r.message());
        for (Finding f : RunAnalysis.of(r.last(), seen)) {
            out.println("finding: " + f.sentence());
        }
        out.flush();
        if (trace != null) {
            Trace t = Trace.of(program.source, program.model, r.schedule(), seen, r.last());
            if (!Traces.write(trace, traceFormat, t, out, err)) {
                return ExitCode.CANNOT_WRITE;
            }
        }
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
