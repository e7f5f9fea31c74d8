package org.atomiscope.app.controls;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The keyboard shortcuts, grouped as in the menus (F1). */
public final class HelpSheet {
    private HelpSheet() {
    }

    public static Dialog<Void> of(Window owner, List<Shortcut> shortcuts) {
        GridPane grid = new GridPane();
        grid.setId("help-sheet");
        grid.setHgap(24);
        grid.setVgap(4);
        int row = 0;
        String group = null;
        for (Shortcut s : shortcuts) {
            if (!s.group().equals(group)) {
                group = s.group();
                Label g = new Label(group);
                g.getStyleClass().add("help-group");
                grid.add(g, 0, row++, 2, 1);
            }
            Label keys = new Label(s.keys().getDisplayText());
            keys.getStyleClass().add("help-keys");
            grid.add(keys, 0, row);
            grid.add(new Label(s.name()), 1, row++);
        }
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Keyboard shortcuts");
        d.setHeaderText("Every command has a key. Steps also work by clicking a choice, or an agent's marked line.");
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getStylesheets().add(HelpSheet.class.getResource("/org/atomiscope/assets/atomiscope.css").toExternalForm());
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return d;
    }
}
