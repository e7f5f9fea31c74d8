package org.atomiscope.app.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.atomiscope.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code atomiscope snapshot}: renders the window, or one part of it, at a given step to a PNG without
 * a display (JavaFX's headless Monocle platform with software rendering). The README's pictures are
 * made with it. JavaFX is touched only when the command runs, so the rest of the command line stays
 * free of it.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true, description = "Renders the app (or one part of it) at a step to a PNG, without a display.",
    sortOptions = false)
public final class SnapshotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<scenario>", description = "A library name (e.g. 19-reordering-123456-191), a .js file or a scenario folder.")
    String scenario;

    @Option(names = "--model", paramLabel = "sc|tso|relaxed", description = "The memory model (default: ${DEFAULT-VALUE}).", defaultValue = "sc")
    String model;

    @Option(names = "--steps", paramLabel = "N", description = "Steps to take by the default schedule first (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    int steps;

    @Option(names = "--witness", paramLabel = "<outcome>", description = "Explore, then replay the schedule that reaches this outcome (e.g. \"reader: 123456 191\").")
    String witness;

    @Option(names = "--explore", description = "Explore all outcomes under every model first (fills the Outcomes tab).")
    boolean explore;

    @Option(names = "--side-by-side", description = "Run SC beside the chosen model.")
    boolean sideBySide;

    @Option(names = "--part", paramLabel = "window|timeline|heatmap|console|outcomes|problems|code|notes",
        description = "What to render (default: ${DEFAULT-VALUE}).", defaultValue = "window")
    String part;

    @Option(names = "--theme", paramLabel = "light|dark", description = "Theme (default: ${DEFAULT-VALUE}).", defaultValue = "light")
    String theme;

    @Option(names = "--size", paramLabel = "WxH", description = "Window size in pixels (default: ${DEFAULT-VALUE}).", defaultValue = "1600x1000")
    String size;

    @Option(names = "--font-size", paramLabel = "PX", description = "Base font size (default: ${DEFAULT-VALUE}).", defaultValue = "14")
    double fontSize;

    @Option(names = "--out", required = true, paramLabel = "file.png", description = "The PNG to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        SnapshotRequest request;
        try {
            request = SnapshotRequest.of(scenario, model, steps, witness, explore, sideBySide, part, theme, size, fontSize);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("atomiscope: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            spec.commandLine().getErr().println("atomiscope: cannot write " + out + ": the folder " + parent + " does not exist.");
            return ExitCode.USAGE;
        }
        startHeadless(request.width(), request.height());
        CompletableFuture<Snapshotter.Failure> done = new CompletableFuture<>();
        Platform.runLater(() -> Snapshotter.render(request, out, done));
        Snapshotter.Failure problem = done.get(5, TimeUnit.MINUTES);
        stopToolkit();
        if (problem != null) {
            spec.commandLine().getErr().println("atomiscope: " + problem.message());
            return problem.exitCode();
        }
        spec.commandLine().getOut().println("Wrote " + out + ".");
        return ExitCode.COMPLETED;
    }

    /**
     * Ends JavaFX and waits for its threads, so the JVM's exit does not race a last pulse (which
     * prints "Shutdown in progress" traces).
     */
    private static void stopToolkit() throws InterruptedException {
        Platform.runLater(Platform::exit);
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String name = t.getName();
            if (name.equals("Event Thread") || name.equals("JavaFX Application Thread") || name.startsWith("QuantumRenderer")) {
                t.join(3000);
            }
        }
    }

    private static void startHeadless(int width, int height) throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", width + "x" + height + "-32");
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
    }
}
