package org.atomiscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.atomiscope.explore.Explorer;
import org.atomiscope.explore.GoalSearch;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.Models;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The course's broken-and-fixed pairs: each broken scenario's failure is its first {@code @goal}; the
 * explorer finds a schedule that reaches it under the scenario's model (replayed here, it does), and
 * the fixed scenario reaches it under no model at all.
 */
class CourseTest {
    private static final ScenarioLibrary LIBRARY =
            ScenarioLibrary.fromDirectory(Path.of("..", "scenarios", "library"));

    /** Broken, then fixed. The building blocks first: the issue asks this of every one of them. */
    static Stream<Arguments> pairs() {
        return Stream.of(
                pair("27-mutex-broken", "28-mutex"),
                pair("29-condition-variable-broken", "30-condition-variable"),
                pair("31-barrier-broken", "32-barrier"),
                pair("33-asymmetric-barrier-broken", "34-asymmetric-barrier"),
                pair("35-synchronic-broken", "36-synchronic"),
                pair("09-lost-update-counter", "10-counter-atomics-add"),
                pair("13-torn-float64", "14-float64-published"),
                pair("15-mixed-size-race", "16-same-size-atomics"),
                // 20 prints the two values on two lines: its spelling of the same failure.
                Arguments.of("19-reordering-123456-191", "20-reordering-fixed-atomic-flag", "reader: 123456 | 191"),
                pair("23-lost-wake-up", "24-wait-checks-value"),
                pair("39-two-locks-deadlock", "40-two-locks-one-order"));
    }

    private static ScenarioSource scenario(String name) {
        return LIBRARY.named(name).orElseThrow(() -> new AssertionError("no scenario " + name + " in the library"));
    }

    private static Arguments pair(String broken, String fixed) {
        return Arguments.of(broken, fixed, null);
    }

    @ParameterizedTest(name = "{0} fails, {1} does not")
    @MethodSource("pairs")
    void theBrokenOneFailsAndTheFixedOneNeverDoes(String brokenName, String fixedName, String fixedSpelling) {
        ScenarioSource broken = scenario(brokenName);
        assertThat(broken.header().goals()).as(brokenName + " names its failure as a @goal").isNotEmpty();
        Goal failure = broken.header().goals().get(0);
        MemoryModel model = Models.byId(broken.header().model()).orElseThrow();

        Program p = Program.compile(broken, model);
        Explorer.Result explored = Explorer.explore(p, Explorer.DEFAULT_MAX_STATES, null);
        assertThat(explored.complete()).isTrue();
        Explorer.Found witness = GoalSearch.witness(explored, failure)
                .orElseThrow(() -> new AssertionError(brokenName + ": no schedule reaches " + failure.text()));
        Machine end = Machine.initial(p);
        for (Choice c : witness.witness()) {
            end = end.take(c).machine();
        }
        assertThat(GoalSearch.reached(end, failure)).as(brokenName + "'s witness, replayed").isTrue();

        ScenarioSource fixed = scenario(fixedName);
        Goal same = fixedSpelling == null ? failure : Goal.of(fixedSpelling, failure.pos());
        for (MemoryModel m : Models.ALL) {
            Explorer.Result r = Explorer.explore(Program.compile(fixed, m), Explorer.DEFAULT_MAX_STATES, null);
            assertThat(r.complete()).as(fixedName + " under " + m.id()).isTrue();
            List<String> failing = r.outcomes().stream().filter(f -> same.matches(f.outcome()))
                    .map(f -> f.outcome().toString()).toList();
            assertThat(failing).as(fixedName + " under " + m.id() + " must never " + same.text()).isEmpty();
            // "Never" must not come from a spelling the fixed scenario cannot produce: each agent (or
            // final part) the failure names shows up in the fixed scenario's outcomes.
            for (String part : same.parts()) {
                if (!part.startsWith("[")) {
                    String who = part.substring(0, part.indexOf(':') + 1);
                    assertThat(r.outcomes()).as(fixedName + " prints as " + who)
                            .anyMatch(f -> f.outcome().parts().stream().anyMatch(q -> q.startsWith(who)));
                }
            }
        }
    }
}
