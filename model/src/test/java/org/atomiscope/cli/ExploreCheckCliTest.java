package org.atomiscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atomiscope.explore.Explorer;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.ModelRuns;
import org.atomiscope.memory.Models;
import org.atomiscope.scenario.Expectation;
import org.atomiscope.scenario.ScenarioHeader;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.atomiscope.scenario.ShippedLibraryTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atomiscope check} over the whole library and {@code atomiscope explore} as a student uses
 * it on the reordering pair (06/07): the table, the witness, the JSON, and the state limit. Table
 * cells are compared with what {@link Explorer} itself finds, so the command prints exactly the
 * explorer's numbers.
 */
class ExploreCheckCliTest {
    private static final String NL = System.lineSeparator();

    static CliTest.Ran cli(String... args) {
        return CliTest.cli(args);
    }

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ check

    @Test
    void checkOfTheScenariosFolderPassesEveryExpectationAndGoalExceptTheOneKnownGap() {
        int pairs = 0;
        int goals = 0;
        List<String> gaps = new ArrayList<>();
        for (ScenarioSource s : ScenarioLibrary.fromDirectory(Path.of("..", "scenarios", "library")).list()) {
            goals += s.header().goals().size();
            for (Expectation e : s.header().expects()) {
                for (String model : e.verdicts().keySet()) {
                    pairs++;
                    for (ScenarioHeader.KnownGap g : s.header().knownGaps()) {
                        if (g.model().equals(model) && g.outcome().equals(e.text())) {
                            gaps.add(s.name() + " " + model + " " + e.text());
                        }
                    }
                }
            }
        }
        assertThat(gaps).containsExactly("56-litmus-lb-plain relaxed t1: 1; t2: 1");

        // As a teacher would run it from a checkout: the folder, not the packaged copy.
        CliTest.Ran r = cli("check", "-q", Path.of("..", "scenarios").toString());

        assertThat(r.status()).isEqualTo(ExitCode.COMPLETED);
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(goals).isGreaterThanOrEqualTo(8);
        assertThat(lines.get(lines.size() - 1)).isEqualTo((pairs - gaps.size() + goals) + " passed, 0 failed ("
            + ShippedLibraryTest.SHIPPED + " scenarios)");
        // Quiet: only the gap, the gap count and the summary.
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("gap   56-litmus-lb-plain  \"t1: 1; t2: 1\"  relaxed: sometimes: known gap: ");
        assertThat(lines.get(1)).isEqualTo("1 known gap (see @known-gap in the scenarios named above)");
    }

    /** MP with plain accesses, with one expectation that fails and one "known gap" that in fact holds. */
    static final String MISJUDGED = """
        /**
         * @expect "t2: 1 0"  sc: never  relaxed: sometimes
         * @expect "t2: 1 1"  sc: always
         * @known-gap relaxed "t2: 1 0" pretends the model cannot show it
         */
        const sab = new SharedArrayBuffer(8);
        const x = new Int32Array(sab, 0, 1);
        const y = new Int32Array(sab, 4, 1);
        agent('t1', () => { x[0] = 1; y[0] = 1; });
        agent('t2', () => { const r1 = y[0]; const r2 = x[0]; console.log(r1, r2); });
        """;

    @Test
    void checkReportsAFailingExpectationAndAGapThatHasClosed() throws Exception {
        Path p = dir.resolve("misjudged.js");
        Files.writeString(p, MISJUDGED);

        CliTest.Ran r = cli("check", p.toString());

        assertThat(r.status()).isEqualTo(ExitCode.AGENT_THREW);
        assertThat(r.out().lines().toList()).containsExactly(
            "ok    misjudged  \"t2: 1 0\"  sc: never  (0 of 3 outcomes)",
            "FAIL  misjudged  \"t2: 1 0\"  relaxed: sometimes: holds now, but the header calls it a known gap (pretends the "
                + "model cannot show it): remove the @known-gap line",
            "FAIL  misjudged  \"t2: 1 1\"  sc: always: expected always but found 1 of 3 outcomes matching",
            "1 passed, 2 failed (1 scenario)");
    }

    @Test
    void checkOfAFolderRunsEveryScenarioInIt() throws Exception {
        Files.writeString(dir.resolve("a.js"), "/**\n * @expect \"main: 1\"  sc: always  tso: always\n */\nconsole.log(1);\n");
        Files.writeString(dir.resolve("b.js"), "/**\n * @expect \"main: 2\"  relaxed: always\n */\nconsole.log(2);\n");
        Files.writeString(dir.resolve("notes.txt"), "not a scenario");

        CliTest.Ran r = cli("check", dir.toString());

        assertThat(r.status()).isEqualTo(ExitCode.COMPLETED);
        assertThat(r.out().lines().toList()).containsExactly(
            "ok    a  \"main: 1\"  sc: always  (1 of 1 outcome)",
            "ok    a  \"main: 1\"  tso: always  (1 of 1 outcome)",
            "ok    b  \"main: 2\"  relaxed: always  (1 of 1 outcome)",
            "3 passed, 0 failed (2 scenarios)");
    }

