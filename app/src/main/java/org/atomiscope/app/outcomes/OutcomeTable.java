package org.atomiscope.app.outcomes;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.atomiscope.explore.Explorer;
import org.atomiscope.memory.MemoryModel;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The outcomes table: the outcome, one column per memory model ("2 states" with a replay button,
 * or "—"), and a share-of-states bar chart. Each model's column header carries its bar colour, so the
 * headers are the chart's legend. A row's context menu (or a double click) replays it too.
 */
final class OutcomeTable {
    private final TableView<OutcomeRow> table;
    private final List<MemoryModel> models;
    private final BiConsumer<OutcomeRow, MemoryModel> replay;
    private Map<String, Explorer.Result> results = Map.of();
    private Grading grading = new Grading(List.of(), Map.of());

    OutcomeTable(ObservableList<OutcomeRow> rows, List<MemoryModel> models, BiConsumer<OutcomeRow, MemoryModel> replay,
                 Label placeholder) {
        this.models = models;
        this.replay = replay;
        table = new TableView<>(rows);
        table.setId("outcomes-table");
        table.getStyleClass().add("outcomes-table");
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(outcomeColumn());
        for (MemoryModel m : models) {
            table.getColumns().add(modelColumn(m));
        }
        table.getColumns().add(sharesColumn());
        table.setRowFactory(t -> row());
    }

    TableView<OutcomeRow> node() {
        return table;
    }

    /** New results: cells read these (and the grading) when they are next drawn. */
    void show(Map<String, Explorer.Result> results, Grading grading) {
        this.results = Map.copyOf(results);
        this.grading = grading;
        table.refresh();
    }

    private static TableColumn<OutcomeRow, OutcomeRow> column(String title) {
        TableColumn<OutcomeRow, OutcomeRow> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    private TableColumn<OutcomeRow, OutcomeRow> outcomeColumn() {
        TableColumn<OutcomeRow, OutcomeRow> c = column("Outcome");
        c.setPrefWidth(320);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(OutcomeRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.outcome());
                setTooltip(empty || row == null ? null : tooltip(row.outcome()));
                getStyleClass().remove("outcome-text");
                getStyleClass().add("outcome-text");
            }
        });
        return c;
    }

    private TableColumn<OutcomeRow, OutcomeRow> modelColumn(MemoryModel m) {
        TableColumn<OutcomeRow, OutcomeRow> c = column(null);
        Region swatch = new Region();
        swatch.getStyleClass().addAll("model-swatch", "model-" + m.id());
        Label title = new Label(m.shortName(), swatch);
        title.setTooltip(tooltip(m.displayName()));
        c.setGraphic(title);
        c.setPrefWidth(175);
        c.setMinWidth(150);
        c.setCellFactory(col -> new ModelCell(m));
        return c;
    }

    private TableColumn<OutcomeRow, OutcomeRow> sharesColumn() {
        TableColumn<OutcomeRow, OutcomeRow> c = column("Share");
        Label head = new Label("Share");
        head.setTooltip(tooltip("Each model's share of its end states that end with this outcome"));
        c.setText(null);
        c.setGraphic(head);
        c.setPrefWidth(170);
        List<String> ids = models.stream().map(MemoryModel::id).toList();
        c.setCellFactory(col -> new TableCell<>() {
            private final ShareBars bars = new ShareBars(ids);

            @Override
            protected void updateItem(OutcomeRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                double[] shares = new double[models.size()];
                StringBuilder tip = new StringBuilder();
                for (int i = 0; i < shares.length; i++) {
                    MemoryModel m = models.get(i);
                    long total = total(m.id());
                    long n = row.count(m.id());
                    shares[i] = total == 0 ? 0 : n / (double) total;
                    tip.append(i == 0 ? "" : "\n").append(m.shortName()).append(": ")
                        .append(String.format("%,d of %,d end states (%.0f%%)", n, total, shares[i] * 100));
                }
                bars.setShares(shares);
                setGraphic(bars);
                setTooltip(tooltip(tip.toString()));
            }
        });
        return c;
    }

    /** Terminal states (and livelock regions) the model reached in all. */
    private long total(String modelId) {
        Explorer.Result r = results.get(modelId);
        return r == null ? 0 : r.outcomes().stream().mapToLong(Explorer.Found::count).sum();
    }

    private TableRow<OutcomeRow> row() {
        TableRow<OutcomeRow> row = new TableRow<>();
        ContextMenu menu = new ContextMenu();
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            OutcomeRow r = row.getItem();
            for (MemoryModel m : models) {
                if (r != null && r.found(m.id()) != null) {
                    MenuItem item = new MenuItem("Replay under " + m.shortName(), new FontIcon(MaterialDesignP.PLAY));
                    item.setOnAction(a -> replay.accept(r, m));
                    menu.getItems().add(item);
                }
            }
        });
        row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
            .then((ContextMenu) null).otherwise(menu));
        row.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !row.isEmpty()) {
                // A double click replays under the first model (in SC, TSO, Relaxed order) that has it.
                models.stream().filter(m -> row.getItem().found(m.id()) != null).findFirst()
                    .ifPresent(m -> replay.accept(row.getItem(), m));
            }
        });
        return row;
    }

    static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(300));
        t.setWrapText(true);
        t.setMaxWidth(520);
        return t;
    }

    /** "2 states", the expectation's mark and a replay button; or "—" when the model never reaches it. */
    private final class ModelCell extends TableCell<OutcomeRow, OutcomeRow> {
        private final MemoryModel model;
        private final Label count = new Label();
        private final FontIcon mark = new FontIcon();
        private final Label markHolder = new Label(null, mark);
        private final Button replayButton = new Button(null, new FontIcon(MaterialDesignP.PLAY));
        private final Region spacer = new Region();
        private final HBox box = new HBox(count, markHolder, spacer, replayButton);

        ModelCell(MemoryModel model) {
            this.model = model;
            count.getStyleClass().add("outcome-count");
            count.setMinWidth(Region.USE_PREF_SIZE); // "12,345 states" in full, never "1 s…"
            markHolder.setMinWidth(Region.USE_PREF_SIZE);
            markHolder.getStyleClass().add("expect-mark");
            replayButton.getStyleClass().addAll("replay-button", "flat");
            replayButton.setTooltip(tooltip("Replay under " + model.shortName()
                + ": load the schedule that reached this outcome into the stepper"));
            replayButton.setFocusTraversable(false);
            replayButton.setOnAction(e -> {
                if (getItem() != null) {
                    replay.accept(getItem(), model);
                }
            });
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("model-cell");
        }

        @Override
        protected void updateItem(OutcomeRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            long n = row.count(model.id());
            boolean found = row.found(model.id()) != null;
            count.setText(found ? String.format("%,d state%s", n, n == 1 ? "" : "s") : "—");
            count.getStyleClass().remove("never");
            if (!found) {
                count.getStyleClass().add("never");
            }
            replayButton.setVisible(found);
            Grading.Mark m = grading.mark(row, model.id());
            markHolder.setVisible(m != null);
            markHolder.setManaged(m != null);
            markHolder.getStyleClass().removeAll("holds", "fails");
            if (m != null) {
                mark.setIconCode(m.holds() ? MaterialDesignC.CHECK_DECAGRAM : MaterialDesignA.ALERT_DECAGRAM);
                markHolder.getStyleClass().add(m.holds() ? "holds" : "fails");
                markHolder.setTooltip(tooltip((m.holds() ? "As the scenario expects.\n" : "Not as the scenario expects.\n")
                    + m.explanation()));
            }
            setGraphic(box);
        }
    }
}
