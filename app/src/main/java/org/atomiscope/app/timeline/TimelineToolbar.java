package org.atomiscope.app.timeline;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The timeline's zoom buttons and a one-line legend of what its marks and arrows mean, so a class
 * can read the picture without being told: filled is atomic, outlined is plain, a dashed arrow is
 * reads-from, a solid one synchronizes-with.
 */
final class TimelineToolbar {
    private final HBox box = new HBox();

    TimelineToolbar(Runnable zoomIn, Runnable zoomOut, Runnable fit) {
        box.getStyleClass().add("timeline-toolbar");
        Button out = button("timeline-zoom-out", new FontIcon(MaterialDesignM.MAGNIFY_MINUS_OUTLINE), "Zoom out (−, or Ctrl+scroll)", zoomOut);
        Button in = button("timeline-zoom-in", new FontIcon(MaterialDesignM.MAGNIFY_PLUS_OUTLINE), "Zoom in (+, or Ctrl+scroll)", zoomIn);
        Button all = button("timeline-fit", new FontIcon(MaterialDesignF.FIT_TO_SCREEN_OUTLINE), "Fit every step (0)", fit);
        all.setText("Fit");
        HBox zoom = new HBox(out, in, all);
        zoom.getStyleClass().add("timeline-zoom");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox legend = new HBox(
            item(pill(true), "atomic"),
            item(pill(false), "plain"),
            item(line(false), "reads-from"),
            item(line(true), "synchronizes-with"),
            item(shade("legend-blocked"), "blocked"),
            item(shade("legend-diverged"), "runs differ"));
        legend.getStyleClass().add("timeline-legend");
        box.getChildren().addAll(zoom, spring, legend);
    }

    Node node() {
        return box;
    }

    private static Button button(String id, FontIcon icon, String tip, Runnable action) {
        Button b = new Button(null, icon);
        b.setId(id);
        b.getStyleClass().add("timeline-button");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Node item(Shape shape, String text) {
        Label l = new Label(text, shape);
        l.getStyleClass().add("legend-item");
        return l;
    }

    private static Shape pill(boolean filled) {
        Rectangle r = new Rectangle(20, 11);
        r.setArcWidth(9);
        r.setArcHeight(9);
        r.getStyleClass().add(filled ? "legend-atomic" : "legend-plain");
        return r;
    }

    private static Shape line(boolean solid) {
        Line l = new Line(0, 0, 22, 0);
        l.getStyleClass().add(solid ? "legend-sync" : "legend-reads-from");
        return l;
    }

    private static Shape shade(String style) {
        Rectangle r = new Rectangle(16, 11);
        r.getStyleClass().add(style);
        return r;
    }
}
