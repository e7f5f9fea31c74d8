package org.atomiscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Run;
import org.atomiscope.trace.Trace;
import org.atomiscope.trace.TraceException;
import org.atomiscope.trace.TraceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code atomiscope replay}: re-executes a native trace's schedule on its own scenario and model and
 * checks that every event comes out as the trace says. Reading a trace is that check
 * ({@link TraceFile#read}), so a trace the command accepts is one the app can open.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Re-executes an Atomiscope JSON trace and fails if any event differs from the file.",
        footer = ExitCode.HELP)
final class ReplayCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "<trace.json>", description = "A trace written by 'atomiscope run --trace', 'explore --trace' or the app.")
    private Path file;

    @Option(names = {"-v", "--events"}, description = "Print every event, not only console output.")
    private boolean events;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Trace trace;
        try {
            trace = TraceFile.read(file);
        } catch (TraceException e) {
            err.println("atomiscope: " + e.getMessage());
            return ExitCode.CANNOT_LOAD;
        }
        for (Event e : trace.events()) {
            if (e.kind() == Event.Kind.CONSOLE) {
                out.println(e.agentName() + ": " + e.text());
            } else if (events) {
                out.println("  #" + e.step() + " " + e.agentName() + ": " + e.text() + (e.pos() != null ? "  (" + e.pos() + ")" : ""));
            }
        }
        out.println("outcome: " + Run.outcome(trace.replayToEnd(), false));
        out.println("replayed: " + trace.scenario().name() + " under " + trace.model().id() + ", " + trace.schedule().size()
            + " steps; all " + trace.events().size() + " events match the trace.");
        out.flush();
        return ExitCode.COMPLETED;
    }
}
