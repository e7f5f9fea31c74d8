package org.atomiscope.app.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.atomiscope.app.console.ConsoleView;
import org.atomiscope.app.session.Problem;
import org.atomiscope.app.session.Session;
import org.atomiscope.memory.RelaxedModel;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class OutcomesViewTest {
    /** Six writers of ten plain stores each: millions of interleavings, far past any state limit. */
    private static final String BIG = "const ia = new Int32Array(new SharedArrayBuffer(64));\n"
        + "agent('a', () => { for (let i = 0; i < 10; i++) ia[0] = i; });\n"
        + "agent('b', () => { for (let i = 0; i < 10; i++) ia[1] = i; });\n"
        + "agent('c', () => { for (let i = 0; i < 10; i++) ia[2] = i; });\n"
        + "agent('d', () => { for (let i = 0; i < 10; i++) ia[3] = i; });\n"
        + "agent('e', () => { for (let i = 0; i < 10; i++) ia[4] = i; });\n"
        + "agent('f', () => { for (let i = 0; i < 10; i++) ia[5] = i; });\n";

    private Session session;
    private OutcomesView view;
    private ConsoleView console;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = new Session();
        session.open(ScenarioLibrary.fromClasspath().find("19-reordering-123456-191"));
        view = new OutcomesView(session);
        console = new ConsoleView(session);
        stage.setScene(new Scene(new VBox(view.node(), console.node()), 1000, 600));
        stage.show();
    }

    private void exploreAndWait(FxRobot robot) throws Exception {
        ExploreTask[] task = new ExploreTask[1];
        robot.interact(() -> task[0] = view.explore());
        assertThat(task[0]).isNotNull();
        assertThat(task[0].awaitStopped(60, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.isRunning());
        // Lay the table out now rather than at the next pulse, so its cells exist for the lookups.
        robot.interact(() -> {
            view.node().getScene().getRoot().applyCss();
            view.node().getScene().getRoot().layout();
        });
    }

    private OutcomeRow row(String outcome) {
        return view.rows().stream().filter(r -> r.outcome().equals(outcome)).findFirst().orElseThrow();
    }

    @Test
    void exploringFillsTheTableForEveryModel(FxRobot robot) throws Exception {
        assertThat(view.rows()).isEmpty();
        exploreAndWait(robot);

        assertThat(view.rows()).extracting(OutcomeRow::outcome).containsExactlyInAnyOrder(
            "reader: 163 191", "reader: 163 314159", "reader: 123456 314159", "reader: 123456 191");
        TableView<?> table = robot.lookup("#outcomes-table").queryTableView();
        assertThat(table.getItems()).hasSize(4);
        OutcomeRow stale = row("reader: 123456 191");
        assertThat(stale.count("sc")).isZero();
        assertThat(stale.count("tso")).isZero();
        assertThat(stale.count("relaxed")).isPositive();
        for (String other : List.of("reader: 163 191", "reader: 163 314159", "reader: 123456 314159")) {
            assertThat(row(other).count("sc")).isPositive();
            assertThat(row(other).count("tso")).isPositive();
            assertThat(row(other).count("relaxed")).isPositive();
        }
        // The scenario's @expect lines all hold: only ✓ marks, no banner.
        assertThat(robot.lookup(".expect-mark.holds").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".expect-mark.fails").queryAllAs(Node.class)).filteredOn(Node::isVisible).isEmpty();
        assertThat(robot.lookup("#outcomes-banner").query().isVisible()).isFalse();
        assertThat(robot.lookup(".outcome-count").queryAllAs(Labeled.class)).extracting(Labeled::getText)
            .contains("—").anyMatch(t -> t.matches("\\d+ states?"));
        assertThat(robot.lookup("#outcomes-status").queryLabeled().getText()).startsWith("4 outcomes");
    }

    @Test
    void replayLoadsTheWitnessUnderItsModel(FxRobot robot) throws Exception {
        exploreAndWait(robot);

        boolean[] replayed = new boolean[1];
        robot.interact(() -> replayed[0] = view.replay("reader: 123456 191", "relaxed"));

        assertThat(replayed[0]).isTrue();
        assertThat(session.modelProperty().get()).isEqualTo(RelaxedModel.INSTANCE);
        assertThat(session.primary().machine().isTerminal()).isTrue();
        assertThat(session.primary().machine().agents())
            .filteredOn(a -> a.name().equals("reader"))
            .singleElement().satisfies(a -> assertThat(a.console()).containsExactly("123456 191"));
        assertThat(console.lines()).containsExactly("reader: 123456 191");
        // Replaying keeps the table: the scenario did not change.
        assertThat(view.rows()).hasSize(4);
        // Never reached under SC: nothing to replay.
        assertThat(view.replay("reader: 123456 191", "sc")).isFalse();
    }

    @Test
    void theReplayButtonReplaysToo(FxRobot robot) throws Exception {
        exploreAndWait(robot);

        Node button = robot.lookup(".replay-button").queryAll().stream().filter(Node::isVisible).findFirst().orElseThrow();
        robot.clickOn(button);

        assertThat(session.primary().machine().isTerminal()).isTrue();
        assertThat(console.lines()).hasSize(1);
    }

    @Test
    void cancellingStopsTheSearchAndKeepsTheWindowUsable(FxRobot robot) throws Exception {
        robot.interact(() -> session.open(ScenarioSource.ofSingleFile("big.js", BIG)));
        ExploreTask[] task = new ExploreTask[1];
        robot.interact(() -> task[0] = view.explore());
        // Wait for the first progress report, so the search is really under way.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
            () -> robot.lookup("#outcomes-status").queryLabeled().getText().endsWith("states"));
        assertThat(robot.lookup("#cancel-button").query().isVisible()).isTrue();
        assertThat(robot.lookup("#explore-button").query().isDisabled()).isTrue();

        robot.clickOn("#cancel-button");

        assertThat(task[0].awaitStopped(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task[0].isCancelled()).isTrue();
        assertThat(view.isRunning()).isFalse();
        assertThat(view.rows()).isEmpty();
        assertThat(robot.lookup("#outcomes-status").queryLabeled().getText()).isEqualTo("Exploring was cancelled.");
        assertThat(robot.lookup("#explore-button").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#cancel-button").query().isVisible()).isFalse();
    }

    @Test
    void anIncompleteExplorationSaysSo(FxRobot robot) throws Exception {
        robot.interact(() -> {
            session.open(ScenarioSource.ofSingleFile("big.js", BIG));
            view.maxStates(300);
        });
        exploreAndWait(robot);

        assertThat(robot.lookup("#outcomes-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup(".banner-line").queryAllAs(Labeled.class)).extracting(Labeled::getText)
            .singleElement().asString().contains("incomplete under SC, TSO and Relaxed").contains("state limit of 300");
    }

    @Test
    void aNewScenarioClearsTheResults(FxRobot robot) throws Exception {
        exploreAndWait(robot);
        assertThat(view.rows()).hasSize(4);

        robot.interact(() -> session.open(ScenarioLibrary.fromClasspath().find("53-litmus-mp-plain")));

        assertThat(view.rows()).isEmpty();
        assertThat(robot.lookup("#outcomes-table").queryTableView().getItems()).isEmpty();
    }

    @Test
    void deadlocksFoundGoToTheProblems(FxRobot robot) throws Exception {
        robot.interact(() -> session.open(ScenarioLibrary.fromClasspath().find("37-worker-limit-deadlock")));
        exploreAndWait(robot);

        // One problem for the three models: the same agents block at the same places.
        assertThat(session.problems()).filteredOn(p -> p.kind() == Problem.Kind.DEADLOCK).singleElement()
            .satisfies(p -> {
                assertThat(p.message()).contains("waiter1 waits on ia[0] at 34:5 and waiter2 waits on ia[0] at 38:5")
                    .contains("waker was created at 41:1 but never started");
                assertThat(p.replayable()).isTrue();
                assertThat(p.pos().line()).isEqualTo(34);
            });
    }

    @Test
    void expectationsThatFailAreMarked(FxRobot robot) throws Exception {
        robot.interact(() -> session.open(ScenarioSource.ofSingleFile("wrong.js", "/**\n"
            + " * @expect \"main: 1\"  sc: never\n"
            + " * @expect \"main: 2\"  sc: sometimes\n"
            + " */\n"
            + "console.log(1);\n")));
        exploreAndWait(robot);

        assertThat(view.rows()).extracting(OutcomeRow::outcome).containsExactly("main: 1");
        assertThat(robot.lookup(".expect-mark.fails").queryAllAs(Node.class)).filteredOn(Node::isVisible).hasSize(1);
        assertThat(robot.lookup(".banner-line").queryAllAs(Labeled.class)).extracting(Labeled::getText)
            .containsExactly("Expected \"main: 2\" sometimes under SC, but no execution has it.");
    }

    @Test
    void aScenarioThatDoesNotCompileCannotBeExplored(FxRobot robot) {
        robot.interact(() -> session.open(ScenarioSource.ofSingleFile("bad.js", "let x = ;")));

        assertThat(robot.lookup("#explore-button").query().isDisabled()).isTrue();
        assertThat(view.explore()).isNull();
    }
}
