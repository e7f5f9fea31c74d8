package org.atomiscope.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atomiscope.memory.ModelRuns.RELAXED;
import static org.atomiscope.memory.ModelRuns.SC;
import static org.atomiscope.memory.ModelRuns.TSO;
import static org.atomiscope.memory.ModelRuns.explore;
import static org.atomiscope.memory.ModelRuns.finished;
import static org.atomiscope.memory.ModelRuns.labels;
import static org.atomiscope.memory.ModelRuns.library;
import static org.atomiscope.memory.ModelRuns.outcomeSet;
import static org.atomiscope.memory.ModelRuns.start;
import static org.atomiscope.memory.ModelRuns.step;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.atomiscope.explore.Explorer;
import org.atomiscope.js.JsNumbers;
import org.atomiscope.machine.Machine;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ECMAScript memory model as a student meets it: a plain read offers exactly the writes the
 * spec lets it return, each labelled with why; SeqCst atomics, messages and agent start
 * synchronize; plain Float64 accesses tear; and with only atomics nothing beyond SC remains.
 */
class RelaxedModelTest {
    static final String XY = """
        const sab = new SharedArrayBuffer(8);
        const x = new Int32Array(sab, 0, 1);
        const y = new Int32Array(sab, 4, 1);
        """;

    static final String MP_PLAIN = XY + """
        agent('t1', () => { x[0] = 1; y[0] = 1; });
        agent('t2', () => { const r1 = y[0]; const r2 = x[0]; console.log(r1, r2); });
        """;

    static final String STALE_T1 = "(stale: nothing synchronizes t2 with t1 since it wrote 1)";

    @Test
    void aPlainReadOffersTheNewAndTheStaleValueWithReasons() {
        Machine m = step(start(MP_PLAIN, RELAXED), "main: starts", "t1: starts", "t1: x[0] = 1", "t1: y[0] = 1", "t2: starts");

        assertThat(labels(m)).containsExactly("t2: read y[0] → 1 (the newest write)", "t2: read y[0] → 0 " + STALE_T1);
        m = step(m, "t2: read y[0] → 1 (the newest write)");
        assertThat(labels(m)).containsExactly("t2: read x[0] → 1 (the newest write)", "t2: read x[0] → 0 " + STALE_T1);
        m = step(m, "t2: read x[0] → 0 " + STALE_T1);

        assertThat(m.isTerminal()).isTrue();
        assertThat(finished(m)).containsExactly("t2: 1 0");
    }

    @Test
    void aReadWithOnlyOneWriteToReturnOffersOneUnlabelledChoice() {
        Machine m = step(start(MP_PLAIN, RELAXED), "main: starts", "t1: starts", "t2: starts");
        assertThat(labels(m)).containsExactly("t1: x[0] = 1", "t2: read y[0]");
        // After t1 wrote only x, y still has one write.
        m = step(m, "t1: x[0] = 1", "t2: read y[0]");
        assertThat(labels(m)).containsExactly("t1: y[0] = 1", "t2: read x[0] → 1 (the newest write)", "t2: read x[0] → 0 " + STALE_T1);
    }

    @Test
    void anAgentReadsItsOwnLatestWrite() {
        String src = XY + "agent('t1', () => { x[0] = 1; x[0] = 2; console.log(x[0]); });\n";
        Machine m = step(start(src, RELAXED), "main: starts", "t1: starts", "t1: x[0] = 1", "t1: x[0] = 2");
        assertThat(labels(m)).containsExactly("t1: read x[0]");
        assertThat(finished(step(m, "t1: read x[0]"))).containsExactly("t1: 2");
    }

    @Test
    void messagePassingWithPlainAccessesShowsTheWeakOutcome() {
        assertThat(outcomeSet(explore(MP_PLAIN, RELAXED))).containsExactlyInAnyOrder("t2: 0 0", "t2: 0 1", "t2: 1 0", "t2: 1 1");
        assertThat(outcomeSet(explore(MP_PLAIN, SC))).containsExactlyInAnyOrder("t2: 0 0", "t2: 0 1", "t2: 1 1");
    }