    @Test
    void checkVerifiesEachGoalUnderTheScenariosModel() throws Exception {
        // SB: both reads 0 needs a store buffer, so TSO reaches it and SC cannot.
        String sb = """
            /**
             * @model %s
             * @goal "t1: 0; t2: 0"
             * @goal deadlock
             */
            const sab = new SharedArrayBuffer(8);
            const x = new Int32Array(sab, 0, 1);
            const y = new Int32Array(sab, 4, 1);
            agent('t1', () => { x[0] = 1; console.log(y[0]); });
            agent('t2', () => { y[0] = 1; console.log(x[0]); });
            """;
        Files.writeString(dir.resolve("tso.js"), sb.formatted("tso"));
        Files.writeString(dir.resolve("sc.js"), sb.formatted("sc"));

        CliTest.Ran r = cli("check", dir.toString());

        assertThat(r.status()).isEqualTo(ExitCode.AGENT_THREW);
        assertThat(r.out().lines().toList()).containsExactly(
            "FAIL  sc  goal \"t1: 0; t2: 0\"  sc: reachable: no schedule reaches it among 3 outcomes",
            "FAIL  sc  goal \"deadlock\"  sc: reachable: no schedule reaches it among 3 outcomes",
            "ok    tso  goal \"t1: 0; t2: 0\"  tso: reachable  (witness of 9 steps)",
            "FAIL  tso  goal \"deadlock\"  tso: reachable: no schedule reaches it among 4 outcomes",
            "1 passed, 3 failed (2 scenarios)");
    }

    // ------------------------------------------------------------------ explore: the table

    /** The table's outcome rows: first cell, then one cell per model. */
    private static Map<String, List<String>> rows(String out, int models) {
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        boolean inTable = false;
        for (String line : out.lines().toList()) {
            if (line.startsWith("  outcome ")) {
                inTable = true;
                continue;
            }
            if (inTable && line.isBlank()) {
                break;
            }
            if (inTable) {
                String[] cells = line.strip().split("\\s{2,}");
                assertThat(cells).as(line).hasSize(models + 1);
                rows.put(cells[0], List.of(cells).subList(1, cells.length));
            }
        }
        return rows;
    }

    /** What a cell must say for an outcome under a model, from the explorer itself. */
    private static String cell(Explorer.Result r, String outcome) {
        Explorer.Found f = r.find(outcome);
        return f == null ? "never" : String.format("%,d", f.count());
    }

    private static Explorer.Result explore(String name, MemoryModel m) {
        return ModelRuns.explore(ModelRuns.library(name, m));
    }

    @Test
    void exploreTheReorderingScenarioUnderAllModels() {
        CliTest.Ran r = cli("explore", "19-reordering-123456-191", "--model", "all");

        assertThat(r.status()).isEqualTo(ExitCode.COMPLETED);
        assertThat(r.out()).startsWith("Outcomes of 19-reordering-123456-191 (sc, tso, relaxed): terminal states reaching each "
            + "outcome, or never" + NL);
        Map<String, List<String>> rows = rows(r.out(), 3);
        assertThat(rows.keySet()).containsExactlyInAnyOrder("reader: 123456 314159", "reader: 163 314159", "reader: 163 191",
            "reader: 123456 191");
        List<Explorer.Result> results = Models.ALL.stream().map(m -> explore("19-reordering-123456-191", m)).toList();
        rows.forEach((outcome, cells) -> {
            for (int i = 0; i < 3; i++) {
                assertThat(cells.get(i)).as(outcome + " under " + Models.ALL.get(i).id()).isEqualTo(cell(results.get(i), outcome));
            }
        });
        List<String> weak = rows.get("reader: 123456 191");
        assertThat(weak.subList(0, 2)).containsExactly("never", "never");
        assertThat(weak.get(2)).matches("[1-9][0-9,]*");
        assertThat(r.out()).containsPattern("  complete +yes +yes +yes" + NL);
        assertThat(r.out()).containsPattern("  states +" + results.get(0).states() + " +" + results.get(1).states() + " +"
            + results.get(2).states() + NL);
    }

