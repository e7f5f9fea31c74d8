package org.atomiscope.trace;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Run;
import org.atomiscope.stepper.Relations;

/**
 * Writes the Chrome Trace Event format, which Perfetto (ui.perfetto.dev) and chrome://tracing open:
 * one process named after the scenario, one thread per agent (tid = agent index + 1) and a "memory"
 * thread for store-buffer flushes, each event a complete slice ("X"), one step one millisecond, and
 * the arrows as flow events ("s" at the source slice, "f" with binding point "e" at the target).
 *
 * <p>Slices on one thread must nest or be disjoint. A step can hold many events of one agent (every
 * access to a buffer nobody else can reach yet, then its "idle"), so a step's millisecond is divided
 * among them, each taking 80% of its share. An agent blocked in Atomics.wait gets a slice of its
 * own between its WAIT and its wake-up (or the end of the trace), disjoint from both.
 */
final class ChromeWriter {
    private ChromeWriter() {}

    private static final int PID = 1;
    private static final long STEP_NS = 1_000_000;
    private static final String BLOCKED = "blocked in Atomics.wait";

    /** Where each event's slice lies, in nanoseconds, and on which thread. */
    private record Slices(int[] tid, long[] start, long[] dur) {
        long mid(int i) {
            return start[i] + dur[i] / 2;
        }

        long end(int i) {
            return start[i] + dur[i];
        }
    }

    private record StepTrack(long step, int tid) {}

    static void write(Trace trace, Writer out) throws IOException {
        List<Event> events = trace.events();
        Map<Integer, String> agents = new TreeMap<>();
        boolean flushes = false;
        for (Event e : events) {
            if (e.kind() == Event.Kind.MEMORY) {
                flushes = true;
            } else {
                agents.putIfAbsent(e.agent(), e.agentName());
            }
        }
        int memoryTid = (agents.isEmpty() ? 0 : ((TreeMap<Integer, String>) agents).lastKey() + 1) + 1;
        Slices slices = slices(events, memoryTid);
        String outcome = Run.outcome(trace.replayToEnd(), false).toString();

        JsonGenerator g = Json.generator(out);
        g.writeStartObject();
        g.writeArrayFieldStart("traceEvents");
        metadata(g, "process_name", 0, "name", trace.scenario().name());
        for (Map.Entry<Integer, String> a : agents.entrySet()) {
            metadata(g, "thread_name", a.getKey() + 1, "name", a.getValue());
            metadata(g, "thread_sort_index", a.getKey() + 1, "sort_index", a.getKey());
        }
        if (flushes) {
            metadata(g, "thread_name", memoryTid, "name", "memory");
            metadata(g, "thread_sort_index", memoryTid, "sort_index", memoryTid - 1);
        }
        long endOfTrace = events.isEmpty() ? STEP_NS : (events.get(events.size() - 1).step() + 1) * STEP_NS;
        for (int i = 0; i < events.size(); i++) {
            slice(g, i, events.get(i), slices);
            if (events.get(i).kind() == Event.Kind.WAIT) {
                blocked(g, i, events, slices, endOfTrace);
            }
        }
        List<Relations.Arrow> arrows = trace.arrows();
        for (int k = 0; k < arrows.size(); k++) {
            Relations.Arrow a = arrows.get(k);
            String name = flowName(a.kind());
            flow(g, name, "s", k + 1, slices.mid(a.fromEvent()), slices.tid()[a.fromEvent()]);
            flow(g, name, "f", k + 1, slices.mid(a.toEvent()), slices.tid()[a.toEvent()]);
        }
        g.writeEndArray();
        g.writeStringField("displayTimeUnit", "ms");
        g.writeObjectFieldStart("otherData");
        g.writeStringField("scenario", trace.scenario().name());
        g.writeStringField("title", trace.scenario().title());
        g.writeStringField("model", trace.modelId());
        g.writeStringField("outcome", outcome);
        g.writeNumberField("steps", trace.schedule().size());
        g.writeNumberField("events", events.size());
        g.writeStringField("timing", "one step of the schedule is one millisecond; time is not real time");
        g.writeEndObject();
        g.writeEndObject();
        g.flush();
    }

