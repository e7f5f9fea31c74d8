package org.atomiscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Starts the real app (as the launcher does) on the headless Monocle platform. */
@ExtendWith(ApplicationExtension.class)
class AtomiscopeAppTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new AtomiscopeApp().start(stage);
    }

    @Test
    void opensTheTitledWindowWithItsIcons() {
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Atomiscope");
        assertThat(stage.getIcons()).hasSize(6).allSatisfy(icon -> assertThat(icon.isError()).isFalse());
    }

    @Test
    void showsTheScenarioLibraryFromTheClasspath(FxRobot robot) {
        ListView<String> list = robot.lookup("#scenario-list").queryListView();

        assertThat(shown(list)).isTrue();
        assertThat(list.getItems()).containsExactlyElementsOf(LibraryIndex.fromClasspath());
        assertThat(robot.lookup("#welcome").tryQuery()).isPresent();
    }

    @Test
    void emptyLibrarySaysSo(FxRobot robot) {
        robot.interact(() -> new MainWindow(List.of()).show(stage));
        ListView<String> list = robot.lookup("#scenario-list").queryListView();
        Label placeholder = robot.lookup("#scenario-list-empty").queryAs(Label.class);

        assertThat(list.getItems()).isEmpty();
        assertThat(placeholder.getText()).isEqualTo("No scenarios found");
        assertThat(shown(placeholder)).isTrue();
    }

    @Test
    void listsTheScenariosItIsGiven(FxRobot robot) {
        robot.interact(() -> new MainWindow(List.of("litmus/mp.js", "basics/counter.js")).show(stage));
        ListView<String> list = robot.lookup("#scenario-list").queryListView();

        assertThat(list.getItems()).containsExactly("litmus/mp.js", "basics/counter.js");
        assertThat(robot.lookup("#scenario-list-empty").tryQuery().filter(AtomiscopeAppTest::shown)).isEmpty();
    }

    /** Whether a node is in a scene and neither it nor any ancestor is hidden. */
    private static boolean shown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
