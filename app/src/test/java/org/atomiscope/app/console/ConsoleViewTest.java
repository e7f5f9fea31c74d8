package org.atomiscope.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.atomiscope.app.session.Session;
import org.atomiscope.machine.AgentState;
import org.atomiscope.machine.Choice;
import org.atomiscope.memory.RelaxedModel;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ConsoleViewTest {
    private Session session;
    private ConsoleView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = new Session();
        session.open(ScenarioLibrary.fromClasspath().find("19-reordering-123456-191"));
        view = new ConsoleView(session);
        stage.setScene(new Scene(new StackPane(view.node()), 800, 300));
        stage.show();
    }

    /** Under Relaxed: the writer's two writes, then the reader takes the new ia[37] and the stale ia[42]. */
    private void stepToTheStaleRead() {
        session.modelProperty().set(RelaxedModel.INSTANCE);
        int readerReads = 0;
        while (!session.primary().machine().choices().isEmpty()) {
            List<Choice> choices = session.primary().machine().choices();
            Choice pick = choices.get(0);
            boolean readerReads2 = choices.stream().anyMatch(c -> c.agent() == 2 && c.option() == 1);
            if (readerReads2 && ++readerReads == 2) {
                pick = choices.stream().filter(c -> c.agent() == 2 && c.option() == 1).findFirst().orElseThrow();
                assertThat(pick.label()).contains("191").contains("stale");
            }
            session.take(pick);
        }
    }

    @Test
    void showsTheStaleReadersLineAndFollowsStepsBackAndForth(FxRobot robot) {
        robot.interact(this::stepToTheStaleRead);

        AgentState reader = session.primary().machine().agents().get(2);
        assertThat(reader.console()).containsExactly("123456 191");
        assertThat(view.lines()).containsExactly("reader: 123456 191");
        ListView<?> list = robot.lookup("#console-list").queryListView();
        assertThat(list.getItems()).hasSize(1);
        assertThat(robot.lookup(".console-agent").queryLabeled().getText()).isEqualTo("reader");
        assertThat(robot.lookup(".console-step").queryLabeled().getText()).isEqualTo("#7");

        robot.interact(() -> session.back()); // before the printing step: the line goes
        assertThat(view.lines()).isEmpty();
        robot.interact(() -> session.step()); // the recorded future again
        assertThat(view.lines()).containsExactly("reader: 123456 191");
        robot.interact(() -> session.moveTo(0));
        assertThat(view.lines()).isEmpty();
    }

    @Test
    void sideBySideShowsTheReferenceRunInItsOwnColumn(FxRobot robot) {
        assertThat(shown(robot.lookup("#console-list-reference").query())).isFalse();
        robot.interact(() -> {
            session.modelProperty().set(RelaxedModel.INSTANCE);
            session.sideBySideProperty().set(true);
            while (session.step()) {
                // to the end, newest values everywhere
            }
        });

        assertThat(shown(robot.lookup("#console-list-reference").query())).isTrue();
        assertThat(view.lines()).containsExactly("reader: 123456 314159");
        assertThat(view.referenceLines()).containsExactly("reader: 123456 314159");
        assertThat(robot.lookup(".console-header").queryAllAs(javafx.scene.control.Label.class))
            .extracting(javafx.scene.control.Label::getText)
            .contains(RelaxedModel.INSTANCE.displayName(), session.reference().model().displayName());
    }

    @Test
    void showsThrownErrorsAndThousandsOfLines(FxRobot robot) {
        robot.interact(() -> {
            session.open(ScenarioSource.ofSingleFile("many.js",
                "for (let i = 0; i < 3000; i++) { console.log('line ' + i); }\nthrow new TypeError('boom');"));
            while (session.step()) {
                // to the end
            }
        });

        List<String> lines = view.lines();
        assertThat(lines).hasSize(3001);
        assertThat(lines.get(0)).isEqualTo("main: line 0");
        assertThat(lines.get(2999)).isEqualTo("main: line 2999");
        assertThat(lines.get(3000)).startsWith("main threw").contains("boom");
        assertThat(robot.lookup(".console-error").tryQuery()).isPresent(); // scrolled to the end, where it is
    }

    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aNewScenarioStartsAnEmptyConsole(FxRobot robot) {
        robot.interact(this::stepToTheStaleRead);
        robot.interact(() -> session.open(ScenarioLibrary.fromClasspath().find("53-litmus-mp-plain")));

        assertThat(view.lines()).isEmpty();
    }
}
