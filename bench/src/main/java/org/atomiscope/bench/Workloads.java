package org.atomiscope.bench;

import org.atomiscope.scenario.ScenarioSource;

/** The scenarios the explorer benchmarks scale over. */
final class Workloads {
    private Workloads() {}

    /**
     * N agents, each doing K (plain store, plain load) pairs on one location; the loads' values are
     * dropped, so the state space is the memory model's: positions, memory, buffers or write history.
     */
    static ScenarioSource storeLoad(int n, int k) {
        StringBuilder sb = new StringBuilder("/**\n * @observe x[0]\n */\nconst x = new Int32Array(new SharedArrayBuffer(4));\n");
        for (int a = 0; a < n; a++) {
            sb.append("agent('t").append(a + 1).append("', () => {");
            for (int j = 0; j < k; j++) {
                sb.append(" x[0] = ").append(a * 10 + j + 1).append("; x[0];");
            }
            sb.append(" });\n");
        }
        return ScenarioSource.ofSingleFile("store-load-" + n + "x" + k + ".js", sb.toString());
    }

    /** N agents, each incrementing one location K times with a plain x[0]++ (a read and a write). */
    static ScenarioSource counter(int n, int k) {
        StringBuilder sb = new StringBuilder("/**\n * @observe x[0]\n */\nconst x = new Int32Array(new SharedArrayBuffer(4));\n");
        for (int a = 0; a < n; a++) {
            sb.append("agent('t").append(a + 1).append("', () => { for (let i = 0; i < ").append(k).append("; i++) x[0]++; });\n");
        }
        return ScenarioSource.ofSingleFile("counter-" + n + "x" + k + ".js", sb.toString());
    }
}
