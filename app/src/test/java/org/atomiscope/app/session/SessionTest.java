package org.atomiscope.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Run;
import org.atomiscope.machine.Scheduler;
import org.atomiscope.memory.RelaxedModel;
import org.atomiscope.memory.ScModel;
import org.atomiscope.memory.TsoModel;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.Test;

/** The view-model without a window: opening, stepping, lockstep side by side, and moving in time. */
class SessionTest {
    private static Session open(String scenario) {
        Session s = new Session();
        s.open(ScenarioLibrary.fromClasspath().find(scenario));
        return s;
    }

    private static Choice choice(Stepper s, String part) {
        return s.machine().choices().stream().filter(c -> c.label().contains(part)).findFirst()
            .orElseThrow(() -> new AssertionError("no " + part + " among " + s.machine().choices()));
    }

    @Test
    void stepRunsTheDefaultScheduleAndBackAndStepFollowTheRecordedRun() {
        Session s = open("19-reordering-123456-191");
        long before = s.revisionProperty().get();
        while (s.step()) {
            // to the end
        }
        int end = s.position();
        assertThat(s.atEnd()).isTrue();
        assertThat(s.revisionProperty().get()).isGreaterThan(before);
        List<Choice> run = List.copyOf(s.primary().history().schedule());

        s.moveTo(2);
        s.step();
        assertThat(s.position()).isEqualTo(3);
        assertThat(s.length()).isEqualTo(end);
        assertThat(s.primary().history().schedule()).isEqualTo(run.subList(0, 3));
        assertThat(s.back()).isTrue();
        assertThat(s.position()).isEqualTo(2);
    }

    @Test
    void sideBySideTakesEachStepInBothRunsAndMovesThemTogether() {
        Session s = open("50-litmus-sb-plain");
        s.modelProperty().set(TsoModel.INSTANCE);
        s.sideBySideProperty().set(true);
        assertThat(s.reference().model()).isEqualTo(ScModel.INSTANCE);

        s.take(choice(s.primary(), "starts"));
        int guard = 0;
        while (s.primary().machine().choices().stream().noneMatch(c -> c.kind() == Choice.Kind.MEMORY) && guard++ < 20) {
            s.take(s.primary().machine().choices().get(0));
        }
        int both = s.position();
        assertThat(s.reference().history().position()).isEqualTo(s.primary().history().position());

        s.take(choice(s.primary(), "flush"));
        assertThat(s.position()).isEqualTo(both + 1);
        assertThat(s.primary().history().position()).as("the flush moves TSO only")
            .isEqualTo(s.reference().history().position() + 1);

        s.moveTo(1);
        assertThat(s.primary().history().position()).isEqualTo(1);
        assertThat(s.reference().history().position()).isEqualTo(1);
        s.moveTo(both + 1);
        assertThat(s.reference().history().position()).isEqualTo(both);
    }

    @Test
    void switchingTheModelKeepsThePlace() {
        Session s = open("19-reordering-123456-191");
        s.step();
        s.step();
        s.step();
        List<String> labels = s.primary().history().schedule().stream().map(Choice::label).toList();

        s.modelProperty().set(RelaxedModel.INSTANCE);

        assertThat(s.primary().model()).isEqualTo(RelaxedModel.INSTANCE);
        assertThat(s.position()).isEqualTo(3);
        assertThat(s.primary().history().schedule().stream().map(Choice::label).toList()).isEqualTo(labels);
    }

    @Test
    void aSyntaxErrorIsAProblemWithItsPositionAndNoRun() {
        Session s = new Session();
        s.open(ScenarioSource.ofSingleFile("bad.js", "const ia = 1;\nlet x = ;\n"));

        assertThat(s.primary()).isNull();
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.ERROR);
            assertThat(p.pos().line()).isEqualTo(2);
        });
        assertThat(s.step()).isFalse();
    }

    @Test
    void aDeadlockIsAProblem() {
        Session s = open("37-worker-limit-deadlock");
        while (s.step()) {
            // to the end
        }
        assertThat(s.problems()).anySatisfy(p -> assertThat(p.kind()).isEqualTo(Problem.Kind.DEADLOCK));
    }

    @Test
    void stepFollowsTheCommandLinesDefaultScheduleOnEveryLibraryScenario() {
        for (ScenarioSource source : ScenarioLibrary.fromClasspath().list()) {
            Session s = new Session();
            s.open(source);
            Machine start = s.primary().machine();
            List<Choice> cli = Run.run(start, Scheduler.named("default", 0), 400, e -> { }).schedule();
            for (int i = 0; i < cli.size() && s.step(); i++) {
                // as many steps as the command line took (at most 400)
            }
            assertThat(s.primary().history().schedule()).as(source.name()).isEqualTo(cli);
        }
    }

    @Test
    void switchingFromTsoToScKeepsThePlacePastTheFlushes() {
        Session s = open("19-reordering-123456-191");
        s.modelProperty().set(TsoModel.INSTANCE);
        for (int i = 0; i < 9; i++) {
            s.step();
        }
        long flushes = s.primary().history().schedule().stream().filter(c -> c.kind() == Choice.Kind.MEMORY).count();
        assertThat(flushes).isPositive();

        s.modelProperty().set(ScModel.INSTANCE);

        assertThat(s.position()).isEqualTo(9 - flushes);
    }

    @Test
    void aChoiceForARunThatWasReplacedIsIgnored() {
        Session s = open("19-reordering-123456-191");
        Stepper old = s.primary();
        Choice start = old.machine().choices().get(0);
        s.reset();

        s.take(old, start, true);
        s.takeLive(old, start);

        assertThat(s.position()).isZero();
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void replayTakesAWitnessSchedule() {
        Session a = open("19-reordering-123456-191");
        while (a.step()) {
            // record one run
        }
        List<Choice> run = List.copyOf(a.primary().history().schedule());

        Session b = open("19-reordering-123456-191");
        assertThat(b.replay(run)).isEqualTo(run.size());
        assertThat(b.primary().machine().agent(2).console()).isEqualTo(a.primary().machine().agent(2).console());
    }
}
