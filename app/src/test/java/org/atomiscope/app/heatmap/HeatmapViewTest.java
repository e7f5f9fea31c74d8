package org.atomiscope.app.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.atomiscope.app.session.AgentColors;
import org.atomiscope.app.session.Session;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.machine.Choice;
import org.atomiscope.memory.RelaxedModel;
import org.atomiscope.memory.ScModel;
import org.atomiscope.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The heatmap on the 123456-with-191 scenario under the relaxed model: the writer writes ia[42] and
 * ia[37], the reader reads the new ia[37] and the stale ia[42]; both cells are raced on.
 */
@ExtendWith(ApplicationExtension.class)
class HeatmapViewTest {
    private static final int WRITER = 1;
    private static final int READER = 2;

    private Session session;
    private HeatmapView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = new Session();
        session.modelProperty().set(RelaxedModel.INSTANCE);
        session.open(ScenarioLibrary.fromClasspath().find("19-reordering-123456-191"));
        view = new HeatmapView(session);
        stage.setScene(new Scene(new StackPane(view.node()), 1200, 420));
        stage.show();
    }

    /** Takes the primary run's first choice whose label matches. */
    private void take(FxRobot robot, Predicate<String> label) {
        robot.interact(() -> {
            Choice c = session.primary().machine().choices().stream().filter(x -> label.test(x.label())).findFirst()
                .orElseThrow(() -> new AssertionError("no such choice among " + session.primary().machine().choices()));
            session.take(c);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void toStaleRead(FxRobot robot) {
        take(robot, l -> l.equals("main: starts"));
        take(robot, l -> l.equals("writer: starts"));
        take(robot, l -> l.contains("ia[42] = 314159"));
        take(robot, l -> l.contains("ia[37] = 123456"));
        take(robot, l -> l.equals("reader: starts"));
        take(robot, l -> l.startsWith("reader: read ia[37]") && !l.contains("163"));
        take(robot, l -> l.startsWith("reader: read ia[42]") && l.contains("→ 191"));
    }

    @Test
    void theWritesAndTheStaleReadShowInTheInt32Cells(FxRobot robot) {
        toStaleRead(robot);

        assertThat(session.primary().machine().agent(READER).console()).contains("123456 191");
        assertThat(view.viewType()).as("the type the scenario's accesses use").isEqualTo(ElementType.INT32);
        assertThat(view.cellCount()).isEqualTo(100);
        HeatmapView.Cell c37 = view.cell(37);
        HeatmapView.Cell c42 = view.cell(42);
        // main's 163 / 191 before sharing the buffer, then the writer's new values.
        assertThat(c37.writes()).isEqualTo(2);
        assertThat(c42.writes()).isEqualTo(2);
        assertThat(c37.reads()).isEqualTo(1);
        assertThat(c42.reads()).isEqualTo(1);
        assertThat(c37.lastWriter()).isEqualTo(WRITER);
        assertThat(c42.lastWriter()).isEqualTo(WRITER);
        assertThat(c37.atomic()).isZero();
        assertThat(c42.plain()).isEqualTo(3);
        assertThat(c37.race()).isTrue();
        assertThat(c42.race()).isTrue();
        assertThat(c42.value()).as("memory holds the new value; only the reader saw the old one").isEqualTo("314159");
        assertThat(c37.value()).isEqualTo("123456");
        HeatmapView.Cell c0 = view.cell(0);
        assertThat(c0.writes() + c0.reads()).isZero();
        assertThat(c0.race()).isFalse();
        assertThat(c0.value()).isEqualTo("0");
        assertThat(view.markedCells()).as("the last step read ia[42]").containsExactly(42);
    }

    @Test
    void eachModeColoursTheCells(FxRobot robot) {
        toStaleRead(robot);
        Palette p = Palette.of(false);

        assertThat(view.colorOf(0)).isEqualTo(p.empty);
        assertThat(view.colorOf(37)).isEqualTo(p.writeRamp[Palette.RAMP - 1]);
        robot.interact(() -> view.toolbar().setMode(ColorMode.LAST_WRITER));
        assertThat(view.colorOf(37)).isEqualTo(Palette.argb(AgentColors.of(WRITER)));
        robot.interact(() -> view.toolbar().setMode(ColorMode.ATOMIC));
        assertThat(view.colorOf(42)).isEqualTo(p.plainOnly);
        robot.interact(() -> view.toolbar().setMode(ColorMode.READS));
        assertThat(view.colorOf(42)).isEqualTo(p.readRamp[Palette.RAMP - 1]);
        assertThat(view.colorOf(41)).isEqualTo(p.empty);

        // The reader could still read 191 or 314159 from ia[42]; the writer only its own 314159.
        robot.interact(() -> view.toolbar().setMode(ColorMode.STALENESS));
        assertThat(view.toolbar().agentBox().getValue()).isEqualTo("reader");
        assertThat(view.colorOf(42)).isEqualTo(p.staleness[2]);
        assertThat(view.colorOf(0)).as("never written").isEqualTo(p.empty);
        robot.interact(() -> view.toolbar().agentBox().getSelectionModel().select("writer"));
        assertThat(view.colorOf(42)).isEqualTo(p.staleness[1]);
    }

    @Test
    void theCanvasShowsTheColoursTheRaceMarkAndTheLegend(FxRobot robot) {
        toStaleRead(robot);
        robot.interact(() -> view.toolbar().setMode(ColorMode.LAST_WRITER));
        WaitForAsyncUtils.waitForFxEvents();
        Canvas canvas = robot.lookup("#heatmap-canvas").queryAs(Canvas.class);
        GridLayout g = view.layout();
        WritableImage shot = snapshot(robot, canvas);

        double size = g.cellSize();
        // A corner of the cell's body: its middle holds the value.
        int body = shot.getPixelReader().getArgb((int) (g.x(37) + 3), (int) (g.y(37, 0) + size - 4));
        int corner = shot.getPixelReader().getArgb((int) (g.x(37) + size - 3), (int) (g.y(37, 0) + 2));
        int untouched = shot.getPixelReader().getArgb((int) (g.x(3) + size * 0.5), (int) (g.y(3, 0) + size * 0.5));
        assertThat(body).isEqualTo(view.colorOf(37));
        assertThat(corner).as("the race mark").isEqualTo(Palette.of(false).race);
        assertThat(untouched).isEqualTo(Palette.of(false).empty);
        assertThat(robot.lookup("#heatmap-legend .label").queryAllAs(Label.class)).extracting(Label::getText)
            .contains("writer", "reader", "not written")
            .anyMatch(t -> t.contains("a data race unless something orders them"));
    }

    @Test
    void theLessonsBufferFillsTheTabInLargeCellsThatShowTheirValues(FxRobot robot) {
        toStaleRead(robot);
        Canvas canvas = robot.lookup("#heatmap-canvas").queryAs(Canvas.class);
        GridLayout g = view.layout();
        assertThat(g.columns()).isIn(10, 20, 25, 50);
        assertThat(g.cellSize()).isBetween(GridLayout.READABLE_CELL, GridLayout.MAX_CELL);
        assertThat(g.contentHeight()).as("all 100 cells at once").isLessThanOrEqualTo(canvas.getHeight());

        // Writes mode: ia[42] is dark (two writes), so its value 314159 is written in white; the
        // never-written ia[3] has no text.
        WritableImage shot = snapshot(robot, canvas);
        assertThat(lightPixels(shot, g, 42)).as("the value's pixels in cell 42").isGreaterThan(20);
        assertThat(lightPixels(shot, g, 3)).isZero();
    }

    /** Pixels in a cell's middle band (clear of the race corner and outline) much lighter than its colour: text. */
    private int lightPixels(WritableImage shot, GridLayout g, int cell) {
        double size = g.cellSize();
        double fill = Palette.luminance(view.colorOf(cell));
        int light = 0;
        for (int y = (int) (g.y(cell, 0) + size * 0.35); y < g.y(cell, 0) + size * 0.7; y++) {
            for (int x = (int) (g.x(cell) + 3); x < g.x(cell) + size - 3; x++) {
                if (Palette.luminance(shot.getPixelReader().getArgb(x, y)) > fill + 0.4) {
                    light++;
                }
            }
        }
        return light;
    }

    private static WritableImage snapshot(FxRobot robot, Canvas canvas) {
        WritableImage[] out = new WritableImage[1];
        robot.interact(() -> out[0] = canvas.snapshot(null, null));
        return out[0];
    }

    @Test
    void theByteViewShowsTheWriteInEachOfItsBytes(FxRobot robot) {
        toStaleRead(robot);
        robot.interact(() -> view.toolbar().typeBox().setValue(ElementType.UINT8));

        assertThat(view.viewType()).isEqualTo(ElementType.UINT8);
        assertThat(view.cellCount()).isEqualTo(400);
        for (int b = 37 * 4; b < 38 * 4; b++) {
            assertThat(view.cell(b).writes()).as("byte %d of ia[37]", b).isEqualTo(2);
            assertThat(view.cell(b).lastWriter()).isEqualTo(WRITER);
        }
        for (int b = 42 * 4; b < 43 * 4; b++) {
            assertThat(view.cell(b).writes()).as("byte %d of ia[42]", b).isEqualTo(2);
            assertThat(view.cell(b).reads()).isEqualTo(1);
            assertThat(view.cell(b).race()).isTrue();
        }
        assertThat(view.cell(167).writes()).isZero();
        assertThat(view.cell(172).writes()).isZero();
        // 314159 = 0x0004CB2F, little-endian.
        assertThat(view.cell(168).value()).isEqualTo("47");
        assertThat(view.cell(169).value()).isEqualTo("203");
        assertThat(view.cell(170).value()).isEqualTo("4");
        assertThat(view.markedCells()).containsExactly(168, 169, 170, 171);
        assertThat(view.statusOf(168)).startsWith("Uint8 cell 168 · byte 168 · value 47");
    }

    @Test
    void hoveringACellShowsItsValueAndHistory(FxRobot robot) {
        toStaleRead(robot);

        assertThat(view.statusOf(42)).isEqualTo(
            "ia[42] · bytes 168–171 · value 314159 · 2 writes, 1 read, plain · last written by writer · race");
        assertThat(view.tooltipOf(42)).contains(
            "writer  plain write ia[42] = 314159",
            "reader  plain read ia[42] → 191",
            "main  plain write ia[42] = 191");

        Canvas canvas = robot.lookup("#heatmap-canvas").queryAs(Canvas.class);
        GridLayout g = view.layout();
        Point2D p = canvas.localToScreen(g.x(37) + g.cellSize() / 2, g.y(37, 0) + g.cellSize() / 2);
        robot.moveTo(p);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#heatmap-status").queryAs(Label.class).getText()).startsWith("ia[37] · bytes 148–151");
    }

    @Test
    void steppingBackAndChangingTheModelRecount(FxRobot robot) {
        toStaleRead(robot);
        robot.interact(() -> session.back());

        assertThat(view.cell(42).reads()).isZero();
        assertThat(view.cell(37).reads()).isEqualTo(1);
        assertThat(view.markedCells()).containsExactly(37);

        robot.interact(() -> session.modelProperty().set(ScModel.INSTANCE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.toolbar().button(ColorMode.STALENESS).isVisible()).as("only the relaxed model has stale reads")
            .isFalse();
        assertThat(view.cell(37).writes()).isEqualTo(2);
    }

    @Test
    void withoutABufferItSaysWhy(FxRobot robot) {
        assertThat(view.cellCount()).isZero();
        assertThat(view.toolbar().bufferBox().getItems()).isEmpty();
        take(robot, l -> l.equals("main: starts"));
        assertThat(view.toolbar().bufferBox().getItems()).extracting(Object::toString).containsExactly("ia — 400 bytes");
    }
}
