package org.atomiscope.app.heatmap;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.atomiscope.app.export.FxPen;
import org.atomiscope.app.export.Pen;
import org.atomiscope.buffer.ElementType;

/**
 * What the colours mean in the current mode, and what the red corner and the outline mean: a row of
 * swatches with words under the heatmap. Rebuilt when the mode, the theme or the scale changes.
 */
final class Legend {
    private final FlowPane pane = new FlowPane();
    private String shown = "";

    Legend() {
        pane.setId("heatmap-legend");
        pane.getStyleClass().add("heatmap-legend");
    }

    Node node() {
        return pane;
    }

    /**
     * Shows the legend of {@code mode}. {@code agentNames} are the agents' names by index (for the
     * last-writer colours), {@code staleAgent} the agent the staleness mode asks about.
     */
    void show(ColorMode mode, Palette p, CellStats stats, MemoryProbe probe, List<String> agentNames, int staleAgent) {
        String key = mode + "|" + p.dark + "|" + agentNames + "|" + staleAgent + "|" + scaleKey(mode, stats, probe);
        if (key.equals(shown)) {
            return;
        }
        shown = key;
        pane.getChildren().clear();
        item(swatch(p.empty), emptyMeaning(mode));
        switch (mode) {
            case READS -> ramp(p, p.readRamp, "1 read", stats == null ? 1 : stats.maxReads(), "read");
            case WRITES -> ramp(p, p.writeRamp, "1 write", stats == null ? 1 : stats.maxWrites(), "write");
            case ATOMIC -> {
                item(swatch(p.atomicOnly), "atomic only (Atomics.*)");
                item(swatch(p.plainOnly), "plain only (ia[i], ia[i] = v)");
                item(swatch(p.mixed), "both: atomic and plain");
            }
            case LAST_WRITER -> {
                for (int a = 0; a < agentNames.size(); a++) {
                    item(swatch(p.agent(a)), agentNames.get(a));
                }
            }
            case VALUE -> values(p, probe, stats == null ? ElementType.INT32 : stats.type());
            case STALENESS -> {
                String who = staleAgent >= 0 && staleAgent < agentNames.size() ? agentNames.get(staleAgent) : "the agent";
                item(swatch(p.staleness[1]), "1 value: " + who + " can only read the newest write");
                item(swatch(p.staleness[2]), "2 values");
                item(swatch(p.staleness[3]), "3 values");
                item(swatch(p.staleness[4]), "4 or more: " + who + " may read an old write");
            }
            default -> { }
        }
        item(raceMark(p), "race: " + CellDetails.RACE_SENTENCE);
        Region outline = new Region();
        outline.getStyleClass().addAll("legend-swatch", "legend-outline");
        outline.setStyle("-fx-border-color: " + Palette.css(p.accent) + "; -fx-background-color: " + Palette.css(p.empty) + ";");
        item(outline, "touched by the last step");
    }

    private static String emptyMeaning(ColorMode mode) {
        return switch (mode) {
            case READS -> "not read";
            case WRITES, LAST_WRITER, STALENESS -> "not written";
            case VALUE -> "0";
            default -> "not accessed";
        };
    }

    private static String scaleKey(ColorMode mode, CellStats stats, MemoryProbe probe) {
        if (stats == null) {
            return "";
        }
        return switch (mode) {
            case READS -> Integer.toString(stats.maxReads());
            case WRITES -> Integer.toString(stats.maxWrites());
            case VALUE -> probe == null ? "" : probe.min() + ".." + probe.max();
            default -> "";
        };
    }

    private void ramp(Palette p, int[] ramp, String low, int max, String noun) {
        Region r = new Region();
        r.getStyleClass().addAll("legend-swatch", "legend-ramp");
        r.setStyle("-fx-background-color: linear-gradient(to right, " + Palette.css(ramp[Palette.rampIndex(1, max)]) + ", "
            + Palette.css(ramp[Palette.RAMP - 1]) + ");");
        Label lo = text(low);
        Label hi = text(max <= 1 ? "" : CellDetails.plural(max, noun) + " (most)");
        HBox box = new HBox(lo, r, hi);
        box.getStyleClass().add("legend-item");
        pane.getChildren().add(box);
    }

    private void values(Palette p, MemoryProbe probe, ElementType type) {
        double max = probe == null ? 0 : probe.max();
        double min = probe == null ? 0 : probe.min();
        if (max > 0) {
            ramp(p.positiveRamp, "above 0", "up to " + CellDetails.number(type, max));
        }
        if (min < 0) {
            ramp(p.negativeRamp, "below 0", "down to " + CellDetails.number(type, min));
        }
        if (type.isFloat()) {
            item(swatch(p.nan), "NaN");
        }
    }

    private void ramp(int[] ramp, String low, String high) {
        Region r = new Region();
        r.getStyleClass().addAll("legend-swatch", "legend-ramp");
        r.setStyle("-fx-background-color: linear-gradient(to right, " + Palette.css(ramp[(int) (Palette.RAMP * 0.2)]) + ", "
            + Palette.css(ramp[Palette.RAMP - 1]) + ");");
        HBox box = new HBox(text(low), r, text(high));
        box.getStyleClass().add("legend-item");
        pane.getChildren().add(box);
    }

    private void item(Node swatch, String words) {
        HBox box = new HBox(swatch, text(words));
        box.getStyleClass().add("legend-item");
        pane.getChildren().add(box);
    }

    private static Label text(String words) {
        Label l = new Label(words);
        l.getStyleClass().add("legend-text");
        return l;
    }

    private static Region swatch(int argb) {
        Region r = new Region();
        r.getStyleClass().add("legend-swatch");
        r.setStyle("-fx-background-color: " + Palette.css(argb) + ";");
        return r;
    }

    /** The mark the canvas draws on a race cell, on an empty cell. */
    private static Node raceMark(Palette p) {
        Canvas c = new Canvas(16, 16);
        c.getStyleClass().add("legend-mark");
        Pen gc = new FxPen(c.getGraphicsContext2D());
        gc.setFill(Palette.color(p.empty));
        gc.fillRect(0, 0, 16, 16);
        gc.setFill(Palette.color(p.race));
        gc.fillPolygon(new double[] {7, 16, 16}, new double[] {0, 0, 9}, 3);
        return c;
    }
}
