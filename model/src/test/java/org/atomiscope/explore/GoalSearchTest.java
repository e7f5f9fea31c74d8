package org.atomiscope.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atomiscope.memory.ModelRuns.RELAXED;
import static org.atomiscope.memory.ModelRuns.SC;
import static org.atomiscope.memory.ModelRuns.library;
import static org.atomiscope.memory.ModelRuns.replay;

import org.atomiscope.machine.AgentState;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.scenario.Goal;
import org.junit.jupiter.api.Test;

/**
 * Challenges: a goal's search from the start finds a schedule that meets it, from the middle of a run
 * it knows when the goal has slipped out of reach, and at the end it tells a met goal from a missed one.
 */
class GoalSearchTest {

    private static Goal goal(Program p) {
        return p.source.header().goals().get(0);
    }

    @Test
    void fromTheStartTheDeadlockIsReachableAndItsPathEndsInOne() {
        Program p = library("39-two-locks-deadlock", SC);
        GoalSearch.Answer a = GoalSearch.from(Machine.initial(p), goal(p), GoalSearch.MAX_STATES, null);
        assertThat(a.status()).isEqualTo(GoalSearch.Status.REACHABLE);
        assertThat(a.next()).isEqualTo(a.path().get(0));
        Machine end = replay(p, a.path());
        assertThat(GoalSearch.reached(end, goal(p))).isTrue();
        assertThat(end.blockedForever()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void onceOneAgentHoldsBothLocksTheDeadlockIsOutOfReach() {
        Program p = library("39-two-locks-deadlock", SC);
        Machine m = Machine.initial(p);
        // Let only main and then a move until a has both locks (it prints then).
        while (console(m, "a").isEmpty()) {
            int a = agentIndex(m, "a");
            Choice next = m.choices().stream().filter(c -> a < 0 || c.agent() == a).findFirst().orElseThrow();
            m = m.take(next).machine();
        }
        GoalSearch.Answer answer = GoalSearch.from(m, goal(p), GoalSearch.MAX_STATES, null);
        assertThat(answer.status()).isEqualTo(GoalSearch.Status.UNREACHABLE);
        assertThat(answer.next()).isNull();
    }

    @Test
    void fromPartwayThroughARunThePathStartsThereAndGetsThere() {
        Program p = library("09-lost-update-counter", SC);
        Goal fiveNotSix = goal(p);
        Machine m = Machine.initial(p);
        for (int i = 0; i < 4; i++) { // main starts both agents, a starts and reads
            m = m.take(m.choices().get(0)).machine();
        }
        GoalSearch.Answer a = GoalSearch.from(m, fiveNotSix, GoalSearch.MAX_STATES, null);
        assertThat(a.status()).isEqualTo(GoalSearch.Status.REACHABLE);
        Machine end = m;
        for (Choice c : a.path()) {
            end = end.take(c).machine();
        }
        assertThat(GoalSearch.reached(end, fiveNotSix)).isTrue();
        assertThat(GoalSearch.reached(m, fiveNotSix)).isFalse();
    }

    @Test
    void aProgressThatThrowsStopsTheSearch() {
        // Three agents incrementing plainly: far more states than one progress report apart.
        Program p = org.atomiscope.memory.ModelRuns.program("""
                const ia = new Int32Array(new SharedArrayBuffer(8));
                for (const n of ['a', 'b', 'c']) agent(n, () => { for (let i = 0; i < 3; i++) ia[0]++; });
                """, RELAXED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GoalSearch.from(Machine.initial(p), Goal.of("deadlock", null),
                GoalSearch.MAX_STATES, (states, transitions) -> {
                    throw new java.util.concurrent.CancellationException("stop");
                })).isInstanceOf(java.util.concurrent.CancellationException.class);
    }

    @Test
    void theEndOfARunEitherMeetsTheGoalOrMissesIt() {
        Program p = library("09-lost-update-counter", SC);
        Goal fiveNotSix = goal(p);
        Machine sequential = Machine.initial(p);
        while (!sequential.isTerminal()) {
            sequential = sequential.take(sequential.choices().get(0)).machine();
        }
        assertThat(GoalSearch.from(sequential, fiveNotSix, GoalSearch.MAX_STATES, null).status())
                .isEqualTo(GoalSearch.Status.UNREACHABLE);
        GoalSearch.Answer fromStart = GoalSearch.from(Machine.initial(p), fiveNotSix, GoalSearch.MAX_STATES, null);
        Machine lost = replay(p, fromStart.path());
        assertThat(GoalSearch.from(lost, fiveNotSix, GoalSearch.MAX_STATES, null).status())
                .isEqualTo(GoalSearch.Status.REACHED);
    }

    @Test
    void theReorderingChallengeNeedsTheRelaxedModel() {
        Program relaxed = library("19-reordering-123456-191", RELAXED);
        assertThat(relaxed.source.header().model()).isEqualTo("relaxed");
        assertThat(GoalSearch.from(Machine.initial(relaxed), goal(relaxed), GoalSearch.MAX_STATES, null).status())
                .isEqualTo(GoalSearch.Status.REACHABLE);
        Program sc = library("19-reordering-123456-191", SC);
        assertThat(GoalSearch.from(Machine.initial(sc), goal(sc), GoalSearch.MAX_STATES, null).status())
                .isEqualTo(GoalSearch.Status.UNREACHABLE);
    }

    @Test
    void aTinyStateLimitGivesNoAnswerRatherThanAWrongOne() {
        Program p = library("09-lost-update-counter", SC);
        GoalSearch.Answer a = GoalSearch.from(Machine.initial(p), goal(p), 5, null);
        assertThat(a.status()).isEqualTo(GoalSearch.Status.UNKNOWN);
        assertThat(a.path()).isEmpty();
    }

    private static int agentIndex(Machine m, String name) {
        for (int i = 0; i < m.agents().size(); i++) {
            if (m.agent(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String console(Machine m, String name) {
        int i = agentIndex(m, name);
        return i < 0 ? "" : String.join("\n", m.agent(i).console());
    }
}
