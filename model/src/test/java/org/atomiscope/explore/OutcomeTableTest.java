package org.atomiscope.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.Models;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.Test;

/**
 * The outcome table as CSV and Markdown: read back from real explorations of library scenarios
 * under all three models, plus small scenarios for quoting, a failed expectation and an
 * exploration cut short.
 */
class OutcomeTableTest {
    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.fromClasspath();

    private static Map<String, Explorer.Result> exploreAll(ScenarioSource s, long maxStates) {
        Map<String, Explorer.Result> byModel = new LinkedHashMap<>();
        for (MemoryModel m : Models.ALL) {
            byModel.put(m.id(), Explorer.explore(Program.compile(s, m), maxStates, null));
        }
        return byModel;
    }

    private static ScenarioSource library(String name) {
        return LIBRARY.named(name).orElseThrow();
    }

    @Test
    void csvOf06ReadsBackAsOneRecordPerOutcome() {
        ScenarioSource s = library("19-reordering-123456-191");
        String csv = OutcomeTable.csv(s, exploreAll(s, Explorer.DEFAULT_MAX_STATES));
        assertThat(csv).endsWith("\r\n");
        List<List<String>> rows = parseCsv(csv);
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).containsExactly("outcome", "sc", "tso", "relaxed", "expected", "agrees");
        // The three SC outcomes come first (seen under sc), then the one only relaxed reaches.
        assertThat(rows.subList(1, 4)).extracting(r -> r.get(0))
                .containsExactlyInAnyOrder("reader: 163 191", "reader: 163 314159", "reader: 123456 314159");
        for (List<String> row : rows.subList(1, 4)) {
            assertThat(row.subList(1, 4)).containsExactly("1", "1", "1");
            assertThat(row.subList(4, 6)).containsExactly("sc: sometimes, tso: sometimes, relaxed: sometimes", "✓");
        }
        assertThat(rows.get(4)).containsExactly("reader: 123456 191", "never", "never", "1",
                "sc: never, tso: never, relaxed: sometimes", "✓");
        // The verdict list holds commas, so it is quoted.
        assertThat(csv).contains(",never,never,1,\"sc: never, tso: never, relaxed: sometimes\",✓\r\n");
    }

    @Test
    void markdownOf06HasTitleHeaderAndRows() {
        ScenarioSource s = library("19-reordering-123456-191");
        String md = OutcomeTable.markdown(s, exploreAll(s, Explorer.DEFAULT_MAX_STATES));
        List<String> lines = md.lines().toList();
        assertThat(lines.get(0)).isEqualTo("## Outcomes of 19-reordering-123456-191 — Message passing without atomics");
        assertThat(lines.get(1)).isEmpty();
        assertThat(lines.get(2)).isEqualTo("| outcome | sc | tso | relaxed | expected | agrees |");
        assertThat(lines.get(3)).isEqualTo("|---|---:|---:|---:|---|---|");
        assertThat(lines).hasSize(8).contains(
                "| `reader: 163 191` | 1 | 1 | 1 | sc: sometimes, tso: sometimes, relaxed: sometimes | ✓ |");
        assertThat(lines.get(7)).isEqualTo("| `reader: 123456 191` | never | never | 1 | sc: never, tso: never, relaxed: sometimes | ✓ |");
    }

    @Test
    void pipesInOutcomesAreEscapedAndUnmatchedExpectationsAreRows() {
        // 07 prints two lines, which the outcome joins with " | ".
        ScenarioSource s = library("20-reordering-fixed-atomic-flag");
        Map<String, Explorer.Result> byModel = exploreAll(s, Explorer.DEFAULT_MAX_STATES);
        assertThat(OutcomeTable.markdown(s, byModel).lines().skip(4)).containsExactly(
                "| `reader: 123456 \\| 314159` | 1 | 1 | 1 | sc: always, tso: always, relaxed: always | ✓ |",
                "| `reader: 123456 \\| 191` | never | never | never | sc: never, tso: never, relaxed: never | ✓ |");
        assertThat(parseCsv(OutcomeTable.csv(s, byModel)).get(2)).containsExactly(
                "reader: 123456 | 191", "never", "never", "never", "sc: never, tso: never, relaxed: never", "✓");
    }

    @Test
    void csvQuotesCommasAndQuotesAndAWrongExpectationSaysWhatDiffers() {
        ScenarioSource s = ScenarioSource.ofSingleFile("quotes.js", """
            /**
             * @title Quotes
             * @expect "t: say \\"hi\\", twice"  sc: never  relaxed: sometimes
             */
            agent('t', () => { console.log('say "hi", twice'); });
            """);
        Map<String, Explorer.Result> byModel = exploreAll(s, Explorer.DEFAULT_MAX_STATES);
        String csv = OutcomeTable.csv(s, byModel);
        assertThat(csv).contains("\"t: say \"\"hi\"\", twice\",1,1,1,");
        assertThat(parseCsv(csv).get(1)).containsExactly("t: say \"hi\", twice", "1", "1", "1",
                "sc: never, relaxed: sometimes", "✗ (sc: expected never, found always)");
    }

    @Test
    void anIncompleteExplorationIsReportedAndLeavesNeverOpen() {
        ScenarioSource s = library("53-litmus-mp-plain");
        Map<String, Explorer.Result> byModel = new LinkedHashMap<>();
        byModel.put("sc", Explorer.explore(Program.compile(s, Models.byId("sc").orElseThrow()), Explorer.DEFAULT_MAX_STATES, null));
        byModel.put("relaxed", Explorer.explore(Program.compile(s, Models.byId("relaxed").orElseThrow()), 3, null));
        String md = OutcomeTable.markdown(s, byModel);
        assertThat(md).endsWith("\nrelaxed: exploration stopped at the state limit of 3 states (raise it with --max-states); "
                + "the table shows what was found so far, not every outcome.\n");
        List<List<String>> rows = parseCsv(OutcomeTable.csv(s, byModel));
        assertThat(rows.get(0)).containsExactly("outcome", "sc", "relaxed", "expected", "agrees");
        // Relaxed found nothing in 3 states: "never" for t2: 1 0 is not settled, and tso was not explored.
        assertThat(rows).contains(List.of("t2: 1 0", "never", "never", "sc: never, tso: never, relaxed: sometimes",
                "? (relaxed: exploration incomplete)"));
    }

    /** A small RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }
}
