package org.atomiscope.app;

import java.io.PrintWriter;
import java.util.List;
import org.atomiscope.app.snapshot.SnapshotCommand;
import org.atomiscope.cli.Cli;

/**
 * Main class of {@code atomiscope.jar}: without arguments it opens the window, with any
 * argument it runs the command line.
 *
 * <p>Deliberately not an {@code Application} subclass. The JDK launcher refuses to start an
 * {@code Application} main class whose JavaFX comes from the classpath of a plain jar, and
 * the command line must never initialise JavaFX: it has to work on a server or in CI,
 * where there is no display. JavaFX classes are loaded only on the desktop branch.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            AtomiscopeApp.open();
        } else {
            System.exit(Cli.execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                List.of(new SnapshotCommand())));
        }
    }
}
