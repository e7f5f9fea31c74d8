package org.atomiscope.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.atomiscope.app.session.Session;
import org.atomiscope.app.timeline.TimelineView.Mark;
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

/** The timeline saved as SVG and PNG after the stale read of the 123456-with-191 scenario (relaxed model). */
@ExtendWith(ApplicationExtension.class)
class TimelineExportTest {
    private static final String[] TO_THE_STALE_READ = {"main: starts", "writer: starts", "writer: ia[42] = 314159",
        "writer: ia[37] = 123456", "reader: starts", "reader: read ia[37] → 123456", "reader: read ia[42] → 191"};

    @TempDir
    Path dir;
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

    private void toTheStaleRead(FxRobot robot) {
        robot.interact(() -> {
            session.modelProperty().set(RelaxedModel.INSTANCE);
            for (String label : TO_THE_STALE_READ) {
                Choice c = session.primary().machine().choices().stream().filter(x -> x.label().startsWith(label))
                    .findFirst().orElseThrow();
                session.take(c);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs on the FX thread, passing its exception on. */
    private static <T> T fx(Callable<T> work) throws Exception {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    private static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(Document d, String tag) {
        NodeList nodes = d.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    @Test
    void theSvgHasTheLabelsTheArrowsAndTheLanesOfTheCanvas(FxRobot robot) throws Exception {
        toTheStaleRead(robot);
        Path file = dir.resolve("timeline.svg");
        fx(() -> {
            view.exportSvg(file);
            return null;
        });
        Document d = parse(file);
        Canvas canvas = robot.lookup("#timeline-canvas").queryAs(Canvas.class);
        assertThat(d.getDocumentElement().getAttribute("viewBox"))
            .isEqualTo("0 0 " + (int) canvas.getWidth() + " " + (int) canvas.getHeight());

        List<String> texts = elements(d, "text").stream().map(Element::getTextContent).toList();
        assertThat(texts).contains("read ia[42] → 191", "read ia[37] → 123456", "ia[37] = 123456", "ia[42] = 314159",
            "ia[42] = 191", "main", "writer", "reader", "step");
        // Every label the canvas shows in full is in the file, as often as the canvas shows it.
        List<Mark> marks = fx(view::marks);
        for (Mark m : marks) {
            if (m.labelled() && m.width() > m.label().length() * 4) {
                assertThat(texts).contains(m.label());
            }
        }

        // Arrows: curves, dashed for reads-from (the reader's two reads), solid for the two agent creations.
        List<Element> curves = elements(d, "path").stream().filter(p -> p.getAttribute("d").contains("C")).toList();
        assertThat(curves.stream().filter(p -> p.hasAttribute("stroke-dasharray"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(curves.stream().filter(p -> !p.hasAttribute("stroke-dasharray"))).hasSize(2);
        assertThat(elements(d, "polygon")).as("arrow heads").hasSize(curves.size());
        assertThat(fx(view::arrows)).hasSize(curves.size());
        assertThat(elements(d, "line")).as("grid, lanes, axis and cursor").isNotEmpty();
        assertThat(elements(d, "rect").get(0).getAttribute("fill")).as("the light theme's background").isEqualTo("#ffffff");
    }

    @Test
    void theSvgFollowsTheTheme(FxRobot robot) throws Exception {
        toTheStaleRead(robot);
        robot.interact(() -> session.appearance().darkProperty().set(true));
        Path file = dir.resolve("dark.svg");
        fx(() -> {
            view.exportSvg(file);
            return null;
        });
        Element background = elements(parse(file), "rect").get(0);
        assertThat(background.getAttribute("fill")).isEqualTo("#0d1117");
        assertThat(background.getAttribute("width")).isEqualTo("1400");
    }

    @Test
    void thePngIsTheCanvasPixelForPixel(FxRobot robot) throws Exception {
        toTheStaleRead(robot);
        Path file = dir.resolve("timeline.png");
        fx(() -> {
            view.exportPng(file);
            return null;
        });
        Canvas canvas = robot.lookup("#timeline-canvas").queryAs(Canvas.class);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(file)));
        assertThat(png).isNotNull();
        assertThat(png.getWidth()).isEqualTo((int) canvas.getWidth());
        assertThat(png.getHeight()).isEqualTo((int) canvas.getHeight());
        javafx.scene.image.WritableImage shot = fx(() -> canvas.snapshot(null, null));
        int differing = 0;
        for (int y = 0; y < png.getHeight(); y += 7) {
            for (int x = 0; x < png.getWidth(); x += 5) {
                differing += png.getRGB(x, y) == shot.getPixelReader().getArgb(x, y) ? 0 : 1;
            }
        }
        assertThat(differing).isZero();
    }

    @Test
    void aMissingFolderOrAViewNeverShownIsASentence(FxRobot robot) throws Exception {
        toTheStaleRead(robot);
        Path missing = dir.resolve("gone").resolve("timeline.svg");
        assertThatThrownBy(() -> fx(() -> {
            view.exportSvg(missing);
            return null;
        })).isInstanceOf(IOException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> fx(() -> {
            view.exportPng(dir.resolve("gone").resolve("timeline.png"));
            return null;
        })).isInstanceOf(IOException.class);

        TimelineView hidden = fx(() -> new TimelineView(session));
        assertThatThrownBy(() -> fx(() -> {
            hidden.exportSvg(dir.resolve("hidden.svg"));
            return null;
        })).isInstanceOf(IOException.class).hasMessage("The timeline has no size yet: show its tab first.");
        assertThat(Files.exists(dir.resolve("hidden.svg"))).isFalse();
    }

    @Test
    void exportingOverAFileReplacesIt(FxRobot robot) throws Exception {
        toTheStaleRead(robot);
        Path file = dir.resolve("timeline.svg");
        Files.writeString(file, "old");
        fx(() -> {
            view.exportSvg(file);
            return null;
        });
        assertThat(Files.readString(file)).startsWith("<?xml").contains("read ia[42] → 191");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
