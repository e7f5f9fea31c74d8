package org.atomiscope.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atomiscope.memory.ModelRuns.SC;
import static org.atomiscope.memory.ModelRuns.TSO;
import static org.atomiscope.memory.ModelRuns.explore;
import static org.atomiscope.memory.ModelRuns.finished;
import static org.atomiscope.memory.ModelRuns.labels;
import static org.atomiscope.memory.ModelRuns.library;
import static org.atomiscope.memory.ModelRuns.outcomeSet;
import static org.atomiscope.memory.ModelRuns.program;
import static org.atomiscope.memory.ModelRuns.start;
import static org.atomiscope.memory.ModelRuns.step;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.explore.Explorer;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * x86-TSO, step by step: plain stores wait in a FIFO store buffer until a flush (a MEMORY choice)
 * moves the oldest to memory; the storing agent reads its own buffered stores; locked operations
 * drain the buffer first and Atomics.load does not; no execution ends with a store still buffered.
 */
class TsoModelTest {
    /** Three Int32 locations in one buffer (block 0): x at byte 0, y at 4, z at 8. Agents: main 0, t1 1, t2 2. */
    static final String XYZ = """
        const sab = new SharedArrayBuffer(12);
        const x = new Int32Array(sab, 0, 1);
        const y = new Int32Array(sab, 4, 1);
        const z = new Int32Array(sab, 8, 1);
        """;

    static final int T2 = 2;

    /** What an agent would read at a byte offset of the buffer now. */
    static long sees(Machine m, int agent, int byteIndex) {
        return m.memory().peek(agent, 0, ElementType.INT32, byteIndex);
    }

    @Test
    void aPlainStoreIsInvisibleToOthersUntilFlushedButVisibleToItsWriter() {
        String src = XYZ + """
            agent('t1', () => { x[0] = 1; console.log(x[0]); });
            agent('t2', () => { console.log(x[0]); });
            """;
        Machine m = step(start(src, TSO), "main: starts", "t1: starts", "t1: x[0] = 1");
        assertThat(labels(m, Choice.Kind.MEMORY)).containsExactly("t1: flush x[0] = 1");
        assertThat(sees(m, 1, 0)).isEqualTo(1);
        assertThat(sees(m, T2, 0)).isZero();

        // Store forwarding: t1 reads its own buffered 1; t2, reading memory, still sees 0.
        m = step(m, "t1: read x[0]", "t2: starts", "t2: read x[0]");
        // Both agents are done, but the machine is not finished while the buffer holds a store.
        assertThat(labels(m)).containsExactly("t1: flush x[0] = 1");
        Step flush = m.take(ModelRuns.choice(m, "t1: flush x[0] = 1"));
        assertThat(flush.events()).extracting(Event::kind, Event::text).containsExactly(
            org.assertj.core.groups.Tuple.tuple(Event.Kind.MEMORY, "flush x[0] = 1"));
        m = flush.machine();
        assertThat(m.isTerminal()).isTrue();
        assertThat(finished(m)).containsExactly("t1: 1; t2: 0");

        // Flushed before t2 reads: t2 sees it.
        Machine early = step(start(src, TSO), "main: starts", "t1: starts", "t1: x[0] = 1", "t1: flush x[0] = 1",
            "t1: read x[0]", "t2: starts", "t2: read x[0]");
        assertThat(early.isTerminal()).isTrue();
        assertThat(finished(early)).containsExactly("t1: 1; t2: 1");

        assertThat(outcomeSet(explore(src, TSO))).containsExactlyInAnyOrder("t1: 1; t2: 0", "t1: 1; t2: 1");
    }

