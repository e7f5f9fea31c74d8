package org.atomiscope.litmus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Export of litmus-shaped scenarios as herd7 C litmus tests: two library tests as whole golden
 * texts, every litmus scenario of the library by its structure, and refusals with the position
 * and reason of what does not fit.
 */
class LitmusTest {
    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.fromClasspath();

    private static final String PREAMBLE = """
               JavaScript plain accesses are exported as memory_order_relaxed atomics: in JavaScript a race gives
               some value rather than undefined behaviour. Atomics.* are memory_order_seq_cst.
               C's relaxed atomics are coherent and JavaScript's plain accesses are not, so herd may forbid an
               outcome of plain accesses (as in CoRR) that Atomiscope's relaxed model allows.
            """;

    /** The exists clause each library litmus test exports: its @expect that SC forbids. */
    private static final Map<String, String> EXISTS = Map.ofEntries(
            Map.entry("sb", "exists (0:r0=0 /\\ 1:r0=0)"),
            Map.entry("mp", "exists (1:r0=1 /\\ 1:r1=0)"),
            Map.entry("lb", "exists (0:r0=1 /\\ 1:r0=1)"),
            Map.entry("iriw", "exists (2:r0=1 /\\ 2:r1=0 /\\ 3:r0=1 /\\ 3:r1=0)"),
            Map.entry("2plus2w", "exists ([x]=1 /\\ [y]=1)"),
            Map.entry("corr", "exists (1:r0=1 /\\ 1:r1=0)"),
            Map.entry("coww", "exists ([x]=1)"),
            Map.entry("cowr", "exists (0:r0=0)"),
            Map.entry("wrc", "exists (1:r0=1 /\\ 2:r0=1 /\\ 2:r1=0)"),
            Map.entry("s", "exists (1:r0=1 /\\ [x]=2)"),
            Map.entry("r", "exists (1:r0=0 /\\ [y]=2)"));

    private static ScenarioSource library(String name) {
        return LIBRARY.named(name).orElseThrow();
    }

    private static String export(String name, String source) throws NotLitmusShaped {
        return Litmus.export(ScenarioSource.ofSingleFile(name + ".js", source));
    }

    @Test
    void mpPlainExportsAsAWholeTest() throws NotLitmusShaped {
        assertThat(Litmus.export(library("53-litmus-mp-plain"))).isEqualTo("""
            C MP+plain
            (* Exported by Atomiscope from 53-litmus-mp-plain: "MP (message passing), plain accesses".
            """ + PREAMBLE + """
               Threads: P0 is t1, P1 is t2.
               Locations, each an atomic_int: x is x[0] (Int32Array), y is y[0] (Int32Array).
               Condition: @expect "t2: 1 0"  sc: never  tso: never  relaxed: sometimes *)
            { [x] = 0; [y] = 0; }

            P0(atomic_int* x, atomic_int* y) {
              atomic_store_explicit(x, 1, memory_order_relaxed);
              atomic_store_explicit(y, 1, memory_order_relaxed);
            }

            P1(atomic_int* x, atomic_int* y) {
              int r0 = atomic_load_explicit(y, memory_order_relaxed);
              int r1 = atomic_load_explicit(x, memory_order_relaxed);
            }

            exists (1:r0=1 /\\ 1:r1=0)
            """);
    }

    @Test
    void sbAtomicsExportsAsAWholeTest() throws NotLitmusShaped {
        assertThat(Litmus.export(library("51-litmus-sb-atomics"))).isEqualTo("""
            C SB+atomics
            (* Exported by Atomiscope from 51-litmus-sb-atomics: "SB (store buffering), all Atomics".
            """ + PREAMBLE + """
               Threads: P0 is t1, P1 is t2.
               Locations, each an atomic_int: x is x[0] (Int32Array), y is y[0] (Int32Array).
               Condition: @expect "t1: 0; t2: 0"  sc: never  tso: never  relaxed: never *)
            { [x] = 0; [y] = 0; }

            P0(atomic_int* x, atomic_int* y) {
              atomic_store_explicit(x, 1, memory_order_seq_cst);
              int r0 = atomic_load_explicit(y, memory_order_seq_cst);
            }

            P1(atomic_int* x, atomic_int* y) {
              atomic_store_explicit(y, 1, memory_order_seq_cst);
              int r0 = atomic_load_explicit(x, memory_order_seq_cst);
            }

            exists (0:r0=0 /\\ 1:r0=0)
            """);
    }

    static Stream<ScenarioSource> litmusScenarios() {
        return LIBRARY.list().stream().filter(s -> s.name().contains("litmus"));
    }

