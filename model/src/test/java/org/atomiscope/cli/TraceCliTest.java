package org.atomiscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that write and read files: run/explore --trace, replay, heatmap, analyze, explore's tables. */
class TraceCliTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private static CliTest.Ran cli(String... args) {
        return CliTest.cli(args);
    }

    @Test
    void runWritesANativeTraceThatReplayChecksAndAccepts() throws Exception {
        Path file = dir.resolve("t.json");

        CliTest.Ran run = cli("run", "21-wait-wake", "--trace", file.toString());

        assertThat(run.status()).isEqualTo(ExitCode.COMPLETED);
        assertThat(run.out()).contains("trace: written to " + file + ": 8 steps, ");
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.get("format").asText()).isEqualTo("atomiscope-trace");
        assertThat(json.get("schedule")).hasSize(8);

        CliTest.Ran replay = cli("replay", file.toString());

        assertThat(replay.status()).isEqualTo(ExitCode.COMPLETED);
        assertThat(replay.out()).contains("reader: 123456" + NL)
            .contains("outcome: writer: 163; reader: 123456" + NL)
            .contains("replayed: 21-wait-wake under sc, 8 steps; all " + json.get("events").size() + " events match the trace.");
        assertThat(replay.err()).isEmpty();
    }

    @Test
    void replayRefusesAnEditedTraceSayingWhichEventDiffers() throws Exception {
        Path file = dir.resolve("t.json");
        cli("run", "19-reordering-123456-191", "--model", "relaxed", "--trace", file.toString());
        String text = Files.readString(file);
        assertThat(text).contains("\"value\": 314159");
        Files.writeString(file, text.replaceFirst("\"value\": 314159", "\"value\": 314158"));

        CliTest.Ran replay = cli("replay", file.toString());

        assertThat(replay.status()).isEqualTo(ExitCode.CANNOT_LOAD);
        assertThat(replay.out()).isEmpty();
        assertThat(replay.err()).startsWith("atomiscope: ").contains(file.toString()).contains("314158").contains("314159");
    }

    @Test
    void replayRefusesATruncatedFileAndAMissingOne() throws Exception {
        Path file = dir.resolve("t.json");
        cli("run", "19-reordering-123456-191", "--trace", file.toString());
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() / 2));

        CliTest.Ran truncated = cli("replay", file.toString());
        CliTest.Ran missing = cli("replay", dir.resolve("nope.json").toString());

        assertThat(truncated.status()).isEqualTo(ExitCode.CANNOT_LOAD);
        assertThat(truncated.err()).contains("not valid JSON").contains("truncated");
        assertThat(missing.status()).isEqualTo(ExitCode.CANNOT_LOAD);
        assertThat(missing.err()).contains("nope.json");
    }

    @Test
    void chromeAndCsvFormatsAreWrittenAndABadFormatIsAUsageError() throws Exception {
        Path chrome = dir.resolve("c.json");
        Path csv = dir.resolve("c.csv");

        assertThat(cli("run", "20-reordering-fixed-atomic-flag", "--format", "chrome", "--trace", chrome.toString()).status())
            .isEqualTo(ExitCode.COMPLETED);
        assertThat(cli("run", "20-reordering-fixed-atomic-flag", "--format", "csv", "--trace", csv.toString()).status())
            .isEqualTo(ExitCode.COMPLETED);
        CliTest.Ran bad = cli("run", "20-reordering-fixed-atomic-flag", "--format", "xml", "--trace", dir.resolve("x").toString());

        assertThat(new ObjectMapper().readTree(chrome.toFile()).get("traceEvents").isArray()).isTrue();
        assertThat(Files.readAllLines(csv).get(0)).startsWith("index,step,agent,kind,");
        assertThat(bad.status()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).isEqualTo("atomiscope: unknown trace format 'xml': use json, chrome or csv." + NL);
        assertThat(Files.exists(dir.resolve("x"))).isFalse();
    }

    @Test
    void aTraceThatCannotBeWrittenLeavesTheOldFileAndSaysSo() throws Exception {
        Path missingFolder = dir.resolve("no-such-folder").resolve("t.json");

        CliTest.Ran r = cli("run", "19-reordering-123456-191", "--trace", missingFolder.toString());

        assertThat(r.status()).isEqualTo(ExitCode.CANNOT_WRITE);
        assertThat(r.err()).startsWith("atomiscope: could not write " + missingFolder).endsWith("Nothing was written." + NL);
        assertThat(Files.exists(missingFolder)).isFalse();
    }

    @Test
    void exploreWritesTheWitnessTraceOfTheFirstModelThatReachesTheOutcome() throws Exception {
        Path file = dir.resolve("w.json");

        CliTest.Ran r = cli("explore", "19-reordering-123456-191", "--witness", "reader: 123456 191", "--trace", file.toString());
        CliTest.Ran replay = cli("replay", file.toString());

        assertThat(r.status()).isEqualTo(ExitCode.COMPLETED);
        assertThat(new ObjectMapper().readTree(file.toFile()).get("model").asText()).isEqualTo("relaxed");
        assertThat(replay.out()).contains("reader: 123456 191" + NL);
        assertThat(cli("explore", "19-reordering-123456-191", "--trace", file.toString()).status()).isEqualTo(ExitCode.USAGE);
        Path none = dir.resolve("none.json");
        CliTest.Ran unreachable = cli("explore", "19-reordering-123456-191", "--model", "sc", "--witness", "reader: 123456 191",
            "--trace", none.toString());
        assertThat(unreachable.status()).isEqualTo(ExitCode.CANNOT_WRITE);
        assertThat(unreachable.err()).contains("no trace was written");
        assertThat(Files.exists(none)).isFalse();
    }

    @Test
    void exploreTablesAsCsvAndMarkdown() {
        CliTest.Ran csv = cli("explore", "19-reordering-123456-191", "--csv");
        CliTest.Ran md = cli("explore", "19-reordering-123456-191", "--markdown");
        CliTest.Ran both = cli("explore", "19-reordering-123456-191", "--csv", "--json");

        assertThat(csv.out()).startsWith("outcome,sc,tso,relaxed,").contains("reader: 123456 191,never,never,1,");
        assertThat(md.out()).startsWith("## Outcomes of 19-reordering-123456-191").contains("| `reader: 123456 191` | never | never | 1 |");
        assertThat(both.status()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void heatmapCountsEachTouchedElement() throws Exception {
        CliTest.Ran table = cli("heatmap", "09-lost-update-counter");
        Path file = dir.resolve("h.csv");
        CliTest.Ran csv = cli("heatmap", "09-lost-update-counter", "--format", "csv", "--out", file.toString());

        assertThat(table.status()).isEqualTo(ExitCode.COMPLETED);
        assertThat(table.out()).contains("elements nobody touched are left out");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).containsExactly("block,type,element,byte,reads,writes,rmw,atomic,plain,agents,last_writer,final",
            "0,Int32Array,112,448,6,6,0,0,12,a b,b,6");
        assertThat(csv.out()).isEqualTo("heatmap: 1 elements, written to " + file + "." + NL);
        assertThat(cli("heatmap", "09-lost-update-counter", "--type", "Int16Array", "--format", "csv").out())
            .contains("0,Int16Array,224,448,6,6,0,0,12,a b,b,6");
        assertThat(cli("heatmap", "09-lost-update-counter", "--type", "Int33").err()).contains("unknown view type 'Int33'");
    }

    @Test
    void analyzeReportsTheCounterAndItsFix() {
        CliTest.Ran broken = cli("analyze", "09-lost-update-counter", "--model", "sc");
        CliTest.Ran fixed = cli("analyze", "10-counter-atomics-add", "--model", "sc");

        assertThat(broken.out()).contains("Data race on ia[112]").contains("Lost update on ia[112]")
            .contains("A schedule that shows it:");
        assertThat(fixed.out()).contains("No data race").doesNotContain("Lost update");
    }

    @Test
    void analyzeFindsTheTwoLockDeadlockWithAWitness() {
        CliTest.Ran r = cli("analyze", "39-two-locks-deadlock");

        assertThat(r.status()).isEqualTo(ExitCode.COMPLETED);
        assertThat(r.out()).contains("Deadlock: a waits on ia[1]").contains("A schedule that shows it:")
            .containsPattern("Atomics.wait\\(ia, 0, 1\\): sleeps");
    }

    @Test
    void runPrintsTheFindingsOfItsOwnRun() {
        CliTest.Ran r = cli("run", "53-litmus-mp-plain");

        assertThat(r.out()).contains("finding: Data race on y[0]").contains("finding: Data race on x[0]");
        assertThat(cli("run", "54-litmus-mp-atomics").out()).doesNotContain("finding:");
    }
}
