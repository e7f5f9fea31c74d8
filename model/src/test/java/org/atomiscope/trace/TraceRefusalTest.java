package org.atomiscope.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.atomiscope.memory.RelaxedModel;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a reader must refuse, each with one sentence naming the file and what is wrong; and writes
 * that fail half-way, which must leave nothing behind.
 */
class TraceRefusalTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String FILE = "sb.json";

    /** Scenario 06 under the relaxed model, reaching the stale read "reader: 123456 191". */
    private static String good;

    @BeforeAll
    static void writeAGoodTrace() {
        ScenarioSource s = TraceTesting.scenario("19-reordering-123456-191");
        Trace t = Trace.record(s, RelaxedModel.INSTANCE, TraceTesting.witness(s, RelaxedModel.INSTANCE, "reader: 123456 191"));
        good = TraceTesting.write(TraceFormat.JSON, t);
    }

    private static String edited(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(good);
        edit.accept(root);
        return MAPPER.writeValueAsString(root);
    }

    private static ObjectNode event(ObjectNode root, int i) {
        return (ObjectNode) root.get("events").get(i);
    }

    /** The index of the stale read "read ia[42] → 191" in the good trace. */
    private static int staleRead(ObjectNode root) {
        ArrayNode events = (ArrayNode) root.get("events");
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).get("text").asText().equals("read ia[42] → 191")) {
                return i;
            }
        }
        throw new AssertionError("no stale read");
    }

    private static String refusal(String text) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> TraceFile.parse(text, FILE));
        assertThat(t).isInstanceOf(TraceException.class);
        String m = t.getMessage();
        assertThat(m).contains(FILE).endsWith(".");
        assertThat(m.indexOf(". ")).as("one sentence: " + m).isLessThan(0);
        return m;
    }

    @Test
    void theGoodTraceIsAccepted() throws TraceException {
        assertThat(TraceFile.parse(good, FILE).events()).hasSize(15);
    }

    @Test
    void truncatedJson() {
        assertThat(refusal(good.substring(0, good.length() / 2)))
            .startsWith(FILE + " is not valid JSON (it may be truncated): line ").contains(", column ");
    }

    @Test
    void aNewerVersion() throws IOException {
        assertThat(refusal(edited(r -> r.put("version", 99))))
            .isEqualTo(FILE + " was written by a newer Atomiscope (trace version 99); this one reads version 1.");
    }

    @Test
    void anEditedValue() throws IOException {
        String text = edited(r -> ((ObjectNode) event(r, staleRead(r)).get("access")).put("value", 314159));
        assertThat(refusal(text)).isEqualTo("In " + FILE + ", event 12 (step 7, reader) says \"value\": 314159 but replaying"
            + " the schedule gives \"value\": 191; the trace was edited or made by a different version.");
    }

    @Test
    void anEditedText() throws IOException {
        String text = edited(r -> event(r, staleRead(r)).put("text", "read ia[42] → 314159"));
        assertThat(refusal(text)).isEqualTo("In " + FILE + ", event 12 (step 7, reader) says \"read ia[42] → 314159\" but"
            + " replaying the schedule gives \"read ia[42] → 191\"; the trace was edited or made by a different version.");
    }

    @Test
    void anEditedOutcome() throws IOException {
        assertThat(refusal(edited(r -> r.put("outcome", "reader: 123456 314159"))))
            .contains("the outcome says \"reader: 123456 314159\" but replaying the schedule gives \"reader: 123456 191\"");
    }

    @Test
    void missingOrIllTypedFields() throws IOException {
        assertThat(refusal(edited(r -> r.remove("model")))).isEqualTo("In " + FILE + ", the field \"model\" is missing.");
        assertThat(refusal(edited(r -> event(r, 3).remove("kind")))).isEqualTo("In " + FILE + ", event 3 has no field \"kind\".");
        assertThat(refusal(edited(r -> event(r, 4).put("step", "four"))))
            .isEqualTo("In " + FILE + ", the field \"step\" of event 4 should be a whole number, not \"four\".");
        assertThat(refusal(edited(r -> ((ObjectNode) event(r, 1).get("access")).remove("type"))))
            .isEqualTo("In " + FILE + ", the access of event 1 has no field \"type\".");
        assertThat(refusal(edited(r -> ((ObjectNode) r.get("schedule").get(2)).put("kind", "JUMP"))))
            .startsWith("In " + FILE + ", the field \"kind\" of schedule step 3 should be one of START, STEP");
        assertThat(refusal(edited(r -> r.put("model", "arm"))))
            .isEqualTo("In " + FILE + ", the model \"arm\" is unknown: the models are sc, tso and relaxed.");
    }

    @Test
    void fewerOrMoreEvents() throws IOException {
        assertThat(refusal(edited(r -> ((ArrayNode) r.get("events")).remove(14))))
            .isEqualTo("In " + FILE + ", there are 14 events but replaying the schedule gives 15;"
                + " the trace was edited or made by a different version.");
        // Without the last step, the replay stops before the stale read.
        assertThat(refusal(edited(r -> ((ArrayNode) r.get("schedule")).remove(6))))
            .contains("there are 15 events but replaying the schedule gives 12;");
    }

    @Test
    void aScenarioThatNoLongerParses() throws IOException {
        String text = edited(r -> {
            ObjectNode files = (ObjectNode) r.get("scenario").get("files");
            String name = r.get("scenario").get("mainFile").asText();
            files.put(name, files.get(name).asText().replace("agent('reader', () => {", "agent('reader', () => {{"));
        });
        assertThat(refusal(text)).startsWith("In " + FILE + ", the scenario no longer compiles: 19-reordering-123456-191.js:")
            .matches(".*\\.js:\\d+:\\d+: .*");
    }

    @Test
    void aHeaderThatNoLongerParses() throws IOException {
        String text = edited(r -> {
            ObjectNode files = (ObjectNode) r.get("scenario").get("files");
            String name = r.get("scenario").get("mainFile").asText();
            files.put(name, files.get(name).asText().replace("@topic Ordering and visibility", "@colour red"));
        });
        assertThat(refusal(text)).startsWith("In " + FILE + ", the scenario's header no longer parses: ")
            .contains("19-reordering-123456-191.js:3:").contains("Unknown tag @colour");
    }

    @Test
    void anImpossibleScheduleStep() throws IOException {
        // Step 3 is the writer's first write; the reader has not been started there.
        String text = edited(r -> ((ObjectNode) r.get("schedule").get(2)).put("agent", 2).put("label", "reader: read ia[37]"));
        assertThat(refusal(text)).isEqualTo("In " + FILE + ", schedule step 3 (reader: read ia[37]) is not possible at that point:"
            + " the enabled choices are writer: ia[42] = 314159; reader: starts; the trace was edited or made by a different version.");
        String option = edited(r -> ((ObjectNode) r.get("schedule").get(6)).put("option", 7));
        assertThat(refusal(option)).startsWith("In " + FILE + ", schedule step 7 (").contains("is not possible at that point");
    }

    @Test
    void notATraceAtAll() throws Exception {
        assertThat(refusal("[]")).isEqualTo(FILE + " is not an Atomiscope trace: it holds a JSON list, not an object with"
            + " \"format\": \"atomiscope-trace\".");
        assertThat(refusal("{\"traceEvents\": []}"))
            .isEqualTo(FILE + " is not an Atomiscope trace: it has no \"format\": \"atomiscope-trace\".");
        String js = TraceTesting.scenario("19-reordering-123456-191").mainSource();
        assertThat(refusal(js)).isEqualTo(FILE + " is not an Atomiscope trace: it is not JSON (a trace is a JSON object, starting with {).");
        assertThat(refusal("")).isEqualTo(FILE + " is empty, so it is not an Atomiscope trace.");
        // A Chrome export is JSON, but not a trace that can be read back.
        String chrome = TraceTesting.write(TraceFormat.CHROME, TraceFile.parse(good, FILE));
        assertThat(refusal(chrome)).contains("is not an Atomiscope trace");
    }

    @Test
    void readNamesTheFileItRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("trace.json");
        Files.writeString(file, "{\"format\": \"atomiscope-trace\", \"version\": 2}");
        assertThatThrownBy(() -> TraceFile.read(file)).isInstanceOf(TraceException.class)
            .hasMessage(file + " was written by a newer Atomiscope (trace version 2); this one reads version 1.");
        assertThatThrownBy(() -> TraceFile.read(dir.resolve("none.json"))).isInstanceOf(TraceException.class)
            .hasMessage("There is no trace file " + dir.resolve("none.json") + ".");
    }

    // ------------------------------------------------------------------ writing whole or not at all

    @Test
    void writeThenReadGivesTheSameTrace(@TempDir Path dir) throws Exception {
        Trace t = TraceFile.parse(good, FILE);
        for (TraceFormat f : TraceFormat.values()) {
            Path file = dir.resolve("t." + f.name().toLowerCase() + "." + f.extension());
            TraceFile.write(file, f, t);
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(TraceTesting.write(f, t));
        }
        assertThat(TraceFile.read(dir.resolve("t.json.json")).events()).hasSameSizeAs(t.events());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(3);
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("trace.json");
        Files.writeString(file, "the old content");
        Trace t = TraceFile.parse(good, FILE);
        // A trace whose schedule is not possible fails inside the write (JSON runs the schedule again).
        Trace broken = new Trace(t.scenario(), t.modelId(), t.schedule().subList(1, t.schedule().size()), t.events(), t.arrows());
        assertThatThrownBy(() -> TraceFile.write(file, TraceFormat.JSON, broken)).isInstanceOf(IllegalArgumentException.class);
        // A body that writes and then fails, through the same machinery.
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            TraceFormat.CSV.write(t, w);
            w.flush();
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("the old content");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        TraceFile.write(file, TraceFormat.CSV, t);
        assertThat(Files.readString(file)).startsWith("index,step,agent,kind");
    }
}