    // ------------------------------------------------------------------ coherence of read-read

    static final String CORR_PLAIN = XY + """
        agent('t1', () => { x[0] = 1; });
        agent('t2', () => { const r1 = x[0]; const r2 = x[0]; console.log(r1, r2); });
        """;

    @Test
    void aSecondPlainReadMayReturnAnOlderValueThanTheFirst() {
        Machine m = step(start(CORR_PLAIN, RELAXED), "main: starts", "t1: starts", "t1: x[0] = 1", "t2: starts",
            "t2: read x[0] → 1 (the newest write)");
        assertThat(labels(m)).containsExactly("t2: read x[0] → 1 (the newest write)", "t2: read x[0] → 0 " + STALE_T1);
        assertThat(finished(step(m, "t2: read x[0] → 0 " + STALE_T1))).containsExactly("t2: 1 0");

        assertThat(outcomeSet(explore(library("65-litmus-corr-plain", RELAXED)))).contains("t2: 1 0");
    }

    @Test
    void atomicLoadsNeverGoBackwards() {
        String src = XY + """
            agent('t1', () => { Atomics.store(x, 0, 1); });
            agent('t2', () => { const r1 = Atomics.load(x, 0); const r2 = Atomics.load(x, 0); console.log(r1, r2); });
            """;
        Machine m = step(start(src, RELAXED), "main: starts", "t1: starts", "t1: Atomics.store(x, 0, 1)", "t2: starts");
        // A SeqCst read of a SeqCst-written location reads the newest write: one choice.
        assertThat(labels(m)).containsExactly("t2: Atomics.load(x, 0)");
        m = step(m, "t2: Atomics.load(x, 0)");
        assertThat(labels(m)).containsExactly("t2: Atomics.load(x, 0)");
        assertThat(finished(step(m, "t2: Atomics.load(x, 0)"))).containsExactly("t2: 1 1");

        Set<String> corr = outcomeSet(explore(library("66-litmus-corr-atomics", RELAXED)));
        assertThat(corr).doesNotContain("t2: 1 0");
        assertThat(corr).isEqualTo(outcomeSet(explore(library("66-litmus-corr-atomics", SC))));
    }

    // ------------------------------------------------------------------ synchronization

    @Test
    void aSeqCstReadOfASeqCstWriteSynchronizes() {
        String src = XY + """
            agent('t1', () => { x[0] = 1; Atomics.store(y, 0, 1); });
            agent('t2', () => { const f = Atomics.load(y, 0); const d = x[0]; console.log(f, d); });
            """;
        Machine m = step(start(src, RELAXED), "main: starts", "t1: starts", "t1: x[0] = 1", "t1: Atomics.store(y, 0, 1)",
            "t2: starts", "t2: Atomics.load(y, 0)");
        // t2 now knows everything t1 did before its store: the data read has one value.
        assertThat(labels(m)).containsExactly("t2: read x[0]");
        assertThat(finished(step(m, "t2: read x[0]"))).containsExactly("t2: 1 1");
        assertThat(outcomeSet(explore(src, RELAXED))).containsExactlyInAnyOrder("t2: 0 0", "t2: 0 1", "t2: 1 1");
    }

    @Test
    void aSeqCstReadOfAPlainFlagDoesNotSynchronize() {
        String src = XY + """
            agent('t1', () => { x[0] = 1; y[0] = 1; });
            agent('t2', () => { const f = Atomics.load(y, 0); const d = x[0]; console.log(f, d); });
            """;
        Machine m = step(start(src, RELAXED), "main: starts", "t1: starts", "t1: x[0] = 1", "t1: y[0] = 1", "t2: starts");
        assertThat(labels(m)).containsExactly("t2: Atomics.load(y, 0) → 1 (the newest write)",
            "t2: Atomics.load(y, 0) → 0 " + STALE_T1);
        m = step(m, "t2: Atomics.load(y, 0) → 1 (the newest write)");
        assertThat(labels(m)).containsExactly("t2: read x[0] → 1 (the newest write)", "t2: read x[0] → 0 " + STALE_T1);
        assertThat(outcomeSet(explore(library("55-litmus-mp-mixed", RELAXED)))).doesNotContain("t2: 1 0");
    }

