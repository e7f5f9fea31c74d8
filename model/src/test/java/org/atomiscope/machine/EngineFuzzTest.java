package org.atomiscope.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.atomiscope.lang.ScenarioSyntaxError;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.Test;

/**
 * Small generated scenarios that mix the features the other engine tests pin (every Atomics
 * function on good and bad arguments, plain element accesses, conversions, agents, timers,
 * messages, wait and notify, exceptions, recursion, endless loops). Whatever a scenario does, the
 * run must end with a {@link Run.Result} whose ending and outcome agree, every event must format,
 * and the same scenario under the same schedule must give the same outcome. The generator is seeded,
 * so a failure names a snippet that reproduces.
 */
class EngineFuzzTest {

    private static final long SEED = 20_260_521L;
    private static final int SNIPPETS = 200;

    private static final String PRELUDE = """
        const sab = new SharedArrayBuffer(64);
        const ia = new Int32Array(sab);
        const views = [new Int8Array(sab), new Uint8Array(sab), new Int16Array(sab), new Uint16Array(sab), ia,
          new Uint32Array(sab), new Float32Array(sab), new Float64Array(sab), new Uint8ClampedArray(sab)];
        const plain = new Int32Array(8);
        let acc = 0;
        """;

    private static final String[] VIEWS = {"ia", "plain", "views[0]", "views[1]", "views[2]", "views[3]", "views[5]",
        "views[6]", "views[7]", "views[8]", "new Int16Array(4)", "ia.subarray(1)", "new Uint8Array(sab, 3, 5)", "null", "{}",
        "[1, 2]", "undefined", "'str'"};
    private static final String[] NUMS = {"0", "1", "-1", "1.5", "300", "2 ** 32", "2 ** 31", "NaN", "Infinity", "-Infinity",
        "'12'", "'x'", "{valueOf() { return 3 }}", "{toString() { return '7' }}", "undefined", "null", "-0", "1e10", "true",
        "[5]", "acc"};
    private static final String[] INDICES = {"0", "1", "2", "-1", "3", "100", "1.5", "'x'", "undefined", "1.5e10", "'1'",
        "{valueOf() { return 1 }}", "Infinity"};
    private static final String[] OPS = {"load", "store", "add", "sub", "and", "or", "xor", "exchange", "compareExchange",
        "wait", "notify", "wake", "isLockFree"};
    private static final String[] ERRORS = {"Error", "TypeError", "RangeError", "ReferenceError", "SyntaxError"};
    private static final String[] SCHEDULERS = {"default", "round-robin", "random"};

    private final SplittableRandom random = new SplittableRandom(SEED);
    private int names;

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private String fresh(String base) {
        return base + (names++);
    }

    private String statement(int depth) {
        int kinds = depth >= 2 ? 14 : 27;
        return switch (random.nextInt(kinds)) {
            case 0, 1 -> "console.log(Atomics." + pick(OPS) + "(" + pick(VIEWS) + ", " + pick(INDICES) + ", " + pick(NUMS) + ", "
                + pick(NUMS) + "));";
            case 2 -> pick(VIEWS).replace("{}", "({})") + "[" + pick(INDICES) + "] = " + pick(NUMS) + ";";
            case 3 -> "acc += +" + pick(VIEWS).replace("{}", "({})") + "[" + pick(INDICES) + "] || 0;";
            case 4 -> "ia[" + random.nextInt(16) + "]++;";
            case 5 -> "console.log(typeof " + pick(VIEWS) + ", String(" + pick(NUMS) + "), `${" + pick(NUMS) + "}`);";
            case 6 -> "throw new " + pick(ERRORS) + "('m" + random.nextInt(9) + "');";
            case 7 -> "let " + fresh("u") + " = undefinedVar" + random.nextInt(3) + ";";
            case 8 -> "console.log(" + pick(VIEWS) + ".length, " + pick(VIEWS) + ".BYTES_PER_ELEMENT);";
            case 9 -> {
                String v = fresh("d");
                yield "const [" + v + ", " + v + "q = " + pick(NUMS) + ", ..." + v + "r] = [" + pick(NUMS) + "]; console.log("
                    + v + ", " + v + "q, " + v + "r.length);";
            }
            case 10 -> "new Uint8Array(sab).fill(" + pick(NUMS) + ", " + pick(INDICES) + "); plain.set([" + pick(NUMS) + "], "
                + random.nextInt(10) + ");";
            case 11 -> "console.log(Atomics.wait(ia, " + random.nextInt(4) + ", " + pick(NUMS) + ", " + random.nextInt(20) + "));";
            case 12 -> "console.log(Atomics.notify(ia, " + random.nextInt(4) + ", " + pick(NUMS) + "));";
            case 13 -> "acc = (acc + 1) | 0;";
            case 14 -> "setTimeout(() => { " + statement(depth + 1) + " }, " + pick(new String[] {"0", "5", "-1", "'x'", "10"}) + ");";
            case 15 -> "agent('" + pick(new String[] {"a", "b", "w", ""}) + "', () => { " + statement(depth + 1) + " "
                + statement(depth + 1) + " });";
            case 16 -> "try { " + statement(depth + 1) + " } catch (e) { console.log(e.name, e.message); } finally { acc++; }";
            case 17 -> "for (let i = 0; i < " + random.nextInt(5) + "; i++) { " + statement(depth + 1) + " }";
            case 18 -> {
                String f = fresh("f");
                yield "function " + f + "(x) { " + statement(depth + 1) + " return x; } " + f + "(" + pick(NUMS) + ");";
            }
            case 19 -> "if (acc > " + random.nextInt(4) + ") { " + statement(depth + 1) + " } else { " + statement(depth + 1) + " }";
            case 20 -> "switch (acc % 3) { case 0: " + statement(depth + 1) + " case 1: " + statement(depth + 1)
                + " break; default: " + statement(depth + 1) + " }";
            case 21 -> {
                String f = fresh("r");
                yield "function " + f + "(n) { return " + f + "(n + 1) + 1; } " + f + "(0);";
            }
            case 22 -> pick(new String[] {"while (true) {}", "while (Atomics.load(ia, 15) === 0) {}", "for (;;) { acc++; }"});
            case 23 -> "agent('p', () => { postMessage(" + pick(NUMS) + "); }); onmessage = (e) => { console.log('got', e.data); "
                + statement(depth + 1) + " };";
            case 24 -> "postMessage(" + pick(NUMS) + ");";
            case 25 -> "agent('z', () => { console.log(Atomics.wait(ia, " + (8 + random.nextInt(4)) + ", 0)); });";
            default -> {
                String c = fresh("K");
                yield "class " + c + " extends Error { constructor(m) { super(m); this.name = '" + c + "'; } } "
                    + (random.nextBoolean() ? "throw new " + c + "('k');" : "console.log(String(new " + c + "('k')));");
            }
        };
    }

