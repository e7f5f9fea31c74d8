package org.atomiscope.explore;

import static org.atomiscope.memory.ModelRuns.*;
import org.atomiscope.machine.*;
import org.junit.jupiter.api.Test;

class ExplorerTestScratch {
    static final String MP = """
        const sab = new SharedArrayBuffer(8);
        const x = new Int32Array(sab, 0, 1);
        const y = new Int32Array(sab, 4, 1);
        agent('t1', () => { x[0] = 1; y[0] = 1; });
        agent('t2', () => { const r1 = y[0]; const r2 = x[0]; const r3 = x[0]; console.log(r1, r2); });
        """;
    @Test
    void probe() {
        Machine m = start(MP, TSO);
        System.out.println(labels(m));
        m = step(m, "main: starts");
        System.out.println(labels(m));
        m = step(m, "t1: starts", "t1: x[0] = 1", "t1: y[0] = 1");
        System.out.println(labels(m));
        m = start(MP, RELAXED);
        m = step(m, "main: starts", "t1: starts", "t1: x[0] = 1", "t1: y[0] = 1", "t2: starts");
        System.out.println(labels(m));
        long t0;
        for (String body : java.util.List.of("ia[0]++; ia[0]++; ia[0]++;", "for (let i = 0; i < 3; i++) ia[0]++;", "for (var i = 0; i < 3; i++) ia[0]++;")) {
            StringBuilder sb = new StringBuilder("const ia = new Int32Array(new SharedArrayBuffer(16));\n");
            for (int a = 0; a < 3; a++) sb.append("agent('a" + a + "', () => { " + body + " });\n");
            for (var model : java.util.List.of(SC, TSO, RELAXED)) {
                t0 = System.nanoTime();
                var r = Explorer.explore(program(sb.toString(), model), 20_000, null);
                java.util.Set<Integer> hashes = new java.util.HashSet<>();
                int n = org.atomiscope.memory.ModelRuns.forEachState(program(sb.toString(), model), mm -> hashes.add(mm.stateHash()));
                System.out.println(body + " " + model.id() + " " + r.states() + " " + r.complete() + " " + (System.nanoTime() - t0) / 1_000_000 + "ms hashes " + hashes.size() + "/" + n);
            }
        }
    }
}
