package org.atomiscope.app.problems;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.atomiscope.app.session.Problem;
import org.atomiscope.app.session.Session;
import org.atomiscope.lang.Pos;

/**
 * The Problems tab: the session's errors (syntax and runtime, with their place), deadlocks,
 * livelocks, limits, and the analyses' findings (data races, lost updates, a blocking main thread).
 * Clicking a problem that has a place, or pressing Enter on it, goes there; one that another
 * schedule shows has a Replay link that loads that schedule.
 */
public final class ProblemsView {
    private final ListView<Problem> list;
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final Consumer<Pos> goTo;

    /**
     * @param goTo     shows a position in the code
     * @param onReplay loads a problem's witness into the stepper (a problem some other schedule shows)
     */
    public ProblemsView(Session session, Consumer<Pos> goTo, Consumer<Problem> onReplay) {
        this.goTo = goTo;
        list = new ListView<>(session.problems());
        list.setId("problems-list");
        list.getStyleClass().add("problems-list");
        list.getStylesheets().add(ProblemsView.class.getResource("problems.css").toExternalForm());
        Label empty = new Label("No problems");
        empty.setId("problems-empty");
        empty.getStyleClass().add("problems-placeholder");
        list.setPlaceholder(empty);
        list.setCellFactory(v -> {
            ListCell<Problem> cell = new ProblemCell(onReplay);
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !cell.isEmpty()) {
                    open(cell.getItem());
                }
            });
            return cell;
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        count.bind(Bindings.size(session.problems()));
    }

    public Node node() {
        return list;
    }

    /** How many problems there are, for the tab's title. */
    public ReadOnlyIntegerProperty count() {
        return count.getReadOnlyProperty();
    }

    private void open(Problem p) {
        if (p != null && p.pos() != null) {
            goTo.accept(p.pos());
        }
    }
}
