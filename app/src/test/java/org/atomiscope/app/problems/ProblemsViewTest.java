package org.atomiscope.app.problems;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.atomiscope.app.session.Problem;
import org.atomiscope.app.session.Session;
import org.atomiscope.lang.Pos;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ProblemsViewTest {
    private Session session;
    private ProblemsView view;
    private final List<Pos> wentTo = new ArrayList<>();
    private final List<Problem> replayed = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = new Session();
        session.open(ScenarioLibrary.fromClasspath().find("19-reordering-123456-191"));
        view = new ProblemsView(session, wentTo::add, replayed::add);
        stage.setScene(new Scene(new StackPane(view.node()), 700, 250));
        stage.show();
    }

    @Test
    void saysNoProblemsWhenThereAreNone(FxRobot robot) {
        assertThat(robot.lookup("#problems-list").queryListView().getItems()).isEmpty();
        assertThat(robot.lookup("#problems-empty").queryAs(Label.class).getText()).isEqualTo("No problems");
        assertThat(view.count().get()).isZero();
    }

    @Test
    void aSyntaxErrorShowsWithItsPlaceAndClickingGoesThere(FxRobot robot) throws Exception {
        robot.interact(() -> session.open(ScenarioSource.ofSingleFile("bad.js", "let x = ;")));

        ListView<Problem> list = robot.lookup("#problems-list").queryListView();
        assertThat(list.getItems()).hasSize(1);
        assertThat(list.getItems().get(0).kind()).isEqualTo(Problem.Kind.ERROR);
        assertThat(view.count().get()).isEqualTo(1);
        // The cell's content comes with the next layout pulse.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".problem-where").tryQuery().isPresent());
        assertThat(robot.lookup(".problem-where").queryLabeled().getText()).startsWith("bad.js:1:");
        assertThat(robot.lookup(".problem-message").queryLabeled().getText()).isNotBlank();

        robot.clickOn(robot.lookup(".problem-message").queryAs(Node.class));

        assertThat(wentTo).hasSize(1);
        assertThat(wentTo.get(0).line()).isEqualTo(1);
        assertThat(wentTo.get(0).file()).isEqualTo("bad.js");
    }

    @Test
    void enterGoesToTheSelectedProblem(FxRobot robot) {
        robot.interact(() -> session.open(ScenarioSource.ofSingleFile("bad.js", "const a = 1;\nlet x = ;")));
        ListView<Problem> list = robot.lookup("#problems-list").queryListView();
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });

        robot.type(KeyCode.ENTER);

        assertThat(wentTo).extracting(Pos::line).containsExactly(2);
    }

    @Test
    void problemsWithoutAPlaceAreListedButGoNowhere(FxRobot robot) {
        robot.interact(() -> session.setExplorationProblems(List.of(
            new Problem(Problem.Kind.DEADLOCK, "Some schedule deadlocks.", null),
            new Problem(Problem.Kind.LIVELOCK, "Some schedule livelocks.", null))));

        assertThat(view.count().get()).isEqualTo(2);
        robot.clickOn(robot.lookup(".problem-message").queryAs(Node.class));
        assertThat(wentTo).isEmpty();
        robot.interact(() -> session.open(ScenarioLibrary.fromClasspath().find("19-reordering-123456-191")));
        assertThat(view.count().get()).isZero();
    }
}
