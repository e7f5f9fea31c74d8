package org.atomiscope.app.console;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import org.atomiscope.app.session.AgentColors;

/**
 * A console row: the step number (muted), the agent's name in the agent's colour, then the text.
 * Its three labels are made once and reused as the list scrolls, so thousands of lines cost only
 * the rows on screen.
 */
final class ConsoleCell extends ListCell<ConsoleLine> {
    private final Label step = new Label();
    private final Label agent = new Label();
    private final Label text = new Label();
    private final HBox row = new HBox(step, agent, text);

    ConsoleCell() {
        step.getStyleClass().add("console-step");
        agent.getStyleClass().add("console-agent");
        text.getStyleClass().add("console-text");
        row.getStyleClass().add("console-row");
        setText(null);
    }

    @Override
    protected void updateItem(ConsoleLine line, boolean empty) {
        super.updateItem(line, empty);
        text.getStyleClass().removeAll("console-warning", "console-error");
        if (empty || line == null) {
            setGraphic(null);
            return;
        }
        step.setText("#" + line.step());
        agent.setText(line.agentName());
        agent.setStyle("-fx-text-fill: " + AgentColors.css(line.agent()) + ";");
        text.setText(line.body());
        switch (line.kind()) {
            case WARNING -> text.getStyleClass().add("console-warning");
            case THREW, HUNG -> text.getStyleClass().add("console-error");
            default -> { }
        }
        setGraphic(row);
    }
}