    private String snippet() {
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(4) == 0) {
            sb.append("/**\n * @host node\n */\n");
        }
        sb.append(PRELUDE);
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.append(statement(0)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void noJavaExceptionEscapesAndEveryRunEndsConsistently() {
        Map<Run.Ending, Integer> endings = new EnumMap<>(Run.Ending.class);
        List<String> syntaxErrors = new ArrayList<>();
        for (int i = 0; i < SNIPPETS; i++) {
            String src = snippet();
            String scheduler = pick(SCHEDULERS);
            long seed = random.nextLong();
            Scenarios.Ran[] runs = new Scenarios.Ran[2];
            for (int k = 0; k < 2; k++) {
                int attempt = k;
                assertThatCode(() -> {
                    try {
                        runs[attempt] = Scenarios.run(ScenarioSource.ofSingleFile("t.js", src), scheduler, seed, 200_000, 3_000);
                    } catch (ScenarioSyntaxError e) {
                        syntaxErrors.add(e.getMessage() + "\n" + src);
                    }
                }).as("snippet %d under %s/%d:%n%s", i, scheduler, seed, src).doesNotThrowAnyException();
            }
            if (runs[0] == null) {
                continue;
            }
            Scenarios.Ran r = runs[0];
            checkConsistent(r, src);
            assertThat(runs[1].outcome()).as("determinism of snippet %d:%n%s", i, src).isEqualTo(r.outcome());
            assertThat(runs[1].result().schedule()).as("determinism of snippet %d:%n%s", i, src).isEqualTo(r.result().schedule());
            endings.merge(r.ending(), 1, Integer::sum);
        }
        assertThat(syntaxErrors).as("the generator writes valid scenarios").isEmpty();
        // The generator is meant to reach every way a run can end; if it stops doing so it tests less.
        assertThat(endings.keySet()).contains(Run.Ending.COMPLETED, Run.Ending.THREW, Run.Ending.HUNG, Run.Ending.DEADLOCK);
    }

    private static void checkConsistent(Scenarios.Ran r, String src) {
        Run.Result res = r.result();
        assertThat(res.ending()).as(src).isNotNull();
        assertThat(res.message()).as(src).isNotBlank().endsWith(".");
        assertThat(res.last()).as(src).isNotNull();
        assertThat(res.last().isTerminal() || res.ending() == Run.Ending.STEP_LIMIT).as(src).isTrue();
        String outcome = r.outcome();
        switch (res.ending()) {
            case COMPLETED -> assertThat(res.outcome().clean()).as(src + "\n" + outcome).isTrue();
            case THREW -> assertThat(outcome).as(src).contains(" threw ");
            case DEADLOCK -> assertThat(outcome).as(src).contains("[deadlock: ");
            case HUNG, STEP_LIMIT -> assertThat(outcome).as(src).contains("[step limit]");
            default -> fail("unknown ending " + res.ending());
        }
        for (Event e : r.events()) {
            assertThatCode(e::toString).as("event text in\n%s", src).doesNotThrowAnyException();
        }
        assertThatCode(() -> res.last().stateHash()).as(src).doesNotThrowAnyException();
        assertThat(res.last().sameState(res.last())).as(src).isTrue();
    }
}
