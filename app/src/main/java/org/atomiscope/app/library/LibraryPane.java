package org.atomiscope.app.library;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The scenario library on the left of the window: a search field above a tree of topics, in
 * course order, each with its scenarios. A click (or Enter) on a scenario hands it to
 * {@code onOpen}; {@link #select} only marks and reveals one, for when the app opens a
 * scenario by itself (the last one, at start-up).
 *
 * <p>Typing filters the tree at once (see {@link ScenarioSearch}) and unfolds every topic
 * with a match; clearing the search brings back the folds the user had.
 */
public final class LibraryPane {
    static final String NO_MATCH = "No scenario matches";

    private final ScenarioLibrary library;
    private final Consumer<ScenarioSource> onOpen;
    private final CustomTextField search;
    private final TreeView<LibraryEntry> tree = new TreeView<>(new TreeItem<>(new LibraryEntry.Topic("", 0, 0, 0)));
    private final Label placeholder = new Label();
    private final VBox node;
    /** Topic folds the user chose while not searching; topics start unfolded. */
    private final Map<String, Boolean> folds = new HashMap<>();
    private boolean searching;

    public LibraryPane(ScenarioLibrary library, Consumer<ScenarioSource> onOpen) {
        this.library = library;
        this.onOpen = onOpen;
        this.search = createSearchField();

        tree.setId("library-tree");
        tree.getStyleClass().addAll("library-tree", Tweaks.EDGE_TO_EDGE, Styles.DENSE, Tweaks.ALT_ICON);
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new LibraryCell(s -> open(s.source())));
        tree.addEventHandler(KeyEvent.KEY_PRESSED, this::treeKey);

        placeholder.setId("library-empty");
        placeholder.getStyleClass().add("library-empty");
        placeholder.setWrapText(true);
        placeholder.setMouseTransparent(true);
        StackPane treeBox = new StackPane(tree, placeholder);
        VBox.setVgrow(treeBox, Priority.ALWAYS);

        Label title = new Label("Scenarios");
        title.getStyleClass().add("library-title");
        VBox header = new VBox(title, search);
        header.getStyleClass().add("library-header");

        node = new VBox(header, treeBox);
        node.getStyleClass().add("library-view");
        URL css = LibraryPane.class.getResource("library.css");
        if (css != null) {
            node.getStylesheets().add(css.toExternalForm());
        }
        rebuild("");
    }

    public Node node() {
        return node;
    }

    /**
     * Selects and scrolls to the library scenario with this name ({@code 19-reordering-123456-191},
     * {@code .js} or a {@code library:} prefix allowed), without opening it. An unknown name (a
     * scenario from a file) clears the selection instead.
     */
    public void select(String name) {
        String key = name == null ? "" : name.replaceFirst("^library:", "");
        Optional<ScenarioSource> wanted = key.isEmpty() ? Optional.empty() : library.named(key);
        if (wanted.isEmpty()) {
            tree.getSelectionModel().clearSelection();
            return;
        }
        TreeItem<LibraryEntry> item = find(wanted.get().name());
        if (item == null) { // hidden by the search: show everything again
            search.clear();
            item = find(wanted.get().name());
        }
        if (item == null || tree.getSelectionModel().getSelectedItem() == item) {
            return;
        }
        item.getParent().setExpanded(true);
        tree.getSelectionModel().select(item);
        reveal(tree.getRow(item));
    }

    /** The search field, for a "find" shortcut (Ctrl+F) to focus. */
    public TextField searchField() {
        return search;
    }

    /**
     * AtlantaFX's CustomTextField rather than ControlsFX's clearable one: the ControlsFX field
     * brings a stylesheet written for Modena's colours, which the AtlantaFX themes do not define.
     */
    private CustomTextField createSearchField() {
        CustomTextField field = new CustomTextField();
        field.setId("library-search");
        field.setPromptText("Search scenarios");
        FontIcon magnify = new FontIcon(MaterialDesignM.MAGNIFY);
        magnify.getStyleClass().add("library-search-icon");
        field.setLeft(magnify);
        FontIcon clear = new FontIcon(MaterialDesignC.CLOSE_CIRCLE);
        clear.setId("library-search-clear");
        clear.getStyleClass().add("library-search-clear");
        clear.setCursor(Cursor.HAND);
        clear.setPickOnBounds(true); // a glyph alone is a small target
        clear.setOnMouseClicked(e -> {
            field.clear();
            field.requestFocus();
        });
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        field.setRight(clear);
        field.textProperty().addListener((o, was, text) -> rebuild(text));
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN) {
                firstScenario().ifPresent(first -> {
                    tree.requestFocus();
                    tree.getSelectionModel().select(first);
                });
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                bestScenario(field.getText()).ifPresent(first -> {
                    tree.getSelectionModel().select(first);
                    open(((LibraryEntry.Scenario) first.getValue()).source());
                });
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                e.consume();
            }
        });
        return field;
    }

    private void treeKey(KeyEvent e) {
        if (e.getCode() != KeyCode.ENTER && e.getCode() != KeyCode.SPACE) {
            return;
        }
        TreeItem<LibraryEntry> item = tree.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        if (item.getValue() instanceof LibraryEntry.Scenario s) {
            open(s.source());
        } else {
            item.setExpanded(!item.isExpanded());
        }
        e.consume();
    }

    private void open(ScenarioSource source) {
        onOpen.accept(source);
    }

    /** Fills the tree with the scenarios the query matches, keeping the selection if it is still shown. */
    private void rebuild(String query) {
        ScenarioSearch filter = new ScenarioSearch(query);
        searching = !filter.isEmpty();
        TreeItem<LibraryEntry> selected = tree.getSelectionModel().getSelectedItem();
        String selectedName = selected != null && selected.getValue() instanceof LibraryEntry.Scenario s
                ? s.source().name() : null;

        TreeItem<LibraryEntry> root = tree.getRoot();
        root.getChildren().clear();
        int chapter = 0;
        for (Map.Entry<String, List<ScenarioSource>> topic : library.byTopic().entrySet()) {
            chapter++;
            List<ScenarioSource> shown = topic.getValue().stream().filter(filter::matches).toList();
            if (shown.isEmpty()) {
                continue;
            }
            TreeItem<LibraryEntry> item = new TreeItem<>(
                    new LibraryEntry.Topic(topic.getKey(), chapter, shown.size(), topic.getValue().size()));
            for (ScenarioSource s : shown) {
                item.getChildren().add(new TreeItem<>(new LibraryEntry.Scenario(s)));
            }
            item.setExpanded(searching || folds.getOrDefault(topic.getKey(), true));
            item.expandedProperty().addListener((o, was, now) -> {
                if (!searching) {
                    folds.put(topic.getKey(), now);
                }
            });
            root.getChildren().add(item);
        }

        boolean empty = root.getChildren().isEmpty();
        placeholder.setText(library.size() == 0 ? "The library has no scenarios."
                : NO_MATCH + " \u201c" + (query == null ? "" : query.strip()) + "\u201d.");
        placeholder.setVisible(empty);
        tree.setVisible(!empty); // an empty tree would still show its last scroll bar
        TreeItem<LibraryEntry> again = selectedName == null ? null : find(selectedName);
        if (again != null) {
            tree.getSelectionModel().select(again);
        } else {
            tree.getSelectionModel().clearSelection();
        }
        tree.scrollTo(0);
    }

    private TreeItem<LibraryEntry> find(String name) {
        for (TreeItem<LibraryEntry> topic : tree.getRoot().getChildren()) {
            for (TreeItem<LibraryEntry> item : topic.getChildren()) {
                if (((LibraryEntry.Scenario) item.getValue()).source().name().equals(name)) {
                    return item;
                }
            }
        }
        return null;
    }

    /** The shown scenario that answers the query best (the first in course order among equals). */
    private Optional<TreeItem<LibraryEntry>> bestScenario(String query) {
        ScenarioSearch search = new ScenarioSearch(query);
        return tree.getRoot().getChildren().stream().flatMap(t -> t.getChildren().stream())
            .reduce((a, b) -> search.score(((LibraryEntry.Scenario) b.getValue()).source())
                > search.score(((LibraryEntry.Scenario) a.getValue()).source()) ? b : a);
    }

    private Optional<TreeItem<LibraryEntry>> firstScenario() {
        return tree.getRoot().getChildren().stream().flatMap(t -> t.getChildren().stream()).findFirst();
    }

    /** Scrolls a row into view, leaving the view alone when the row is shown already. */
    private void reveal(int row) {
        if (row < 0) {
            return;
        }
        if (tree.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (first != null && last != null && row > first.getIndex() && row < last.getIndex()) {
                return;
            }
        }
        tree.scrollTo(Math.max(0, row - 2)); // a little context above the row
    }

    /** The names of the scenarios the tree shows now, topic by topic (for tests). */
    List<String> shownScenarios() {
        return tree.getRoot().getChildren().stream().flatMap(t -> t.getChildren().stream())
                .map(i -> ((LibraryEntry.Scenario) i.getValue()).source().name()).toList();
    }
}
