package org.atomiscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.atomiscope.app.export.Exports;
import org.atomiscope.app.session.Problem;
import org.atomiscope.app.session.Session;
import org.atomiscope.app.settings.Settings;
import org.atomiscope.memory.RelaxedModel;
import org.atomiscope.memory.ScModel;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.trace.Trace;
import org.atomiscope.trace.TraceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Traces out of the window and back in, the other exports, and the analyses in the Problems tab,
 * through the real window (headless). The file choosers are the platform's own dialogs, so the
 * tests call what a chosen file leads to: {@link MainWindow#export} and {@link MainWindow#openLocation}.
 */
@ExtendWith(ApplicationExtension.class)
class TracesInTheWindowTest {
    @TempDir
    static Path home;

    @TempDir
    Path out;

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(ScenarioLibrary.fromClasspath(), Settings.load(Files.createTempDirectory(home, "settings")));
        window.showIn(stage, 1400, 900);
        window.open(ScenarioLibrary.fromClasspath().find("19-reordering-123456-191"));
    }

    private Session session() {
        return window.session();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    private void stepToEnd(FxRobot robot) {
        robot.interact(() -> {
            while (session().step()) {
                // the default schedule, to the end
            }
        });
    }

    @Test
    void anExportedTraceOpensAgainAtStepZeroAndStepFollowsIt(FxRobot robot) throws Exception {
        robot.interact(() -> session().modelProperty().set(RelaxedModel.INSTANCE));
        stepToEnd(robot);
        int steps = session().length();
        List<String> console = List.copyOf(session().primary().machine().agent(2).console());
        Path file = out.resolve("mp.trace.json");

        robot.interact(() -> window.export(Exports.Kind.TRACE_JSON, file));

        assertThat(status(robot)).startsWith("Saved the trace (" + steps + " steps");
        Trace written = TraceFile.read(file);
        assertThat(written.schedule()).hasSize(steps);

        robot.interact(() -> {
            session().modelProperty().set(ScModel.INSTANCE);
            window.open(ScenarioLibrary.fromClasspath().find("09-lost-update-counter"));
            window.openLocation(file.toString());
        });

        assertThat(session().scenario().name()).isEqualTo("19-reordering-123456-191");
        assertThat(session().primary().model()).isEqualTo(RelaxedModel.INSTANCE);
        assertThat(session().position()).isZero();
        assertThat(session().length()).isEqualTo(steps);
        assertThat(status(robot)).startsWith("Opened the trace mp.trace.json: " + steps + " steps under Relaxed");
        robot.interact(() -> session().moveTo(steps));
        assertThat(session().primary().machine().agent(2).console()).isEqualTo(console);
        assertThat(session().primary().history().schedule()).isEqualTo(written.schedule());
    }

    @Test
    void aCorruptTraceIsRefusedWithASentenceAndTheOpenScenarioStays(FxRobot robot) throws Exception {
        stepToEnd(robot);
        Path file = out.resolve("t.json");
        robot.interact(() -> window.export(Exports.Kind.TRACE_JSON, file));
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() - 40));
        int before = session().position();

        robot.interact(() -> window.openLocation(file.toString()));

        assertThat(status(robot)).contains("t.json").contains("not valid JSON");
        assertThat(session().scenario().name()).isEqualTo("19-reordering-123456-191");
        assertThat(session().position()).isEqualTo(before);

        Files.writeString(file, text.replaceFirst("\"version\": 1", "\"version\": 99"));
        robot.interact(() -> window.openLocation(file.toString()));
        assertThat(status(robot)).contains("newer Atomiscope").contains("99");

        Files.writeString(file, text.replaceFirst("\"value\": 314159", "\"value\": 2"));
        robot.interact(() -> window.openLocation(file.toString()));
        assertThat(status(robot)).contains("314159").contains("edited");
        assertThat(session().position()).isEqualTo(before);
    }

    @Test
    void aFailedExportWritesNothingAndSaysSo(FxRobot robot) throws Exception {
        Path existing = out.resolve("outcomes.md");
        Files.writeString(existing, "keep me");

        robot.interact(() -> window.export(Exports.Kind.TRACE_CSV, out.resolve("missing").resolve("t.csv")));
        String missingFolder = status(robot);
        robot.interact(() -> window.export(Exports.Kind.OUTCOMES_MARKDOWN, existing));

        assertThat(missingFolder).startsWith("Could not save ").endsWith("Nothing was written.");
        assertThat(Files.exists(out.resolve("missing"))).isFalse();
        assertThat(status(robot)).isEqualTo("Explore the outcomes first (Ctrl+E): the table is empty.");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("outcomes.md");
        }
    }

    @Test
    void chromeCsvImagesTablesAndLitmusExport(FxRobot robot) throws Exception {
        stepToEnd(robot);
        robot.interact(() -> window.run("Explore all outcomes"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.outcomes().isRunning() && !window.outcomes().rows().isEmpty());
        robot.interact(() -> window.run("Timeline tab"));

        for (Exports.Kind kind : Exports.Kind.values()) {
            if (kind == Exports.Kind.HEATMAP_PNG || kind == Exports.Kind.HEATMAP_SVG) {
                robot.interact(() -> window.run("Heatmap tab"));
            }
            robot.interact(() -> window.export(kind, out.resolve(kind.name())));
            assertThat(status(robot)).as(kind.name()).startsWith("Saved");
            assertThat(Files.size(out.resolve(kind.name()))).as(kind.name()).isPositive();
        }
        assertThat(Files.readString(out.resolve("TRACE_CHROME"))).contains("\"traceEvents\"");
        assertThat(Files.readString(out.resolve("TIMELINE_SVG"))).startsWith("<?xml").contains("<svg");
        assertThat(Files.readString(out.resolve("OUTCOMES_CSV"))).contains("reader: 123456 191,never,never,1");
        assertThat(Files.readString(out.resolve("LITMUS"))).startsWith("C ");

        robot.interact(() -> window.open(ScenarioLibrary.fromClasspath().find("09-lost-update-counter")));
        robot.interact(() -> window.export(Exports.Kind.LITMUS, out.resolve("counter.litmus")));
        assertThat(status(robot)).startsWith("This scenario does not export as a litmus test: ").contains("loop");
        assertThat(Files.exists(out.resolve("counter.litmus"))).isFalse();
    }

    @Test
    void problemsListTheRunsRaceAndExploringAddsALostUpdateWithAReplay(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(ScenarioLibrary.fromClasspath().find("09-lost-update-counter")));
        stepToEnd(robot);

        assertThat(session().problems()).extracting(Problem::kind).contains(Problem.Kind.RACE);
        Problem race = session().problems().stream().filter(p -> p.kind() == Problem.Kind.RACE).findFirst().orElseThrow();
        assertThat(race.message()).startsWith("Data race on ia[112]");
        assertThat(race.pos()).isNotNull();

        robot.interact(() -> window.run("Explore all outcomes"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.outcomes().isRunning() && !window.outcomes().rows().isEmpty());

        Problem lost = session().problems().stream().filter(p -> p.kind() == Problem.Kind.LOST_UPDATE).findFirst().orElseThrow();
        assertThat(lost.message()).startsWith("Lost update on ia[112]");
        assertThat(lost.replayable()).isTrue();
        robot.interact(() -> window.run("Problems tab"));
        ListView<Problem> list = robot.lookup("#problems-list").queryListView();
        robot.interact(() -> list.scrollTo(lost));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".problem-replay").match(javafx.scene.Node::isVisible).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(status(robot)).startsWith("Replaying the schedule that shows it: ");
        assertThat(session().primary().history().schedule()).isNotEmpty();
        // The replayed run shows the lost update itself now, without a Replay link.
        assertThat(session().problems()).anyMatch(p -> p.kind() == Problem.Kind.LOST_UPDATE && !p.replayable());
    }
}
