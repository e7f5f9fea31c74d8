package org.atomiscope.app.export;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The drawing calls the timeline and the heatmap make, so that one renderer paints the screen
 * ({@link FxPen}, over a canvas's {@code GraphicsContext}, which is final and cannot be subclassed)
 * and an SVG file ({@link SvgPen}) alike. The calls mean what {@code GraphicsContext}'s of the same
 * name mean; only what the renderers use is here (no transforms, clips or images), and colours are
 * plain {@link Color}s, which a file can write exactly.
 */
public interface Pen {
    void setFill(Color c);

    void setStroke(Color c);

    void setLineWidth(double w);

    /** Dash and gap lengths, or null (or nothing) for a solid line. */
    void setLineDashes(double... dashes);

    void setFont(Font f);

    void setTextAlign(TextAlignment align);

    void setTextBaseline(VPos baseline);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    /** A rectangle with rounded corners; the arcs are the corners' diameters, as in {@code GraphicsContext}. */
    void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillOval(double x, double y, double w, double h);

    void fillPolygon(double[] xs, double[] ys, int points);

    void fillText(String text, double x, double y);

    /** Text squeezed to {@code maxWidth} if longer on screen (a file leaves the fitting to its viewer). */
    void fillText(String text, double x, double y, double maxWidth);

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void bezierCurveTo(double c1x, double c1y, double c2x, double c2y, double x, double y);

    /** Strokes the current path in the stroke colour, width and dashes. */
    void stroke();

    /** Fills the current path in the fill colour. */
    void fill();

    /** The heatmap's visible cells, pixel-exact on screen; see {@link CellGrid}. */
    void cells(CellGrid grid);
}
