package org.atomiscope.app.heatmap;

/** What a heatmap cell's colour says. */
public enum ColorMode {
    READS("Reads", "How often the cell was read"),
    WRITES("Writes", "How often the cell was written"),
    ATOMIC("Atomic vs plain", "Whether the cell was accessed with Atomics, plainly, or both"),
    LAST_WRITER("Last writer", "Which agent's write the cell holds"),
    VALUE("Value", "The value the cell holds now"),
    STALENESS("Staleness", "How many different values the chosen agent could read from the cell now "
        + "(relaxed model): more than one means it may see an old write");

    private final String label;
    private final String description;

    ColorMode(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    /** A sentence for the tooltip of the mode's button. */
    public String description() {
        return description;
    }
}
