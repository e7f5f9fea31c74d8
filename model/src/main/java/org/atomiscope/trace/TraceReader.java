package org.atomiscope.trace;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.lang.Pos;
import org.atomiscope.lang.ScenarioSyntaxError;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.Models;
import org.atomiscope.scenario.HeaderParser;
import org.atomiscope.scenario.ScenarioHeader;
import org.atomiscope.scenario.ScenarioSource;
import org.atomiscope.stepper.Relations;

/**
 * Reads the native format and checks it the only way that cannot be fooled: by compiling the
 * embedded scenario and replaying the schedule, then comparing every recorded event with the one the
 * replay produced. The trace returned holds the replayed events and schedule, so what a caller
 * shows is what the engine does, not what the file claims. Links (readsFrom, synchronizesWith,
 * flushOf) and the host and ending fields are derived facts for other tools: they are recomputed,
 * not read.
 */
final class TraceReader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final String EDITED = "; the trace was edited or made by a different version.";

    private final String file;

    private TraceReader(String file) {
        this.file = file;
    }

    static Trace parse(String text, String file) throws TraceException {
        return new TraceReader(file).parse(text);
    }

    private Trace parse(String text) throws TraceException {
        JsonNode root = json(text);
        Fields top = new Fields(file, root, null);
        JsonNode format = root.get("format");
        if (format == null || !NativeWriter.FORMAT.equals(format.textValue())) {
            throw new TraceException(file + " is not an Atomiscope trace: it has no \"format\": \""
                + NativeWriter.FORMAT + "\".");
        }
        int version = top.integer("version");
        if (version > Trace.VERSION) {
            throw new TraceException(file + " was written by a newer Atomiscope (trace version " + version
                + "); this one reads version " + Trace.VERSION + ".");
        }
        if (version < 1) {
            throw new TraceException(file + " has trace version " + version + ", which no Atomiscope writes; this one reads version "
                + Trace.VERSION + ".");
        }
        Fields scenario = top.object("scenario", "the scenario");
        String modelId = top.string("model");
        MemoryModel model = Models.byId(modelId).orElseThrow(() -> new TraceException("In " + file + ", the model \""
            + modelId + "\" is unknown: the models are sc, tso and relaxed."));
        List<Choice> schedule = schedule(top.array("schedule"));
        List<Event> recorded = events(top.array("events"));
        String outcome = top.optionalString("outcome").orElse(null);

        Program program = compile(source(scenario), model);
        Replay.Result replay;
        try {
            replay = Replay.run(program, schedule);
        } catch (Replay.NotPossible e) {
            throw new TraceException("In " + file + ", " + e.clause() + EDITED, e);
        }
        compare(recorded, replay.events());
        if (outcome != null) {
            String actual = org.atomiscope.machine.Run.outcome(replay.last(), false).toString();
            if (!outcome.equals(actual)) {
                throw new TraceException("In " + file + ", the outcome says \"" + outcome
                    + "\" but replaying the schedule gives \"" + actual + "\"" + EDITED);
            }
        }
        return new Trace(program.source, model.id(), replay.schedule(), replay.events(), Relations.of(replay.events()),
            replay.last());
    }

    private JsonNode json(String text) throws TraceException {
        String start = text.stripLeading();
        if (start.isEmpty()) {
            throw new TraceException(file + " is empty, so it is not an Atomiscope trace.");
        }
        if ("{[\"-0123456789tfn".indexOf(start.charAt(0)) < 0) {
            throw new TraceException(file + " is not an Atomiscope trace: it is not JSON (a trace is a JSON object, "
                + "starting with {).");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new TraceException(file + " is not valid JSON (it may be truncated)"
                + (at == null ? "" : ": line " + at.getLineNr() + ", column " + at.getColumnNr()) + ".", e);
        }
        if (root == null || !root.isObject()) {
            throw new TraceException(file + " is not an Atomiscope trace: it holds "
                + (root == null ? "nothing" : root.isArray() ? "a JSON list" : "a single JSON value")
                + ", not an object with \"format\": \"" + NativeWriter.FORMAT + "\".");
        }
        return root;
    }

    /** The scenario as embedded, its header parsed again from the main file (the header is not stored twice). */
    private ScenarioSource source(Fields s) throws TraceException {
        String name = s.string("name");
        String mainFile = s.string("mainFile");
        JsonNode filesNode = s.objectNode("files");
        Map<String, String> files = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : filesNode.properties()) {
            if (!f.getValue().isTextual()) {
                throw new TraceException("In " + file + ", the scenario file \"" + f.getKey()
                    + "\" should be the file's text as a string.");
            }
            files.put(f.getKey(), f.getValue().textValue());
        }
        if (!files.containsKey(mainFile)) {
            throw new TraceException("In " + file + ", the scenario's files do not include its main file \"" + mainFile + "\".");
        }
        // The main file first, as loaders order them.
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put(mainFile, files.get(mainFile));
        ordered.putAll(files);
        ScenarioHeader header;
        try {
            header = HeaderParser.parse(mainFile, files.get(mainFile));
        } catch (ScenarioSyntaxError e) {
            throw new TraceException("In " + file + ", the scenario's header no longer parses: " + e.getMessage(), e);
        }
        return new ScenarioSource(name, mainFile, ordered, header, file);
    }

    private Program compile(ScenarioSource source, MemoryModel model) throws TraceException {
        try {
            return Program.compile(source, model);
        } catch (ScenarioSyntaxError e) {
            throw new TraceException("In " + file + ", the scenario no longer compiles: " + e.getMessage(), e);
        }
    }

    private List<Choice> schedule(JsonNode array) throws TraceException {
        List<Choice> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String owner = "schedule step " + (i + 1);
            Fields f = entry(array.get(i), owner);
            Choice.Kind kind = f.oneOf("kind", Choice.Kind.class);
            int agent = f.integer("agent");
            int option = f.integer("option");
            String label = f.optionalString("label").orElse(kind + " " + agent + " " + option);
            out.add(new Choice(kind, agent, option, label));
        }
        return out;
    }

    private List<Event> events(JsonNode array) throws TraceException {
        List<Event> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String owner = "event " + i;
            Fields f = entry(array.get(i), owner);
            int index = f.integer("index");
            if (index != i) {
                throw new TraceException("In " + file + ", the event at position " + i + " of the list has index " + index
                    + "; events are listed in order, from 0.");
            }
            long step = f.longInteger("step");
            int agent = f.integer("agent");
            String agentName = f.string("agentName");
            Event.Kind kind = f.oneOf("kind", Event.Kind.class);
            Pos pos = null;
            if (f.has("file") || f.has("line") || f.has("column")) {
                pos = new Pos(f.string("file"), f.integer("line"), f.integer("column"));
            }
            String text = f.string("text");
            Event.Access access = null;
            if (f.has("access")) {
                access = access(f.object("access", "the access of event " + i));
            }
            List<Integer> peers = List.of();
            if (f.has("peers")) {
                peers = integers(f.array("peers"), "the peers of event " + i);
            }
            out.add(new Event(step, agent, agentName, kind, pos, () -> text, access, peers));
        }
        return out;
    }

    private Event.Access access(Fields a) throws TraceException {
        int block = a.integer("block");
        int byteIndex = a.integer("byte");
        int size = a.integer("size");
        String typeName = a.string("type");
        ElementType type = ElementType.byConstructorName(typeName).orElseThrow(() -> new TraceException("In " + file
            + ", the access type \"" + typeName + "\" is not a typed array (Int32Array, BigInt64Array, …)."));
        if (size != type.byteSize()) {
            throw new TraceException("In " + file + ", an access of an " + typeName + " says it is " + size
                + " bytes wide, but its elements are " + type.byteSize() + EDITED);
        }
        String target = a.string("target");
        int index = a.integer("index");
        String order = a.string("order");
        if (!order.equals("SeqCst") && !order.equals("Unordered")) {
            throw new TraceException("In " + file + ", the order \"" + order + "\" is neither SeqCst nor Unordered.");
        }
        double value = a.value("value");
        double stored = a.has("stored") ? a.value("stored") : Double.NaN;
        return new Event.Access(block, byteIndex, type, target, index, order.equals("SeqCst"), value, stored, a.bool("local"));
    }

    private List<Integer> integers(JsonNode array, String owner) throws TraceException {
        List<Integer> out = new ArrayList<>(array.size());
        for (JsonNode n : array) {
            if (!n.isIntegralNumber() || !n.canConvertToInt()) {
                throw new TraceException("In " + file + ", " + owner + " should be whole numbers, not " + n + ".");
            }
            out.add(n.intValue());
        }
        return List.copyOf(out);
    }

    private Fields entry(JsonNode n, String owner) throws TraceException {
        if (!n.isObject()) {
            throw new TraceException("In " + file + ", " + owner + " should be an object, not " + n + ".");
        }
        return new Fields(file, n, owner);
    }

    /** Every recorded event must be the replayed one; the first difference is reported. */
    private void compare(List<Event> recorded, List<Event> replayed) throws TraceException {
        int n = Math.min(recorded.size(), replayed.size());
        for (int i = 0; i < n; i++) {
            Event r = recorded.get(i);
            EventCheck.Difference d = EventCheck.between(r, replayed.get(i));
            if (d != null) {
                throw new TraceException("In " + file + ", event " + i + " (step " + r.step() + ", " + r.agentName() + ") says "
                    + d.says() + " but replaying the schedule gives " + d.gives() + EDITED);
            }
        }
        if (recorded.size() != replayed.size()) {
            throw new TraceException("In " + file + ", there " + (recorded.size() == 1 ? "is 1 event" : "are " + recorded.size() + " events")
                + " but replaying the schedule gives " + replayed.size() + EDITED);
        }
    }
}
