package org.atomiscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.atomiscope.analysis.Finding.Kind;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.machine.Run;
import org.atomiscope.machine.Scheduler;
import org.atomiscope.memory.ScModel;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.Test;

/** {@link RunAnalysis} on single executions of small inline scenarios. */
class AnalysisRunTest {

    private record Ran(Run.Result result, List<Event> events) {
        List<Finding> findings() {
            return RunAnalysis.of(result.last(), events);
        }
    }

    private static Ran run(String source, String schedule, long seed) {
        Program p = Program.compile(ScenarioSource.ofSingleFile("t.js", source), ScModel.INSTANCE);
        List<Event> events = new ArrayList<>();
        Run.Result r = Run.run(Machine.initial(p), Scheduler.named(schedule, seed), 1_000_000, events::add);
        return new Ran(r, events);
    }

    private static List<Finding> of(List<Finding> all, Kind kind) {
        return all.stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void mainSpinningOnAnAtomicLoadIsReportedOnceWithTheCount() {
        Ran r = run("""
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('w', () => {
                for (let i = 0; i < 100; i++) Atomics.add(ia, 1, 1);
                Atomics.store(ia, 0, 1);
            });
            while (Atomics.load(ia, 0) === 0)
                ;
            console.log('done');
            """, "default", 0);

        List<Finding> spins = of(r.findings(), Kind.MAIN_THREAD_SPIN);
        assertThat(spins).hasSize(1);
        Finding f = spins.get(0);
        assertThat(f.sites().get(0).pos().line()).isEqualTo(6);
        assertThat(f.sites().get(0).agentName()).isEqualTo("main");
        assertThat(f.sentence()).matches("main reads ia\\[0\\] [\\d,]+ times in a row at 6:\\d+ without writing it: .*")
            .contains("master worker");
        assertThat(r.findings()).extracting(Finding::kind).doesNotContain(Kind.DATA_RACE);
    }

    @Test
    void aWorkerSpinningIsNoMainThreadProblem() {
        Ran r = run("""
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('spinner', () => { while (Atomics.load(ia, 0) === 0) ; });
            for (let i = 0; i < 100; i++) Atomics.add(ia, 1, 1);
            Atomics.store(ia, 0, 1);
            """, "default", 0);

        assertThat(r.findings()).isEmpty();
    }

    @Test
    void atomicsOfDifferentSizesOverTheSameBytesRace() {
        String mixed = """
            const sab = new SharedArrayBuffer(8);
            const i32 = new Int32Array(sab);
            const i8 = new Int8Array(sab);
            agent('a', () => { Atomics.store(i32, 0, 0x01010101); });
            agent('b', () => { console.log(Atomics.load(i8, 1)); });
            """;
        List<Finding> races = of(run(mixed, "default", 0).findings(), Kind.DATA_RACE);

        assertThat(races).hasSize(1);
        assertThat(races.get(0).sites()).extracting(Site::what)
            .containsExactly("atomically writes i32[0]", "atomically reads i8[1]");
        assertThat(races.get(0).sentence()).startsWith("Data race on i32[0] and i8[1], which share bytes: a atomically writes i32[0] at 4:20 and ")
            .contains("the same element size");

        String sameSize = mixed.replace("Atomics.load(i8, 1)", "Atomics.load(i32, 0)");
        assertThat(run(sameSize, "default", 0).findings()).isEmpty();
    }

    @Test
    void aLaterAtomicOfAnotherWidthDoesNotHideAnEarlierOne() {
        // a's Int8 store races with b's Int32 store; a's later Int32 store, of b's width, does not.
        Ran r = run("""
            const sab = new SharedArrayBuffer(8);
            const i32 = new Int32Array(sab);
            const i8 = new Int8Array(sab);
            agent('a', () => { Atomics.store(i8, 0, 1); Atomics.store(i32, 0, 2); });
            agent('b', () => { Atomics.store(i32, 0, 3); });
            """, "default", 0);

        assertThat(of(r.findings(), Kind.DATA_RACE)).singleElement()
            .satisfies(f -> assertThat(f.sites()).extracting(Site::what)
                .containsExactly("atomically writes i8[0]", "atomically writes i32[0]"));
    }

    @Test
    void aLoopThatReadsOneElementManyTimesIsNoSpin() {
        Ran sum = run("""
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('w', () => { Atomics.store(ia, 1, 0); });
            let s = 0;
            for (let i = 0; i < 60; i++) { s += Atomics.load(ia, 1); Atomics.add(ia, 0, 1); }
            console.log(s);
            """, "default", 0);

        assertThat(of(sum.findings(), Kind.MAIN_THREAD_SPIN)).isEmpty();
    }

    @Test
    void aMessageToAWorkerTheLimitNeverStartsIsADeadlock() {
        String main = """
            /**
             * @workers 1
             */
            const first = new Worker('w.js', {name: 'first'});
            const second = new Worker('w.js', {name: 'second'});
            first.onmessage = e => console.log('first answered', e.data);
            second.onmessage = e => console.log('second answered', e.data);
            first.postMessage(1);
            second.postMessage(2);
            """;
        ScenarioSource folder = new ScenarioSource("limit", "main.js",
            java.util.Map.of("main.js", main, "w.js", "onmessage = e => postMessage(e.data + 1);\n"),
            org.atomiscope.scenario.HeaderParser.parse("main.js", main), "test");
        Program p = Program.compile(folder, ScModel.INSTANCE);
        List<Event> events = new ArrayList<>();
        Run.Result r = Run.run(Machine.initial(p), Scheduler.named("default", 1), 1_000_000, events::add);

        assertThat(r.outcome().toString()).contains("first answered 2").doesNotContain("second answered");
        assertThat(of(RunAnalysis.of(r.last(), events), Kind.DEADLOCK)).singleElement().satisfies(f -> {
            assertThat(f.sentence()).startsWith("Deadlock: second (created at 5:16) never started, so the message posted to "
                + "it was never delivered (the page allows 1 worker, @workers 1); an agent waiting for its answer waits");
            assertThat(f.sites()).extracting(Site::agentName).containsExactly("second");
        });
    }

    @Test
    void aMessageOrdersWhatCameBeforeIt() {
        String viaMessage = """
            const ia = new Int32Array(new SharedArrayBuffer(8));
            onmessage = () => { console.log(ia[0]); };
            agent('w', () => { ia[0] = 42; postMessage('done'); });
            """;
        Ran r = run(viaMessage, "random", 3);
        assertThat(r.result().outcome().toString()).isEqualTo("main: 42");
        assertThat(r.findings()).isEmpty();

        // Without the message the worker reads while main may still write.
        Ran racy = run("""
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('w', () => { console.log(ia[0]); });
            ia[0] = 42;
            """, "default", 0);
        assertThat(of(racy.findings(), Kind.DATA_RACE)).hasSize(1);
        assertThat(of(racy.findings(), Kind.DATA_RACE).get(0).sentence())
            .isEqualTo("Data race on ia[0]: main writes it at 3:1 and w reads it at 2:32 with nothing ordering them "
                + "(no happens-before); make both accesses Atomics, or publish with an atomic flag (Atomics.store after "
                + "the data, Atomics.load before reading it), a message or Atomics.wait/notify.");
    }

    @Test
    void wakingUpOrdersThePlainWriteBeforeTheNotify() {
        // Scenario 08 with a plain store: the notify that wakes the reader synchronizes with its wake-up,
        // and the wait's critical section orders it when the writer came first.
        String src = """
            const ia = new Int32Array(new SharedArrayBuffer(400));
            agent('reader', () => { Atomics.wait(ia, 0, 0); console.log(ia[37]); });
            agent('writer', () => { ia[37] = 123456; Atomics.notify(ia, 0, 1); });
            """;
        for (int seed = 1; seed <= 20; seed++) {
            Ran r = run(src, "random", seed);
            if (!r.result().last().blockedForever().isEmpty()) {
                assertThat(of(r.findings(), Kind.DEADLOCK)).hasSize(1);
                continue;
            }
            assertThat(of(r.findings(), Kind.DATA_RACE)).as("seed " + seed).isEmpty();
        }
    }

    @Test
    void aLostUpdateNeedsAnotherWriteBetweenTheReadAndTheWrite() {
        String src = """
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('a', () => { ia[0]++; });
            agent('b', () => { ia[0]++; });
            """;
        // Strict round-robin: a reads, b reads, a writes, b writes: b's write loses a's update.
        Ran r = run(src, "round-robin", 0);
        List<Finding> lost = of(r.findings(), Kind.LOST_UPDATE);
        // a's increment is not lost: b only read in between. b's write replaces a's.
        assertThat(lost).hasSize(1);
        assertThat(lost.get(0).sentence()).startsWith("Lost update on ia[0]: b reads it at 3:20 and writes it back at 3:20, "
            + "but a writes it at 2:20 in between, so b's write replaces a's update");
        assertThat(lost.get(0).sites()).extracting(Site::what).containsExactly("reads ia[0]", "writes ia[0]", "writes ia[0]");
        // The default schedule runs one increment after the other: races, but no update lost.
        Ran whole = run(src, "default", 0);
        assertThat(of(whole.findings(), Kind.LOST_UPDATE)).isEmpty();
        assertThat(of(whole.findings(), Kind.DATA_RACE)).isNotEmpty();
    }

    @Test
    void aDeadlockIsReportedOnlyWhenTheRunHasEnded() {
        String src = """
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('sleeper', () => { Atomics.wait(ia, 0, 0); });
            """;
        Ran r = run(src, "default", 0);
        Finding d = of(r.findings(), Kind.DEADLOCK).get(0);
        assertThat(d.sentence()).isEqualTo("Deadlock: sleeper waits on ia[0] at 2:26, and nobody is left to notify it. "
            + "Check that every Atomics.wait has an Atomics.notify on the same element that still comes after it, "
            + "and that the value it waits on is changed before the notify.");
        assertThat(d.modelId()).isEqualTo("sc");
        assertThat(RunAnalysis.of(null, r.events())).isEmpty();
    }

    @Test
    void aHundredThousandEventsTakeWellUnderASecond() {
        Program p = Program.compile(ScenarioSource.ofSingleFile("t.js", """
            const ia = new Int32Array(new SharedArrayBuffer(64));
            agent('a', () => { for (let i = 0; i < 17000; i++) { ia[i % 8]++; Atomics.add(ia, 9, 1); } });
            agent('b', () => { for (let i = 0; i < 17000; i++) { ia[i % 8]++; Atomics.add(ia, 9, 1); } });
            """), ScModel.INSTANCE);
        List<Event> events = new ArrayList<>();
        Run.Result r = Run.run(Machine.initial(p), Scheduler.named("random", 7), 1_000_000, events::add);
        assertThat(events.size()).isGreaterThan(100_000);

        RunAnalysis.of(r.last(), events); // warm up
        long t0 = System.nanoTime();
        List<Finding> findings = RunAnalysis.of(r.last(), events);
        long millis = (System.nanoTime() - t0) / 1_000_000;

        System.out.println("RunAnalysis of " + events.size() + " events: " + millis + " ms");
        assertThat(millis).isLessThan(1500);
        assertThat(findings).extracting(Finding::kind).contains(Kind.DATA_RACE, Kind.LOST_UPDATE);
    }

    @Test
    void anExploredLivelockNamesTheSpinningAgentAndWhereItSpins() {
        ScenarioSource s = ScenarioSource.ofSingleFile("t.js", """
            /**
             * @max-steps 500
             */
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('spinner', () => {
                while (Atomics.load(ia, 0) === 0)
                    ;
                console.log('done');
            });
            """);
        var explored = Analyzed.explore(s, List.of(ScModel.INSTANCE));
        assertThat(explored.get("sc").outcomes()).extracting(f -> f.outcome().toString())
            .containsExactly("[livelock: spinner]");

        ScenarioAnalysis.Report r = ScenarioAnalysis.analyze(s, List.of(ScModel.INSTANCE), explored, 1);

        List<Finding> livelocks = of(r.findings(), Kind.LIVELOCK);
        assertThat(livelocks).hasSize(1);
        Finding f = livelocks.get(0);
        assertThat(f.sites()).containsExactly(new Site(1, "spinner", f.sites().get(0).pos(), "spins at Atomics.load(ia, 0)"));
        assertThat(f.sites().get(0).pos().line()).isEqualTo(6);
        assertThat(f.sentence()).startsWith("Livelock under SC: spinner spins at Atomics.load(ia, 0) (6:")
            .contains("), forever: what it waits for can no longer happen.")
            .contains("Atomics.wait");
        assertThat(f.modelId()).isEqualTo("sc");
        assertThat(f.witness()).isEqualTo(explored.get("sc").outcomes().get(0).witness());
        assertThat(r.executions()).isEqualTo(3);
    }
}
