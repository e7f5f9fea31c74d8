package org.atomiscope.bench;

import java.util.concurrent.TimeUnit;
import org.atomiscope.explore.Explorer;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.Models;
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
import org.openjdk.jmh.infra.Blackhole;

/** Explorer throughput: distinct states per second on the 3×2 store/load workload, per model. */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExplorerBenchmark {
    @Param({"sc", "tso", "relaxed"})
    public String model;

    private Program program;
    private long states;

    @Setup
    public void setup() {
        program = Program.compile(Workloads.storeLoad(3, 2), Models.byId(model).orElseThrow());
        states = Explorer.explore(program, 10_000_000, null).states();
    }

    /** One full exploration; divide states by the time per exploration for states per second. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void exploreStoreLoad3x2(Blackhole bh) {
        bh.consume(Explorer.explore(program, 10_000_000, null));
        bh.consume(states);
    }
}
