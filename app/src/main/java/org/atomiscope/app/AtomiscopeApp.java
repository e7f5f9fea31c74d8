package org.atomiscope.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import org.atomiscope.app.settings.Settings;
import org.atomiscope.scenario.ScenarioLibrary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javafx.application.Application;
import javafx.application.Platform;
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
        MainWindow window = new MainWindow(ScenarioLibrary.fromClasspath(), settings);
        // A bug of ours must not print a stack trace at a lecture, nor end the app: the status line
        // says it in a sentence, and the details go to a log for a bug report.
        Path log = settings.directory().resolve("errors.log");
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            record(log, thread, e);
            Platform.runLater(() -> window.tell("Something went wrong inside Atomiscope (" + rootMessage(e)
                + "); your work is safe. Details for a bug report are in " + log + "."));
        });
        window.show(stage);
    }

    private static void record(Path log, Thread thread, Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "In thread " + thread.getName() + ":\n" + text + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException ignored) {
            // Nowhere to write: the sentence in the window is what matters.
        }
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
