package org.atomiscope.stepper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.RelaxedModel;
import org.atomiscope.memory.ScModel;
import org.atomiscope.memory.TsoModel;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.atomiscope.stepper.Relations.Arrow;
import org.atomiscope.stepper.Relations.Kind;
import org.junit.jupiter.api.Test;

/**
 * The timeline's arrows on real runs: scenarios from the library stepped by the labels a student
 * clicks, then the derived arrows checked event by event.
 */
class RelationsTest {

    @Test
    void theStaleReadPointsAtTheInitial191Write() {
        History h = run("19-reordering-123456-191", RelaxedModel.INSTANCE, "main: starts", "writer: starts",
            "writer: ia[42] = 314159", "writer: ia[37] = 123456", "reader: starts",
            "reader: read ia[37] → 123456", "reader: read ia[42] → 191");
        List<Event> ev = h.events();
        List<Arrow> arrows = Relations.of(ev);

        int stale = find(ev, "reader", "read ia[42] → 191");
        int fresh = find(ev, "reader", "read ia[37] → 123456");
        assertThat(into(arrows, stale)).containsExactly(new Arrow(find(ev, "main", "ia[42] = 191"), stale, Kind.READS_FROM));
        assertThat(into(arrows, fresh)).containsExactly(
            new Arrow(find(ev, "writer", "ia[37] = 123456"), fresh, Kind.READS_FROM));
        // main creating the two agents happens before each one's start.
        assertThat(into(arrows, find(ev, "writer", "starts")))
            .containsExactly(new Arrow(find(ev, "main", "creates agent writer"), find(ev, "writer", "starts"), Kind.SYNC));
        assertThat(into(arrows, find(ev, "reader", "starts")))
            .containsExactly(new Arrow(find(ev, "main", "creates agent reader"), find(ev, "reader", "starts"), Kind.SYNC));
        assertThat(arrows).hasSize(4);
    }

    @Test
    void theNewestReadPointsAtTheWritersWrite() {
        History h = run("19-reordering-123456-191", RelaxedModel.INSTANCE, "main: starts", "writer: starts",
            "writer: ia[42] = 314159", "reader: starts", "reader: read ia[37]", "reader: read ia[42] → 314159");
        List<Event> ev = h.events();
        List<Arrow> arrows = Relations.of(ev);
        int old = find(ev, "reader", "read ia[37] → 163");
        int fresh = find(ev, "reader", "read ia[42] → 314159");
        assertThat(into(arrows, old)).extracting(Arrow::fromEvent).containsExactly(find(ev, "main", "ia[37] = 163"));
        assertThat(into(arrows, fresh)).extracting(Arrow::fromEvent).containsExactly(find(ev, "writer", "ia[42] = 314159"));
    }

    @Test
    void aNotifySynchronizesWithTheWaiterItWakes() {
        History h = run("21-wait-wake", ScModel.INSTANCE, "main: starts", "writer: starts", "reader: starts",
            "reader: Atomics.wait(ia, 37, 163)", "writer: read ia[37]", "writer: Atomics.store(ia, 37, 123456)",
            "writer: Atomics.wake(ia, 37, 1)", "reader: wakes up", "reader: read ia[37]");
        List<Event> ev = h.events();
        List<Arrow> arrows = Relations.of(ev);
        int notify = find(ev, "writer", "Atomics.wake(ia, 37, 1) → 1 (wakes reader)");
        int woken = find(ev, "reader", "resumes: Atomics.wait returned \"ok\"");
        assertThat(into(arrows, woken)).containsExactly(new Arrow(notify, woken, Kind.SYNC));
        // The reader's plain read after waking sees the atomic store: plain, so reads-from only.
        int read = find(ev, "reader", "read ia[37] → 123456");
        assertThat(into(arrows, read))
            .containsExactly(new Arrow(find(ev, "writer", "Atomics.store(ia, 37, 123456)"), read, Kind.READS_FROM));
        int writerRead = find(ev, "writer", "read ia[37] → 163");
        assertThat(into(arrows, writerRead)).extracting(Arrow::fromEvent).containsExactly(find(ev, "main", "ia[37] = 163"));
    }

    @Test
    void messagesArriveFirstInFirstOut() {
        History h = run("02-hi-ho-messages", ScModel.INSTANCE, "main: starts", "myworker: starts",
            "myworker: receives a message", "main: receives a message");
        List<Event> ev = h.events();
        List<Arrow> arrows = Relations.of(ev);
        int hi = find(ev, "main", "posts a message to myworker");
        int ho = find(ev, "myworker", "posts a message to main");
        assertThat(arrows).containsExactly(
            new Arrow(find(ev, "main", "creates agent myworker"), find(ev, "myworker", "starts"), Kind.SYNC),
            new Arrow(hi, find(ev, "myworker", "receives a message from main"), Kind.SYNC),
            new Arrow(ho, find(ev, "main", "receives a message from myworker"), Kind.SYNC));
    }

