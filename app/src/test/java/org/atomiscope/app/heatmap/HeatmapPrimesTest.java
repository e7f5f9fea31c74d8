package org.atomiscope.app.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.atomiscope.app.session.Session;
import org.atomiscope.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The big buffer: main fills 100,000 primes before posting the array; the worker reads ia[37]. */
@ExtendWith(ApplicationExtension.class)
class HeatmapPrimesTest {
    private Session session;
    private HeatmapView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = new Session();
        session.open(ScenarioLibrary.fromClasspath().find("03-sharing-primes"));
        view = new HeatmapView(session);
        stage.setScene(new Scene(new StackPane(view.node()), 1250, 500));
        stage.show();
    }

    @Test
    void everyPrimeIsACellAndThePostedArrayIsNoRace(FxRobot robot) {
        robot.interact(() -> {
            while (session.step()) {
                // to the end: the worker prints 163
            }
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.cellCount()).isEqualTo(100_000);
        assertThat(view.cell(99_999).writes()).isEqualTo(1);
        assertThat(view.cell(99_999).value()).isEqualTo("1299709");
        HeatmapView.Cell c37 = view.cell(37);
        assertThat(c37.value()).isEqualTo("163");
        assertThat(c37.reads()).isEqualTo(1);
        // main wrote before posting the array: postMessage orders its writes before the worker's read.
        assertThat(c37.race()).isFalse();
        assertThat(view.markedCells()).containsExactly(37);
        assertThat(view.layout().rows()).as("long rows, scrolled through").isGreaterThanOrEqualTo(1000);
        assertThat(robot.lookup("#heatmap-status").queryAs(Label.class).getText())
            .startsWith("100,000 Int32 cells · 100,000 written · 0 races");
    }
}
