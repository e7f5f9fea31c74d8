package org.atomiscope.stepper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.RelaxedModel;
import org.atomiscope.memory.ScModel;
import org.atomiscope.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/** Stepping a real run by hand: forward, back, forward along the recorded steps, and forking. */
class HistoryTest {
    private static History start(String scenario, MemoryModel model) {
        return new History(Machine.initial(Program.compile(ScenarioLibrary.fromClasspath().find(scenario), model)));
    }

    private static Choice choice(History h, String label) {
        return h.current().choices().stream().filter(c -> c.label().equals(label)).findFirst()
            .orElseThrow(() -> new AssertionError("no " + label + " among " + h.current().choices()));
    }

    private static List<String> texts(List<Event> events) {
        return events.stream().map(e -> e.agentName() + ": " + e.text()).toList();
    }

    @Test
    void recordsMachinesChoicesAndEventsPerStep() {
        History h = start("19-reordering-123456-191", ScModel.INSTANCE);
        h.take(choice(h, "main: starts"));
        h.take(choice(h, "writer: starts"));
        h.take(choice(h, "writer: ia[42] = 314159"));

        assertThat(h.position()).isEqualTo(3);
        assertThat(h.length()).isEqualTo(3);
        assertThat(h.schedule()).extracting(Choice::label).containsExactly("main: starts", "writer: starts",
            "writer: ia[42] = 314159");
        assertThat(texts(h.lastEvents())).containsExactly("writer: ia[42] = 314159");
        assertThat(texts(h.eventsOf(1))).contains("main: ia[37] = 163", "main: creates agent reader");
        assertThat(h.events()).hasSize(h.eventsBefore(4));
        assertThat(h.machineAt(0)).isSameAs(h.start());
    }

    @Test
    void stepBackKeepsTheFutureAndTheSameChoiceFollowsIt() {
        History h = start("19-reordering-123456-191", ScModel.INSTANCE);
        h.take(choice(h, "main: starts"));
        h.take(choice(h, "writer: starts"));
        Machine after = h.take(choice(h, "writer: ia[42] = 314159")).machine();
        List<Event> recorded = h.lastEvents();

        h.moveTo(2);
        assertThat(h.canForward()).isTrue();
        assertThat(h.events()).hasSize(h.eventsBefore(3));
        assertThat(h.allEvents()).hasSize(h.eventsBefore(4));

        h.take(choice(h, "writer: ia[42] = 314159"));
        assertThat(h.current()).as("the recorded machine, not a recomputed one").isSameAs(after);
        assertThat(h.lastEvents()).isEqualTo(recorded);
        assertThat(h.length()).isEqualTo(3);
    }

    @Test
    void anotherChoiceAfterAStepBackForksTheRun() {
        History h = start("19-reordering-123456-191", ScModel.INSTANCE);
        h.take(choice(h, "main: starts"));
        h.take(choice(h, "writer: starts"));
        h.take(choice(h, "writer: ia[42] = 314159"));
        h.take(choice(h, "writer: ia[37] = 123456"));
        h.moveTo(2);

        h.take(choice(h, "reader: starts"));

        assertThat(h.length()).isEqualTo(3);
        assertThat(h.canForward()).isFalse();
        assertThat(h.schedule()).extracting(Choice::label).containsExactly("main: starts", "writer: starts", "reader: starts");
        assertThat(texts(h.allEvents())).doesNotContain("writer: ia[42] = 314159");
    }

    @Test
    void aRelaxedReadTakesTheValueChosen() {
        History h = start("19-reordering-123456-191", RelaxedModel.INSTANCE);
        for (String label : List.of("main: starts", "writer: starts", "writer: ia[42] = 314159", "writer: ia[37] = 123456",
                "reader: starts")) {
            h.take(choice(h, label));
        }
        h.take(h.current().choices().stream().filter(c -> c.label().contains("read ia[37] → 123456")).findFirst().orElseThrow());
        Choice stale = h.current().choices().stream().filter(c -> c.label().contains("→ 191")).findFirst().orElseThrow();

        h.take(stale);

        Event read = h.lastEvents().get(0);
        assertThat(read.kind()).isEqualTo(Event.Kind.READ);
        assertThat(read.access().value()).isEqualTo(191);
        assertThat(read.access().atomic()).isFalse();
        assertThat(read.access().index()).isEqualTo(42);
        assertThat(h.current().agent(2).console()).containsExactly("123456 191");
    }

    @Test
    void movingOutsideTheRecordedStepsIsRefused() {
        History h = start("19-reordering-123456-191", ScModel.INSTANCE);
        h.take(choice(h, "main: starts"));

        assertThatThrownBy(() -> h.moveTo(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> h.moveTo(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        h.moveTo(0);
        assertThat(h.current()).isSameAs(h.start());
        assertThat(h.lastEvents()).isEmpty();
    }
}