    private static Slices slices(List<Event> events, int memoryTid) {
        int n = events.size();
        int[] tid = new int[n];
        long[] start = new long[n];
        long[] dur = new long[n];
        Map<StepTrack, Integer> count = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Event e = events.get(i);
            tid[i] = e.kind() == Event.Kind.MEMORY ? memoryTid : e.agent() + 1;
            count.merge(new StepTrack(e.step(), tid[i]), 1, Integer::sum);
        }
        Map<StepTrack, Integer> seen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            StepTrack key = new StepTrack(events.get(i).step(), tid[i]);
            int k = seen.merge(key, 1, Integer::sum) - 1;
            int of = count.get(key);
            start[i] = key.step() * STEP_NS + k * STEP_NS / of;
            dur[i] = Math.max(1, STEP_NS / of * 8 / 10);
        }
        return new Slices(tid, start, dur);
    }

    private static void metadata(JsonGenerator g, String name, int tid, String arg, Object value) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("ph", "M");
        g.writeNumberField("pid", PID);
        g.writeNumberField("tid", tid);
        g.writeObjectFieldStart("args");
        if (value instanceof Integer i) {
            g.writeNumberField(arg, i);
        } else {
            g.writeStringField(arg, (String) value);
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void slice(JsonGenerator g, int i, Event e, Slices s) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", sliceName(e));
        g.writeStringField("cat", e.kind().name());
        g.writeStringField("ph", "X");
        time(g, "ts", s.start()[i]);
        time(g, "dur", s.dur()[i]);
        g.writeNumberField("pid", PID);
        g.writeNumberField("tid", s.tid()[i]);
        g.writeObjectFieldStart("args");
        g.writeNumberField("index", i);
        g.writeNumberField("step", e.step());
        g.writeStringField("agent", e.agentName());
        g.writeStringField("text", e.text());
        if (e.pos() != null) {
            g.writeStringField("at", e.pos().toString());
        }
        Event.Access a = e.access();
        if (a != null) {
            g.writeStringField("element", a.target() + "[" + a.index() + "]");
            g.writeStringField("type", a.type().constructorName());
            g.writeStringField("order", NativeWriter.order(a));
            Json.value(g, "value", a.value());
            if (a.writes()) {
                Json.value(g, "stored", a.stored());
            }
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * A WAIT that put its agent to sleep: the agent's next event is its wake-up (WOKEN or TIMED_OUT),
     * or there is none and the WAIT says it sleeps. A WAIT that returned at once ("not-equal") is
     * followed by the agent's next step instead.
     */
    private static void blocked(JsonGenerator g, int i, List<Event> events, Slices s, long endOfTrace) throws IOException {
        Event wait = events.get(i);
        int next = -1;
        for (int j = i + 1; j < events.size(); j++) {
            Event e = events.get(j);
            if (e.agent() == wait.agent() && e.kind() != Event.Kind.MEMORY) {
                next = j;
                break;
            }
        }
        boolean woken = next >= 0 && (events.get(next).kind() == Event.Kind.WOKEN || events.get(next).kind() == Event.Kind.TIMED_OUT);
        if (!woken && (next >= 0 || !wait.text().endsWith("sleeps"))) {
            return;
        }
        long from = s.end(i);
        long to = woken ? s.start()[next] : endOfTrace;
        g.writeStartObject();
        g.writeStringField("name", BLOCKED);
        g.writeStringField("cat", "blocked");
        g.writeStringField("ph", "X");
        time(g, "ts", from);
        time(g, "dur", to - from);
        g.writeNumberField("pid", PID);
        g.writeNumberField("tid", s.tid()[i]);
        g.writeObjectFieldStart("args");
        g.writeNumberField("wait", i);
        if (woken) {
            g.writeNumberField("until", next);
        } else {
            g.writeStringField("until", "the end of the trace");
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void flow(JsonGenerator g, String name, String ph, int id, long ns, int tid) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("cat", name);
        g.writeStringField("ph", ph);
        g.writeNumberField("id", id);
        time(g, "ts", ns);
        g.writeNumberField("pid", PID);
        g.writeNumberField("tid", tid);
        if (ph.equals("f")) {
            g.writeStringField("bp", "e"); // bind to the slice enclosing ts, not the next one to start
        }
        g.writeEndObject();
    }

    static String flowName(Relations.Kind kind) {
        return switch (kind) {
            case READS_FROM -> "reads-from";
            case SYNC -> "synchronizes-with";
            case FLUSH -> "flush";
        };
    }

    /** Chrome times are microseconds; nanoseconds become a decimal fraction. */
    private static void time(JsonGenerator g, String field, long ns) throws IOException {
        g.writeFieldName(field);
        g.writeNumber(ns % 1000 == 0 ? Long.toString(ns / 1000) : BigDecimal.valueOf(ns, 3).stripTrailingZeros().toPlainString());
    }

    /** A short name for a slice: "read ia[42]", "write ia[37]", "Atomics.store", "flush x[0] (t1)", "start". */
    static String sliceName(Event e) {
        String text = e.text();
        boolean operation = switch (e.kind()) {
            case READ, WRITE, RMW, WAIT, NOTIFY -> true;
            default -> false;
        };
        if (operation && text.startsWith("Atomics.")) {
            int paren = text.indexOf('(');
            return paren > 0 ? text.substring(0, paren) : text;
        }
        Event.Access a = e.access();
        if (a != null) {
            String element = a.target() + "[" + a.index() + "]";
            switch (e.kind()) {
                case READ -> { return "read " + element; }
                case WRITE -> { return "write " + element; }
                case MEMORY -> { return "flush " + element + " (" + e.agentName() + ")"; } // one track for every agent's flushes
                default -> { }
            }
        }
        return e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
