package org.atomiscope.bench;

import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import org.atomiscope.app.timeline.JointAxis;
import org.atomiscope.app.timeline.RunTrack;
import org.atomiscope.app.timeline.TimelineFrame;
import org.atomiscope.app.timeline.TimelinePalette;
import org.atomiscope.app.timeline.TimelineRenderer;
import org.atomiscope.app.timeline.Viewport;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.machine.Scheduler;
import org.atomiscope.memory.ScModel;
import org.atomiscope.scenario.ScenarioSource;
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
 * One frame of the Timeline tab over a run of more than 100,000 events: two workers in a loop of a
 * plain write, a plain read and an {@code Atomics.add}, so nearly every event has a reads-from or
 * synchronizes-with arrow. The canvas is 1500 × 400 pixels, the cursor halfway (so the recorded
 * future is veiled), at three zooms: labels readable (about sixteen steps in view), an overview
 * (about a hundred steps, boxes and arrows), and every step fitted in.
 *
 * <p>Each frame ends with {@code canvas.snapshot(null, null)}: a canvas only records drawing
 * commands, and the snapshot makes the software pipeline (prism.order=sw, as in the headless
 * tests) rasterise them, so the time is that of pixels on screen, not of queued commands. A
 * separate benchmark measures building the timeline's tracks and axis from the whole history, what
 * the view does once after a run to the end.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
    "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TimelineRenderBenchmark {
    static final int MIN_EVENTS = 100_000;
    static final double WIDTH = 1500;
    static final double HEIGHT = 400;

    private History history;
    private RunTrack track;
    private JointAxis axis;
    private Canvas canvas;
    private TimelineRenderer renderer;
    private TimelineFrame readable;
    private TimelineFrame overview;
    private TimelineFrame fitAll;

    @Setup
    public void setup() throws Exception {
        FxHarness.start();
        history = run();
        track = new RunTrack();
        track.sync(history);
        axis = new JointAxis();
        axis.sync(track, null);
        if (track.eventCount() < MIN_EVENTS) {
            throw new IllegalStateException("the run made only " + track.eventCount() + " events");
        }
        double middle = axis.unitsBefore(axis.length() / 2);
        readable = frame(new Viewport(middle, 90));
        overview = frame(new Viewport(middle, 7));
        fitAll = frame(new Viewport());
        FxHarness.onFx(() -> {
            canvas = new Canvas(WIDTH, HEIGHT);
            renderer = new TimelineRenderer();
            return null;
        });
    }

    /** EngineBenchmark's workload, stepped round-robin through a History as the app steps it. */
    private static History run() {
        Program p = Program.compile(ScenarioSource.ofSingleFile("workload.js", EngineBenchmark.WORKLOAD), ScModel.INSTANCE);
        History h = new History(Machine.initial(p));
        Scheduler s = Scheduler.named("round-robin", 0);
        while (h.allEvents().size() < MIN_EVENTS + 1000) {
            h.take(s.pick(h.current(), h.current().choices()));
        }
        h.moveTo(h.length() / 2);
        return h;
    }

    private TimelineFrame frame(Viewport v) {
        return new TimelineFrame().axis(axis).viewport(v).palette(TimelinePalette.of(false)).fontSize(14)
            .addRun(track, "Sequentially consistent", history.position(), null).position(history.position());
    }

    private Object render(TimelineFrame f) throws Exception {
        return FxHarness.onFx(() -> {
            renderer.render(canvas.getGraphicsContext2D(), WIDTH, HEIGHT, f);
            return canvas.snapshot(null, null);
        });
    }

    /** Labels readable: about eight steps in view, every mark a labelled pill, every arrow drawn. */
    @Benchmark
    public Object frameReadable() throws Exception {
        return render(readable);
    }

    /** An overview: about a hundred steps, small boxes and their arrows. */
    @Benchmark
    public Object frameOverview() throws Exception {
        return render(overview);
    }

    /** Every one of the 100,000 events' steps in 1,500 pixels: one sliver per pixel and lane. */
    @Benchmark
    public Object frameFitAll() throws Exception {
        return render(fitAll);
    }

    /** Building the tracks (labels, layout, arrows) and the axis from the whole history at once. */
    @Benchmark
    public Object syncWholeHistory() {
        RunTrack t = new RunTrack();
        t.sync(history);
        JointAxis a = new JointAxis();
        a.sync(t, null);
        return a;
    }
}
