package org.atomiscope.app.controls;

import javafx.scene.input.KeyCombination;

/** A command of the window with its keyboard shortcut, as the help sheet and tooltips list them. */
public record Shortcut(String group, String name, KeyCombination keys, Runnable run) {
    /** "Step (F10)": a tooltip's text. */
    public String tooltip() {
        return name + " (" + keys.getDisplayText() + ")";
    }
}
