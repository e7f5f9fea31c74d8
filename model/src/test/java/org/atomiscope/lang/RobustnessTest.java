package org.atomiscope.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever the input, parse() returns a tree or throws a ScenarioSyntaxError, and does so fast. */
class RobustnessTest {

    private static final int N = 10_000;

    @ParameterizedTest
    @ValueSource(strings = {"(", "[", "{", "-", "!", "~", "typeof ", "++", "new ", "x => ", "a = ", "a ? b : ",
        "if (a) ", "while (a) ", "function f() {", "`${", "f(", "a[", "a ** ", "{a: ", "let [", "(a, ", "a + ", "a."})
    void deepNestingIsASentenceNotAStackOverflow(String opener) {
        String closer = switch (opener) {
            case "(", "f(", "(a, " -> ")";
            case "[", "a[" -> "]";
            case "{", "function f() {", "{a: " -> "}";
            case "`${" -> "}`";
            case "let [" -> "]";
            default -> "";
        };
        String source = opener.equals("let [")
                ? "let " + "[".repeat(N) + "x" + "]".repeat(N) + " = y"
                : (opener.equals("{a: ") ? "x = " : "") + opener.repeat(N) + "x" + closer.repeat(N);
        Throwable t = catchThrowable(() -> Parser.parse("deep.js", source));
        assertThat(t).isInstanceOf(ScenarioSyntaxError.class);
        assertThat(((ScenarioSyntaxError) t).sentence()).isEqualTo("The scenario is nested too deeply.");
        assertThat(((ScenarioSyntaxError) t).pos().line()).isEqualTo(1);
    }

    @Test
    void ordinaryNestingIsFine() {
        String source = "x = " + "(".repeat(100) + "[{a: f(g(1))}]" + ")".repeat(100) + ";\n"
                + "if (a) {".repeat(50) + "y();" + "}".repeat(50);
        assertThat(Parser.parse("ok.js", source).body()).hasSize(2);
    }

    /** Random edits of valid programs: every outcome is a tree or a ScenarioSyntaxError. */
    @Test
    void mutatedProgramsNeverThrowAnythingElse() {
        String[] seeds = {SeedProgramsTest.MAIN_JS, SeedProgramsTest.WORKER_JS, """
                class A extends B { static n = 1; #p; get x() { return `a${this.y ?? [1, , 3]}b`; } }
                label: for (const [k, {v = 2, ...r}] of m) { if (k in o) continue label; else break; }
                let f = (a, {b: [c]} = {}, ...d) => a?.[b]?.(c) ** 2 >>> 1, g = function* () {};
                switch (x) { case 1: try { throw new Error('e'); } catch ({message}) {} finally {} default: }
                do x -= 0x1F + 1_000 + .5e-3 + 'a\\u{41}\\n'; while (--x > 0 && !(x instanceof Y))
                """};
        String alphabet = "(){}[];,.:?=>+-*/%&|^!~<'\"`$#\\ \n\tabcx019_enwtfiy";
        Random random = new Random(20240601L);
        for (int round = 0; round < 4000; round++) {
            StringBuilder sb = new StringBuilder(seeds[round % seeds.length]);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && sb.length() > 0; e++) {
                int at = random.nextInt(sb.length());
                switch (random.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> sb.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String source = sb.toString();
            Throwable t = catchThrowable(() -> Parser.parse("fuzz.js", source));
            if (t != null && !(t instanceof ScenarioSyntaxError)) {
                throw new AssertionError("parse threw " + t + " for:\n" + source, t);
            }
            if (t instanceof ScenarioSyntaxError s) {
                assertThat(s.sentence()).as("sentence for:\n%s", source).isNotBlank().doesNotContain("null");
                assertThat(s.pos().line()).isPositive();
                assertThat(s.pos().column()).isPositive();
            }
        }
    }

    @Test
    void a100KilobyteScenarioParsesInMilliseconds() {
        String chunk = """
                // worker %1$d
                const view%1$d = new Int32Array(sab, %1$d * 4, 16);
                function work%1$d(ia, {start = 0, end} = {}) {
                  for (let i = start; i < end; i++) {
                    if (Atomics.load(ia, i) === 0 && i %% 2 == 0) { Atomics.add(ia, i, 1); }
                    else ia[i] = `value ${i} of ${end}`.length * 2 ** 3;
                  }
                  return [...ia].map(x => x + 1).filter((x, j) => j > 2)?.length ?? 0;
                }
                class Lock%1$d { lock() { while (Atomics.compareExchange(this.ia, 0, 0, 1) !== 0) Atomics.wait(this.ia, 0, 1); } }
                """;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 100_000; i++) {
            sb.append(chunk.formatted(i));
        }
        String source = sb.toString();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 10; run++) {
            long start = System.nanoTime();
            Parser.parse("big.js", source);
            best = Math.min(best, System.nanoTime() - start);
        }
        // About 5 ms once the JIT has warmed up, 150 ms for the very first parse. The bound only
        // catches accidental quadratic behaviour (seconds) and leaves room for a busy machine.
        assertThat(best / 1_000_000).as("best parse time in ms").isLessThan(1000);
    }
}
