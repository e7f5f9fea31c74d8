package org.atomiscope.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.machine.Run;
import org.atomiscope.machine.Scheduler;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.Models;
import org.atomiscope.memory.ScModel;
import org.atomiscope.memory.TsoModel;
import org.atomiscope.scenario.ScenarioSource;
import org.atomiscope.stepper.Relations;
import org.atomiscope.vm.Limits;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every library scenario's default run, recorded, written as JSON and read back: the trace read is
 * the one written, event for event. The models take turns across the library so that each is
 * covered without running every scenario three times.
 */
class TraceRoundTripTest {

    @Test
    void theWholeLibraryTakesPart() {
        // ShippedScenariosRunTest asserts the exact count; here, that the factory below is not empty.
        assertThat(TraceTesting.LIBRARY.size()).isGreaterThan(40);
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioRoundTripsThroughJson() {
        List<ScenarioSource> all = TraceTesting.LIBRARY.list();
        return all.stream().map(s -> {
            MemoryModel model = Models.ALL.get(all.indexOf(s) % Models.ALL.size());
            return DynamicTest.dynamicTest(s.name() + " " + model.id(), () -> roundTrip(s, model));
        });
    }

    private static void roundTrip(ScenarioSource s, MemoryModel model) throws TraceException {
        long limit = s.header().maxSteps().orElse((int) Limits.DEFAULT_MAX_STEPS);
        List<Event> seen = new ArrayList<>();
        Run.Result run = Run.run(Machine.initial(Program.compile(s, model)), Scheduler.named("default", 1), limit, seen::add);
        Trace recorded = Trace.record(s, model, run.schedule());
        assertThat(recorded.events()).hasSameSizeAs(seen);

        String json = TraceTesting.write(TraceFormat.JSON, recorded);
        Trace read = TraceFile.parse(json, s.name() + ".json");

        assertThat(read.scenario().files()).isEqualTo(s.files());
        assertThat(read.scenario().mainFile()).isEqualTo(s.mainFile());
        assertThat(read.scenario().header().title()).isEqualTo(s.header().title());
        assertThat(read.scenario().header().expects()).extracting(e -> e.text()).isEqualTo(
            s.header().expects().stream().map(e -> e.text()).toList());
        assertThat(read.modelId()).isEqualTo(model.id());
        assertThat(read.schedule()).isEqualTo(run.schedule());
        // Whole lists at once: 03-sharing-primes has 100,000 events, too many for an assertion each.
        assertThat(read.events().stream().map(Event::toString).toList()).isEqualTo(seen.stream().map(Event::toString).toList());
        assertThat(read.events().stream().map(Event::access).toList()).isEqualTo(seen.stream().map(Event::access).toList());
        assertThat(read.events().stream().map(Event::peers).toList()).isEqualTo(seen.stream().map(Event::peers).toList());
        assertThat(read.arrows()).isEqualTo(Relations.of(seen));
        assertThat(json).contains("\"outcome\": " + quoted(run.outcome().toString()));
        // Written again, the trace read back is the same file (not for 03's 100,000 events: 33 MB, seconds).
        if (seen.size() < 10_000) {
            assertThat(TraceTesting.write(TraceFormat.JSON, read)).isEqualTo(json);
        }
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void ofAndRecordGiveTheSameTrace() {
        ScenarioSource s = TraceTesting.scenario("50-litmus-sb-plain");
        List<Event> seen = new ArrayList<>();
        Run.Result run = Run.run(Machine.initial(Program.compile(s, TsoModel.INSTANCE)), Scheduler.named("random", 7), 1000,
            seen::add);
        Trace of = Trace.of(s, TsoModel.INSTANCE, run.schedule(), seen, run.last());
        Trace withoutEnd = Trace.of(s, TsoModel.INSTANCE, run.schedule(), seen, null);
        Trace recorded = Trace.record(s, TsoModel.INSTANCE, run.schedule());
        assertThat(TraceTesting.write(TraceFormat.JSON, of)).isEqualTo(TraceTesting.write(TraceFormat.JSON, recorded))
            .isEqualTo(TraceTesting.write(TraceFormat.JSON, withoutEnd));
        assertThat(of.model()).isSameAs(TsoModel.INSTANCE);
        assertThat(of.arrows()).isEqualTo(recorded.arrows()).isNotEmpty();
    }

    @Test
    void recordRefusesAChoiceThatIsNotEnabled() {
        ScenarioSource s = TraceTesting.scenario("19-reordering-123456-191");
        List<org.atomiscope.machine.Choice> schedule = new ArrayList<>(TraceTesting.defaultRun(s, ScModel.INSTANCE).schedule());
        // The reader cannot start before main has created it.
        schedule.add(0, new org.atomiscope.machine.Choice(org.atomiscope.machine.Choice.Kind.START, 2, 0, "reader: starts"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Trace.record(s, ScModel.INSTANCE, schedule))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Schedule step 1 (reader: starts) is not possible at that point: the only enabled choice is main: starts.");
    }
}
