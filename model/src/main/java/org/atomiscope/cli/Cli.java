package org.atomiscope.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code atomiscope} command line. It must work without a display, so nothing here may touch
 * JavaFX; the app's launcher calls {@link #execute(String[])} whenever it is given arguments.
 */
@Command(
        name = "atomiscope",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "Runs JavaScript shared-memory scenarios on a simulated machine.",
        subcommands = {RunCommand.class, ExploreCommand.class, AnalyzeCommand.class, ReplayCommand.class, HeatmapCommand.class,
            CheckCommand.class, ListCommand.class},
        footer = ExitCode.HELP)
public final class Cli implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Runs the command line and returns its exit code; errors are printed as one sentence. */
    public static int execute(String[] args) {
        return execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, java.util.List.of());
    }

    /**
     * As {@link #execute(String[], PrintWriter, PrintWriter)}, with more subcommands (picocli
     * {@code @Command} objects) that live outside the model: the app adds {@code snapshot}.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, java.util.List<Object> more) {
        CommandLine cli = new CommandLine(new Cli());
        for (Object command : more) {
            cli.addSubcommand(command);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, ignored) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            String message = ex.getMessage();
            if (ex instanceof CommandLine.UnmatchedArgumentException u && ex.getCommandLine() == cli
                    && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
                message = "Unknown command '" + u.getUnmatched().get(0) + "'. The commands are: "
                    + String.join(", ", cli.getSubcommands().keySet()) + "";
            }
            e.println("atomiscope: " + message + " (try 'atomiscope --help').");
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, command, ignored) -> {
            // A user's mistake reads as a sentence; a stack trace helps nobody at a lecture.
            String message = ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
            command.getErr().println("atomiscope: internal error: " + message
                + " (this is a bug in Atomiscope; please report it with the scenario).");
            return ExitCode.INTERNAL;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Exploring a large state space is the usual cause: say what to do, not where Java was.
            err.println("atomiscope: ran out of memory. Lower --max-states, or give Java more memory "
                + "(java -Xmx8g -jar atomiscope.jar ...).");
            err.flush();
            return ExitCode.STEP_LIMIT;
        }
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The version from the jar's manifest, so it cannot disagree with the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Atomiscope " + (version != null ? version : "(development build)")};
        }
    }
}
