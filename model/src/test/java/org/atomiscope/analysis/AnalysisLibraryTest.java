package org.atomiscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atomiscope.analysis.Analyzed.of;
import static org.atomiscope.analysis.Analyzed.on;

import java.util.List;
import org.atomiscope.analysis.Finding.Kind;
import org.atomiscope.explore.Explorer;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.Models;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.Test;

/** The analyses on the library scenarios a teacher points at: what each must find, and must not. */
class AnalysisLibraryTest {

    @Test
    void theLostUpdateCounterLosesUpdatesAndRaces() {
        ScenarioAnalysis.Report r = Analyzed.library("09-lost-update-counter");

        assertThat(of(r, Kind.LOST_UPDATE)).isNotEmpty().allSatisfy(f -> assertThat(on(f, "ia[112]")).isTrue());
        Finding lost = of(r, Kind.LOST_UPDATE).get(0);
        assertThat(lost.sentence()).startsWith("Lost update on ia[112]: ").contains("Atomics.add(ia, 112, 1)");
        assertThat(lost.sites()).extracting(Site::agentName).contains("a", "b");
        assertThat(lost.witness()).isNotEmpty();
        assertThat(lost.modelId()).isIn("sc", "tso", "relaxed");
        assertThat(of(r, Kind.DATA_RACE)).isNotEmpty().allSatisfy(f -> assertThat(on(f, "ia[112]")).isTrue());
        assertThat(r.raceFree()).isFalse();
        assertThat(r.summary()).contains("data race").contains("lost update");
    }

    @Test
    void atomicsAddFixesBoth() {
        ScenarioAnalysis.Report r = Analyzed.library("10-counter-atomics-add");

        assertThat(of(r, Kind.LOST_UPDATE)).isEmpty();
        assertThat(of(r, Kind.DATA_RACE)).isEmpty();
        assertThat(r.raceFree()).isTrue();
        assertThat(r.summary()).startsWith("No data race in the " + r.executions() + " executions examined: ");
    }

    @Test
    void plainMessagePassingRacesOnTheFlagAndTheData() {
        ScenarioAnalysis.Report r = Analyzed.library("53-litmus-mp-plain");

        List<Finding> races = of(r, Kind.DATA_RACE);
        assertThat(races).anySatisfy(f -> assertThat(on(f, "y[0]")).isTrue());
        assertThat(races).anySatisfy(f -> assertThat(on(f, "x[0]")).isTrue());
        Finding onY = races.stream().filter(f -> on(f, "y[0]")).findFirst().orElseThrow();
        // t1 writes y at 24:37, t2 reads it at 25:35 (columns of the accesses in the file).
        assertThat(onY.sentence()).matches("Data race on y\\[0\\]: t\\d (writes|reads) it at \\d+:\\d+ and t\\d "
            + "(writes|reads) it at \\d+:\\d+ with nothing ordering them \\(no happens-before\\); make both accesses Atomics.*");
        assertThat(onY.sites()).extracting(Site::what).containsExactlyInAnyOrder("writes y[0]", "reads y[0]");
        assertThat(onY.sites()).allSatisfy(s -> assertThat(s.pos()).isNotNull());
    }

    @Test
    void atomicMessagePassingAndTheAtomicFlagDoNotRace() {
        assertThat(of(Analyzed.library("54-litmus-mp-atomics"), Kind.DATA_RACE)).isEmpty();
        // The writer publishes the plain ia[42] with an atomic store to ia[37]; the reader reads it only
        // after its atomic load has seen the store: synchronizes-with orders the two plain accesses.
        ScenarioAnalysis.Report fixed = Analyzed.library("20-reordering-fixed-atomic-flag");
        assertThat(fixed.findings()).isEmpty();
        assertThat(fixed.raceFree()).isTrue();
    }

