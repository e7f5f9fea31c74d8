package org.atomiscope.cli;

/** The command line's exit statuses (documented in the README and in {@code atomiscope --help}). */
public final class ExitCode {
    private ExitCode() {}

    /** The scenario ran to its end; every agent finished or went idle. */
    public static final int COMPLETED = 0;
    /** An agent ended with an uncaught exception (the others ran on); also `check` with a failure. */
    public static final int AGENT_THREW = 1;
    /** The command line was wrong: unknown subcommand or option, bad value. */
    public static final int USAGE = 2;
    /** The scenario (or a trace) could not be loaded: no such file or library name, a syntax error, a bad header, a refused trace. */
    public static final int CANNOT_LOAD = 3;
    /** The run ended with agents blocked forever in Atomics.wait. */
    public static final int DEADLOCK = 4;
    /** The run hit the step limit, or an agent looped without ever touching shared memory. */
    public static final int STEP_LIMIT = 5;
    /** An output file (a trace, a table) could not be written; nothing was written. */
    public static final int CANNOT_WRITE = 6;
    /** A bug in Atomiscope itself. */
    public static final int INTERNAL = 70;

    public static final String HELP = "%nExit status: 0 completed, 1 an agent threw, 2 bad command line, "
        + "3 scenario or trace could not be loaded, 4 deadlock, 5 step limit (or an endless local loop), "
        + "6 an output file could not be written, 70 internal error.";
}
