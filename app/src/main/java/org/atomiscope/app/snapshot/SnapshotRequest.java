package org.atomiscope.app.snapshot;

import java.util.List;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.Models;

/** What {@code atomiscope snapshot} renders, checked: every bad value is one sentence. */
public record SnapshotRequest(String scenario, MemoryModel model, int steps, String witness, boolean explore,
                              boolean sideBySide, String part, boolean dark, int width, int height, double fontSize) {
    public static final List<String> PARTS = List.of("window", "timeline", "heatmap", "console", "outcomes", "problems",
        "code", "notes");

    static SnapshotRequest of(String scenario, String model, int steps, String witness, boolean explore, boolean sideBySide,
                              String part, String theme, String size, double fontSize) {
        MemoryModel m = Models.byId(model).orElseThrow(() -> new IllegalArgumentException(
            "Unknown model '" + model + "': use sc, tso or relaxed."));
        if (steps < 0) {
            throw new IllegalArgumentException("--steps must be 0 or more, not " + steps + ".");
        }
        if (!PARTS.contains(part)) {
            throw new IllegalArgumentException("Unknown part '" + part + "': use one of " + String.join(", ", PARTS) + ".");
        }
        if (!theme.equals("light") && !theme.equals("dark")) {
            throw new IllegalArgumentException("Unknown theme '" + theme + "': use light or dark.");
        }
        String[] wh = size.split("x");
        int w;
        int h;
        try {
            w = Integer.parseInt(wh[0]);
            h = Integer.parseInt(wh[1]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--size takes WIDTHxHEIGHT in pixels, e.g. 1600x1000, not '" + size + "'.");
        }
        if (w < 400 || h < 300 || w > 8000 || h > 8000) {
            throw new IllegalArgumentException("--size must be between 400x300 and 8000x8000, not " + size + ".");
        }
        if (fontSize < 8 || fontSize > 48) {
            throw new IllegalArgumentException("--font-size must be between 8 and 48, not " + fontSize + ".");
        }
        return new SnapshotRequest(scenario, m, steps, witness, explore || part.equals("outcomes"), sideBySide, part,
            theme.equals("dark"), w, h, fontSize);
    }
}
