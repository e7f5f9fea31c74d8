package org.atomiscope.app.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A {@link Pen} that writes an SVG document: each call becomes an element ({@code <rect>},
 * {@code <line>}, {@code <path>}, {@code <text>} …) with the pen's current colours, line and font
 * as attributes, in drawing order, so the file is the screen's picture as vectors: it scales for
 * print and slides, and its words can be searched and edited. The document's viewBox is the
 * canvas's width × height; what the screen would have drawn outside it is clipped by the viewer.
 *
 * <p>Elements are written to {@code out} as they come (in chunks), so a large frame is not held
 * twice in memory. A failed write surfaces as an {@link UncheckedIOException} from the drawing call
 * (the renderers' calls cannot throw checked ones): {@link ImageExport} turns it back into the
 * {@code IOException}. Call {@link #finish} after the last drawing call. Not thread-safe.
 */
public final class SvgPen implements Pen {
    private static final int CHUNK = 1 << 16;

    private final Writer out;
    private final StringBuilder b = new StringBuilder(CHUNK + 4096);
    private final StringBuilder path = new StringBuilder(256);
    // GraphicsContext's initial state.
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private double lineWidth = 1;
    private double[] dashes;
    private Font font;
    private String fontAttributes = " font-family=\"sans-serif\" font-size=\"12\"";
    private TextAlignment align = TextAlignment.LEFT;
    private VPos baseline = VPos.BASELINE;
    private boolean finished;

    /** Starts a document of {@code width} × {@code height} pixels, written to {@code out} (not closed). */
    public SvgPen(Writer out, double width, double height) {
        this.out = out;
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
        attribute("width", width);
        attribute("height", height);
        b.append(" viewBox=\"0 0 ");
        Svg.number(b, width);
        b.append(' ');
        Svg.number(b, height);
        // JavaFX's stroke defaults (square caps, miter limit 10), which SVG's differ from; no stroke
        // unless an element strokes (SVG's default too, but not every renderer's).
        b.append("\">\n<g stroke=\"none\" stroke-linecap=\"square\" stroke-miterlimit=\"10\">\n");
    }

    /** Closes the document and flushes it to the writer. */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        b.append("</g>\n</svg>\n");
        flush(true);
    }

    // ------------------------------------------------------------------ state

    @Override
    public void setFill(Color c) {
        fill = c == null ? Color.TRANSPARENT : c;
    }

    @Override
    public void setStroke(Color c) {
        stroke = c == null ? Color.TRANSPARENT : c;
    }

    @Override
    public void setLineWidth(double w) {
        // GraphicsContext ignores a width that is not positive and finite.
        if (w > 0 && Double.isFinite(w)) {
            lineWidth = w;
        }
    }

    @Override
    public void setLineDashes(double... d) {
        dashes = null;
        if (d != null) {
            for (double x : d) {
                if (x > 0) {
                    dashes = d.clone();
                    break;
                }
            }
        }
    }

    @Override
    public void setFont(Font f) {
        if (f != null && f != font) {
            font = f;
            fontAttributes = Svg.fontAttributes(f.getFamily(), f.getSize(), f.getStyle());
        }
    }

    @Override
    public void setTextAlign(TextAlignment a) {
        align = a == null ? TextAlignment.LEFT : a;
    }

    @Override
    public void setTextBaseline(VPos v) {
        baseline = v == null ? VPos.BASELINE : v;
    }

    // ------------------------------------------------------------------ shapes

    @Override
    public void fillRect(double x, double y, double w, double h) {
        if (w > 0 && h > 0) {
            rect(x, y, w, h, 0, 0);
            fillPaint();
            end();
        }
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        if (w >= 0 && h >= 0) {
            rect(x, y, w, h, 0, 0);
            strokePaint();
            end();
        }
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        if (w > 0 && h > 0) {
            rect(x, y, w, h, arcWidth, arcHeight);
            fillPaint();
            end();
        }
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        if (w >= 0 && h >= 0) {
            rect(x, y, w, h, arcWidth, arcHeight);
            strokePaint();
            end();
        }
    }

    private void rect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        b.append("<rect");
        attribute("x", x);
        attribute("y", y);
        attribute("width", w);
        attribute("height", h);
        if (arcWidth > 0 && arcHeight > 0) {
            // A GraphicsContext arc is the corner's diameter; SVG's radius is clamped to half the side by the viewer.
            attribute("rx", Math.min(arcWidth, w) / 2);
            attribute("ry", Math.min(arcHeight, h) / 2);
        }
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        b.append("<line");
        attribute("x1", x1);
        attribute("y1", y1);
        attribute("x2", x2);
        attribute("y2", y2);
        strokePaint();
        end();
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        if (w <= 0 || h <= 0) {
            return;
        }
        if (w == h) {
            b.append("<circle");
            attribute("cx", x + w / 2);
            attribute("cy", y + h / 2);
            attribute("r", w / 2);
        } else {
            b.append("<ellipse");
            attribute("cx", x + w / 2);
            attribute("cy", y + h / 2);
            attribute("rx", w / 2);
            attribute("ry", h / 2);
        }
        fillPaint();
        end();
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        if (points < 3) {
            return;
        }
        b.append("<polygon points=\"");
        for (int i = 0; i < points; i++) {
            if (i > 0) {
                b.append(' ');
            }
            Svg.number(b, xs[i]);
            b.append(',');
            Svg.number(b, ys[i]);
        }
        b.append('"');
        fillPaint();
        end();
    }

    // ------------------------------------------------------------------ paths

    @Override
    public void beginPath() {
        path.setLength(0);
    }

    @Override
    public void moveTo(double x, double y) {
        path.append(path.length() == 0 ? "M" : " M");
        point(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.append(" L");
        point(x, y);
    }

    @Override
    public void bezierCurveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        path.append(" C");
        point(c1x, c1y);
        path.append(',');
        point(c2x, c2y);
        path.append(',');
        point(x, y);
    }

    private void point(double x, double y) {
        Svg.number(path, x);
        path.append(' ');
        Svg.number(path, y);
    }

    @Override
    public void stroke() {
        if (path.length() > 0) {
            b.append("<path d=\"").append(path).append('"');
            strokePaint();
            end();
        }
    }

    @Override
    public void fill() {
        if (path.length() > 0) {
            b.append("<path d=\"").append(path).append('"');
            fillPaint();
            end();
        }
    }

    // ------------------------------------------------------------------ text

    @Override
    public void fillText(String text, double x, double y) {
        if (text == null || text.isEmpty()) {
            return;
        }
        b.append("<text");
        attribute("x", x);
        attribute("y", y);
        fillPaint();
        b.append(fontAttributes);
        switch (align) {
            case CENTER -> b.append(" text-anchor=\"middle\"");
            case RIGHT -> b.append(" text-anchor=\"end\"");
            default -> { }
        }
        switch (baseline) {
            case TOP -> b.append(" dominant-baseline=\"text-before-edge\"");
            case CENTER -> b.append(" dominant-baseline=\"central\"");
            case BOTTOM -> b.append(" dominant-baseline=\"text-after-edge\"");
            default -> { }
        }
        b.append(" xml:space=\"preserve\">");
        Svg.escape(b, text);
        b.append("</text>\n");
        flush(false);
    }

    @Override
    public void fillText(String text, double x, double y, double maxWidth) {
        fillText(text, x, y); // only a message uses it; the viewer's font decides the width anyway
    }

    // ------------------------------------------------------------------ heatmap cells

    /**
     * One {@code <rect>} per run of equal colour along a row (a row of untouched cells is one
     * element, not a hundred), clipped to the band; then, when cells have gaps, one background
     * {@code <rect>} per column gap over the band, which puts back the gaps inside the runs. Cells
     * in the background colour are left out: the frame's background is already under them.
     */
    @Override
    public void cells(CellGrid g) {
        int size = g.size();
        int bandBottom = g.bandTop() + g.bandHeight();
        int[] argb = g.argb();
        int cols = g.columns();
        b.append("<g shape-rendering=\"crispEdges\">\n");
        int gridTop = Integer.MAX_VALUE;
        int gridBottom = Integer.MIN_VALUE;
        for (int r = 0; r < g.rows(); r++) {
            int top = Math.max(g.y() + r * size, g.bandTop());
            int bottom = Math.min(g.y() + (r + 1) * size - g.gapBelow(), bandBottom);
            if (bottom <= top) {
                continue;
            }
            gridTop = Math.min(gridTop, top);
            gridBottom = Math.max(gridBottom, bottom);
            for (int c = 0; c < cols; ) {
                int colour = argb[r * cols + c];
                int end = c + 1;
                while (end < cols && argb[r * cols + end] == colour) {
                    end++;
                }
                if (colour != g.background()) {
                    b.append("<rect");
                    attribute("x", g.x() + c * size);
                    attribute("y", top);
                    attribute("width", (end - c) * size - g.gapAfter(end - 1));
                    attribute("height", bottom - top);
                    b.append(" fill=\"");
                    Svg.rgb(b, colour);
                    b.append('"');
                    int alpha = colour >>> 24;
                    if (alpha < 255) {
                        b.append(" fill-opacity=\"");
                        Svg.opacity(b, alpha / 255.0);
                        b.append('"');
                    }
                    end();
                }
                c = end;
            }
        }
        if (g.gaps() && gridBottom > gridTop) {
            for (int c = 0; c + 1 < cols; c++) {
                int gap = g.gapAfter(c);
                b.append("<rect");
                attribute("x", g.x() + (c + 1) * size - gap);
                attribute("y", gridTop);
                attribute("width", gap);
                attribute("height", gridBottom - gridTop);
                b.append(" fill=\"");
                Svg.rgb(b, g.background());
                b.append('"');
                end();
            }
        }
        b.append("</g>\n");
        flush(false);
    }

    // ------------------------------------------------------------------ writing

    private void attribute(String name, double v) {
        b.append(' ').append(name).append("=\"");
        Svg.number(b, v);
        b.append('"');
    }

    private void fillPaint() {
        b.append(" fill=\"");
        Svg.rgb(b, fill);
        b.append('"');
        if (fill.getOpacity() < 1) {
            b.append(" fill-opacity=\"");
            Svg.opacity(b, fill.getOpacity());
            b.append('"');
        }
    }

    private void strokePaint() {
        b.append(" fill=\"none\" stroke=\"");
        Svg.rgb(b, stroke);
        b.append('"');
        if (stroke.getOpacity() < 1) {
            b.append(" stroke-opacity=\"");
            Svg.opacity(b, stroke.getOpacity());
            b.append('"');
        }
        if (lineWidth != 1) {
            attribute("stroke-width", lineWidth);
        }
        if (dashes != null) {
            b.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.length; i++) {
                if (i > 0) {
                    b.append(' ');
                }
                Svg.number(b, Math.max(0, dashes[i]));
            }
            b.append('"');
        }
    }

    private void end() {
        b.append("/>\n");
        flush(false);
    }

    private void flush(boolean all) {
        if (!all && b.length() < CHUNK) {
            return;
        }
        try {
            out.append(b);
            b.setLength(0);
            if (all) {
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