    @Test
    void aMessageCarriesWhatItsSenderDidBeforeSendingIt() {
        String src = XY + """
            agent('w', () => { x[0] = 1; postMessage('go'); y[0] = 1; });
            onmessage = (e) => { const a = x[0]; const b = y[0]; console.log(e.data, a, b); };
            """;
        Machine m = step(start(src, RELAXED), "main: starts", "w: starts", "w: x[0] = 1", "w: y[0] = 1",
            "main: receives a message");
        assertThat(labels(m)).containsExactly("main: read x[0]");
        m = step(m, "main: read x[0]");
        assertThat(labels(m)).containsExactly("main: read y[0] → 1 (the newest write)",
            "main: read y[0] → 0 (stale: nothing synchronizes main with w since it wrote 1)");

        assertThat(outcomeSet(explore(src, RELAXED))).containsExactlyInAnyOrder("main: go 1 0", "main: go 1 1");
        assertThat(outcomeSet(explore(src, SC))).containsExactlyInAnyOrder("main: go 1 0", "main: go 1 1");
    }

    @Test
    void anAgentStartsKnowingWhatItsCreatorDidBefore() {
        String src = """
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('a', () => { console.log(ia[0]); });
            ia[0] = 5;
            agent('b', () => { console.log(ia[0]); });
            """;
        Machine m = step(start(src, RELAXED), "main: starts", "main: ia[0] = 5", "a: starts", "b: starts");
        assertThat(labels(m)).containsExactly("a: read ia[0] → 5 (the newest write)",
            "a: read ia[0] → 0 (stale: nothing synchronizes a with main since it wrote 5)", "b: read ia[0]");

        assertThat(outcomeSet(explore(src, RELAXED))).containsExactlyInAnyOrder("a: 0; b: 5", "a: 5; b: 5");
    }

    @Test
    void aWokenWaiterSeesWhatItsNotifierWrotePlainly() {
        String src = """
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('r', () => { Atomics.wait(ia, 0, 0); console.log(ia[1]); });
            agent('w', () => { ia[1] = 7; Atomics.store(ia, 0, 1); Atomics.notify(ia, 0); });
            """;
        assertThat(outcomeSet(explore(src, RELAXED))).containsExactly("r: 7");

        // Without the atomic store, only the wake-up carries the plain write.
        String plain = """
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('r', () => { Atomics.wait(ia, 0, 0); console.log(ia[1]); });
            agent('w', () => { ia[1] = 7; Atomics.notify(ia, 0); });
            """;
        Machine m = step(start(plain, RELAXED), "main: starts", "r: starts", "r: Atomics.wait(ia, 0, 0)", "w: starts",
            "w: ia[1] = 7", "w: Atomics.notify(ia, 0)", "r: wakes up (Atomics.wait returns \"ok\")");
        assertThat(labels(m)).containsExactly("r: read ia[1]");
        assertThat(finished(step(m, "r: read ia[1]"))).containsExactly("r: 7");
    }

    @Test
    void aWaitAfterANotifyOnTheSameLocationSynchronizesWithIt() {
        String src = """
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('w', () => { ia[1] = 7; Atomics.notify(ia, 0); });
            agent('r', () => { const v = Atomics.wait(ia, 0, 5); console.log(v, ia[1]); });
            """;
        Machine m = step(start(src, RELAXED), "main: starts", "w: starts", "w: ia[1] = 7", "w: Atomics.notify(ia, 0)",
            "r: starts", "r: Atomics.wait(ia, 0, 5)");

        assertThat(labels(m)).containsExactly("r: read ia[1]");
    }

    // ------------------------------------------------------------------ Float64

    static final double A = 0.1;
    static final double B = 1.0 / 3;

    static final String FLOATS = """
        const f = new Float64Array(new SharedArrayBuffer(8));
        agent('w1', () => { f[0] = 0.1; });
        agent('w2', () => { f[0] = 1 / 3; });
        agent('r', () => { console.log(f[0]); });
        """;

