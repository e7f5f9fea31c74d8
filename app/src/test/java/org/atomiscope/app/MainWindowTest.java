package org.atomiscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.stage.Stage;
import org.atomiscope.app.session.Session;
import org.atomiscope.app.settings.Settings;
import org.atomiscope.machine.Choice;
import org.atomiscope.memory.RelaxedModel;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window headless through the flows of a lesson: the 123456-with-191 read under the
 * relaxed model, step back, exploring and replaying a witness, side by side, and an editing mistake.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final String MP = "19-reordering-123456-191";

    @TempDir
    static Path home;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory(home, "settings");
        window = new MainWindow(ScenarioLibrary.fromClasspath(), Settings.load(dir));
        window.showIn(stage, 1400, 900);
        window.open(ScenarioLibrary.fromClasspath().find(MP));
    }

    private Session session() {
        return window.session();
    }

    /** Clicks the choice button whose label matches, as a user would. */
    private void click(FxRobot robot, Predicate<String> label) {
        Choice c = session().primary().machine().choices().stream().filter(x -> label.test(x.label())).findFirst()
            .orElseThrow(() -> new AssertionError("no choice like that among " + session().primary().machine().choices()));
        robot.clickOn(robot.lookup(".choice").match(n -> ((javafx.scene.control.Button) n).getText().equals(c.label()))
            .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Views are read on the FX thread, as the window reads them. */
    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, read);
    }

    private void toStaleRead(FxRobot robot) {
        robot.clickOn("#model-relaxed");
        click(robot, l -> l.equals("main: starts"));
        click(robot, l -> l.equals("writer: starts"));
        click(robot, l -> l.contains("ia[42] = 314159"));
        click(robot, l -> l.contains("ia[37] = 123456"));
        click(robot, l -> l.equals("reader: starts"));
        click(robot, l -> l.contains("read ia[37]") && l.contains("123456") || l.equals("reader: read ia[37]"));
        click(robot, l -> l.contains("read ia[42]") && l.contains("→ 191"));
    }

    @Test
    void theStaleReadUnderTheRelaxedModelShowsInConsoleTimelineAndHeatmap(FxRobot robot) {
        toStaleRead(robot);

        assertThat(session().primary().model()).isEqualTo(RelaxedModel.INSTANCE);
        assertThat(onFx(() -> window.console().lines())).contains("reader: 123456 191");
        assertThat(onFx(() -> window.timeline().marks())).anySatisfy(m -> {
            assertThat(m.lane()).isEqualTo("reader");
            assertThat(m.label()).contains("read ia[42] → 191");
        });
        assertThat(onFx(() -> window.timeline().marks())).anySatisfy(m -> {
            assertThat(m.lane()).isEqualTo("writer");
            assertThat(m.label()).contains("ia[37] = 123456");
        });
        var cell42 = onFx(() -> window.heatmap().cell(42));
        assertThat(cell42.writes()).isGreaterThanOrEqualTo(2); // main's 191, writer's 314159
        assertThat(cell42.reads()).isEqualTo(1);
        assertThat(cell42.race()).isTrue();
        assertThat(window.code().status("reader")).isEqualTo("finished");
    }

    @Test
    void stepBackRestoresThePreviousState(FxRobot robot) {
        toStaleRead(robot);
        int before = session().position();

        robot.clickOn("#step-back");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session().position()).isEqualTo(before - 1);
        assertThat(onFx(() -> window.console().lines())).doesNotContain("reader: 123456 191");
        assertThat(window.code().markedLine("reader")).isEqualTo(42);
        assertThat(window.code().status("reader")).startsWith("next: read ia[42]");
        assertThat(session().primary().machine().choices()).extracting(Choice::label)
            .anyMatch(l -> l.contains("→ 191")).anyMatch(l -> l.contains("→ 314159"));
    }

    @Test
    void exploreFillsTheOutcomesAndReplayReproducesTheWitness(FxRobot robot) throws Exception {
        robot.clickOn("#explore");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.outcomes().isRunning() && !window.outcomes().rows().isEmpty());

        assertThat(window.outcomes().rows()).hasSize(4);
        robot.interact(() -> window.outcomes().replay("reader: 123456 191", "relaxed"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session().primary().model()).isEqualTo(RelaxedModel.INSTANCE);
        assertThat(session().primary().machine().isTerminal()).isTrue();
        assertThat(onFx(() -> window.console().lines())).contains("reader: 123456 191");
    }

    @Test
    void sideBySideMarksWhereTheModelsDiffer(FxRobot robot) {
        robot.clickOn((javafx.scene.Node) robot.lookup("#side-by-side .thumb").query());
        assertThat(session().sideBySideProperty().get()).as("the switch is on").isTrue();
        toStaleRead(robot);

        assertThat(session().reference()).isNotNull();
        assertThat(session().differences()).isNotEmpty();
        assertThat(session().differences().get(0).sentence("Relaxed", "SC")).contains("191").contains("314159");
        assertThat(robot.lookup("#run-reference").tryQuery()).isPresent();
        assertThat(robot.lookup(".run-difference").queryLabeled().getText()).contains("191");
    }

    @Test
    void aSyntaxErrorInEditModeShowsAtItsLine(FxRobot robot) {
        robot.clickOn("#edit-toggle");
        ScenarioSource source = session().scenario();
        var area = window.editor().area(source.mainFile());
        robot.interact(() -> area.replaceText(area.getText() + "\nlet broken = ;\n"));
        robot.interact(() -> window.editor().check());
        int expected = (int) (area.getText().lines().count()) - 0;

        assertThat(window.editor().errorLine()).isEqualTo(expected);
        assertThat(window.editor().message()).contains(":" + expected + ":");
        assertThat(window.editor().dirtyProperty().get()).isTrue();
    }

    @Test
    void theHelpSheetListsEveryShortcut(FxRobot robot) {
        robot.press(javafx.scene.input.KeyCode.F1).release(javafx.scene.input.KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#help-sheet").tryQuery()).isPresent();
        assertThat(robot.lookup("Step back").tryQuery()).isPresent();
    }

    @Test
    void everyToolbarButtonNamesItsShortcut(FxRobot robot) {
        for (String id : List.of("#reset", "#step-back", "#step", "#run-pause", "#run-to-end", "#explore")) {
            assertThat(robot.lookup(id).queryButton().getTooltip().getText()).matches(".*\\(.+\\)");
        }
    }
}
