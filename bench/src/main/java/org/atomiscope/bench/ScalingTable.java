package org.atomiscope.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.atomiscope.explore.Explorer;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.Models;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;

/**
 * Prints the explorer's scaling table for docs/PERFORMANCE.md: states, transitions, time and heap
 * per workload and model, and the time to explore the whole litmus course in one process. A measured
 * harness rather than JMH because one exploration is the unit (seconds, not nanoseconds); each row
 * is the best of three runs after one warm-up run.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.atomiscope.bench.ScalingTable}
 */
public final class ScalingTable {
    private ScalingTable() {}

    public static void main(String[] args) {
        System.out.println("| workload | model | states | transitions | outcomes | time (best of 3) | peak heap (MB) |");
        System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        int[][] storeLoad = {{2, 2}, {3, 2}, {2, 3}, {4, 2}};
        int[][] counter = {{2, 2}, {2, 3}, {3, 2}};
        for (int[] nk : storeLoad) {
            for (MemoryModel m : Models.ALL) {
                row("N×K store/load " + nk[0] + "×" + nk[1], Workloads.storeLoad(nk[0], nk[1]), m);
            }
        }
        for (int[] nk : counter) {
            for (MemoryModel m : Models.ALL) {
                row("counter " + nk[0] + "×" + nk[1], Workloads.counter(nk[0], nk[1]), m);
            }
        }
        course();
    }

    private static void row(String name, ScenarioSource s, MemoryModel m) {
        Program p = Program.compile(s, m);
        Explorer.Result r = Explorer.explore(p, 5_000_000, null);
        long best = Long.MAX_VALUE;
        long heap = 0;
        for (int i = 0; i < 3; i++) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            r = Explorer.explore(p, 5_000_000, null);
            best = Math.min(best, System.nanoTime() - t0);
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            heap = Math.max(heap, peak >> 20);
        }
        System.out.printf("| %s | %s | %,d | %,d | %d | %,d ms | %d |%n", name, m.id(), r.states(), r.transitions(),
            r.outcomes().size(), best / 1_000_000, heap);
    }

    /** Every litmus scenario of the course under every model its header names, in one process. */
    private static void course() {
        List<ScenarioSource> litmus = ScenarioLibrary.fromClasspath().list().stream()
            .filter(s -> s.topic().equals("Litmus tests")).toList();
        long best = Long.MAX_VALUE;
        long states = 0;
        for (int run = 0; run < 4; run++) {
            long t0 = System.nanoTime();
            states = 0;
            for (ScenarioSource s : litmus) {
                for (MemoryModel m : Models.ALL) {
                    states += Explorer.explore(Program.compile(s, m), 1_000_000, null).states();
                }
            }
            if (run > 0) {
                best = Math.min(best, System.nanoTime() - t0);
            }
        }
        System.out.printf("%nLitmus course: %d scenarios × 3 models, %,d states in all, explored in %,d ms (best of 3 after a warm-up).%n",
            litmus.size(), states, best / 1_000_000);
    }
}
