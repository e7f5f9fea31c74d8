package org.atomiscope.app.library;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.atomiscope.scenario.Goal;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * One row of the library: a topic (bold, with how many scenarios it holds) or a scenario (its
 * title, and its course number muted). A single click opens a scenario or folds a topic, as in
 * a file browser's side bar: students should not have to learn that a double click is needed.
 */
final class LibraryCell extends TreeCell<LibraryEntry> {
    private final FontIcon icon = new FontIcon();
    private final Label title = new Label();
    private final Label detail = new Label();
    private final HBox box = new HBox(icon, title, detail);
    private final Tooltip tooltip = new Tooltip();

    LibraryCell(Consumer<LibraryEntry.Scenario> onOpen) {
        icon.getStyleClass().add("library-icon");
        title.getStyleClass().add("library-label");
        title.setMinWidth(0); // let a long title end in "..." rather than push the number away
        title.setMaxWidth(Double.MAX_VALUE); // and keep the numbers in one column at the right
        detail.getStyleClass().add("library-detail");
        detail.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(title, Priority.ALWAYS);
        box.getStyleClass().add("library-row");
        tooltip.setShowDelay(Duration.millis(600));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        // The virtual flow widens a row to its preferred width; zero makes rows fit the pane.
        setPrefWidth(0);

        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            // A topic folds on the first click already; the tree's own double-click fold would undo it.
            if (e.getClickCount() > 1 && getItem() instanceof LibraryEntry.Topic && !onDisclosure(e)) {
                e.consume();
            }
        });
        setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || isEmpty() || onDisclosure(e)) {
                return;
            }
            if (getItem() instanceof LibraryEntry.Scenario s) {
                if (e.getClickCount() == 1) { // a double click opens once, not twice
                    onOpen.accept(s);
                }
            } else if (getTreeItem() != null) { // every click folds or unfolds, quick ones too
                TreeItem<LibraryEntry> item = getTreeItem();
                item.setExpanded(!item.isExpanded());
            }
        });
    }

    /** Whether the click was on the fold arrow, which folds by itself. */
    private boolean onDisclosure(MouseEvent e) {
        Node arrow = getDisclosureNode();
        for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != this; n = n.getParent()) {
            if (n == arrow) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void updateItem(LibraryEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        getStyleClass().removeAll("library-topic", "library-scenario");
        setText(null);
        if (empty || entry == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (entry instanceof LibraryEntry.Topic topic) {
            getStyleClass().add("library-topic");
            icon.setIconCode(MaterialDesignB.BOOKMARK_MULTIPLE_OUTLINE);
            title.setText(topic.chapter() + ". " + topic.name());
            detail.setText(topic.shown() == topic.total() ? Integer.toString(topic.total())
                    : topic.shown() + " of " + topic.total());
            setTooltip(null);
        } else if (entry instanceof LibraryEntry.Scenario s) {
            getStyleClass().add("library-scenario");
            icon.setIconCode(s.isChallenge() ? MaterialDesignF.FLAG_CHECKERED
                    : s.isFolder() ? MaterialDesignF.FOLDER_OUTLINE : MaterialDesignF.FILE_CODE_OUTLINE);
            title.setText(s.source().title());
            detail.setText("· " + s.number());
            tooltip.setText(s.source().title() + "\n" + s.source().name() + (s.isFolder() ? " (folder)" : ".js")
                    + (s.isChallenge() ? "\nA challenge: make " + challenge(s) + " happen." : ""));
            setTooltip(tooltip);
        }
        setGraphic(box);
    }

    /** What the first goal asks for, as the tooltip says it. */
    private static String challenge(LibraryEntry.Scenario s) {
        Goal g = s.source().header().goals().get(0);
        return g.isDeadlock() ? "a deadlock" : "\u201c" + g.text() + "\u201d";
    }
}
