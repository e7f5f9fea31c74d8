package org.atomiscope.app.heatmap;

import javafx.scene.paint.Color;
import org.atomiscope.app.session.AgentColors;

/**
 * The heatmap's colours for one theme, as opaque ARGB ints so a frame can fill its pixel buffer
 * without making objects. CSS does not reach a canvas's pixels, so these follow AtlantaFX's Primer
 * light and dark palettes by hand. Count scales are precomputed ramps of {@value #RAMP} steps.
 */
public final class Palette {
    static final int RAMP = 256;

    final boolean dark;
    final int background;
    final int empty;
    final int muted;
    final int accent;
    final int race;
    final int hover;
    final int[] readRamp;
    final int[] writeRamp;
    final int[] positiveRamp;
    final int[] negativeRamp;
    final int nan;
    final int atomicOnly;
    final int plainOnly;
    final int mixed;
    /** Staleness: index 1 = one value (up to date), 2, 3, 4 = four or more. */
    final int[] staleness;
    /** The colours the canvas strokes and fills with, made once. */
    final Color backgroundFx;
    final Color mutedFx;
    final Color accentFx;
    final Color raceFx;
    final Color hoverFx;
    /** A value written in a cell: dark on light cells, light on dark ones. */
    final Color valueDarkFx;
    final Color valueLightFx;

    private Palette(boolean dark) {
        this.dark = dark;
        if (dark) {
            background = rgb("#0d1117");
            empty = rgb("#21262d");
            muted = rgb("#8b949e");
            accent = rgb("#58a6ff");
            race = rgb("#ff4d4d");
            hover = rgb("#f0f6fc");
            readRamp = ramp("#1b3a63", "#a5d6ff");
            writeRamp = ramp("#4d2a12", "#ffb77c");
            positiveRamp = ramp("#173c33", "#7ee2b8");
            negativeRamp = ramp("#3c2454", "#d2a8ff");
            nan = rgb("#6e7681");
            atomicOnly = rgb("#3fb950");
            plainOnly = rgb("#388bfd");
            mixed = rgb("#d29922");
            staleness = new int[] {empty, rgb("#2f4a37"), rgb("#bb8009"), rgb("#db6d28"), rgb("#f85149")};
        } else {
            background = rgb("#ffffff");
            empty = rgb("#eaeef2");
            muted = rgb("#57606a");
            accent = rgb("#0969da");
            race = rgb("#d1001f");
            hover = rgb("#24292f");
            readRamp = ramp("#cfe6ff", "#0a3069");
            writeRamp = ramp("#ffe2c6", "#8a2a00");
            positiveRamp = ramp("#d3f2e3", "#0b5138");
            negativeRamp = ramp("#ecdcff", "#512a97");
            nan = rgb("#8c959f");
            atomicOnly = rgb("#2da44e");
            plainOnly = rgb("#54aeff");
            mixed = rgb("#bf8700");
            staleness = new int[] {empty, rgb("#b4e2c3"), rgb("#f2cc60"), rgb("#f0883e"), rgb("#cf222e")};
        }
        backgroundFx = color(background);
        mutedFx = color(muted);
        accentFx = color(accent);
        raceFx = color(race);
        hoverFx = color(hover);
        valueDarkFx = Color.web("#1f2328");
        valueLightFx = Color.WHITE;
    }

    private static final Palette LIGHT = new Palette(false);
    private static final Palette DARK = new Palette(true);

    public static Palette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /** The first agents' colours as ARGB, so a frame need not convert a Color per cell. */
    private final int[] agents = new int[64];

    /** An agent's colour (AgentColors) as ARGB. */
    int agent(int agent) {
        if (agent < 0 || agent >= agents.length) {
            return argb(AgentColors.of(agent));
        }
        int c = agents[agent];
        if (c == 0) {
            c = argb(AgentColors.of(agent));
            agents[agent] = c;
        }
        return c;
    }

    /** The ramp entry for {@code count} out of {@code max}: 1 is already clearly coloured, max is the end. */
    static int rampIndex(int count, int max) {
        if (max <= 1) {
            return RAMP - 1;
        }
        double t = Math.log(count) / Math.log(max); // 0 for one access, 1 for the most
        return (int) (RAMP * 0.25 + t * (RAMP * 0.75 - 1));
    }

    /**
     * Above this luminance dark text has the better contrast on a colour, below it white (where the
     * WCAG contrast ratios of the two are equal).
     */
    static final double DARK_TEXT_ABOVE = 0.179;

    /** Relative luminance (0 black … 1 white) of an ARGB colour, to pick a text colour that stands out on it. */
    static double luminance(int argb) {
        return 0.2126 * linear(argb >> 16 & 0xFF) + 0.7152 * linear(argb >> 8 & 0xFF) + 0.0722 * linear(argb & 0xFF);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static int rgb(String web) {
        return argb(Color.web(web));
    }

    static int argb(Color c) {
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
            | (int) Math.round(c.getBlue() * 255);
    }

    static Color color(int argb) {
        return Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF);
    }

    /** The colour as CSS, e.g. "#1f77b4". */
    static String css(int argb) {
        return String.format("#%06x", argb & 0xFFFFFF);
    }

    private static int[] ramp(String from, String to) {
        Color a = Color.web(from);
        Color b = Color.web(to);
        int[] out = new int[RAMP];
        for (int i = 0; i < RAMP; i++) {
            out[i] = argb(a.interpolate(b, i / (double) (RAMP - 1)));
        }
        return out;
    }
}