    @Test
    void storesLeaveTheBufferInProgramOrderAndTheWriterReadsItsNewest() {
        String src = XYZ + """
            agent('t1', () => { x[0] = 1; y[0] = 2; x[0] = 3; console.log(x[0], y[0]); });
            """;
        Machine m = step(start(src, TSO), "main: starts", "t1: starts", "t1: x[0] = 1", "t1: y[0] = 2", "t1: x[0] = 3");
        // Only the oldest entry can go: one flush choice per agent.
        assertThat(labels(m, Choice.Kind.MEMORY)).containsExactly("t1: flush x[0] = 1");
        m = step(m, "t1: read x[0]", "t1: read y[0]");
        assertThat(m.agent(1).console()).containsExactly("3 2");

        List<long[]> memory = new ArrayList<>();
        for (String flush : List.of("t1: flush x[0] = 1", "t1: flush y[0] = 2", "t1: flush x[0] = 3")) {
            assertThat(labels(m)).containsExactly(flush);
            m = step(m, flush);
            memory.add(new long[] {sees(m, 0, 0), sees(m, 0, 4)});
        }
        assertThat(memory).containsExactly(new long[] {1, 0}, new long[] {1, 2}, new long[] {3, 2});
        assertThat(m.isTerminal()).isTrue();
    }

    @Test
    void forwardingAndFlushingWorkByteByByteAcrossViews() {
        String src = """
            const sab = new SharedArrayBuffer(8);
            const i32 = new Int32Array(sab);
            const u8 = new Uint8Array(sab);
            agent('t1', () => { i32[0] = 0x01020304; u8[1] = 0xff; console.log(u8[0], u8[1], i32[0]); });
            agent('t2', () => {});
            """;
        Machine m = step(start(src, TSO), "main: starts", "t1: starts", "t1: i32[0] = 16909060", "t1: u8[1] = 255",
            "t1: read u8[0]", "t1: read u8[1]", "t1: read i32[0]");
        assertThat(m.agent(1).console()).containsExactly("4 255 16973572"); // 0x0102ff04
        assertThat(sees(m, T2, 0)).isZero();
        m = step(m, "t2: starts", "t1: flush i32[0] = 16909060");
        assertThat(sees(m, T2, 0)).isEqualTo(0x01020304);
        assertThat(labels(m)).containsExactly("t1: flush u8[1] = 255");
        m = step(m, "t1: flush u8[1] = 255");
        assertThat(sees(m, T2, 0)).isEqualTo(0x0102ff04);
        assertThat(m.isTerminal()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Atomics.store(z, 0, 3)", "Atomics.add(z, 0, 3)", "Atomics.exchange(z, 0, 3)",
        "Atomics.compareExchange(z, 0, 0, 3)", "Atomics.compareExchange(z, 0, 7, 3)", "Atomics.or(z, 0, 3)"})
    void lockedOperationsDrainTheBufferFirst(String op) {
        String src = XYZ + "agent('t1', () => { x[0] = 1; y[0] = 2; " + op + "; });\nagent('t2', () => {});\n";
        Machine m = step(start(src, TSO), "main: starts", "t1: starts", "t1: x[0] = 1", "t1: y[0] = 2");
        assertThat(labels(m, Choice.Kind.MEMORY)).containsExactly("t1: flush x[0] = 1");

        m = step(m, "t1: " + op);

        assertThat(labels(m, Choice.Kind.MEMORY)).isEmpty();
        assertThat(sees(m, T2, 0)).isEqualTo(1);
        assertThat(sees(m, T2, 4)).isEqualTo(2);
        assertThat(sees(m, T2, 8)).isEqualTo(op.contains("7, 3") ? 0 : 3);
    }

    @Test
    void atomicsLoadDoesNotDrainAndForwardsFromTheBuffer() {
        String src = XYZ + """
            agent('t1', () => { x[0] = 1; const v = Atomics.load(y, 0); const w = Atomics.load(x, 0); console.log(v, w); });
            agent('t2', () => { console.log(Atomics.load(x, 0)); });
            """;
        Machine m = step(start(src, TSO), "main: starts", "t1: starts", "t1: x[0] = 1", "t1: Atomics.load(y, 0)",
            "t1: Atomics.load(x, 0)");
        assertThat(labels(m, Choice.Kind.MEMORY)).containsExactly("t1: flush x[0] = 1");
        assertThat(m.agent(1).console()).containsExactly("0 1");
        m = step(m, "t2: starts", "t2: Atomics.load(x, 0)", "t1: flush x[0] = 1");
        assertThat(finished(m)).containsExactly("t1: 0 1; t2: 0");
    }

