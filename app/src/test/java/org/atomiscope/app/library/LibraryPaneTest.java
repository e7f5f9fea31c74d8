package org.atomiscope.app.library;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LibraryPaneTest {
    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.fromClasspath();

    private final List<ScenarioSource> opened = new ArrayList<>();
    private LibraryPane pane;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        pane = new LibraryPane(LIBRARY, opened::add);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(pane.node()), 420, 700));
        stage.show();
    }

    @Test
    void showsEveryTopicInCourseOrderWithAllItsScenarios(FxRobot robot) {
        TreeView<LibraryEntry> tree = tree(robot);

        List<String> topics = tree.getRoot().getChildren().stream()
                .map(t -> ((LibraryEntry.Topic) t.getValue()).name()).toList();
        assertThat(topics).containsExactlyElementsOf(LIBRARY.byTopic().keySet());
        int chapter = 0;
        for (TreeItem<LibraryEntry> topic : tree.getRoot().getChildren()) {
            LibraryEntry.Topic t = (LibraryEntry.Topic) topic.getValue();
            assertThat(t.chapter()).isEqualTo(++chapter);
            assertThat(topic.isExpanded()).isTrue();
            assertThat(topic.getChildren()).map(i -> ((LibraryEntry.Scenario) i.getValue()).source())
                    .containsExactlyElementsOf(LIBRARY.byTopic().get(t.name()));
        }
        assertThat(pane.shownScenarios()).hasSize(LIBRARY.size());
        assertThat(robot.lookup("#library-empty").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void scenarioRowsShowTitleAndCourseNumber(FxRobot robot) {
        TreeCell<LibraryEntry> cell = cellOf(robot, "19-reordering-123456-191");

        List<String> texts = robot.from(cell).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(texts).containsExactly("Message passing without atomics", "· 19");
        assertThat(cell.getStyleClass()).contains("library-scenario");
        // A challenge (it has a @goal) carries a flag instead of the file icon, and says so on hover.
        assertThat(robot.from(cell).lookup(".library-icon").queryAs(FontIcon.class).getIconCode())
                .isEqualTo(MaterialDesignF.FLAG_CHECKERED);
        assertThat(cell.getTooltip().getText()).endsWith("A challenge: make \u201creader: 123456 191\u201d happen.");
        assertThat(robot.from(cellOf(robot, "20-reordering-fixed-atomic-flag")).lookup(".library-icon")
                .queryAs(FontIcon.class).getIconCode()).isEqualTo(MaterialDesignF.FILE_CODE_OUTLINE);
    }

    @Test
    void typingInTheSearchFiltersTheTree(FxRobot robot) {
        robot.clickOn("#library-search").write("litmus mp");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.shownScenarios())
                .contains("53-litmus-mp-plain", "54-litmus-mp-atomics", "55-litmus-mp-mixed")
                .doesNotContain("50-litmus-sb-plain", "19-reordering-123456-191", "03-sharing-primes");
        TreeView<LibraryEntry> tree = tree(robot);
        assertThat(tree.getRoot().getChildren()).singleElement()
                .satisfies(topic -> assertThat(topic.isExpanded()).isTrue());
    }

    @Test
    void searchMatchesTitlesAndNotesIgnoringCase(FxRobot robot) {
        search(robot, "MESSAGE PASSING WITHOUT");
        assertThat(pane.shownScenarios()).contains("19-reordering-123456-191");

        search(robot, "123456"); // only in the notes and the name
        assertThat(pane.shownScenarios()).contains("19-reordering-123456-191");

        search(robot, "reordering");  // a topic
        assertThat(pane.shownScenarios()).contains("19-reordering-123456-191", "20-reordering-fixed-atomic-flag");
    }

    @Test
    void noMatchSaysSo(FxRobot robot) {
        search(robot, "zebra crossing");

        assertThat(pane.shownScenarios()).isEmpty();
        Label empty = robot.lookup("#library-empty").queryAs(Label.class);
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).isEqualTo("No scenario matches \u201czebra crossing\u201d.");

        search(robot, "");
        assertThat(pane.shownScenarios()).hasSize(LIBRARY.size());
        assertThat(empty.isVisible()).isFalse();
    }

    @Test
    void theClearButtonEmptiesTheSearch(FxRobot robot) {
        Node clear = robot.lookup("#library-search-clear").query();
        assertThat(clear.isVisible()).isFalse();

        search(robot, "wait");
        assertThat(clear.isVisible()).isTrue();
        robot.clickOn(clear);

        assertThat(robot.lookup("#library-search").queryAs(TextField.class).getText()).isEmpty();
        assertThat(pane.shownScenarios()).hasSize(LIBRARY.size());
    }

    @Test
    void clearingTheSearchBringsBackTheUsersFolds(FxRobot robot) {
        robot.interact(() -> tree(robot).getRoot().getChildren().get(0).setExpanded(false));
        search(robot, "atomics");
        search(robot, "");

        assertThat(tree(robot).getRoot().getChildren().get(0).isExpanded()).isFalse();
        assertThat(tree(robot).getRoot().getChildren().get(1).isExpanded()).isTrue();
    }

    @Test
    void aClickOnAScenarioOpensIt(FxRobot robot) {
        robot.clickOn(cellOf(robot, "19-reordering-123456-191"));

        assertThat(opened).singleElement().isSameAs(LIBRARY.named("19-reordering-123456-191").orElseThrow());
    }

    @Test
    void aClickOnATopicFoldsItAndOpensNothing(FxRobot robot) {
        TreeItem<LibraryEntry> first = tree(robot).getRoot().getChildren().get(0);
        robot.clickOn(cellOf(robot, first));
        assertThat(first.isExpanded()).isFalse();
        robot.clickOn(cellOf(robot, first)); // folding may have rebuilt the cells
        assertThat(first.isExpanded()).isTrue();
        assertThat(opened).isEmpty();
    }

    @Test
    void enterInTheSearchOpensTheFirstMatch(FxRobot robot) {
        robot.clickOn("#library-search").write("mp atomics").type(KeyCode.ENTER);

        assertThat(opened).singleElement().extracting(ScenarioSource::name).isEqualTo("54-litmus-mp-atomics");
    }

    @Test
    void enterOnTheSelectedRowOpensIt(FxRobot robot) {
        robot.interact(() -> pane.select("53-litmus-mp-plain"));
        robot.interact(() -> tree(robot).requestFocus());
        robot.type(KeyCode.ENTER);

        assertThat(opened).extracting(ScenarioSource::name).last().isEqualTo("53-litmus-mp-plain");
    }

    @Test
    void selectRevealsAnEntryWithoutOpeningIt(FxRobot robot) {
        search(robot, "primes");
        robot.interact(() -> pane.select("library:79-litmus-r-mixed.js"));
        WaitForAsyncUtils.waitForFxEvents();

        TreeView<LibraryEntry> tree = tree(robot);
        TreeItem<LibraryEntry> selected = tree.getSelectionModel().getSelectedItem();
        assertThat(((LibraryEntry.Scenario) selected.getValue()).source().name()).isEqualTo("79-litmus-r-mixed");
        assertThat(robot.lookup("#library-search").queryAs(TextField.class).getText()).isEmpty();
        assertThat(cellOf(robot, "79-litmus-r-mixed").isVisible()).isTrue(); // scrolled into view
        assertThat(opened).isEmpty();

        robot.interact(() -> pane.select("/home/ana/mine.js"));
        assertThat(tree.getSelectionModel().getSelectedItem()).isNull();
    }

    private static TreeCell<LibraryEntry> cellOf(FxRobot robot, TreeItem<LibraryEntry> item) {
        return robot.lookup(".tree-cell").<TreeCell<LibraryEntry>>match(
                c -> c.isVisible() && ((TreeCell<?>) c).getTreeItem() == item).query();
    }

    private void search(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#library-search").queryAs(TextField.class).setText(text));
    }

    @SuppressWarnings("unchecked")
    private static TreeView<LibraryEntry> tree(FxRobot robot) {
        return robot.lookup("#library-tree").queryAs(TreeView.class);
    }

    /** The shown cell of a scenario (it must be on screen). */
    private static TreeCell<LibraryEntry> cellOf(FxRobot robot, String name) {
        return robot.lookup(".tree-cell").<TreeCell<LibraryEntry>>match(c -> {
            Object item = ((TreeCell<?>) c).getItem();
            return c.isVisible() && item instanceof LibraryEntry.Scenario s && s.source().name().equals(name);
        }).query();
    }
}
