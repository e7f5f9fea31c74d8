package org.atomiscope.app.timeline;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The timeline's zoom buttons and a legend of what its marks and arrows mean, so a class can read
 * the picture without being told: filled is atomic, outlined is plain, a dashed arrow is reads-from,
 * a solid one synchronizes-with. Nothing in it is ever cut short: with a large font or a narrow
 * window the legend keeps its swatches and moves its words into their tooltips (the timeline's
 * height is precious on a projector), wrapping onto further rows only if even those do not fit.
 * Swatches and icons grow with the font.
 */
final class TimelineToolbar {
    private final Bar box;

    TimelineToolbar(Runnable zoomIn, Runnable zoomOut, Runnable fit, ObservableDoubleValue fontSize) {
        Button out = button("timeline-zoom-out", icon(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, fontSize),
            "Zoom out (−, or Ctrl+scroll)", zoomOut);
        Button in = button("timeline-zoom-in", icon(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, fontSize),
            "Zoom in (+, or Ctrl+scroll)", zoomIn);
        Button all = button("timeline-fit", icon(MaterialDesignF.FIT_TO_SCREEN_OUTLINE, fontSize),
            "Fit the run (0): every step, or as many as show every memory access's label", fit);
        all.setText("Fit");
        HBox zoom = new HBox(out, in, all);
        zoom.getStyleClass().add("timeline-zoom");
        box = new Bar(zoom, legend(fontSize, false), legend(fontSize, true));
        box.getStyleClass().add("timeline-toolbar");
        box.setId("timeline-toolbar");
    }

    Node node() {
        return box;
    }

    /** The legend's items: with their words, or (compact) swatches alone with the words in tooltips. */
    private static List<Label> legend(ObservableDoubleValue fontSize, boolean compact) {
        return List.of(
            item(pill(true, fontSize), "atomic", "Filled: an atomic access (Atomics.*), or a wait, notify or message", compact),
            item(pill(false, fontSize), "plain", "Outlined: a plain access (ia[i], ia[i] = v)", compact),
            item(line(false, fontSize), "reads-from", "Dashed arrow: the write a read took its value from", compact),
            item(line(true, fontSize), "synchronizes-with", "Solid arrow: an order between agents (creation, message, "
                + "wake-up, or an atomic read of an atomic write)", compact),
            item(shade("legend-blocked", fontSize), "blocked", "Shaded: an agent asleep in Atomics.wait", compact),
            item(shade("legend-diverged", fontSize), "runs differ", "Side by side: a step where the two models' runs differ",
                compact));
    }

