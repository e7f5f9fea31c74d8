package org.atomiscope.app.heatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.atomiscope.app.session.Session;
import org.atomiscope.machine.Choice;
import org.atomiscope.memory.RelaxedModel;
import org.atomiscope.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The heatmap saved as SVG and PNG after the stale read of the 123456-with-191 scenario (relaxed model). */
@ExtendWith(ApplicationExtension.class)
class HeatmapExportTest {
    @TempDir
    Path dir;
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

    private static <T> T fx(Callable<T> work) throws Exception {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    private static List<Element> elements(Document d, String tag) {
        NodeList nodes = d.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static String hex(int argb) {
        return String.format("#%06x", argb & 0xffffff);
    }

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    /** The fill of the cell rectangle (in the grid's group) that covers the point. */
    private static String fillAt(List<Element> cellRects, double x, double y) {
        List<String> fills = cellRects.stream().filter(r -> number(r, "x") <= x && x < number(r, "x") + number(r, "width")
            && number(r, "y") <= y && y < number(r, "y") + number(r, "height")).map(r -> r.getAttribute("fill")).toList();
        assertThat(fills).as("cell rectangles at %s, %s", x, y).hasSize(1);
        return fills.get(0);
    }

    @Test
    void theSvgGridHasTheCellsColoursValuesAndRowNumbers(FxRobot robot) throws Exception {
        toStaleRead(robot);
        Path file = dir.resolve("heatmap.svg");
        fx(() -> {
            view.exportSvg(file);
            return null;
        });
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element grid = elements(d, "g").stream().filter(g -> g.getAttribute("shape-rendering").equals("crispEdges"))
            .findFirst().orElseThrow();
        Palette p = Palette.of(false);
        List<Element> cells = elements(grid.getOwnerDocument(), "rect").stream().filter(r -> r.getParentNode() == grid)
            .filter(r -> !r.getAttribute("fill").equals(hex(p.background))).toList();
        GridLayout g = view.layout();
        double size = g.cellSize();

        String written37 = fillAt(cells, g.x(37) + 2, g.y(37, 0) + size / 2);
        String written42 = fillAt(cells, g.x(42) + 2, g.y(42, 0) + size / 2);
        String untouched = fillAt(cells, g.x(3) + 2, g.y(3, 0) + size / 2);
        assertThat(written37).isEqualTo(hex(view.colorOf(37))).isEqualTo(written42);
        assertThat(untouched).isEqualTo(hex(p.empty)).isNotEqualTo(written37);
        // Untouched cells merge along their rows: far fewer rectangles than 100 cells.
        assertThat(cells.size()).isBetween(g.rows(), g.rows() + 6);
        assertThat(cells).filteredOn(r -> r.getAttribute("fill").equals(written37)).hasSize(2);

        List<String> texts = elements(d, "text").stream().map(Element::getTextContent).toList();
        assertThat(texts).contains("123456", "314159", "0", Integer.toString(g.columns()));
        assertThat(elements(d, "polygon")).as("a race corner and its edge on each raced cell").hasSize(4);
        assertThat(elements(d, "rect")).anyMatch(r -> r.getAttribute("stroke").equals(hex(p.accent)));
    }

    @Test
    void thePngIsTheCanvas(FxRobot robot) throws Exception {
        toStaleRead(robot);
        Path file = dir.resolve("heatmap.png");
        fx(() -> {
            view.exportPng(file);
            return null;
        });
        BufferedImage png = ImageIO.read(file.toFile());
        Canvas canvas = robot.lookup("#heatmap-canvas").queryAs(Canvas.class);
        assertThat(png).isNotNull();
        assertThat(png.getWidth()).isEqualTo((int) canvas.getWidth());
        assertThat(png.getHeight()).isEqualTo((int) canvas.getHeight());
        GridLayout g = view.layout();
        assertThat(png.getRGB((int) g.x(37) + 3, (int) (g.y(37, 0) + g.cellSize() - 4))).isEqualTo(view.colorOf(37));
        assertThat(png.getRGB((int) g.x(3) + 3, (int) (g.y(3, 0) + g.cellSize() - 4))).isEqualTo(Palette.of(false).empty);
    }

    @Test
    void aMissingFolderOrAViewNeverShownIsASentenceAndTheOldFileStays(FxRobot robot) throws Exception {
        toStaleRead(robot);
        assertThatThrownBy(() -> fx(() -> {
            view.exportSvg(dir.resolve("gone").resolve("heatmap.svg"));
            return null;
        })).isInstanceOf(IOException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> fx(() -> {
            view.exportPng(dir.resolve("gone").resolve("heatmap.png"));
            return null;
        })).isInstanceOf(IOException.class).hasMessageContaining("does not exist");

        HeatmapView hidden = fx(() -> new HeatmapView(session));
        Path file = dir.resolve("heatmap.png");
        Files.writeString(file, "old");
        assertThatThrownBy(() -> fx(() -> {
            hidden.exportPng(file);
            return null;
        })).isInstanceOf(IOException.class).hasMessage("The heatmap has no size yet: show its tab first.");
        assertThat(Files.readString(file)).isEqualTo("old");
    }
}
