package org.atomiscope.app.problems;

import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.atomiscope.app.session.Problem;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** One problem: an icon for its kind, the sentence, and where it is ("main.js:3:7") when known. */
final class ProblemCell extends ListCell<Problem> {
    private final FontIcon icon = new FontIcon();
    private final Label message = new Label();
    private final Label where = new Label();
    private final Hyperlink replay = new Hyperlink("Replay");
    private final HBox place = new HBox(8, where, replay);
    private final VBox text = new VBox(2, message, place);
    private final HBox row = new HBox(icon, text);

    /** The list's padding, border and scroll bar. */
    private static final double ROW_INSET = 40;
    /** The icon and the gap after it. */
    private static final double MESSAGE_INSET = 30;

    ProblemCell(Consumer<Problem> onReplay) {
        replay.getStyleClass().add("problem-replay");
        replay.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        replay.setOnAction(e -> {
            if (getItem() != null) {
                onReplay.accept(getItem());
            }
            e.consume();
        });
        icon.getStyleClass().add("problem-icon");
        message.getStyleClass().add("problem-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        where.getStyleClass().add("problem-where");
        where.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        row.getStyleClass().add("problem-row");
        // Wrapped messages need a width to break lines at before the cell is sized: the list asks a cell
        // for its height at the row's preferred width, and the row asks the message at the message's.
        // The list's own width is known by then (a cell's is not yet), and the place and Replay link sit
        // under the message, so the message's width depends on nothing else.
        row.setMinWidth(0);
        listViewProperty().addListener((o, was, list) -> {
            message.prefWidthProperty().unbind();
            row.prefWidthProperty().unbind();
            if (list != null) {
                row.prefWidthProperty().bind(list.widthProperty().subtract(ROW_INSET));
                message.prefWidthProperty().bind(list.widthProperty().subtract(ROW_INSET + MESSAGE_INSET));
            }
        });
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        setText(null);
    }

    @Override
    protected void updateItem(Problem p, boolean empty) {
        super.updateItem(p, empty);
        getStyleClass().removeAll("has-position", "problem-error", "problem-warning");
        if (empty || p == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        icon.setIconCode(icon(p.kind()));
        getStyleClass().add(severe(p.kind()) ? "problem-error" : "problem-warning");
        message.setText(p.message());
        where.setText(p.pos() == null ? "" : p.pos().toString());
        place.setVisible(p.pos() != null || p.replayable());
        place.setManaged(p.pos() != null || p.replayable());
        if (p.pos() != null) {
            getStyleClass().add("has-position");
        }
        replay.setVisible(p.replayable());
        replay.setManaged(p.replayable());
        replay.setTooltip(p.replayable() ? new javafx.scene.control.Tooltip("Load the schedule that shows it into the stepper ("
            + p.witness().size() + " steps under " + p.modelId() + ")") : null);
        setGraphic(row);
    }

    static Ikon icon(Problem.Kind kind) {
        return switch (kind) {
            case ERROR -> MaterialDesignA.ALERT_CIRCLE;
            case DEADLOCK -> MaterialDesignL.LOCK;
            case LIVELOCK -> MaterialDesignS.SYNC;
            case LIMIT -> MaterialDesignT.TIMER_SAND;
            case WARNING -> MaterialDesignA.ALERT;
            case RACE -> MaterialDesignS.SWAP_HORIZONTAL;
            case LOST_UPDATE -> MaterialDesignE.ERASER;
            case BLOCKING -> MaterialDesignH.HAND_BACK_LEFT;
        };
    }

    /** Errors and deadlocks stop a run for good, races and lost updates are bugs; the rest are warnings. */
    static boolean severe(Problem.Kind kind) {
        return kind == Problem.Kind.ERROR || kind == Problem.Kind.DEADLOCK || kind == Problem.Kind.RACE
            || kind == Problem.Kind.LOST_UPDATE;
    }
}
