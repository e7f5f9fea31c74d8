package org.atomiscope.bench;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.atomiscope.analysis.RunAnalysis;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.machine.Run;
import org.atomiscope.machine.Scheduler;
import org.atomiscope.memory.ScModel;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.trace.Trace;
import org.atomiscope.trace.TraceFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The analyses and the trace writers on a long run: the primes sieve's default run (about 100,000
 * events). The Problems tab feeds each step's events to a {@link RunAnalysis.Tracker}; from scratch
 * is what a step back, or `atomiscope run`, costs.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TraceAnalysisBenchmark {
    @Param({"json", "chrome", "csv"})
    public String format;

    private Machine last;
    private List<Event> events;
    private Trace trace;
    private TraceFormat traceFormat;

    @Setup(Level.Trial)
    public void setup() {
        var source = ScenarioLibrary.fromClasspath().find("03-sharing-primes");
        Program program = Program.compile(source, ScModel.INSTANCE);
        events = new ArrayList<>();
        Run.Result r = Run.run(Machine.initial(program), Scheduler.named("default", 1), 2_000_000, events::add);
        last = r.last();
        trace = Trace.of(source, ScModel.INSTANCE, r.schedule(), events, r.last());
        traceFormat = TraceFormat.byName(format).orElseThrow();
    }

    /** Every analysis of one run from its first event (independent of the format parameter). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void analyseWholeRun(Blackhole bh) {
        bh.consume(RunAnalysis.of(last, events));
    }

    /** Writing the trace as text (to nowhere: the disk is not what is measured). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void writeTrace(Blackhole bh) throws IOException {
        Writer sink = Writer.nullWriter();
        traceFormat.write(trace, sink);
        bh.consume(sink);
    }
}
