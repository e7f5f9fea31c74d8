package org.atomiscope.stepper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.RelaxedModel;
import org.atomiscope.memory.ScModel;
import org.atomiscope.memory.TsoModel;
import org.atomiscope.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/** One schedule on two models: matching choices, and where the runs part. */
class LockstepTest {
    private static History start(String scenario, MemoryModel model) {
        return new History(Machine.initial(Program.compile(ScenarioLibrary.fromClasspath().find(scenario), model)));
    }

    /** Takes a choice in {@code a} and its counterpart in {@code b}. */
    private static void both(History a, History b, java.util.function.Predicate<String> label) {
        Choice c = a.current().choices().stream().filter(x -> label.test(x.label())).findFirst().orElseThrow();
        a.take(c);
        b.take(Lockstep.counterpart(c, b.current()).orElseThrow());
    }

    @Test
    void aStaleRelaxedReadDiffersFromScAndTheConsoleToo() {
        History relaxed = start("19-reordering-123456-191", RelaxedModel.INSTANCE);
        History sc = start("19-reordering-123456-191", ScModel.INSTANCE);
        for (String l : List.of("main: starts", "writer: starts", "writer: ia[42] = 314159", "writer: ia[37] = 123456",
                "reader: starts")) {
            both(relaxed, sc, l::equals);
            assertThat(Lockstep.differences(relaxed.lastEvents(), sc.lastEvents())).as(l).isEmpty();
        }
        both(relaxed, sc, l -> l.contains("read ia[37] → 123456"));
        assertThat(Lockstep.differences(relaxed.lastEvents(), sc.lastEvents())).isEmpty();

        both(relaxed, sc, l -> l.contains("→ 191"));

        List<Lockstep.Difference> d = Lockstep.differences(relaxed.lastEvents(), sc.lastEvents());
        assertThat(d).extracting(x -> x.sentence("Relaxed", "SC")).containsExactly(
            "reader: Relaxed read ia[42] = 191, SC read ia[42] = 314159",
            "reader: Relaxed printed \"123456 191\", SC printed \"123456 314159\"");
    }

    @Test
    void aRelaxedCounterpartIsTheNewestWrite() {
        History sc = start("19-reordering-123456-191", ScModel.INSTANCE);
        History relaxed = start("19-reordering-123456-191", RelaxedModel.INSTANCE);
        for (String l : List.of("main: starts", "writer: starts", "writer: ia[42] = 314159", "reader: starts")) {
            both(sc, relaxed, l::equals);
        }
        both(sc, relaxed, l -> l.startsWith("reader: read ia[37]"));
        both(sc, relaxed, l -> l.startsWith("reader: read ia[42]"));

        assertThat(relaxed.current().agent(2).console()).isEqualTo(sc.current().agent(2).console()).containsExactly("163 314159");
    }

    @Test
    void aFlushHasNoCounterpartUnderSc() {
        History tso = start("50-litmus-sb-plain", TsoModel.INSTANCE);
        History sc = start("50-litmus-sb-plain", ScModel.INSTANCE);
        both(tso, sc, l -> l.endsWith(": starts"));
        while (tso.current().choices().stream().noneMatch(c -> c.kind() == Choice.Kind.MEMORY)) {
            both(tso, sc, l -> true);
        }
        Choice flush = tso.current().choices().stream().filter(c -> c.kind() == Choice.Kind.MEMORY).findFirst().orElseThrow();

        assertThat(flush.label()).contains("flush");
        assertThat(Lockstep.counterpart(flush, sc.current())).isEmpty();
    }

    @Test
    void anAgentThatCannotMoveInTheOtherRunHasNoCounterpart() {
        History sc = start("19-reordering-123456-191", ScModel.INSTANCE);
        History other = start("19-reordering-123456-191", ScModel.INSTANCE);
        sc.take(sc.current().choices().get(0)); // main starts, creating writer and reader

        Choice writerStarts = sc.current().choices().stream().filter(c -> c.label().equals("writer: starts")).findFirst()
            .orElseThrow();
        assertThat(Lockstep.counterpart(writerStarts, other.current())).as("writer does not exist yet there").isEmpty();
    }
}
