package org.atomiscope.app.session;

import javafx.scene.paint.Color;

/**
 * Every agent's colour, the same in code markers, timeline lanes, heatmap and console. Chosen to
 * stay apart on a projector and in both themes (the Tableau 10 hues).
 */
public final class AgentColors {
    private static final Color[] PALETTE = {
        Color.web("#1f77b4"), Color.web("#d62728"), Color.web("#2ca02c"), Color.web("#9467bd"),
        Color.web("#ff7f0e"), Color.web("#17becf"), Color.web("#e377c2"), Color.web("#8c564b"),
        Color.web("#bcbd22"), Color.web("#7f7f7f"),
    };

    /** The colour of memory's own transitions (store-buffer flushes). */
    public static final Color MEMORY = Color.web("#6b7280");

    private AgentColors() {
    }

    public static Color of(int agent) {
        return agent < 0 ? MEMORY : PALETTE[agent % PALETTE.length];
    }

    /** The colour as CSS, e.g. "#1f77b4". */
    public static String css(int agent) {
        Color c = of(agent);
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
            (int) Math.round(c.getBlue() * 255));
    }
}
