package org.atomiscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.atomiscope.app.challenge.ChallengeCard;
import org.atomiscope.app.export.Exports;
import org.atomiscope.app.session.Session;
import org.atomiscope.app.settings.Settings;
import org.atomiscope.explore.GoalSearch;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Machine;
import org.atomiscope.memory.RelaxedModel;
import org.atomiscope.memory.ScModel;
import org.atomiscope.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Challenges played through the real window (headless): the card states the goal and its model, the
 * step buttons above the code play the schedule, the card counts the steps and says when the goal is
 * met or missed, and the Hint button names a step that leads there.
 */
@ExtendWith(ApplicationExtension.class)
class ChallengeInTheWindowTest {
    @TempDir
    static Path home;

    @TempDir
    Path out;

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(ScenarioLibrary.fromClasspath(), Settings.load(Files.createTempDirectory(home, "settings")));
        window.showIn(stage, 1400, 900);
    }

    private Session session() {
        return window.session();
    }

    private ChallengeCard card() {
        return window.notes().challenge();
    }

    private void open(FxRobot robot, String name) {
        robot.interact(() -> window.open(ScenarioLibrary.fromClasspath().find(name)));
    }

    private String status(FxRobot robot) {
        return robot.lookup("#challenge-status").queryAs(Label.class).getText();
    }

    /** Presses Hint and waits for the search's sentence. */
    private String hint(FxRobot robot) throws Exception {
        robot.clickOn("#challenge-hint-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !card().hintText().isEmpty()
            && !card().hintText().startsWith("Looking"));
        return card().hintText();
    }

    /** Clicks the step button with this label, as a user does. */
    private void press(FxRobot robot, String label) {
        Button b = robot.lookup(".choice").queryAllAs(Button.class).stream()
            .filter(x -> x.isVisible() && x.getText().equals(label)).findFirst()
            .orElseThrow(() -> new AssertionError("no step button \"" + label + "\"; on offer: "
                + robot.lookup(".choice").queryAllAs(Button.class).stream().map(Button::getText).toList()));
        robot.clickOn(b);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String labelIn(String hint) {
        int open = hint.indexOf('“');
        int close = hint.indexOf('”', open);
        assertThat(open).as(hint).isNotNegative();
        return hint.substring(open + 1, close);
    }

    @Test
    void followingTheHintsDeadlocksTheTwoLocks(FxRobot robot) throws Exception {
        open(robot, "39-two-locks-deadlock");
        assertThat(robot.lookup("#challenge").query().isVisible()).isTrue();
        assertThat(robot.lookup(".challenge-goal").queryAs(Label.class).getText())
            .isEqualTo("Make the agents deadlock: leave them waiting for each other forever.");
        assertThat(status(robot)).startsWith("Pick each step yourself");

        // The first hint is the first step of a schedule the explorer finds from the start.
        Machine start = session().primary().history().current();
        GoalSearch.Answer plan = GoalSearch.from(start, session().scenario().header().goals().get(0), GoalSearch.MAX_STATES, null);
        String first = hint(robot);
        assertThat(first).isEqualTo("Next, take “" + plan.next().label() + "”. The explorer's way on from there takes "
            + (plan.path().size() - 1) + " steps.");

        for (int turn = 0; turn < 40 && !status(robot).startsWith("Reached"); turn++) {
            String h = turn == 0 ? first : hint(robot);
            press(robot, labelIn(h));
            if (!status(robot).startsWith("Reached")) {
                assertThat(status(robot)).isEqualTo("Step " + session().position() + ": not there yet.");
            }
        }

        assertThat(status(robot)).isEqualTo("Reached in " + session().position()
            + " steps! Every agent still waiting will wait forever.");
        assertThat(session().primary().machine().blockedForever()).containsExactlyInAnyOrder("a", "b");
        assertThat(robot.lookup("#challenge-status").query().getStyleClass()).contains("challenge-reached");
        assertThat(hint(robot)).isEqualTo("You are there already.");
    }

    @Test
    void losingAnUpdateByHandAndMissingItByDefault(FxRobot robot) throws Exception {
        open(robot, "09-lost-update-counter");
        assertThat(robot.lookup(".challenge-outcome").queryAs(Label.class).getText()).isEqualTo("final: ia[112]=5");

        // The simulator's own schedule runs one agent after the other: all six increments land.
        robot.interact(() -> {
            while (session().step()) {
                // to the end
            }
        });
        assertThat(status(robot)).startsWith("The run ended after " + session().position()
            + " steps without reaching the goal.");
        assertThat(hint(robot)).startsWith("From here the goal is out of reach");

        // Back to the start, then a schedule that loses one update, played on the step buttons.
        robot.clickOn("#challenge-hint-button"); // a pending hint must not land after the reset
        robot.interact(() -> session().reset());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !card().isSearching());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card().hintText()).isEmpty();
        Machine start = session().primary().history().current();
        List<Choice> plan = GoalSearch.from(start, session().scenario().header().goals().get(0), GoalSearch.MAX_STATES, null).path();
        assertThat(labelIn(hint(robot))).isEqualTo(plan.get(0).label());
        Machine m = start;
        for (Choice c : plan) {
            press(robot, c.label());
            m = m.take(c).machine();
            assertThat(session().primary().history().current().sameState(m)).isTrue();
        }

        assertThat(status(robot)).isEqualTo("Reached in " + plan.size() + " steps! The run ended with final: ia[112]=5.");
        assertThat(session().position()).isEqualTo(plan.size());
    }

    @Test
    void aTraceOfAChallengeOpensUnderTheTracesModelNotTheChallenges(FxRobot robot) throws Exception {
        open(robot, "19-reordering-123456-191"); // a challenge under relaxed
        robot.interact(() -> {
            session().modelProperty().set(ScModel.INSTANCE);
            while (session().step()) {
                // to the end, under SC
            }
        });
        Path file = out.resolve("mp-sc.trace.json");
        robot.interact(() -> window.export(Exports.Kind.TRACE_JSON, file));

        robot.interact(() -> window.openLocation(file.toString()));

        assertThat(session().primary().model()).isEqualTo(ScModel.INSTANCE);
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("under SC");
        assertThat(status(robot)).isEqualTo("Waiting: switch to " + RelaxedModel.INSTANCE.shortName() + " to play.");
    }

    @Test
    void aChallengeOpensUnderItsModelAndSaysSoWhenTheModelChanges(FxRobot robot) {
        robot.interact(() -> session().modelProperty().set(ScModel.INSTANCE));
        open(robot, "19-reordering-123456-191");
        assertThat(session().primary().model()).isEqualTo(RelaxedModel.INSTANCE);
        assertThat(robot.lookup(".challenge-heading").queryAs(Label.class).getText())
            .isEqualTo("Challenge, under " + RelaxedModel.INSTANCE.shortName());
        assertThat(robot.lookup("#challenge-switch-model").query().isVisible()).isFalse();

        robot.interact(() -> session().modelProperty().set(ScModel.INSTANCE));
        Hyperlink link = robot.lookup("#challenge-switch-model").queryAs(Hyperlink.class);
        assertThat(link.isVisible()).isTrue();
        assertThat(status(robot)).isEqualTo("Waiting: switch to " + RelaxedModel.INSTANCE.shortName() + " to play.");
        assertThat(robot.lookup("#challenge-hint-button").queryButton().isDisabled()).isTrue();
        robot.clickOn(link);
        assertThat(session().primary().model()).isEqualTo(RelaxedModel.INSTANCE);
        assertThat(robot.lookup("#challenge-hint-button").queryButton().isDisabled()).isFalse();

        // A scenario without a goal has no card, and opens under the model the user chose last (SC),
        // not under the model a challenge opened with.
        robot.interact(() -> session().modelProperty().set(ScModel.INSTANCE));
        open(robot, "19-reordering-123456-191");
        assertThat(session().primary().model()).isEqualTo(RelaxedModel.INSTANCE);
        open(robot, "10-counter-atomics-add");
        assertThat(robot.lookup("#challenge").query().isVisible()).isFalse();
        assertThat(session().primary().model()).isEqualTo(ScModel.INSTANCE);
    }
}
