package org.atomiscope.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import org.atomiscope.app.settings.Settings;
import org.atomiscope.scenario.ScenarioLibrary;
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
        Settings settings = Settings.load();
        applyTheme("dark".equals(settings.theme()));
        new MainWindow(ScenarioLibrary.fromClasspath(), settings).show(stage);
    }

    /** AtlantaFX's Primer themes, light or dark, for every window. */
    static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
