package org.atomiscope.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app: applies the theme and shows the main window. */
public final class AtomiscopeApp extends Application {

    /** Starts JavaFX and blocks until the last window closes. */
    static void open() {
        try {
            Application.launch(AtomiscopeApp.class);
        } catch (RuntimeException e) {
            // Typically "Unable to open DISPLAY": say what to do instead of printing a stack trace.
            System.err.println("atomiscope: cannot open the window (" + rootMessage(e)
                    + "); run 'java -jar atomiscope.jar --help' for the command line.");
            System.exit(1);
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        new MainWindow(LibraryIndex.fromClasspath()).show(stage);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