    @Test
    void theWitnessOfTheWeakOutcomeExistsOnlyUnderRelaxed() {
        CliTest.Ran r = cli("explore", "19-reordering-123456-191", "--model", "all", "--witness", "reader: 123456 191");

        assertThat(r.status()).isEqualTo(ExitCode.COMPLETED);
        assertThat(r.out()).contains(NL + "No execution under sc reaches an outcome with \"reader: 123456 191\" (each part names an agent's whole output, as in the table)." + NL)
            .contains(NL + "No execution under tso reaches an outcome with \"reader: 123456 191\" (each part names an agent's whole output, as in the table)." + NL);
        String head = "Witness under relaxed for \"reader: 123456 191\" (outcome: reader: 123456 191):" + NL;
        assertThat(r.out()).contains(head);
        List<String> steps = r.out().substring(r.out().indexOf(head) + head.length()).lines().toList();
        Pattern numbered = Pattern.compile(" +(\\d+)\\. (.*)");
        for (int i = 0; i < steps.size(); i++) {
            Matcher m = numbered.matcher(steps.get(i));
            assertThat(m.matches()).as(steps.get(i)).isTrue();
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(i + 1);
        }
        Explorer.Found found = explore("19-reordering-123456-191", ModelRuns.RELAXED).find("reader: 123456 191");
        assertThat(steps).hasSize(found.witness().size());
        for (int i = 0; i < steps.size(); i++) {
            assertThat(steps.get(i)).contains(found.witness().get(i).label());
        }
        assertThat(steps.get(0)).endsWith("1. main: starts   [ia[37] = 163; ia[42] = 191; creates agent writer; creates agent reader]");
        assertThat(steps.get(steps.size() - 1)).matches(" +\\d+\\. reader: read ia\\[42\\] → 191 \\(stale: [^)]+\\)"
            + "   \\[read ia\\[42\\] → 191; prints 123456 191\\]");
    }

    @Test
    void replayingTheRelaxedWitnessReachesTheWeakOutcome() {
        Program p = ModelRuns.library("19-reordering-123456-191", ModelRuns.RELAXED);
        Explorer.Found found = Explorer.explore(p, Explorer.DEFAULT_MAX_STATES, null).find("reader: 123456 191");
        assertThat(found).isNotNull();

        Machine m = Machine.initial(p);
        for (Choice c : found.witness()) {
            assertThat(m.choices()).contains(c);
            m = m.take(c).machine();
        }

        assertThat(m.isTerminal()).isTrue();
        assertThat(ModelRuns.finished(m)).anySatisfy(o -> assertThat(org.atomiscope.scenario.Outcome.parse(o).parts())
            .contains("reader: 123456 191"));
        assertThat(found.witness().get(found.witness().size() - 1).label()).startsWith("reader: read ia[42] → 191 (stale: ");
    }

    @Test
    void theAtomicFlagForbidsTheWeakOutcomeUnderEveryModel() {
        CliTest.Ran r = cli("explore", "20-reordering-fixed-atomic-flag", "--witness", "reader: 123456 | 191");

        assertThat(r.status()).isEqualTo(ExitCode.COMPLETED);
        Map<String, List<String>> rows = rows(r.out(), 3);
        assertThat(rows.keySet()).containsExactly("reader: 123456 | 314159");
        assertThat(rows.get("reader: 123456 | 314159")).noneMatch(c -> c.equals("never"));
        for (String model : List.of("sc", "tso", "relaxed")) {
            assertThat(r.out()).contains(NL + "No execution under " + model + " reaches an outcome with \"reader: 123456 | 191\" (each part names an agent's whole output, as in the table)." + NL);
        }
        assertThat(r.out()).doesNotContain("Witness under");
    }

