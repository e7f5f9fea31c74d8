package org.atomiscope.trace;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Run;
import org.atomiscope.scenario.ScenarioHeader;

/**
 * Writes the native format (docs/TRACES.md): the scenario, model, host settings, outcome, schedule
 * and every event with its links, fields always in the same order, one schedule step or event per
 * line. {@link TraceReader} reads it back.
 */
final class NativeWriter {
    private NativeWriter() {}

    static final String FORMAT = "atomiscope-trace";

    static void write(Trace trace, Writer out) throws IOException {
        // The outcome needs the final machine; the events do not carry it, so the schedule runs again.
        Machine last = trace.replayToEnd();
        Links links = Links.of(trace);
        JsonGenerator g = Json.generator(out);
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", Trace.VERSION);
        scenario(g, trace);
        g.writeStringField("model", trace.modelId());
        host(g, trace.scenario().header());
        g.writeStringField("outcome", Run.outcome(last, false).toString());
        if (last.isTerminal()) {
            g.writeStringField("ending", ending(last));
        }
        g.writeArrayFieldStart("schedule");
        for (Choice c : trace.schedule()) {
            g.writeStartObject();
            g.writeStringField("kind", c.kind().name());
            g.writeNumberField("agent", c.agent());
            g.writeNumberField("option", c.option());
            g.writeStringField("label", c.label());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        List<Event> events = trace.events();
        for (int i = 0; i < events.size(); i++) {
            event(g, i, events.get(i), links);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    private static void scenario(JsonGenerator g, Trace trace) throws IOException {
        g.writeObjectFieldStart("scenario");
        g.writeStringField("name", trace.scenario().name());
        g.writeStringField("mainFile", trace.scenario().mainFile());
        g.writeObjectFieldStart("files");
        for (Map.Entry<String, String> f : trace.scenario().files().entrySet()) {
            g.writeStringField(f.getKey(), f.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The header's host settings, for tools that do not parse headers; a reader takes them from the header. */
    private static void host(JsonGenerator g, ScenarioHeader h) throws IOException {
        g.writeObjectFieldStart("host");
        g.writeStringField("kind", h.host().id());
        if (h.workerLimit().isPresent()) {
            g.writeNumberField("workerLimit", h.workerLimit().getAsInt());
        }
        g.writeBooleanField("isolated", h.isolated());
        g.writeEndObject();
    }

    /** How a finished run ended: "completed", "deadlock", "threw" or "hung". */
    static String ending(Machine last) {
        // A run of no steps from a terminal machine is how Run classifies an end.
        Run.Ending e = Run.run(last, (m, choices) -> choices.get(0), 0, ev -> { }).ending();
        return e == Run.Ending.STEP_LIMIT ? "step-limit" : e.name().toLowerCase(Locale.ROOT);
    }

    private static void event(JsonGenerator g, int index, Event e, Links links) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", index);
        g.writeNumberField("step", e.step());
        g.writeNumberField("agent", e.agent());
        g.writeStringField("agentName", e.agentName());
        g.writeStringField("kind", e.kind().name());
        if (e.pos() != null) {
            g.writeStringField("file", e.pos().file());
            g.writeNumberField("line", e.pos().line());
            g.writeNumberField("column", e.pos().column());
        }
        g.writeStringField("text", e.text());
        Event.Access a = e.access();
        if (a != null) {
            g.writeObjectFieldStart("access");
            g.writeNumberField("block", a.block());
            g.writeNumberField("byte", a.byteIndex());
            g.writeNumberField("size", a.byteSize());
            g.writeStringField("type", a.type().constructorName());
            g.writeStringField("target", a.target());
            g.writeNumberField("index", a.index());
            g.writeStringField("order", order(a));
            Json.value(g, "value", a.value());
            if (a.writes()) {
                Json.value(g, "stored", a.stored());
            }
            g.writeBooleanField("local", a.local());
            g.writeEndObject();
        }
        if (!e.peers().isEmpty()) {
            g.writeArrayFieldStart("peers");
            for (int p : e.peers()) {
                g.writeNumber(p);
            }
            g.writeEndArray();
        }
        if (links.readsFrom(index) >= 0) {
            g.writeNumberField("readsFrom", links.readsFrom(index));
        }
        int[] sync = links.synchronizesWith(index);
        if (sync.length > 0) {
            g.writeArrayFieldStart("synchronizesWith");
            for (int s : sync) {
                g.writeNumber(s);
            }
            g.writeEndArray();
        }
        if (links.flushOf(index) >= 0) {
            g.writeNumberField("flushOf", links.flushOf(index));
        }
        g.writeEndObject();
    }

    /** ECMA-262 §29's names for the two orders an access can have. */
    static String order(Event.Access a) {
        return a.atomic() ? "SeqCst" : "Unordered";
    }
}