    @Test
    void twoMessagesToOneReceiverPairInOrder() {
        History h = run(inline("""
            const w = new Worker('w.js');
            w.postMessage(1);
            w.postMessage(2);
            """, "w.js", "onmessage = (e) => console.log(e.data);"), ScModel.INSTANCE,
            "main: starts", "w: starts", "w: receives a message", "w: receives a message");
        List<Event> ev = h.events();
        List<Arrow> sync = Relations.of(ev).stream().filter(a -> ev.get(a.toEvent()).kind() == Event.Kind.RECEIVE).toList();
        List<Integer> sends = indexes(ev, "main", "posts a message to w");
        List<Integer> receives = indexes(ev, "w", "receives a message from main");
        assertThat(sync).containsExactly(new Arrow(sends.get(0), receives.get(0), Kind.SYNC),
            new Arrow(sends.get(1), receives.get(1), Kind.SYNC));
    }

    @Test
    void anAtomicLoadOfAnAtomicStoreSynchronizes() {
        History h = run(single("""
            const ia = new Int32Array(new SharedArrayBuffer(16));
            agent('w', () => { Atomics.store(ia, 0, 7); ia[1] = 8; });
            agent('r', () => { Atomics.load(ia, 0); Atomics.load(ia, 1); ia[0]; });
            """), RelaxedModel.INSTANCE, "main: starts", "w: starts", "w: Atomics.store(ia, 0, 7)", "w: ia[1] = 8",
            "r: starts", "r: Atomics.load(ia, 0)", "r: Atomics.load(ia, 1) → 8", "r: read ia[0]");
        List<Event> ev = h.events();
        List<Arrow> arrows = Relations.of(ev);
        int store = find(ev, "w", "Atomics.store(ia, 0, 7)");
        int load = find(ev, "r", "Atomics.load(ia, 0) → 7");
        assertThat(into(arrows, load)).containsExactly(new Arrow(store, load, Kind.SYNC));
        // An atomic load of a plain write, and a plain read of an atomic write: no synchronization.
        int mixed = find(ev, "r", "Atomics.load(ia, 1) → 8");
        assertThat(into(arrows, mixed)).containsExactly(new Arrow(find(ev, "w", "ia[1] = 8"), mixed, Kind.READS_FROM));
        int plain = find(ev, "r", "read ia[0] → 7");
        assertThat(into(arrows, plain)).containsExactly(new Arrow(store, plain, Kind.READS_FROM));
    }

    @Test
    void underTsoTheWriterReadsItsOwnBufferedStoreAndTheFlushPointsBackToTheWrite() {
        History h = run(single("""
            const ia = new Int32Array(new SharedArrayBuffer(16));
            agent('w', () => { ia[0] = 5; ia[1] = ia[0]; });
            agent('r', () => { ia[0]; ia[0]; });
            """), TsoModel.INSTANCE, "main: starts", "w: starts", "w: ia[0] = 5", "w: read ia[0]", "w: ia[1] = 5",
            "r: starts", "r: read ia[0]", "w: flush ia[0] = 5", "r: read ia[0]");
        List<Event> ev = h.events();
        List<Arrow> arrows = Relations.of(ev);
        int write = find(ev, "w", "ia[0] = 5");
        int own = find(ev, "w", "read ia[0] → 5");
        assertThat(into(arrows, own)).containsExactly(new Arrow(write, own, Kind.READS_FROM));
        // Before the flush the other agent sees the initial zero: no arrow.
        int before = find(ev, "r", "read ia[0] → 0");
        assertThat(into(arrows, before)).isEmpty();
        int flush = indexes(ev, "w", "flush ia[0] = 5").get(0);
        assertThat(ev.get(flush).kind()).isEqualTo(Event.Kind.MEMORY);
        assertThat(into(arrows, flush)).containsExactly(new Arrow(write, flush, Kind.FLUSH));
        int after = find(ev, "r", "read ia[0] → 5");
        assertThat(into(arrows, after)).containsExactly(new Arrow(write, after, Kind.READS_FROM));
    }