    @Test
    void theLibraryHasThirtyLitmusScenarios() {
        assertThat(litmusScenarios().count()).isEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("litmusScenarios")
    void everyLitmusScenarioExports(ScenarioSource s) throws NotLitmusShaped {
        String text = Litmus.export(s);
        String code = s.mainSource().substring(s.header().endOffset());
        String shape = s.name().replaceFirst("^\\d+-litmus-", "").replaceFirst("-[a-z]+$", "");
        String variant = s.name().replaceFirst(".*-", "");

        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).startsWith("C ").endsWith("+" + variant);
        assertThat(lines.get(lines.size() - 1)).isEqualTo(EXISTS.get(shape));
        // One thread per agent(...) call, in order, each taking every location.
        int agents = count(code, "agent\\('");
        assertThat(count(text, "(?m)^P\\d+\\(")).isEqualTo(agents);
        assertThat(text).contains("P" + (agents - 1) + "(atomic_int* x");
        // Plain accesses are relaxed, Atomics seq_cst; nothing else appears.
        assertThat(count(text, "memory_order_relaxed\\)")).isEqualTo(count(code, "[xy]\\[0\\]"));
        assertThat(count(text, "memory_order_seq_cst\\)")).isEqualTo(count(code, "Atomics\\."));
        assertThat(text).doesNotContain(" if (", "while").contains("{ [x] = 0;");
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void scenario06ExportsItsInitialWritesAndPrintedElementsAsRegisters() throws NotLitmusShaped {
        String text = Litmus.export(library("19-reordering-123456-191"));
        assertThat(text).startsWith("C reordering-123456-191\n")
                .contains("Locations, each an atomic_int: ia37 is ia[37] (Int32Array), ia42 is ia[42] (Int32Array).")
                .contains("Threads: P0 is writer, P1 is reader.")
                .contains("""
                    { [ia37] = 163; [ia42] = 191; }

                    P0(atomic_int* ia37, atomic_int* ia42) {
                      atomic_store_explicit(ia42, 314159, memory_order_relaxed);
                      atomic_store_explicit(ia37, 123456, memory_order_relaxed);
                    }

                    P1(atomic_int* ia37, atomic_int* ia42) {
                      int r0 = atomic_load_explicit(ia37, memory_order_relaxed);
                      int r1 = atomic_load_explicit(ia42, memory_order_relaxed);
                    }

                    exists (1:r0=123456 /\\ 1:r1=191)
                    """);
    }

    @Test
    void waitAndWakeAreRefused() {
        assertThatThrownBy(() -> Litmus.export(library("21-wait-wake")))
                .isInstanceOf(NotLitmusShaped.class)
                .hasMessage("21-wait-wake.js:38:5: The agent writer calls Atomics.wake; "
                        + "waiting and waking have no litmus-test equivalent.");
    }

    @Test
    void aLoopIsRefused() {
        assertThatThrownBy(() -> Litmus.export(library("09-lost-update-counter")))
                .isInstanceOf(NotLitmusShaped.class)
                .hasMessage("09-lost-update-counter.js:40:5: The agent a has a loop (for); "
                        + "only straight-line code exports as a litmus test.");
    }

    @Test
    void aFolderScenarioWithWorkersIsRefusedAtItsFirstWorker() {
        assertThatThrownBy(() -> Litmus.export(library("01-book-hello-shared-memory")))
                .isInstanceOf(NotLitmusShaped.class)
                .hasMessage("main.js:41:16: The scenario starts workers from separate files; only single-file "
                        + "scenarios whose agents are declared with agent(name, () => ...) export as litmus tests.")
                .satisfies(e -> assertThat(((NotLitmusShaped) e).pos().line()).isEqualTo(41));
    }

    @Test
    void readModifyWritesExportAsC11FetchOperations() throws NotLitmusShaped {
        String text = export("rmw", """
            /**
             * @expect "a: 0 5; b: 1"  sc: sometimes
             */
            const ia = new Int32Array(new SharedArrayBuffer(16));
            const N = 2;
            ia[N] = 5;
            agent('a', () => { const old = Atomics.add(ia, 0, 1); const r = Atomics.exchange(ia, N, 7); console.log(old, r); });
            agent('b', () => { Atomics.sub(ia, 0, 3); console.log(Atomics.load(ia, 0)); ia[3] = -4; });
            """);
        assertThat(text).contains("""
            { [ia] = 0; [ia2] = 5; [ia3] = 0; }

            P0(atomic_int* ia, atomic_int* ia2, atomic_int* ia3) {
              int r0 = atomic_fetch_add_explicit(ia, 1, memory_order_seq_cst);
              int r1 = atomic_exchange_explicit(ia2, 7, memory_order_seq_cst);
            }

            P1(atomic_int* ia, atomic_int* ia2, atomic_int* ia3) {
              atomic_fetch_add_explicit(ia, -3, memory_order_seq_cst);
              int r0 = atomic_load_explicit(ia, memory_order_seq_cst);
              atomic_store_explicit(ia3, -4, memory_order_relaxed);
            }

            exists (0:r0=0 /\\ 0:r1=5 /\\ 1:r0=1)
            """);
    }

    @Test
    void withoutExpectTheConditionIsTrueAndEveryPrintedRegisterIsListed() throws NotLitmusShaped {
        String text = export("plain", """
            const sab = new SharedArrayBuffer(8);
            const a = new Int32Array(sab, 4, 1);
            const r0 = new Int32Array(sab, 0, 1);
            agent('t1', () => { r0[0] = 1; a[0] = 1; });
            agent('t2', () => { const x = a[0]; const y = r0[0]; console.log(y, x); });
            """);
        assertThat(text)
                .contains("{ [r0_] = 0; [a] = 0; }") // in byte order; r0 would clash with a register
                .contains("int r0 = atomic_load_explicit(a, memory_order_relaxed);")
                .contains("no @expect to export as a condition")
                .endsWith("locations [1:r1; 1:r0;]\nexists (true)\n");
    }

    @Test
    void aliasedViewsShareOneLocation() throws NotLitmusShaped {
        String text = export("alias", """
            const sab = new SharedArrayBuffer(8);
            const all = new Int32Array(sab);
            const y = new Int32Array(sab, 4, 1);
            agent('t1', () => { all[1] = 1; });
            agent('t2', () => { console.log(y[0]); });
            """);
        assertThat(text).contains("{ [all1] = 0; }").contains("int r0 = atomic_load_explicit(all1, memory_order_relaxed);");
    }

    @Test
    void refusalsNameTheReasonAndPosition() {
        assertRefused("""
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('t1', () => { const i = ia[0]; ia[i] = 1; });
            """, "x.js:2:41: The index into ia in the agent t1 is computed; a litmus test names each location, "
                + "so indexes must be constant numbers.");
        assertRefused("""
            const sab = new SharedArrayBuffer(8);
            const ia = new Int32Array(sab);
            const bytes = new Uint8Array(sab);
            agent('t1', () => { ia[0] = 1; });
            agent('t2', () => { console.log(bytes[1]); });
            """, "x.js:5:33: bytes[1] (Uint8Array) shares bytes with ia[0] (Int32Array); mixed-size and mixed-type "
                + "accesses do not export as a litmus test.");
        assertRefused("""
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('t1', () => { Atomics.compareExchange(ia, 0, 0, 1); });
            """, "x.js:2:21: The agent t1 calls Atomics.compareExchange, which does not export: "
                + "C's compare-exchange returns a flag, not the old value.");
        assertRefused("""
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('t1', () => { ia[0] = 1; });
            ia[1] = 2;
            """, "x.js:3:1: The main agent writes shared memory after starting agents; only writes before the first "
                + "agent(...) call export, as the initial state.");
        assertRefused("""
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('t1', () => { if (ia[0]) ia[1] = 1; });
            """, "x.js:2:21: The agent t1 has a branch (if); only straight-line code exports as a litmus test.");
        assertRefused("""
            const u8 = new Uint8Array(new SharedArrayBuffer(8));
            agent('t1', () => { u8[0] = 300; });
            """, "x.js:2:29: The value 300 written to u8[0] does not fit a Uint8Array element as a C int (0 to 255); "
                + "only values stored without wrapping export.");
        assertRefused("""
            /**
             * @expect "t1: 1 2"  sc: sometimes
             */
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('t1', () => { console.log(ia[0]); });
            """, "x.js:2:4: The @expect \"t1: 1 2\" gives t1 the line \"1 2\", but its console.log prints 1 value(s) there.");
    }

    @Test
    void aSyntaxErrorIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> export("x", "agent('t1', () => { x[0] = ; });\n"))
                .isInstanceOf(NotLitmusShaped.class).hasMessageStartingWith("x.js:1:");
    }

    private static void assertRefused(String source, String message) {
        assertThatThrownBy(() -> export("x", source)).isInstanceOf(NotLitmusShaped.class).hasMessage(message);
    }

    @Test
    void testNamesFollowHerd() {
        assertThat(Litmus.testName("62-litmus-2plus2w-plain")).isEqualTo("2+2W+plain");
        assertThat(Litmus.testName("65-litmus-corr-plain")).isEqualTo("CoRR+plain");
        assertThat(Litmus.testName("73-litmus-wrc-mixed")).isEqualTo("WRC+mixed");
        assertThat(Litmus.testName("my scenario")).isEqualTo("my_scenario");
    }
}