    @Test
    void mixedMessagePassingRacesOnTheDataOnlyNotOnTheAtomicFlag() {
        // When t2's Atomics.load of y sees 0, its plain read of x is unordered with t1's plain write:
        // a race on x. y is accessed only with Atomics of the same range, which never race.
        ScenarioAnalysis.Report r = Analyzed.library("55-litmus-mp-mixed");

        List<Finding> races = of(r, Kind.DATA_RACE);
        assertThat(races).isNotEmpty().allSatisfy(f -> {
            assertThat(on(f, "x[0]")).isTrue();
            assertThat(on(f, "y[0]")).isFalse();
        });
    }

    @Test
    void twoLocksInOppositeOrdersDeadlockAndTheWitnessShowsIt() {
        ScenarioSource s = Analyzed.LIBRARY.find("39-two-locks-deadlock");
        var explored = Analyzed.explore(s, Models.ALL);
        for (Explorer.Result e : explored.values()) {
            assertThat(e.complete()).isTrue();
            assertThat(e.outcomes()).extracting(f -> f.outcome().toString())
                .containsExactlyInAnyOrder("a: has both locks; b: has both locks", "[deadlock: a, b]");
        }
        ScenarioAnalysis.Report r = ScenarioAnalysis.analyze(s, Models.ALL, explored, 4);

        List<Finding> deadlocks = of(r, Kind.DEADLOCK);
        assertThat(deadlocks).hasSize(1);
        Finding d = deadlocks.get(0);
        assertThat(d.sites()).extracting(Site::agentName).containsExactly("a", "b");
        assertThat(d.sites()).extracting(Site::what).containsExactly("waits on ia[1]", "waits on ia[0]");
        assertThat(d.sentence()).startsWith("Deadlock: a waits on ia[1] at ").contains("and b waits on ia[0] at ")
            .contains("take locks in one global order (every agent takes ia[0] before ia[1])");
        Machine end = replay(s, d.modelId(), d.witness());
        assertThat(end.isTerminal()).isTrue();
        assertThat(end.blockedForever()).containsExactly("a", "b");
        // Every access is atomic with equal ranges: no race, whatever the schedule.
        assertThat(r.raceFree()).isTrue();
        assertThat(of(r, Kind.LOST_UPDATE)).isEmpty();
    }

    @Test
    void aWorkerTheLimitNeverStartsIsNamedInTheDeadlock() {
        ScenarioAnalysis.Report r = Analyzed.library("37-worker-limit-deadlock");

        Finding d = of(r, Kind.DEADLOCK).get(0);
        assertThat(d.sites()).extracting(Site::agentName).containsExactly("waiter1", "waiter2", "waker");
        assertThat(d.sites().get(2).what()).isEqualTo("was created but never started");
        assertThat(d.sites().get(2).pos()).isNotNull();
        assertThat(d.sentence()).contains("waker was created at ").contains(" but never started: the page allows 2 workers");
    }

    @Test
    void theMainThreadsDeniedWaitIsFoundAlthoughTheTypeErrorIsCaught() {
        ScenarioAnalysis.Report r = Analyzed.library("25-main-thread-may-not-wait");

        List<Finding> waits = of(r, Kind.MAIN_THREAD_WAIT);
        assertThat(waits).hasSize(1);
        Site site = waits.get(0).sites().get(0);
        assertThat(site.agentName()).isEqualTo("main");
        assertThat(site.pos().line()).isEqualTo(33); // `Atomics.wait(ia, 0, 0); // the browser's main thread may not`
        assertThat(waits.get(0).sentence()).contains("[[CanBlock]]").contains("TypeError").contains("worker");
        assertThat(r.raceFree()).isTrue();
    }

    private static Machine replay(ScenarioSource s, String model, List<Choice> witness) {
        Machine m = Machine.initial(Program.compile(s, Models.byId(model).orElseThrow()));
        for (Choice c : witness) {
            m = m.take(c).machine();
        }
        return m;
    }
}
