package org.atomiscope.bench;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import com.sun.javafx.tk.RenderJob;
import com.sun.javafx.tk.Toolkit;
import javafx.stage.Stage;
import org.atomiscope.app.MainWindow;
import org.atomiscope.app.settings.Settings;
import org.atomiscope.memory.Models;
import org.atomiscope.scenario.ScenarioLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One step of the whole window: the real main window (1600 × 1000, every view in it) moves one step
 * along a recorded run, and every view updates: code columns and markers, choices, timeline,
 * heatmap, console, notes and narration. {@code step} is the step with every view's listeners;
 * {@code stepAndFrame} adds the frame JavaFX makes of it: a pulse (CSS of what changed, layout,
 * canvas repaints) and the software renderer drawing the window (internal toolkit calls, since
 * a benchmark must wait for the frame; {@code Node.applyCss} would restyle the whole window, which
 * no real frame does).
 * The primes scenario is the heavy case: a heatmap of 100,000 cells.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
    "-Djava.awt.headless=true", "-Dheadless.geometry=1600x1000-32"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UiStepBenchmark {
    @Param({"19-reordering-123456-191", "03-sharing-primes", "53-litmus-mp-plain"})
    public String scenario;

    /** The bottom tab shown while stepping ({@code -p tab=heatmap}: the heatmap follows each step instead). */
    @Param({"timeline"})
    public String tab;

    private MainWindow window;
    private int length;

    @Setup
    public void setUp() throws Exception {
        FxHarness.start();
        FxHarness.onFx(() -> {
            window = MainWindow.offScreen(ScenarioLibrary.fromClasspath(),
                Settings.load(Files.createTempDirectory("atomiscope-bench")), false, 14);
            window.showIn(new Stage(), 1600, 1000);
            window.open(ScenarioLibrary.fromClasspath().find(scenario));
            window.session().modelProperty().set(Models.byId("relaxed").orElseThrow());
            while (window.session().stepQuietly()) {
                // record a whole run once; the benchmark moves along it
            }
            window.session().changed();
            window.selectPart(tab);
            length = window.session().length();
            return null;
        });
    }

    /**
     * The next step, round and round from step 1: step 0 has only main, so going back there and on
     * again would rebuild the agents' columns, which only opening a scenario does.
     */
    private void next() {
        int p = window.session().position();
        window.session().moveTo(p >= length ? 1 : p + 1);
    }

    /** The step and every view's update (what the listeners do), without the frame. */
    @Benchmark
    public Object step() throws Exception {
        return FxHarness.onFx(() -> {
            next();
            return window.session().position();
        });
    }

    /**
     * The step, then one frame exactly as JavaFX makes it: a pulse (CSS of what changed, layout,
     * canvas repaints) and the software renderer drawing the window, waited for.
     */
    @Benchmark
    public Object stepAndFrame() throws Exception {
        return FxHarness.onFx(() -> {
            next();
            Toolkit.getToolkit().firePulse();
            // The renderer works through its jobs in order: once this empty one ran, the frame is drawn.
            return Toolkit.getToolkit().addRenderJob(new RenderJob(() -> { })).get();
        });
    }
}