    @Test
    void jsonOutputMatchesTheExplorer() throws Exception {
        CliTest.Ran r = cli("explore", "19-reordering-123456-191", "--json");

        assertThat(r.status()).isEqualTo(ExitCode.COMPLETED);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("scenario").asText()).isEqualTo("19-reordering-123456-191");
        JsonNode models = root.get("models");
        assertThat(models.fieldNames()).toIterable().containsExactly("sc", "tso", "relaxed");
        for (MemoryModel m : Models.ALL) {
            Explorer.Result x = explore("19-reordering-123456-191", m);
            JsonNode j = models.get(m.id());
            assertThat(j.get("states").asLong()).as(m.id()).isEqualTo(x.states());
            assertThat(j.get("transitions").asLong()).isEqualTo(x.transitions());
            assertThat(j.get("complete").asBoolean()).isTrue();
            assertThat(j.has("stopped")).isFalse();
            assertThat(j.get("millis").isIntegralNumber()).isTrue();
            JsonNode outcomes = j.get("outcomes");
            assertThat(outcomes.size()).isEqualTo(x.outcomes().size());
            for (int i = 0; i < outcomes.size(); i++) {
                Explorer.Found f = x.outcomes().get(i);
                assertThat(outcomes.get(i).get("outcome").asText()).isEqualTo(f.outcome().toString());
                assertThat(outcomes.get(i).get("terminalStates").asLong()).isEqualTo(f.count());
                List<String> witness = new ArrayList<>();
                outcomes.get(i).get("witness").forEach(w -> witness.add(w.asText()));
                assertThat(witness).isEqualTo(f.witness().stream().map(Choice::label).toList());
            }
        }
        assertThat(models.get("relaxed").get("outcomes").findValuesAsText("outcome")).contains("reader: 123456 191");
        assertThat(models.get("sc").get("outcomes").findValuesAsText("outcome")).doesNotContain("reader: 123456 191");
    }

    // ------------------------------------------------------------------ the state limit

    /** Four agents, six plain increments each: far more states than any limit in these tests. */
    static final String EXPLODING = """
        const ia = new Int32Array(new SharedArrayBuffer(8));
        for (const name of ['a', 'b', 'c', 'd']) {
            agent(name, () => { for (let i = 0; i < 6; i++) ia[0]++; });
        }
        """;

    @Test
    void theStateLimitStopsWithAPartialTableASentenceAndStatus5() throws Exception {
        Path p = dir.resolve("exploding.js");
        Files.writeString(p, EXPLODING);

        CliTest.Ran r = cli("explore", p.toString(), "--model", "sc", "--max-states", "500");

        assertThat(r.status()).isEqualTo(ExitCode.STEP_LIMIT);
        assertThat(r.out()).startsWith("Outcomes of exploding (sc): terminal states reaching each outcome, or never" + NL);
        assertThat(r.out()).containsPattern("  states +500" + NL).containsPattern("  complete +NO" + NL);
        assertThat(r.out()).contains(NL + "Exploration under sc stopped at the state limit of 500 states (raise it with "
            + "--max-states): the table shows what was found so far, not every outcome." + NL + NL + "Analysis: ");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theStateLimitIsReportedForEveryModelThatHitsIt() throws Exception {
        Path p = dir.resolve("exploding.js");
        Files.writeString(p, EXPLODING);

        CliTest.Ran r = cli("explore", p.toString(), "--max-states", "500");

        assertThat(r.status()).isEqualTo(ExitCode.STEP_LIMIT);
        assertThat(r.out()).containsPattern("  states +500 +500 +500" + NL).containsPattern("  complete +NO +NO +NO" + NL);
        for (String model : List.of("sc", "tso", "relaxed")) {
            assertThat(r.out()).contains("Exploration under " + model + " stopped at the state limit of 500 states");
        }
    }

    @Test
    void theStateLimitShowsInJson() throws Exception {
        Path p = dir.resolve("exploding.js");
        Files.writeString(p, EXPLODING);

        CliTest.Ran r = cli("explore", p.toString(), "--model", "tso", "--max-states", "500", "--json");

        assertThat(r.status()).isEqualTo(ExitCode.STEP_LIMIT);
        JsonNode tso = new ObjectMapper().readTree(r.out()).get("models").get("tso");
        assertThat(tso.get("states").asLong()).isEqualTo(500);
        assertThat(tso.get("complete").asBoolean()).isFalse();
        assertThat(tso.get("stopped").asText()).isEqualTo("stopped at the state limit of 500 states (raise it with --max-states)");
    }

    @Test
    void badExploreOptionsAreUsageErrors() {
        CliTest.Ran zero = cli("explore", "19-reordering-123456-191", "--max-states", "0");
        assertThat(zero.status()).isEqualTo(ExitCode.USAGE);
        assertThat(zero.err().strip()).isEqualTo("atomiscope: --max-states must be a positive number of states.");
        assertThat(zero.out()).isEmpty();

        CliTest.Ran model = cli("explore", "19-reordering-123456-191", "--model", "arm");
        assertThat(model.status()).isEqualTo(ExitCode.USAGE);
        assertThat(model.err().strip()).isEqualTo("atomiscope: unknown model 'arm': use sc, tso, relaxed or all.");

        CliTest.Ran witness = cli("explore", "19-reordering-123456-191", "--witness", "");
        assertThat(witness.status()).isEqualTo(ExitCode.USAGE);
        assertThat(witness.err()).startsWith("atomiscope: --witness: ");
    }
}
