package org.atomiscope.app.timeline;

import javafx.scene.paint.Color;
import org.atomiscope.app.session.AgentColors;

/**
 * The timeline's colours for one theme. CSS does not reach a canvas's pixels, so these follow
 * AtlantaFX's Primer light and dark palettes by hand; agents keep their {@link AgentColors}. Every
 * colour is made once, so a frame makes none.
 */
public final class TimelinePalette {
    final boolean dark;
    final Color background;
    final Color stripe;
    final Color header;
    final Color grid;
    final Color text;
    final Color muted;
    final Color accent;
    final Color danger;
    final Color dangerBand;
    final Color futureVeil;
    final Color flush;
    private final Color[] agents = new Color[10];
    private final Color[] blocked = new Color[10];
    private final Color[] onAgent = new Color[10];
    private final Color[] dense = new Color[10];

    private TimelinePalette(boolean dark) {
        this.dark = dark;
        if (dark) {
            background = Color.web("#0d1117");
            stripe = Color.web("#161b22");
            header = Color.web("#21262d");
            grid = Color.web("#30363d");
            text = Color.web("#e6edf3");
            muted = Color.web("#8b949e");
            accent = Color.web("#58a6ff");
            danger = Color.web("#f85149");
        } else {
            background = Color.web("#ffffff");
            stripe = Color.web("#f6f8fa");
            header = Color.web("#eaeef2");
            grid = Color.web("#d0d7de");
            text = Color.web("#1f2328");
            muted = Color.web("#656d76");
            accent = Color.web("#0969da");
            danger = Color.web("#cf222e");
        }
        dangerBand = danger.deriveColor(0, 1, 1, dark ? 0.22 : 0.13);
        futureVeil = background.deriveColor(0, 1, 1, 0.62);
        flush = AgentColors.MEMORY;
        for (int a = 0; a < agents.length; a++) {
            Color c = AgentColors.of(a);
            agents[a] = dark ? c.deriveColor(0, 1, 1.15, 1) : c;
            blocked[a] = c.deriveColor(0, 1, 1, dark ? 0.28 : 0.16);
            dense[a] = agents[a].deriveColor(0, 1, 1, 0.6);
            double luminance = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
            onAgent[a] = luminance > 0.55 ? Color.web("#1f2328") : Color.WHITE;
        }
    }

    private static final TimelinePalette LIGHT = new TimelinePalette(false);
    private static final TimelinePalette DARK = new TimelinePalette(true);

    public static TimelinePalette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /** An agent's colour; -1 (memory) is grey. */
    Color agent(int agent) {
        return agent < 0 ? flush : agents[agent % agents.length];
    }

    /** Text on a mark filled with the agent's colour. */
    Color onAgent(int agent) {
        return agent < 0 ? Color.WHITE : onAgent[agent % onAgent.length];
    }

    /** Slivers of events packed closer than a pixel apart: lighter, so a dense run reads as texture. */
    Color dense(int agent) {
        return agent < 0 ? flush : dense[agent % dense.length];
    }

    /** The shade of an agent's blocked time. */
    Color blocked(int agent) {
        return agent < 0 ? grid : blocked[agent % blocked.length];
    }
}
