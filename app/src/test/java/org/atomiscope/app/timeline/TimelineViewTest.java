package org.atomiscope.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.atomiscope.app.session.Session;
import org.atomiscope.app.timeline.TimelineView.DrawnArrow;
import org.atomiscope.app.timeline.TimelineView.Mark;
import org.atomiscope.machine.Choice;
import org.atomiscope.memory.RelaxedModel;
import org.atomiscope.memory.ScModel;
import org.atomiscope.memory.TsoModel;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.stepper.Relations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private static final String[] TO_THE_STALE_READ = {"main: starts", "writer: starts", "writer: ia[42] = 314159",
        "writer: ia[37] = 123456", "reader: starts", "reader: read ia[37] → 123456", "reader: read ia[42] → 191"};

    private Session session;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = new Session();
        session.open(ScenarioLibrary.fromClasspath().find("19-reordering-123456-191"));
        view = new TimelineView(session);
        stage.setScene(new Scene(new StackPane(view.node()), 1400, 420));
        stage.show();
    }

    /** Takes, in order, the one choice of the primary run whose label starts with each text. */
    private void take(String... labels) {
        for (String label : labels) {
            List<Choice> found = session.primary().machine().choices().stream().filter(c -> c.label().startsWith(label)).toList();
            assertThat(found).as("choices starting with %s", label).hasSize(1);
            session.take(found.get(0));
        }
    }

    /** Runs on the FX thread and returns the result (the view is FX-thread only). */
    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    private static Mark mark(List<Mark> marks, int run, String lane, String label) {
        List<Mark> found = marks.stream().filter(m -> m.run() == run && m.lane().equals(lane) && m.label().equals(label)).toList();
        assertThat(found).as("mark %s on lane %s among %s", label, lane, marks).hasSize(1);
        return found.get(0);
    }

    @Test
    void theStaleReadIsLabelledOnTheReadersLaneWithAnArrowFromTheInitialWrite(FxRobot robot) {
        robot.interact(() -> {
            session.modelProperty().set(RelaxedModel.INSTANCE);
            take(TO_THE_STALE_READ);
        });
        List<Mark> marks = fx(view::marks);
        Mark stale = mark(marks, 0, "reader", "read ia[42] → 191");
        Mark initial = mark(marks, 0, "main", "ia[42] = 191");
        Mark fresh = mark(marks, 0, "reader", "read ia[37] → 123456");
        Mark write = mark(marks, 0, "writer", "ia[37] = 123456");
        assertThat(stale.labelled()).isTrue();
        assertThat(stale.step()).isEqualTo(7);
        assertThat(initial.labelled()).as("fit to the window, the setup step has room for its labels").isTrue();
        assertThat(initial.step()).isEqualTo(1);
        assertThat(stale.y()).isGreaterThan(initial.y()); // lanes in creation order: main, writer, reader

        List<DrawnArrow> arrows = fx(view::arrows);
        assertThat(arrows).contains(new DrawnArrow(0, initial.event(), stale.event(), Relations.Kind.READS_FROM),
            new DrawnArrow(0, write.event(), fresh.event(), Relations.Kind.READS_FROM));
        assertThat(arrows).filteredOn(a -> a.kind() == Relations.Kind.SYNC).hasSize(2); // the two agent creations

        robot.interact(() -> view.hoverAt(stale.x(), stale.y()));
        assertThat(view.status()).contains("reader · step 7 · read ia[42] → 191")
            .contains("reads what main wrote at step 1 (ia[42] = 191)");
    }

    @Test
    void theScrubberAndAClickMoveTheAppAndTheRecordedFutureStaysVisible(FxRobot robot) {
        robot.interact(() -> {
            session.modelProperty().set(RelaxedModel.INSTANCE);
            take(TO_THE_STALE_READ);
        });
        Slider scrubber = robot.lookup("#timeline-scrubber").query();
        assertThat(scrubber.getMax()).isEqualTo(7);
        assertThat(scrubber.getValue()).isEqualTo(7);

        robot.interact(() -> scrubber.setValue(3));
        assertThat(session.position()).isEqualTo(3);
        assertThat(session.primary().history().position()).isEqualTo(3);
        // The steps after the cursor are still drawn (faded), so the user can click back to them.
        Mark write = mark(fx(view::marks), 0, "writer", "ia[37] = 123456");
        assertThat(write.step()).isEqualTo(4);

        Canvas canvas = robot.lookup("#timeline-canvas").query();
        Point2D at = fx(() -> canvas.localToScreen(write.x(), write.y()));
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.position()).isEqualTo(4);
        assertThat(scrubber.getValue()).isEqualTo(4);

        robot.interact(() -> session.back());
        assertThat(scrubber.getValue()).isEqualTo(3);
        robot.interact(() -> scrubber.setValue(0));
        assertThat(session.position()).isZero();
        assertThat(fx(view::marks)).extracting(Mark::label).contains("read ia[42] → 191");
    }

    @Test
    void aNotifyWakesTheWaiterAndTheBlockedTimeEndsThere(FxRobot robot) {
        robot.interact(() -> {
            session.open(ScenarioLibrary.fromClasspath().find("21-wait-wake"));
            session.modelProperty().set(ScModel.INSTANCE);
            take("main: starts", "writer: starts", "reader: starts", "reader: Atomics.wait(ia, 37, 163)", "writer: read ia[37]",
                "writer: Atomics.store(ia, 37, 123456)", "writer: Atomics.wake(ia, 37, 1)", "reader: wakes up", "reader: read ia[37]");
        });
        List<Mark> marks = fx(view::marks);
        Mark notify = marks.stream().filter(m -> m.lane().equals("writer") && m.label().startsWith("Atomics.wake(ia")).findFirst()
            .orElseThrow();
        Mark woken = marks.stream().filter(m -> m.lane().equals("reader") && m.label().startsWith("woken")).findFirst()
            .orElseThrow();
        assertThat(fx(view::arrows)).contains(new DrawnArrow(0, notify.event(), woken.event(), Relations.Kind.SYNC));
        Mark store = marks.stream().filter(m -> m.label().startsWith("Atomics.store")).findFirst().orElseThrow();
        Mark read = mark(marks, 0, "reader", "read ia[37] → 123456");
        assertThat(fx(view::arrows)).contains(new DrawnArrow(0, store.event(), read.event(), Relations.Kind.READS_FROM));
    }

    @Test
    void sideBySideDrawsBothRunsAndRingsTheDivergentStepInBoth(FxRobot robot) {
        robot.interact(() -> {
            session.modelProperty().set(RelaxedModel.INSTANCE);
            session.sideBySideProperty().set(true);
            take(TO_THE_STALE_READ);
        });
        assertThat(session.divergentSteps(session.primary())).isNotEmpty();
        List<Mark> marks = fx(view::marks);
        Mark relaxed = mark(marks, 0, "reader", "read ia[42] → 191");
        Mark sc = mark(marks, 1, "reader", "read ia[42] → 314159");
        assertThat(relaxed.diverged()).isTrue();
        assertThat(sc.diverged()).isTrue();
        assertThat(sc.jointStep()).isEqualTo(relaxed.jointStep());
        assertThat(sc.y()).isGreaterThan(relaxed.y()); // the reference run's lanes are below
        assertThat(mark(marks, 0, "writer", "ia[37] = 123456").diverged()).isFalse();
    }

    @Test
    void sideBySideLinesUpTheRunsByJointStepAcrossTsoFlushes(FxRobot robot) {
        robot.interact(() -> {
            session.open(ScenarioLibrary.fromClasspath().find("53-litmus-mp-plain"));
            session.modelProperty().set(TsoModel.INSTANCE);
            session.sideBySideProperty().set(true);
            while (session.step()) {
                // the default schedule: flushes at once, agents in turns
            }
        });
        List<Mark> marks = fx(view::marks);
        assertThat(marks).anyMatch(m -> m.run() == 0 && m.lane().equals("memory") && m.label().startsWith("flush"));
        assertThat(marks).noneMatch(m -> m.run() == 1 && m.lane().equals("memory"));
        Mark tso = marks.stream().filter(m -> m.run() == 0 && m.label().startsWith("read y[0]")).findFirst().orElseThrow();
        Mark sc = marks.stream().filter(m -> m.run() == 1 && m.label().startsWith("read y[0]")).findFirst().orElseThrow();
        // The flushes are steps of the TSO run only, so the runs' own step numbers differ, yet the
        // two reads stand in one column.
        assertThat(tso.step()).isGreaterThan(sc.step());
        assertThat(tso.jointStep()).isEqualTo(sc.jointStep());
        assertThat(tso.x()).isCloseTo(sc.x(), org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void zoomButtonsAndFit(FxRobot robot) {
        robot.interact(() -> take("main: starts", "writer: starts", "writer: ia[42] = 314159"));
        assertThat(view.viewport().isFit()).isTrue();
        double fitted = view.viewport().pxPerUnit();
        robot.clickOn("#timeline-zoom-in");
        assertThat(view.viewport().pxPerUnit()).isGreaterThan(fitted);
        assertThat(view.viewport().isFit()).isFalse();
        robot.clickOn("#timeline-fit");
        assertThat(view.viewport().isFit()).isTrue();
        assertThat(view.viewport().pxPerUnit()).isEqualTo(fitted);
    }

    /** Marks that are memory accesses (not host events, dots or console lines). */
    private static boolean access(Mark m) {
        return m.label().startsWith("read ") || m.label().startsWith("ia[") || m.label().startsWith("Atomics.");
    }

    /** No two marks of one lane overlap, and (if {@code whole}) every mark lies whole within the plot. */
    private void assertNoCollisions(List<Mark> marks, boolean whole) {
        double[] plot = fx(view::plotEdges);
        for (Mark a : marks) {
            if (whole) {
                assertThat(a.x() - a.width() / 2).as("left edge of %s", a).isGreaterThanOrEqualTo(plot[0]);
                assertThat(a.x() + a.width() / 2).as("right edge of %s", a).isLessThanOrEqualTo(plot[1]);
            }
            for (Mark b : marks) {
                if (a != b && a.run() == b.run() && a.lane().equals(b.lane()) && a.labelled()) {
                    boolean apart = a.x() + a.width() / 2 <= b.x() - b.width() / 2 || b.x() + b.width() / 2 <= a.x() - a.width() / 2;
                    assertThat(apart).as("%s and %s overlap", a, b).isTrue();
                }
            }
        }
    }

    @Test
    void atTheDefaultZoomEveryAccessIsLabelledAndTheFirstAndLastMarksAreWhole(FxRobot robot) {
        robot.interact(() -> {
            session.modelProperty().set(RelaxedModel.INSTANCE);
            take(TO_THE_STALE_READ); // the last step also prints "123456 191"
        });
        List<Mark> marks = fx(view::marks);
        assertThat(marks.stream().filter(TimelineViewTest::access).toList()).hasSize(6).allMatch(Mark::labelled);
        assertThat(view.viewport().isFit()).isTrue();
        assertNoCollisions(marks, true);
        // The whole run is in view: the first write (step 1) and the console line (the last step).
        assertThat(marks).anyMatch(m -> m.label().equals("ia[37] = 163"));
        assertThat(marks).anyMatch(m -> m.label().startsWith("log "));
    }

    @Test
    void aLargeFontKeepsTheStaleReadLabelledAndNothingCutShort(FxRobot robot) {
        robot.interact(() -> {
            session.modelProperty().set(RelaxedModel.INSTANCE);
            take(TO_THE_STALE_READ);
            session.appearance().fontSizeProperty().set(30);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Mark> marks = fx(view::marks);
        // Wider than the tab at this size, the run scrolls with the cursor (at its end): the lesson's
        // decisive read is in view and labelled.
        assertThat(mark(marks, 0, "reader", "read ia[42] → 191").labelled()).isTrue();
        assertNoCollisions(marks, false);
        // The toolbar wraps or moves words to tooltips: no button or legend entry is cut short ("Fi…").
        List<Labeled> shown = fx(() -> labeledIn(robot.lookup("#timeline-toolbar").query()));
        assertThat(shown).extracting(Labeled::getText).contains("Fit");
        for (Labeled l : shown) {
            assertThat(l.getWidth()).as("width of %s", l.getText()).isGreaterThanOrEqualTo(l.prefWidth(-1) - 0.5);
            assertThat(l.getLayoutX() + l.getWidth()).isLessThanOrEqualTo(l.getParent().getLayoutBounds().getWidth() + 0.5);
        }
    }

    /** The visible controls with text under {@code n} whose text shows (not swatches alone). */
    private static List<Labeled> labeledIn(Node n) {
        List<Labeled> out = new java.util.ArrayList<>();
        if (n instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isEmpty()
            && l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
            out.add(l);
        }
        if (n instanceof Parent p && n.isVisible()) {
            for (Node c : p.getChildrenUnmodifiable()) {
                out.addAll(labeledIn(c));
            }
        }
        return out;
    }
}
