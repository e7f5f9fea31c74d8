package org.atomiscope.app.controls;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.atomiscope.app.session.AgentColors;
import org.atomiscope.app.session.Session;
import org.atomiscope.app.session.Stepper;
import org.atomiscope.machine.Choice;

/**
 * The enabled transitions of the current state as buttons, one per choice, in the colour of the agent
 * it moves: "writer: ia[37] = 123456", "reader: read ia[42] → 191 (stale: …)", "writer: flush
 * ia[42] = 314159". Clicking one takes it (in lockstep in both runs, side by side).
 */
public final class ChoicesPane {
    private final Session session;
    private final VBox root = new VBox(4);
    private final List<Button> buttons = new ArrayList<>();

    public ChoicesPane(Session session) {
        this.session = session;
        root.setId("choices");
        root.getStyleClass().add("choices");
        session.revisionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public Node node() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("choices-scroll");
        // As tall as the choices, up to about four rows of buttons; then it scrolls.
        scroll.prefViewportHeightProperty().bind(root.heightProperty());
        scroll.setMaxHeight(150);
        return scroll;
    }

    /** The labels of the buttons shown, in order (primary run first), for tests. */
    public List<String> labels() {
        return buttons.stream().map(Button::getText).toList();
    }

    private List<Object> shown = List.of();

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
        root.getChildren().clear();
        buttons.clear();
        if (steppers.isEmpty()) {
            return;
        }
        for (Stepper s : steppers) {
            FlowPane flow = new FlowPane(6, 4);
            flow.getStyleClass().add("choice-flow");
            List<Choice> choices = s.machine().choices();
            if (choices.isEmpty()) {
                Label end = new Label(s.machine().blockedForever().isEmpty() ? "The run has ended: nothing left to do."
                    : "Deadlock: " + String.join(", ", s.machine().blockedForever()) + " wait forever.");
                end.getStyleClass().add("choices-end");
                flow.getChildren().add(end);
            }
            for (Choice c : choices) {
                // Each button takes the choice of the machine it was made for; equal labels mean equal choices.
                Button b = new Button(c.label());
                b.getStyleClass().add("choice");
                b.setStyle("-fx-border-color: transparent transparent transparent " + AgentColors.css(c.agent()) + ";");
                b.setTooltip(new Tooltip("Take this step" + (steppers.size() > 1 ? " (both runs follow)" : "")));
                b.setOnAction(e -> session.take(s, c, true));
                b.setFocusTraversable(false);
                buttons.add(b);
                flow.getChildren().add(b);
            }
            if (steppers.size() > 1) {
                Label model = new Label(s.model().displayName());
                model.getStyleClass().add("choices-model");
                model.setMinWidth(120);
                root.getChildren().add(new HBox(8, model, flow));
                HBox.setHgrow(flow, javafx.scene.layout.Priority.ALWAYS);
            } else {
                root.getChildren().add(flow);
            }
        }
    }
}
