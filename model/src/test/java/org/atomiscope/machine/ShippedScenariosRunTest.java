package org.atomiscope.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.atomiscope.memory.ScModel;
import org.atomiscope.scenario.Expectation;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.atomiscope.scenario.Verdict;
import org.atomiscope.vm.Limits;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every shipped scenario runs under the default schedule on the SC engine and ends in an outcome
 * its {@code sc} expectations allow: not one they call {@code never}, and one they call
 * {@code always}. The count is asserted so that no scenario can silently drop out.
 */
class ShippedScenariosRunTest {
    static final int SHIPPED = 72;

    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.fromClasspath();

    @Test
    void theLibraryHasEveryScenario() {
        assertThat(LIBRARY.size()).isEqualTo(SHIPPED);
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioEndsInAnOutcomeItsScLinesAllow() {
        return LIBRARY.list().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> check(s)));
    }

    private static void check(ScenarioSource s) {
        Program p = Program.compile(s, ScModel.INSTANCE);
        long limit = s.header().maxSteps().orElse((int) Limits.DEFAULT_MAX_STEPS);
        Run.Result r = Run.run(Machine.initial(p), Scheduler.named("default", 0), limit, e -> { });
        assertThat(r.ending()).as(s.name() + ": " + r.message()).isNotEqualTo(Run.Ending.STEP_LIMIT).isNotEqualTo(Run.Ending.HUNG);
        List<String> violations = new ArrayList<>();
        for (Expectation e : s.header().expects()) {
            Verdict v = e.verdict("sc").orElse(null);
            if (v == Verdict.NEVER && e.matches(r.outcome())) {
                violations.add("sc: never \"" + e.text() + "\" but the run ended in it");
            }
            if (v == Verdict.ALWAYS && !e.matches(r.outcome())) {
                violations.add("sc: always \"" + e.text() + "\" but the run ended in something else");
            }
        }
        assertThat(violations).as(s.name() + " ended in: " + r.outcome()).isEmpty();
    }

    @Test
    void theBookExamplePrintsAsTheBookSays() {
        ScenarioSource s = LIBRARY.find("01-book-hello-shared-memory");
        List<String> console = new ArrayList<>();
        Run.Result r = Run.run(Machine.initial(Program.compile(s, ScModel.INSTANCE)), Scheduler.named("default", 0),
            1000, e -> {
                if (e.kind() == Event.Kind.CONSOLE) {
                    console.add(e.text());
                }
            });
        assertThat(console).containsExactly("now 0", "updated in worker", "later 2", "prop undefined");
        assertThat(r.outcome().toString()).isEqualTo("main: now 0 | later 2 | prop undefined; worker: updated in worker");
        assertThat(r.ending()).isEqualTo(Run.Ending.COMPLETED);
    }

    @Test
    void thePrimeWorkerPrints163() {
        ScenarioSource s = LIBRARY.find("03-sharing-primes");
        long[] writes = new long[1];
        Run.Result r = Run.run(Machine.initial(Program.compile(s, ScModel.INSTANCE)), Scheduler.named("default", 0),
            1_000_000, e -> {
                if (e.kind() == Event.Kind.WRITE) {
                    writes[0]++;
                }
            });
        assertThat(r.ending()).isEqualTo(Run.Ending.COMPLETED);
        assertThat(r.outcome().toString()).isEqualTo("worker: 163");
        // main wrote the 100,000 primes before anyone else could see the buffer: every write is an
        // event, but none is a scheduling point, so the run is a handful of steps.
        assertThat(writes[0]).isEqualTo(100_000);
        assertThat(r.schedule().size()).isLessThan(10);
    }

    @Test
    void everyScheduleRunsEveryScenarioToAnEnd() {
        for (ScenarioSource s : LIBRARY.list()) {
            if (s.name().startsWith("03")) {
                continue; // 100,000 steps each; covered above
            }
            if (mayLivelockUnderSc(s)) {
                continue; // it says so itself: some schedules spin forever, which is its lesson
            }
            Program p = Program.compile(s, ScModel.INSTANCE);
            for (String schedule : List.of("round-robin", "random")) {
                for (long seed = 0; seed < 3; seed++) {
                    Run.Result r = Run.run(Machine.initial(p), Scheduler.named(schedule, seed), 100_000, e -> { });
                    assertThat(r.ending()).as(s.name() + " " + schedule + " " + seed).isNotEqualTo(Run.Ending.STEP_LIMIT);
                }
            }
        }
    }

    /** A scenario whose own {@code @expect} says a livelock can happen under SC. */
    private static boolean mayLivelockUnderSc(ScenarioSource s) {
        return s.header().expects().stream().anyMatch(e -> e.text().contains("[livelock")
            && e.verdict("sc").filter(v -> v != Verdict.NEVER).isPresent());
    }
}
