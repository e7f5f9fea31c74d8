package org.atomiscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.atomiscope.lang.Pos;
import org.junit.jupiter.api.Test;

class ExpectationTest {
    private static final Pos POS = new Pos("t.js", 1, 1);

    private static Expectation expect(String text) {
        return Expectation.of(text, Map.of("sc", Verdict.NEVER), POS);
    }

    @Test
    void anAgentPartMatchesThatAgentsWholeOutput() {
        Expectation e = expect("reader: 123456 191");
        assertThat(e.matches(Outcome.parse("writer: done; reader: 123456 191"))).isTrue();
        assertThat(e.matches(Outcome.parse("reader: 123456 191; final: ia[37]=123456 [deadlock: x]"))).isTrue();
        assertThat(e.matches(Outcome.parse("reader: 123456 191 | again"))).isFalse();
        assertThat(e.matches(Outcome.parse("reader: 123456 314159"))).isFalse();
        assertThat(e.matches(Outcome.parse("writer: 123456 191"))).isFalse();
        assertThat(e.matches(Outcome.EMPTY)).isFalse();
    }

    @Test
    void everyExpectedPartMustBePresent() {
        Expectation e = expect("main: 163; reader: 123456");
        assertThat(e.matches(Outcome.parse("main: 163; reader: 123456"))).isTrue();
        assertThat(e.matches(Outcome.parse("main: 163; reader: 163"))).isFalse();
        assertThat(e.matches(Outcome.parse("reader: 123456"))).isFalse();
    }

    @Test
    void finalPartsAndStatusesMatchWhole() {
        assertThat(expect("final: ia[112]=5").matches(Outcome.parse("a: x; final: ia[112]=5"))).isTrue();
        assertThat(expect("final: ia[112]=5").matches(Outcome.parse("final: ia[112]=6"))).isFalse();

        Expectation deadlock = expect("[deadlock: a, b]");
        assertThat(deadlock.parts()).containsExactly("[deadlock: a, b]");
        assertThat(deadlock.matches(Outcome.parse("a: waiting; b: waiting [deadlock: a, b]"))).isTrue();
        assertThat(deadlock.matches(Outcome.parse("[deadlock: a]"))).isFalse();
        assertThat(deadlock.matches(Outcome.parse("a: waiting"))).isFalse();

        Expectation threw = expect("main: before [main threw TypeError: cannot wait]");
        assertThat(threw.matches(Outcome.builder().agent("main", "before").agent("w", "x")
                .threw("main", "TypeError: cannot wait").build())).isTrue();
    }

    @Test
    void verdictsHoldOnCounts() {
        assertThat(Verdict.NEVER.holds(0, 5)).isTrue();
        assertThat(Verdict.NEVER.holds(1, 5)).isFalse();
        assertThat(Verdict.SOMETIMES.holds(1, 5)).isTrue();
        assertThat(Verdict.SOMETIMES.holds(5, 5)).isTrue();
        assertThat(Verdict.SOMETIMES.holds(0, 5)).isFalse();
        assertThat(Verdict.ALWAYS.holds(5, 5)).isTrue();
        assertThat(Verdict.ALWAYS.holds(4, 5)).isFalse();
        assertThat(Verdict.ALWAYS.holds(0, 0)).isFalse();
        assertThat(Verdict.of(0, 3)).isEqualTo(Verdict.NEVER);
        assertThat(Verdict.of(2, 3)).isEqualTo(Verdict.SOMETIMES);
        assertThat(Verdict.of(3, 3)).isEqualTo(Verdict.ALWAYS);
    }

    @Test
    void printsAsAHeaderLine() {
        Expectation e = Expectation.of("main: say \"hi\"", Map.of("relaxed", Verdict.SOMETIMES), POS);
        assertThat(e).hasToString("@expect \"main: say \\\"hi\\\"\"  relaxed: sometimes");
        assertThat(e.verdict("relaxed")).hasValue(Verdict.SOMETIMES);
        assertThat(e.verdict("sc")).isEmpty();
    }

    @Test
    void rejectsEmptyTextsAndUnknownModels() {
        assertThatThrownBy(() -> expect("")).hasMessageStartingWith("The expected outcome is empty");
        assertThatThrownBy(() -> Expectation.of("a: 1", Map.of("arm", Verdict.NEVER), POS))
                .hasMessage("Unknown memory model 'arm': the models are sc, tso and relaxed.");
    }
}