    private static Button button(String id, FontIcon icon, String tip, Runnable action) {
        Button b = new Button(null, icon);
        b.setId(id);
        b.getStyleClass().add("timeline-button");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setMinWidth(Pane.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static FontIcon icon(Ikon ikon, ObservableDoubleValue fontSize) {
        FontIcon icon = new FontIcon(ikon);
        // An inline style, since the theme sizes button icons in CSS (a binding would fight it); the
        // icon's own style names its font.
        String own = icon.getStyle() == null ? "" : icon.getStyle();
        Runnable size = () -> icon.setStyle(own + " -fx-icon-size: " + Math.round(fontSize.get() * 1.2) + "px;");
        fontSize.addListener((o, was, now) -> size.run());
        size.run();
        return icon;
    }

    private static Label item(Shape shape, String text, String tip, boolean compact) {
        Label l = new Label(text, shape);
        l.getStyleClass().add("legend-item");
        l.setMinWidth(Pane.USE_PREF_SIZE);
        l.setTooltip(new Tooltip(compact ? text + ". " + tip : tip));
        if (compact) {
            l.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            l.getStyleClass().add("compact");
        }
        return l;
    }

    private static Shape pill(boolean filled, ObservableDoubleValue fontSize) {
        Rectangle r = new Rectangle();
        r.widthProperty().bind(Bindings.multiply(fontSize, 1.4));
        r.heightProperty().bind(Bindings.multiply(fontSize, 0.8));
        r.arcWidthProperty().bind(r.heightProperty());
        r.arcHeightProperty().bind(r.heightProperty());
        r.getStyleClass().add(filled ? "legend-atomic" : "legend-plain");
        return r;
    }

    private static Shape line(boolean solid, ObservableDoubleValue fontSize) {
        Line l = new Line();
        l.endXProperty().bind(Bindings.multiply(fontSize, 1.6));
        l.getStyleClass().add(solid ? "legend-sync" : "legend-reads-from");
        return l;
    }

    private static Shape shade(String style, ObservableDoubleValue fontSize) {
        Rectangle r = new Rectangle();
        r.widthProperty().bind(Bindings.multiply(fontSize, 1.15));
        r.heightProperty().bind(Bindings.multiply(fontSize, 0.8));
        r.getStyleClass().add(style);
        return r;
    }

    /**
     * The zoom buttons at the left, the legend's items right-aligned beside them. If the items with
     * their words do not fit beside the buttons, the compact items (swatches) stand there instead,
     * and those that do not fit flow onto further rows (right-aligned too): a large font never cuts
     * a word short.
     */
    private static final class Bar extends Pane {
        private static final double GAP = 14;
        private static final double ROW_GAP = 4;
        private final Node lead;
        private final List<Label> full;
        private final List<Label> compact;

        Bar(Node lead, List<Label> full, List<Label> compact) {
            this.lead = lead;
            this.full = full;
            this.compact = compact;
            getChildren().add(lead);
            getChildren().addAll(full);
            getChildren().addAll(compact);
        }

        /** Picks the items for {@code width}: the full legend if it fits beside the buttons. */
        private List<Label> itemsFor(double width) {
            double w = lead.prefWidth(-1);
            for (Node n : full) {
                w += GAP + n.prefWidth(-1);
            }
            return w <= width ? full : compact;
        }

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        @Override
        protected double computeMinWidth(double height) {
            double widest = lead.prefWidth(-1);
            for (Node n : compact) {
                widest = Math.max(widest, n.prefWidth(-1));
            }
            return snappedLeftInset() + widest + snappedRightInset();
        }

        @Override
        protected double computePrefWidth(double height) {
            double w = lead.prefWidth(-1);
            for (Node n : full) {
                w += GAP + n.prefWidth(-1);
            }
            return snappedLeftInset() + w + snappedRightInset();
        }

        @Override
        protected double computePrefHeight(double width) {
            double inner = width < 0 ? computePrefWidth(-1) - snappedLeftInset() - snappedRightInset()
                : width - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + arrange(inner, false) + snappedBottomInset();
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            arrange(getWidth() - snappedLeftInset() - snappedRightInset(), true);
        }

        /** Lays the rows out within {@code width} (or only measures them); returns their height. */
        private double arrange(double width, boolean place) {
            List<Label> items = itemsFor(width);
            if (place) {
                for (Label l : full) {
                    l.setVisible(items == full);
                }
                for (Label l : compact) {
                    l.setVisible(items == compact);
                }
            }
            double left = snappedLeftInset();
            double y = snappedTopInset();
            double leadWidth = lead.prefWidth(-1);
            double total = 0;
            int from = 0;
            boolean first = true;
            while (first || from < items.size()) {
                // As many items as fit in this row; a later row takes at least one, however wide.
                double start = first ? leadWidth + GAP : 0;
                int to = from;
                double used = 0;
                while (to < items.size()) {
                    double w = items.get(to).prefWidth(-1) + (to > from ? GAP : 0);
                    if (start + used + w > width && (to > from || first)) {
                        break;
                    }
                    used += w;
                    to++;
                }
                double h = first ? lead.prefHeight(-1) : 0;
                for (int k = from; k < to; k++) {
                    h = Math.max(h, items.get(k).prefHeight(-1));
                }
                if (place) {
                    if (first) {
                        double lh = lead.prefHeight(-1);
                        lead.resizeRelocate(left, y + (h - lh) / 2, leadWidth, lh);
                    }
                    double x = left + Math.max(start, width - used);
                    for (int k = from; k < to; k++) {
                        Node n = items.get(k);
                        double w = Math.min(n.prefWidth(-1), width);
                        double nh = n.prefHeight(w);
                        n.resizeRelocate(x, y + (h - nh) / 2, w, nh);
                        x += w + GAP;
                    }
                }
                total += (first ? 0 : ROW_GAP) + h;
                y += h + ROW_GAP;
                from = to;
                first = false;
            }
            return total;
        }
    }
}
