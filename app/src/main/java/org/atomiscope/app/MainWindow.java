package org.atomiscope.app;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The main window (placeholder): the scenario library on the left, a welcome text in the
 * centre. Later features (stepper, timeline, heatmap, ...) get their own packages.
 */
final class MainWindow {

    static final String TITLE = "Atomiscope";
    static final String NO_SCENARIOS = "No scenarios found";

    private final Parent root;

    MainWindow(List<String> scenarios) {
        BorderPane pane = new BorderPane(welcome());
        pane.setLeft(library(scenarios));
        this.root = pane;
    }

    void show(Stage stage) {
        Scene scene = new Scene(root, 1200, 760);
        scene.getStylesheets().add(Assets.stylesheet());
        stage.setTitle(TITLE);
        stage.getIcons().setAll(Assets.appIcons());
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        stage.setScene(scene);
        stage.show();
    }

    private static VBox library(List<String> scenarios) {
        Label title = new Label("Scenarios");
        title.getStyleClass().add("library-title");

        ListView<String> list = new ListView<>(FXCollections.observableArrayList(scenarios));
        list.setId("scenario-list");
        list.getStyleClass().add("scenario-list");
        Label empty = new Label(NO_SCENARIOS);
        empty.setId("scenario-list-empty");
        empty.getStyleClass().add("placeholder-text");
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);

        VBox box = new VBox(title, list);
        box.getStyleClass().add("library-pane");
        box.setPrefWidth(300);
        return box;
    }

    private static VBox welcome() {
        FontIcon icon = new FontIcon(MaterialDesignA.ATOM);
        icon.getStyleClass().add("welcome-icon");
        Label title = new Label(TITLE);
        title.getStyleClass().add("welcome-title");
        Label text = new Label("Pick a scenario on the left to step through it, "
                + "one shared-memory event at a time.");
        text.getStyleClass().add("welcome-text");
        text.setWrapText(true);

        VBox box = new VBox(icon, title, text);
        box.setId("welcome");
        box.getStyleClass().add("welcome");
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
