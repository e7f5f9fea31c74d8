package org.atomiscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutcomeTest {

    @Test
    void printsTheLineFormat() {
        Outcome o = Outcome.builder()
                .agent("main", "now 0", "later 2", "prop undefined")
                .agent("silent", List.of())
                .agent("worker", "updated in worker")
                .finalValue("ia[0]", "2").finalValue("ia[1]", "2")
                .deadlocked("a", "b")
                .livelocked("c")
                .threw("d", "TypeError: message")
                .stepLimit()
                .build();
        assertThat(o).hasToString("main: now 0 | later 2 | prop undefined; worker: updated in worker;"
                + " final: ia[0]=2 ia[1]=2 [deadlock: a, b] [livelock: c] [d threw TypeError: message] [step limit]");
        assertThat(o.parts()).containsExactly("main: now 0 | later 2 | prop undefined", "worker: updated in worker",
                "final: ia[0]=2 ia[1]=2", "[deadlock: a, b]", "[livelock: c]", "[d threw TypeError: message]",
                "[step limit]");
        assertThat(o.agents()).extracting(Outcome.AgentLines::agent).containsExactly("main", "worker");
        assertThat(o.linesOf("main")).containsExactly("now 0", "later 2", "prop undefined");
        assertThat(o.linesOf("silent")).isEmpty();
        assertThat(o.clean()).isFalse();
    }

    @Test
    void smallOutcomes() {
        assertThat(Outcome.EMPTY).hasToString("");
        assertThat(Outcome.EMPTY.parts()).isEmpty();
        assertThat(Outcome.builder().deadlocked("main").build()).hasToString("[deadlock: main]");
        assertThat(Outcome.builder().agent("reader", "123456 191").build()).hasToString("reader: 123456 191");
        assertThat(Outcome.builder().finalValue("ia[112]", "5").build()).hasToString("final: ia[112]=5");
        assertThat(Outcome.builder().agent("reader", "1").build().clean()).isTrue();
    }

    @Test
    void agentsThatPrintedNothingAreNotPartOfTheValue() {
        Outcome a = Outcome.builder().agent("main", List.of()).agent("reader", "1").build();
        Outcome b = Outcome.builder().agent("reader", "1").build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "main: now 0 | later 2 | prop undefined; worker: updated in worker",
            "reader: 123456 191",
            "writer: 163; reader: 123456",
            "final: ia[112]=6",
            "main: 5; final: ia[0]=2 ia[1]=2 s=hello",
            "[deadlock: reader]",
            "[deadlock: a, b] [livelock: c] [d threw TypeError: message] [step limit]",
            "main: TypeError | main continues [worker#2 threw RangeError: index 112 is out of range]",
            // Console text that looks like the separators stays console text.
            "main: [ 1, 2 ] | [deadlock | a; b; worker: x [y]",
            "main: a; b [main threw Error: bad [index] here]",
            "main:  | ",
            "main: x; final: v=a b"
    })
    void parseInvertsToString(String line) {
        Outcome o = Outcome.parse(line);
        assertThat(o.toString()).isEqualTo(line);
        assertThat(Outcome.parse(o.toString())).isEqualTo(o);
    }

    @Test
    void parseReadsTheStructure() {
        Outcome o = Outcome.parse("main: [ 1, 2 ] | a; b; worker: x; final: ia[0]=2 ia[1]=-1"
                + " [deadlock: a, b] [main threw TypeError: x[0] is undefined]");
        assertThat(o.linesOf("main")).containsExactly("[ 1, 2 ]", "a; b");
        assertThat(o.linesOf("worker")).containsExactly("x");
        assertThat(o.finalValues()).containsExactly("ia[0]=2", "ia[1]=-1");
        assertThat(o.deadlocked()).containsExactly("a", "b");
        assertThat(o.threw()).containsExactly(new Outcome.Threw("main", "TypeError: x[0] is undefined"));
        assertThat(o.stepLimit()).isFalse();
    }

    @Test
    void partialOutcomesParseInAnyOrder() {
        Outcome o = Outcome.parse("final: ia[112]=5; reader: 1");
        assertThat(o.parts()).containsExactlyInAnyOrder("reader: 1", "final: ia[112]=5");
    }

    @Test
    void malformedLinesAreSentences() {
        assertThatThrownBy(() -> Outcome.parse("123456 191"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("\"123456 191\" is not an agent's output");
        assertThatThrownBy(() -> Outcome.parse("a: 1; a: 2"))
                .hasMessage("The agent a appears twice in \"a: 1; a: 2\"; write all its lines in one part,"
                        + " joined by \" | \".");
        assertThatThrownBy(() -> Outcome.parse("final: x=1; final: y=2"))
                .hasMessage("The outcome \"final: x=1; final: y=2\" has two final parts; write one.");
        assertThatThrownBy(() -> Outcome.parse("final: nothing"))
                .hasMessage("The final part of \"final: nothing\" has \"nothing\", which is not expr=value.");
    }
}
