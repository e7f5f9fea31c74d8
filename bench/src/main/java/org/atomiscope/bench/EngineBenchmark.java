package org.atomiscope.bench;

import java.util.concurrent.TimeUnit;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.machine.Run;
import org.atomiscope.machine.Scheduler;
import org.atomiscope.memory.ScModel;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The SC engine's speed: visible steps per second (each a {@code machine.take(choice)} of an agent
 * that reads, writes or updates shared memory, with its local code in between), and the time to run
 * the seed's 100,000-primes example to its end.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {
    static final int STEPS = 100_000;

    /** Two workers, each in a long loop of a plain write, a plain read and an Atomics.add. */
    static final String WORKLOAD = "const ia = new Int32Array(new SharedArrayBuffer(64));\n"
        + "for (let k = 0; k < 2; k++) {\n"
        + "  agent('w' + k, () => {\n"
        + "    for (let i = 0; i < 10000000; i++) { ia[1 + k] = i; const seen = ia[2 - k]; Atomics.add(ia, 0, 1); }\n"
        + "  });\n"
        + "}\n";

    private Machine start;
    private Program primes;

    @Setup
    public void setup() {
        Machine m = Machine.initial(Program.compile(ScenarioSource.ofSingleFile("workload.js", WORKLOAD), ScModel.INSTANCE));
        // Past main's script and both workers' starts: from here on every step is a memory access.
        for (int i = 0; i < 3; i++) {
            m = m.take(m.choices().get(0)).machine();
        }
        start = m;
        ScenarioSource s = ScenarioLibrary.fromClasspath().find("03-sharing-primes");
        primes = Program.compile(s, ScModel.INSTANCE);
    }

    /** Visible steps per second under the round-robin scheduler (choices, pick, take). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(STEPS)
    public Machine visibleSteps() {
        Scheduler s = Scheduler.named("round-robin", 0);
        Machine m = start;
        for (int i = 0; i < STEPS; i++) {
            m = m.take(s.pick(m, m.choices())).machine();
        }
        return m;
    }

    /** The seed's primes example: main fills 100,000 primes into shared memory, the worker prints 163. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Run.Result primeExample() {
        Run.Result r = Run.run(Machine.initial(primes), Scheduler.named("default", 0), 1_000_000, e -> { });
        if (!r.outcome().toString().equals("worker: 163")) {
            throw new IllegalStateException("the prime example printed " + r.outcome());
        }
        return r;
    }
}