    @Test
    void creatingAnAgentDrainsTheCreatorsBuffer() {
        String src = """
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('a', () => { console.log(ia[0]); });
            ia[0] = 5;
            agent('b', () => { console.log(ia[0]); });
            """;
        assertThat(outcomeSet(explore(src, TSO))).containsExactlyInAnyOrder("a: 0; b: 5", "a: 5; b: 5");
    }

    /** Every terminal state of a program: buffers empty, so every agent sees what an observer sees. */
    private static int checkTerminals(String name, String src) {
        int[] terminals = {0};
        int states = ModelRuns.forEachState(src == null ? library(name, TSO) : program(src, TSO), m -> {
            List<Choice> memory = m.choices().stream().filter(c -> c.kind() == Choice.Kind.MEMORY).toList();
            Set<Integer> flushing = new HashSet<>();
            memory.forEach(c -> assertThat(flushing.add(c.agent())).as("one flush per agent").isTrue());
            if (m.isTerminal()) {
                terminals[0]++;
                assertThat(m.memory().internalChoices()).isEmpty();
                for (int a = 0; a < m.agents().size(); a++) {
                    for (int at : new int[] {0, 4}) {
                        assertThat(m.memory().finalValues(0, ElementType.INT32, at)).containsExactly(sees(m, a, at));
                    }
                }
            }
        });
        assertThat(terminals[0]).as(name).isPositive();
        return states;
    }

    @Test
    void everyTerminalStateHasEmptyBuffers() {
        checkTerminals("50-litmus-sb-plain", null);
        checkTerminals("53-litmus-mp-plain", null);
        checkTerminals("62-litmus-2plus2w-plain", null);
        checkTerminals("fifo", XYZ + "agent('t1', () => { x[0] = 1; y[0] = 2; x[0] = 3; });\n"
            + "agent('t2', () => { y[0] = 4; console.log(x[0]); });\n");
    }

    @Test
    void storeBufferingIsReachable() {
        Explorer.Result sc = explore(library("50-litmus-sb-plain", SC));
        Explorer.Result tso = explore(library("50-litmus-sb-plain", TSO));

        assertThat(outcomeSet(sc)).containsExactlyInAnyOrder("t1: 0; t2: 1", "t1: 1; t2: 0", "t1: 1; t2: 1");
        assertThat(outcomeSet(tso)).containsExactlyInAnyOrder("t1: 0; t2: 0", "t1: 0; t2: 1", "t1: 1; t2: 0", "t1: 1; t2: 1");
        // The witness: both reads happen while both stores are still buffered.
        List<String> w = tso.find("t1: 0; t2: 0").witness().stream().map(Choice::label).toList();
        int lastRead = Math.max(w.indexOf("t1: read y[0]"), w.indexOf("t2: read x[0]"));
        int firstFlush = Math.min(w.indexOf("t1: flush x[0] = 1"), w.indexOf("t2: flush y[0] = 1"));
        assertThat(w.indexOf("t1: read y[0]")).isNotNegative();
        assertThat(w.indexOf("t2: read x[0]")).isNotNegative();
        assertThat(firstFlush).isGreaterThan(lastRead);
    }

    @Test
    void messagePassingStaysForbidden() {
        Explorer.Result tso = explore(library("53-litmus-mp-plain", TSO));

        assertThat(tso.complete()).isTrue();
        assertThat(outcomeSet(tso)).containsExactlyInAnyOrder("t2: 0 0", "t2: 0 1", "t2: 1 1");
        assertThat(outcomeSet(tso)).isEqualTo(outcomeSet(explore(library("53-litmus-mp-plain", SC))));
    }

    @Test
    void atomicStoresMakeStoreBufferingImpossible() {
        assertThat(outcomeSet(explore(library("51-litmus-sb-atomics", TSO))))
            .containsExactlyInAnyOrder("t1: 0; t2: 1", "t1: 1; t2: 0", "t1: 1; t2: 1");
    }
}
