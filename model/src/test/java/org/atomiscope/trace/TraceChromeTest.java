package org.atomiscope.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atomiscope.machine.Event;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.ScModel;
import org.atomiscope.memory.TsoModel;
import org.atomiscope.scenario.ScenarioSource;
import org.atomiscope.stepper.Relations;
import org.junit.jupiter.api.Test;

/** The Chrome export parsed back: the structure Perfetto and chrome://tracing need, and the arrows as flows. */
class TraceChromeTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Trace defaultTrace(String name, MemoryModel model) {
        ScenarioSource s = TraceTesting.scenario(name);
        return Trace.record(s, model, TraceTesting.defaultRun(s, model).schedule());
    }

    private static JsonNode chrome(Trace t) throws Exception {
        return MAPPER.readTree(TraceTesting.write(TraceFormat.CHROME, t));
    }

    private static List<JsonNode> entries(JsonNode root, String ph) {
        List<JsonNode> out = new ArrayList<>();
        root.get("traceEvents").forEach(e -> {
            if (e.get("ph").asText().equals(ph)) {
                out.add(e);
            }
        });
        return out;
    }

    @Test
    void everyEntryHasTheFieldsTheViewersNeed() throws Exception {
        Trace t = defaultTrace("20-reordering-fixed-atomic-flag", ScModel.INSTANCE);
        JsonNode root = chrome(t);
        assertThat(root.get("traceEvents").isArray()).isTrue();
        assertThat(root.get("displayTimeUnit").asText()).isEqualTo("ms");
        assertThat(root.get("otherData").get("scenario").asText()).isEqualTo("20-reordering-fixed-atomic-flag");
        assertThat(root.get("otherData").get("model").asText()).isEqualTo("sc");
        for (JsonNode e : root.get("traceEvents")) {
            assertThat(e.has("name") && e.has("ph") && e.has("pid") && e.has("tid")).as(e.toString()).isTrue();
            if (!e.get("ph").asText().equals("M")) {
                assertThat(e.get("ts").isNumber()).as(e.toString()).isTrue();
            }
        }
        // One slice per event, at its step (one step is 1 ms = 1000 µs), on its agent's track.
        List<JsonNode> slices = entries(root, "X");
        assertThat(slices).hasSize(t.events().size());
        for (int i = 0; i < slices.size(); i++) {
            Event e = t.events().get(i);
            JsonNode x = slices.get(i);
            assertThat(x.get("args").get("index").asInt()).isEqualTo(i);
            assertThat(x.get("tid").asInt()).isEqualTo(e.agent() + 1);
            assertThat(x.get("cat").asText()).isEqualTo(e.kind().name());
            assertThat(x.get("ts").asDouble()).isBetween(e.step() * 1000.0, e.step() * 1000.0 + 1000);
            assertThat(x.get("ts").asDouble() + x.get("dur").asDouble()).isLessThanOrEqualTo(e.step() * 1000.0 + 1000);
            assertThat(x.get("args").get("text").asText()).isEqualTo(e.text());
        }
    }

    @Test
    void eachAgentIsANamedThread() throws Exception {
        Trace t = defaultTrace("20-reordering-fixed-atomic-flag", ScModel.INSTANCE);
        Map<Integer, String> names = new HashMap<>();
        for (JsonNode m : entries(chrome(t), "M")) {
            if (m.get("name").asText().equals("thread_name")) {
                names.put(m.get("tid").asInt(), m.get("args").get("name").asText());
            }
            if (m.get("name").asText().equals("process_name")) {
                assertThat(m.get("args").get("name").asText()).isEqualTo("20-reordering-fixed-atomic-flag");
            }
        }
        Map<Integer, String> agents = new HashMap<>();
        t.events().forEach(e -> agents.put(e.agent() + 1, e.agentName()));
        assertThat(names).isEqualTo(agents).containsValues("main", "writer", "reader");
    }

    @Test
    void readsFromAndSynchronizesWithArrowsBecomeFlowPairs() throws Exception {
        Trace t = defaultTrace("20-reordering-fixed-atomic-flag", ScModel.INSTANCE);
        JsonNode root = chrome(t);
        List<JsonNode> slices = entries(root, "X");
        Map<Integer, JsonNode> starts = new HashMap<>();
        entries(root, "s").forEach(s -> assertThat(starts.put(s.get("id").asInt(), s)).as("ids are unique").isNull());
        List<JsonNode> finishes = entries(root, "f");
        assertThat(starts).hasSameSizeAs(t.arrows());
        assertThat(finishes).hasSameSizeAs(t.arrows());

        // The atomic flag: a SeqCst load that reads the SeqCst store synchronizes with it.
        boolean seqCst = false;
        for (JsonNode f : finishes) {
            JsonNode s = starts.get(f.get("id").asInt());
            assertThat(s).as("a flow start for " + f).isNotNull();
            assertThat(f.get("bp").asText()).isEqualTo("e");
            assertThat(f.get("name").asText()).isEqualTo(s.get("name").asText());
            assertThat(f.get("cat").asText()).isEqualTo(s.get("cat").asText());
            Relations.Arrow a = t.arrows().get(f.get("id").asInt() - 1);
            assertThat(s.get("cat").asText()).isEqualTo(ChromeWriter.flowName(a.kind()));
            // Each end lies within its event's slice, on its track.
            within(s, slices.get(a.fromEvent()));
            within(f, slices.get(a.toEvent()));
            Event from = t.events().get(a.fromEvent());
            Event to = t.events().get(a.toEvent());
            if (a.kind() == Relations.Kind.SYNC && from.access() != null && to.access() != null) {
                assertThat(from.access().atomic() && to.access().atomic()).isTrue();
                assertThat(s.get("cat").asText()).isEqualTo("synchronizes-with");
                seqCst = true;
            }
        }
        assertThat(seqCst).as("a SeqCst store/load synchronization").isTrue();
        assertThat(finishes).extracting(f -> f.get("cat").asText()).contains("reads-from", "synchronizes-with");
    }

    private static void within(JsonNode end, JsonNode slice) {
        assertThat(end.get("tid").asInt()).isEqualTo(slice.get("tid").asInt());
        double ts = end.get("ts").asDouble();
        assertThat(ts).isBetween(slice.get("ts").asDouble(), slice.get("ts").asDouble() + slice.get("dur").asDouble());
    }

    @Test
    void aSleepingWaiterHasABlockedSliceUntilItIsWoken() throws Exception {
        ScenarioSource s = TraceTesting.scenario("21-wait-wake");
        Trace t = Trace.record(s, ScModel.INSTANCE, TraceTesting.lastAgentFirst(s, ScModel.INSTANCE).schedule());
        int wait = index(t, Event.Kind.WAIT);
        int woken = index(t, Event.Kind.WOKEN);
        assertThat(t.events().get(wait).text()).endsWith("sleeps");
        JsonNode root = chrome(t);
        List<JsonNode> blocked = entries(root, "X").stream().filter(x -> x.get("name").asText().equals("blocked in Atomics.wait")).toList();
        assertThat(blocked).hasSize(1);
        JsonNode b = blocked.get(0);
        JsonNode waitSlice = slice(root, wait);
        JsonNode wokenSlice = slice(root, woken);
        assertThat(b.get("tid").asInt()).isEqualTo(waitSlice.get("tid").asInt()).isEqualTo(t.events().get(wait).agent() + 1);
        // From the end of the WAIT slice to the start of the wake-up: beside them, not overlapping.
        assertThat(b.get("ts").asDouble()).isEqualTo(waitSlice.get("ts").asDouble() + waitSlice.get("dur").asDouble());
        assertThat(b.get("ts").asDouble() + b.get("dur").asDouble()).isEqualTo(wokenSlice.get("ts").asDouble());
        noOverlapsOnAnyTrack(root);
    }

    @Test
    void aWaitThatReturnsAtOnceIsNotBlocked() throws Exception {
        Trace t = defaultTrace("21-wait-wake", ScModel.INSTANCE); // the writer runs first: "not-equal"
        assertThat(t.events().get(index(t, Event.Kind.WAIT)).text()).endsWith("\"not-equal\"");
        assertThat(entries(chrome(t), "X")).noneMatch(x -> x.get("name").asText().startsWith("blocked"));
    }

    @Test
    void aWaiterNeverWokenIsBlockedToTheEndAndFlushesHaveTheirOwnTrack() throws Exception {
        ScenarioSource s = TraceTesting.scenario("37-worker-limit-deadlock");
        Trace t = Trace.record(s, ScModel.INSTANCE, TraceTesting.lastAgentFirst(s, ScModel.INSTANCE).schedule());
        JsonNode root = chrome(t);
        long lastStep = t.events().get(t.events().size() - 1).step();
        List<JsonNode> blocked = entries(root, "X").stream().filter(x -> x.get("cat").asText().equals("blocked")).toList();
        assertThat(blocked).hasSize(2).allSatisfy(b -> {
            assertThat(b.get("ts").asDouble() + b.get("dur").asDouble()).isEqualTo((lastStep + 1) * 1000.0);
            assertThat(b.get("args").get("until").asText()).isEqualTo("the end of the trace");
        });
        noOverlapsOnAnyTrack(root);

        Trace tso = Trace.record(TraceTesting.scenario("50-litmus-sb-plain"), TsoModel.INSTANCE,
            TraceTesting.witness(TraceTesting.scenario("50-litmus-sb-plain"), TsoModel.INSTANCE, "t1: 0; t2: 0"));
        JsonNode r = chrome(tso);
        int memoryTid = entries(r, "M").stream().filter(m -> m.get("args").path("name").asText().equals("memory"))
            .findFirst().orElseThrow().get("tid").asInt();
        assertThat(entries(r, "X").stream().filter(x -> x.get("cat").asText().equals("MEMORY")))
            .hasSize(2).allSatisfy(x -> assertThat(x.get("tid").asInt()).isEqualTo(memoryTid));
        assertThat(entries(r, "f")).filteredOn(f -> f.get("cat").asText().equals("flush")).hasSize(2);
    }

    private static int index(Trace t, Event.Kind kind) {
        for (int i = 0; i < t.events().size(); i++) {
            if (t.events().get(i).kind() == kind) {
                return i;
            }
        }
        throw new AssertionError("no " + kind);
    }

    private static JsonNode slice(JsonNode root, int index) {
        return entries(root, "X").stream().filter(x -> x.get("args").path("index").asInt(-1) == index
            && !x.get("cat").asText().equals("blocked")).findFirst().orElseThrow();
    }

    /** Slices on one track never partly overlap (here they never overlap at all). */
    private static void noOverlapsOnAnyTrack(JsonNode root) {
        Map<Integer, List<double[]>> byTrack = new HashMap<>();
        for (JsonNode x : entries(root, "X")) {
            double ts = x.get("ts").asDouble();
            byTrack.computeIfAbsent(x.get("tid").asInt(), k -> new ArrayList<>()).add(new double[] {ts, ts + x.get("dur").asDouble()});
        }
        byTrack.values().forEach(list -> {
            list.sort((a, b) -> Double.compare(a[0], b[0]));
            for (int i = 1; i < list.size(); i++) {
                assertThat(list.get(i)[0]).isGreaterThanOrEqualTo(list.get(i - 1)[1]);
            }
        });
    }
}
