package org.atomiscope.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Placeholder that proves the JMH wiring (annotation processing, shaded benchmarks.jar);
 * the engine's benchmarks (step, explore, replay) replace it. Its score is the floor of
 * what this machine can measure: a benchmark that scores near it measures nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PlaceholderBenchmark {

    private int value = 42;

    @Benchmark
    public int baseline() {
        // Returned, so JMH's blackhole keeps the JIT from removing the work.
        return value * 31 + 7;
    }
}
