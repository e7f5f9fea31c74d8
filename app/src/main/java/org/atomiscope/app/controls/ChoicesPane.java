package org.atomiscope.app.controls;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.atomiscope.app.session.AgentColors;
import org.atomiscope.app.session.Session;
import org.atomiscope.app.session.Stepper;
import org.atomiscope.machine.Choice;

/**
 * The enabled transitions of the current state as buttons, one per choice, in the colour of the agent
 * it moves: "writer: ia[37] = 123456", "reader: read ia[42] → 191 (stale: …)", "writer: flush
 * ia[42] = 314159". Clicking one takes it (in lockstep in both runs, side by side).
 *
 * <p>A step changes the buttons' texts, not the window: buttons are reused (a new button costs a
 * skin, its styling and a tooltip popup), one tooltip serves them all, and the area keeps the height
 * of a row of buttons when the run has ended, so the whole window below is not laid out and painted
 * again because a label is shorter than a button.
 */
public final class ChoicesPane {
    private final Session session;
    private final VBox root = new VBox(4);
    private final ScrollPane scroll;
    private final List<Button> buttons = new ArrayList<>();
    private final List<RunRow> rows = new ArrayList<>();
    private Tooltip single;
    private Tooltip both;
    /** The height of a row of buttons, once one was laid out: an ended run's row is as tall. */
    private double rowHeight;
    private List<Object> shown = List.of();

    public ChoicesPane(Session session) {
        this.session = session;
        root.setId("choices");
        root.getStyleClass().add("choices");
        scroll = new ScrollPane(root) {
            // As tall as the choices, up to about four rows of buttons; then it scrolls. Computed here,
            // in the layout pass that places the choices: a height that followed the content's laid-out
            // height would move the window below one frame later, in a second full repaint.
            @Override
            protected double computePrefHeight(double width) {
                Insets in = getInsets();
                double w = getWidth() > 0 ? getWidth() - in.getLeft() - in.getRight() : -1;
                return in.getTop() + root.prefHeight(w) + in.getBottom();
            }
        };
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("choices-scroll");
        scroll.setMaxHeight(150);
        session.revisionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public Node node() {
        return scroll;
    }

    /** The labels of the buttons shown, in order (primary run first), for tests. */
    public List<String> labels() {
        return buttons.stream().map(Button::getText).toList();
    }

    private void refresh() {
        List<Stepper> steppers = session.steppers();
        // The same choices as before (say, a step of another agent left these unchanged)? Keep the buttons.
        List<Object> now = new ArrayList<>();
        for (Stepper s : steppers) {
            now.add(s);
            now.add(s.machine().choices().stream().map(Choice::label).toList());
            now.add(s.machine().blockedForever());
        }
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        for (RunRow r : rows) {
            for (Button b : r.buttons) {
                rowHeight = Math.max(rowHeight, b.getHeight());
            }
        }
        while (rows.size() < steppers.size()) {
            rows.add(new RunRow());
        }
        buttons.clear();
        List<Node> children = new ArrayList<>();
        for (int i = 0; i < steppers.size(); i++) {
            RunRow row = rows.get(i);
            row.show(steppers.get(i), steppers.size() > 1);
            buttons.addAll(row.buttons.subList(0, row.used));
            children.add(steppers.size() > 1 ? row.withModel : row.flow);
        }
        if (!root.getChildren().equals(children)) {
            root.getChildren().setAll(children);
        }
        // The content is a layout root of its own: its new size reaches the window only when asked.
        scroll.requestLayout();
    }

    private Tooltip tooltip(boolean twin) {
        if (twin) {
            if (both == null) {
                both = new Tooltip("Take this step (both runs follow)");
            }
            return both;
        }
        if (single == null) {
            single = new Tooltip("Take this step");
        }
        return single;
    }

    /** One run's choices: a flow of buttons (or the sentence saying the run has ended), headed by its model side by side. */
    private final class RunRow {
        final FlowPane flow = new FlowPane(6, 4);
        final Label model = new Label();
        final HBox withModel = new HBox(8, model);
        final Label end = new Label();
        final List<Button> buttons = new ArrayList<>();
        int used;

        RunRow() {
            flow.getStyleClass().add("choice-flow");
            end.getStyleClass().add("choices-end");
            model.getStyleClass().add("choices-model");
            model.setMinWidth(120);
            HBox.setHgrow(flow, Priority.ALWAYS);
        }

        void show(Stepper s, boolean twin) {
            List<Choice> choices = s.machine().choices();
            List<Node> children = new ArrayList<>();
            if (choices.isEmpty()) {
                end.setText(s.machine().blockedForever().isEmpty() ? "The run has ended: nothing left to do."
                    : "Deadlock: " + String.join(", ", s.machine().blockedForever()) + " wait forever.");
                end.setMinHeight(rowHeight > 0 ? rowHeight : Label.USE_COMPUTED_SIZE);
                children.add(end);
            }
            used = 0;
            for (Choice c : choices) {
                Button b = button(used++);
                // Each button takes the choice of the machine it shows; equal labels mean equal choices.
                b.setText(c.label());
                b.setStyle("-fx-border-color: transparent transparent transparent " + AgentColors.css(c.agent()) + ";");
                b.setTooltip(tooltip(twin));
                b.setOnAction(e -> session.takeLive(s, c));
                children.add(b);
            }
            if (!flow.getChildren().equals(children)) {
                flow.getChildren().setAll(children);
            }
            model.setText(s.model().displayName());
            if (twin && !withModel.getChildren().contains(flow)) {
                withModel.getChildren().add(flow);
            }
        }

        private Button button(int i) {
            while (buttons.size() <= i) {
                Button b = new Button();
                b.getStyleClass().add("choice");
                b.setFocusTraversable(false);
                buttons.add(b);
            }
            return buttons.get(i);
        }
    }
}