    /** Every double made of a low half and a high half taken from two of the values. */
    static Set<String> tornValues(double... values) {
        Set<String> out = new LinkedHashSet<>();
        for (double lo : values) {
            for (double hi : values) {
                long bits = (Double.doubleToRawLongBits(hi) & 0xffffffff00000000L) | (Double.doubleToRawLongBits(lo) & 0xffffffffL);
                out.add("r: " + JsNumbers.toJsString(Double.longBitsToDouble(bits)));
            }
        }
        return out;
    }

    @Test
    void aPlainFloat64ReadRacingTwoWritesMayTear() {
        Set<String> relaxed = outcomeSet(explore(FLOATS, RELAXED));
        Set<String> sc = outcomeSet(explore(FLOATS, SC));

        assertThat(sc).containsExactlyInAnyOrder("r: 0", "r: 0.1", "r: 0.3333333333333333");
        assertThat(relaxed).hasSize(9).isEqualTo(tornValues(0, A, B));
        // e.g. the high half of 0.1 with the low half of 1/3
        assertThat(relaxed).contains("r: 0.09999998410542806").doesNotContain("r: NaN");
    }

    @Test
    void aTornReadIsLabelledSo() {
        Machine m = step(start(FLOATS, RELAXED), "main: starts", "w1: starts", "w1: f[0] = 0.1", "w2: starts",
            "w2: f[0] = 0.3333333333333333", "r: starts");
        List<String> labels = labels(m);
        assertThat(labels).hasSize(9);
        assertThat(labels.subList(0, 3)).containsExactly("r: read f[0] → 0.3333333333333333 (the newest write)",
            "r: read f[0] → 0.1 (stale: nothing synchronizes r with w2 since it wrote 0.3333333333333333)",
            "r: read f[0] → 0 (stale: nothing synchronizes r with w2 since it wrote 0.3333333333333333)");
        assertThat(labels.subList(3, 9)).allSatisfy(l -> assertThat(l).endsWith(" (torn: bytes from different writes)"));
    }

    @Test
    void atomicsRefuseFloat64() {
        String src = """
            const f = new Float64Array(new SharedArrayBuffer(8));
            agent('r', () => { console.log(Atomics.load(f, 0)); });
            """;
        for (MemoryModel m : Models.ALL) {
            assertThat(ModelRuns.outcomes(explore(src, m))).containsExactly("[r threw TypeError: Atomics.load works only on "
                + "integer typed arrays (Int8Array … Uint32Array), not on a Float64Array]");
        }
    }

    @Test
    void alignedInt32AccessesDoNotTear() {
        String src = """
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('w1', () => { ia[0] = 0x01010101; });
            agent('w2', () => { ia[0] = 0x02020202; });
            agent('r', () => { console.log(ia[0]); });
            """;
        assertThat(outcomeSet(explore(src, RELAXED))).containsExactlyInAnyOrder("r: 0", "r: 16843009", "r: 33686018");
    }

    // ------------------------------------------------------------------ DRF-SC

    static Stream<String> atomicLitmusTests() {
        return ScenarioLibrary.fromClasspath().list().stream().map(ScenarioSource::name)
            .filter(n -> n.contains("litmus") && n.contains("atomics"));
    }

    @Test
    void theLibraryHasElevenAllAtomicsLitmusTests() {
        assertThat(atomicLitmusTests()).hasSize(11);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("atomicLitmusTests")
    void withOnlyAtomicsEveryModelShowsExactlyTheScOutcomes(String name) {
        Explorer.Result sc = explore(library(name, SC));
        Explorer.Result relaxed = explore(library(name, RELAXED));
        Explorer.Result tso = explore(library(name, TSO));

        assertThat(sc.complete() && relaxed.complete() && tso.complete()).isTrue();
        assertThat(outcomeSet(relaxed)).as("relaxed").isEqualTo(outcomeSet(sc));
        assertThat(outcomeSet(tso)).as("tso").isEqualTo(outcomeSet(sc));
    }
}
