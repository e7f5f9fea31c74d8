package org.atomiscope.cli;

import java.io.PrintWriter;
import org.atomiscope.lang.ScenarioSyntaxError;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioLoadException;
import org.atomiscope.scenario.ScenarioSource;

/** Finding and compiling a scenario for a command, with the one-sentence errors every command prints. */
final class Loading {
    private Loading() {}

    /** Thrown after the message has been printed; carries the exit status. */
    static final class Failed extends Exception {
        final int status;

        Failed(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    static ScenarioSource source(String nameOrPath, PrintWriter err) throws Failed {
        try {
            return ScenarioLibrary.fromClasspath().find(nameOrPath);
        } catch (ScenarioLoadException e) {
            err.println("atomiscope: " + e.getMessage());
            throw new Failed(ExitCode.CANNOT_LOAD);
        }
    }

    static Program program(ScenarioSource source, MemoryModel model, PrintWriter err) throws Failed {
        try {
            return Program.compile(source, model);
        } catch (ScenarioSyntaxError e) {
            err.println(e.getMessage());
            throw new Failed(ExitCode.CANNOT_LOAD);
        }
    }
}