    @Test
    void equalValuesWrittenTwiceAreAttributedToTheLaterWrite() {
        History h = run(single("""
            const ia = new Int32Array(new SharedArrayBuffer(16));
            agent('w', () => { ia[0] = 1; ia[0] = 2; ia[0] = 1; });
            agent('r', () => { ia[0]; });
            """), ScModel.INSTANCE, "main: starts", "w: starts", "w: ia[0] = 1", "w: ia[0] = 2", "w: ia[0] = 1",
            "r: starts", "r: read ia[0]");
        List<Event> ev = h.events();
        int read = find(ev, "r", "read ia[0] → 1");
        assertThat(into(Relations.of(ev), read)).extracting(Arrow::fromEvent)
            .containsExactly(indexes(ev, "w", "ia[0] = 1").get(1));
    }

    @Test
    void aNarrowWriteInsideAWiderCellIsFound() {
        History h = run(single("""
            const sab = new SharedArrayBuffer(16);
            const ia = new Int32Array(sab);
            const ba = new Uint8Array(sab);
            agent('w', () => { ia[0] = 0x01020304; ba[1] = 9; });
            agent('r', () => { ia[0]; ba[2]; });
            """), ScModel.INSTANCE, "main: starts", "w: starts", "w: ia[0] = 16909060", "w: ba[1] = 9",
            "r: starts", "r: read ia[0]", "r: read ba[2]");
        List<Event> ev = h.events();
        List<Arrow> arrows = Relations.of(ev);
        int wide = find(ev, "r", "read ia[0] → 16910596"); // 0x01020904
        assertThat(into(arrows, wide)).extracting(Arrow::fromEvent).containsExactly(find(ev, "w", "ba[1] = 9"));
        int narrow = find(ev, "r", "read ba[2] → 2");
        assertThat(into(arrows, narrow)).extracting(Arrow::fromEvent).containsExactly(find(ev, "w", "ia[0] = 16909060"));
    }

    @Test
    void theTrackerFollowsAGrowingRunAndScalesToManyEvents() {
        // Two agents alternating over 100 cells, 150,000 events: every read finds its write.
        List<Event> ev = new ArrayList<>();
        for (int i = 0; i < 75_000; i++) {
            int cell = i % 100;
            ev.add(access(i, 0, Event.Kind.WRITE, cell, i % 2 == 0, i, i));
            ev.add(access(i, 1, Event.Kind.READ, cell, i % 2 == 0, i, Double.NaN));
        }
        Relations.Tracker t = new Relations.Tracker();
        for (Event e : ev) {
            t.add(e);
        }
        List<Arrow> arrows = Relations.of(ev);
        assertThat(t.arrows()).isEqualTo(arrows);
        assertThat(arrows).hasSize(75_000);
        assertThat(arrows.get(74_999)).isEqualTo(new Arrow(149_998, 149_999, Kind.READS_FROM));
        assertThat(arrows.get(74_998)).isEqualTo(new Arrow(149_996, 149_997, Kind.SYNC));
    }

    // ------------------------------------------------------------------ helpers

    private static Event access(int step, int agent, Event.Kind kind, int cell, boolean atomic, double value, double stored) {
        Supplier<String> text = () -> kind + " " + cell;
        return new Event(step + 1, agent, "a" + agent, kind, null, text,
            new Event.Access(0, cell * 4, ElementType.INT32, "ia", cell, atomic, value, stored, false), List.of());
    }

    private static ScenarioSource single(String src) {
        return ScenarioSource.ofSingleFile("t.js", src);
    }

    private static ScenarioSource inline(String main, String file, String worker) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("relations");
            java.nio.file.Files.writeString(dir.resolve("main.js"), "/**\n * @host browser\n */\n" + main);
            java.nio.file.Files.writeString(dir.resolve(file), worker);
            return org.atomiscope.scenario.ScenarioLoader.load(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static History run(String scenario, MemoryModel model, String... labels) {
        return run(ScenarioLibrary.fromClasspath().find(scenario), model, labels);
    }

    /** Takes, in order, the one choice whose label starts with each given text. */
    private static History run(ScenarioSource source, MemoryModel model, String... labels) {
        History h = new History(Machine.initial(Program.compile(source, model)));
        for (String label : labels) {
            List<Choice> found = h.current().choices().stream().filter(c -> c.label().startsWith(label)).toList();
            assertThat(found).as("choices starting with \"%s\" among %s", label, h.current().choices()).hasSize(1);
            h.take(found.get(0));
        }
        return h;
    }

    private static int find(List<Event> events, String agent, String text) {
        List<Integer> found = indexes(events, agent, text);
        assertThat(found).as("events of %s reading \"%s\" in %s", agent, text, events).hasSize(1);
        return found.get(0);
    }

    private static List<Integer> indexes(List<Event> events, String agent, String text) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).agentName().equals(agent) && events.get(i).text().equals(text)) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<Arrow> into(List<Arrow> arrows, int event) {
        return arrows.stream().filter(a -> a.toEvent() == event).toList();
    }
}
