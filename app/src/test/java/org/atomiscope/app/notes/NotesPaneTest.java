package org.atomiscope.app.notes;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.atomiscope.app.session.Session;
import org.atomiscope.machine.Choice;
import org.atomiscope.memory.RelaxedModel;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Notes pane on the real scenario 06: its notes rendered, and the narration as the student steps. */
@ExtendWith(ApplicationExtension.class)
class NotesPaneTest {
    private static final String STALE =
        "reader: read ia[42] → 191 (stale: nothing synchronizes reader with writer since it wrote 314159)";

    private Session session;
    private NotesPane pane;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = new Session();
        pane = new NotesPane(session);
        session.open(ScenarioLibrary.fromClasspath().find("19-reordering-123456-191"));
        Parent root = (Parent) pane.node();
        root.setStyle("-fx-font-size: 14px;");
        stage.setScene(new Scene(root, 420, 720));
        stage.show();
    }

    private void take(String label) {
        List<Choice> choices = session.primary().machine().choices();
        Choice c = choices.stream().filter(x -> x.label().equals(label)).findFirst()
            .orElseThrow(() -> new AssertionError("no choice " + label + " among " + choices));
        session.take(c);
    }

    private void stepToTheStaleRead(FxRobot robot) {
        robot.interact(() -> {
            session.modelProperty().set(RelaxedModel.INSTANCE);
            take("main: starts");
            take("writer: starts");
            take("reader: starts");
            take("writer: ia[42] = 314159");
            take("writer: ia[37] = 123456");
            take("reader: read ia[37] → 123456 (the newest write)");
            take(STALE);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheTitleTopicAndNotesWithBoldRuns(FxRobot robot) {
        assertThat(robot.lookup("#notes-title").queryAs(Label.class).getText()).isEqualTo("Message passing without atomics");
        assertThat(robot.lookup("#notes-topic").queryAs(Label.class).getText()).isEqualTo("Ordering and visibility");
        VBox body = robot.lookup("#notes-body").queryAs(VBox.class);
        List<Text> runs = robot.from(body).lookup((Node n) -> n instanceof Text && n.getStyleClass().contains("md-text"))
            .queryAllAs(Text.class).stream().toList();
        assertThat(runs).anySatisfy(t -> {
            assertThat(t.getText()).isEqualTo("Try it.");
            assertThat(t.getStyleClass()).contains("md-strong");
            assertThat(t.getFont().getStyle()).containsIgnoringCase("bold");
        });
        assertThat(runs).anySatisfy(t -> {
            assertThat(t.getText()).isEqualTo("ia[42]");
            assertThat(t.getStyleClass()).contains("md-code");
        });
        assertThat(runs).anySatisfy(t -> {
            assertThat(t.getText()).isEqualTo("then");
            assertThat(t.getStyleClass()).contains("md-em");
        });
        // Paragraphs wrap to the pane: none is wider than the body.
        for (Node p : body.getChildren()) {
            assertThat(p).isInstanceOf(TextFlow.class);
            assertThat(p.getBoundsInParent().getWidth()).isLessThanOrEqualTo(body.getWidth());
        }
        assertThat(pane.narrationText()).isEqualTo("Nothing has run yet. Step to start main.");
    }

    @Test
    void narratesTheStaleRead(FxRobot robot) {
        stepToTheStaleRead(robot);
        assertThat(pane.narrationText()).isEqualTo("reader read ia[42] = 191: the write of 314159 is not yet visible to it,"
            + " since nothing synchronizes reader with writer. Then it printed \"123456 191\" and finished."
            + "\nEvery agent has finished.");
        assertThat(robot.lookup("#narration").queryAs(VBox.class).isVisible()).isTrue();

        robot.interact(() -> session.back());
        assertThat(pane.narrationText()).isEqualTo("reader read ia[37] = 123456, the newest write.");
    }

    @Test
    void sideBySideTellsBothRunsAndTheirDifference(FxRobot robot) {
        robot.interact(() -> session.sideBySideProperty().set(true));
        stepToTheStaleRead(robot);
        assertThat(pane.narrationText().split("\n")).containsExactly(
            "ECMAScript memory model (relaxed)",
            "reader read ia[42] = 191: the write of 314159 is not yet visible to it, since nothing synchronizes reader"
                + " with writer. Then it printed \"123456 191\" and finished.",
            "Sequentially consistent",
            "reader read ia[42] = 314159. Then it printed \"123456 314159\" and finished.",
            "Every agent has finished.",
            "reader: under Relaxed read ia[42] = 191, under SC read ia[42] = 314159",
            "reader: under Relaxed printed \"123456 191\", under SC printed \"123456 314159\"");
        assertThat(robot.lookup(".narration-difference").queryAll()).hasSize(2);
    }

    @Test
    void theEndOfARunIsSaid(FxRobot robot) {
        robot.interact(() -> {
            while (session.step()) {
                // to the end, by the default schedule
            }
        });
        assertThat(pane.narrationText()).endsWith("\nEvery agent has finished.");
    }

    @Test
    void markdownBlocksBecomeTheirNodes(FxRobot robot) {
        ScenarioSource src = ScenarioSource.ofSingleFile("md.js", """
            /**
             * @title Markdown
             *
             * ## A heading
             *
             * - one *item*
             * - two, with [a link](https://tc39.es/ecma262/#sec-memory-model)
             *
             * 1. first
             * 2. second
             *
             * ```js
             * Atomics.wait(ia, 0, 0);
             * ```
             */
            console.log(1);
            """);
        robot.interact(() -> session.open(src));
        VBox body = robot.lookup("#notes-body").queryAs(VBox.class);
        assertThat(body.getChildren()).hasSize(4);
        assertThat(body.getChildren().get(0).getStyleClass()).contains("md-heading", "md-h2");
        assertThat(robot.from(body).lookup(".md-marker").queryAllAs(Label.class).stream().map(Label::getText).toList())
            .containsExactly("•", "•", "1.", "2.");
        Hyperlink link = robot.from(body).lookup(".md-link").queryAs(Hyperlink.class);
        assertThat(link.getText()).isEqualTo("a link");
        assertThat(link.getTooltip().getText()).isEqualTo("https://tc39.es/ecma262/#sec-memory-model");
        assertThat(robot.from(body).lookup(".md-code-text").queryAs(Label.class).getText()).isEqualTo("Atomics.wait(ia, 0, 0);");
        assertThat(Set.copyOf(body.getChildren().get(3).getStyleClass())).contains("md-code-block");
        assertThat(robot.lookup("#notes-title").queryAs(Label.class).getText()).isEqualTo("Markdown");
    }
}
