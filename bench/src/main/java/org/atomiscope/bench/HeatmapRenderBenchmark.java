package org.atomiscope.bench;

import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.atomiscope.app.heatmap.CellPainter;
import org.atomiscope.app.heatmap.CellStats;
import org.atomiscope.app.heatmap.ColorMode;
import org.atomiscope.app.heatmap.GridLayout;
import org.atomiscope.app.heatmap.HeatmapRenderer;
import org.atomiscope.app.heatmap.MemoryProbe;
import org.atomiscope.app.heatmap.Palette;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.ScModel;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.stepper.History;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One frame of the Buffer heatmap on the primes scenario's buffer (100,000 Int32 cells, every one
 * written) on a 1500 × 600 canvas, scrolled to the middle of the buffer: the cell colours of the rows
 * on screen, the scaled pixel image, gaps, row labels and the last step's outline, then a snapshot so
 * that the software pipeline really rasterises the frame. Budget: 16 ms (one frame at 60 Hz).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HeatmapRenderBenchmark {
    private static final double WIDTH = 1500;
    private static final double HEIGHT = 600;

    private CellStats stats;
    private MemoryProbe probe;
    private Canvas canvas;
    private HeatmapRenderer renderer;
    private final int[] marked = {50_000};

    @Setup
    public void setup() throws Exception {
        FxHarness.start();
        Program primes = Program.compile(ScenarioLibrary.fromClasspath().find("03-sharing-primes"), ScModel.INSTANCE);
        History run = new History(Machine.initial(primes));
        while (!run.current().choices().isEmpty()) {
            run.take(run.current().choices().get(0));
        }
        Machine end = run.current();
        stats = new CellStats(0, ElementType.INT32, end.blockLength(0));
        stats.sync(run.events());
        if (stats.cellCount() != 100_000 || stats.writtenCount() != 100_000) {
            throw new IllegalStateException("expected 100,000 written cells, got " + stats.writtenCount() + " of "
                + stats.cellCount());
        }
        probe = new MemoryProbe(end.memory(), 0, ElementType.INT32, stats.cellCount());
        FxHarness.onFx(() -> {
            canvas = new Canvas(WIDTH, HEIGHT);
            renderer = new HeatmapRenderer(canvas);
            return null;
        });
    }

    private WritableImage frame(ColorMode mode) throws Exception {
        return FxHarness.onFx(() -> {
            GridLayout g = renderer.layout(stats.cellCount(), 14);
            double scrollY = Math.floor(g.contentHeight() / 2);
            CellPainter painter = new CellPainter(Palette.of(false), mode, stats, probe, 0);
            renderer.draw(g, scrollY, stats, painter, marked, marked.length, -1);
            return canvas.snapshot(null, null);
        });
    }

    /** Coloured by write count (a ramp lookup per cell). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public WritableImage writes() throws Exception {
        return frame(ColorMode.WRITES);
    }

    /** Coloured by the last writer's agent colour. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public WritableImage lastWriter() throws Exception {
        return frame(ColorMode.LAST_WRITER);
    }
}
