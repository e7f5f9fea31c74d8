package org.atomiscope.app.timeline;

import java.util.BitSet;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.atomiscope.app.export.FxPen;
import org.atomiscope.app.export.Pen;

/**
 * Draws one frame of the timeline with a {@link Pen}: a step axis, one lane per agent
 * (and one for memory's flushes), each event a mark, arrows between them, blocked time shaded,
 * divergent steps banded in red, the cursor as a line and the recorded future veiled. It knows no
 * scene: the view and the benchmark both call {@link #render}, the view with a canvas's pen to show the
 * frame and an SVG pen to export it.
 *
 * <p>A frame costs what is visible, not what was recorded: the visible steps are found by binary
 * search on the axis, only their events are visited, and where several events fall on one pixel
 * of a lane only one is drawn. Arrows are drawn when steps are at least a few pixels apart. Nothing
 * is allocated per event: labels are made once per event and kept by the track, and what was drawn
 * goes into {@link DrawnMarks}' reused arrays.
 */
public final class TimelineRenderer {
    private static final double GAP = 10;

    private final DrawnMarks drawn = new DrawnMarks();
    private final MarkPainter marks = new MarkPainter(drawn);
    private final ArrowPainter arrowPainter = new ArrowPainter(drawn, marks);
    private final ReadableZoom readableZoom = new ReadableZoom();
    private FxPen screen;

    private double fontSize = -1;
    private Font labelFont;
    private Font nameFont;
    private Font smallFont;
    private double charWidth;
    private double nameCharWidth;
    private double digitWidth;
    private double blockedWidth;

    // Geometry of the last frame, for hit tests. The viewport maps units onto plotLeft..plotLeft +
    // plotWidth; a margin each side of that (inside clipLeft..clipRight) keeps the first and last
    // marks whole, and lets the cursor at the run's end show.
    double plotLeft;
    double plotWidth = 1;
    private double clipLeft;
    private double clipRight;
    private double margin;
    double axisHeight;
    double height;
    private final double[] paneTop = new double[2];
    private double laneHeight;
    private double markHeight;
    private double headerHeight;

    DrawnMarks drawn() {
        return drawn;
    }

    double clipLeft() {
        return clipLeft;
    }

    double clipRight() {
        return clipRight;
    }

    /** Draws the frame on a canvas's context (through an {@link FxPen} kept for that context). */
    public void render(GraphicsContext context, double width, double height, TimelineFrame f) {
        if (screen == null || screen.context() != context) {
            screen = new FxPen(context);
        }
        render(screen, width, height, f);
    }

    /** Draws the frame with {@code g} over {@code width} × {@code height} pixels. */
    public void render(Pen g, double width, double height, TimelineFrame f) {
        TimelinePalette p = f.palette;
        fonts(f.fontSize);
        this.height = height;
        drawn.clear();
        g.setFill(p.background);
        g.fillRect(0, 0, width, height);
        if (f.message != null || f.paneCount == 0) {
            g.setFill(p.muted);
            g.setFont(nameFont);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(f.message == null ? "Open a scenario to see its timeline." : f.message, width / 2, height / 2);
            return;
        }
        layout(width, height, f);
        Viewport v = f.viewport;
        JointAxis axis = f.axis;
        double readable = readableZoom.of(f, charWidth, markHeight, margin, Viewport.MAX_PX_PER_UNIT);
        v.follow(axis.totalUnits(), plotWidth, readable, axis.unitsBefore(f.jointPosition + 1));
        if (f.revealCursor) {
            f.revealCursor = false;
            v.reveal(axis.unitsBefore(f.jointPosition + 1), axis.totalUnits(), plotWidth);
        }
        double contentBottom = paneTop[f.paneCount - 1] + f.panes[f.paneCount - 1].track.laneCount() * laneHeight;
        v.clampScroll(contentBottom - axisHeight + GAP, height - axisHeight);
        double first = v.firstUnit();
        double ppu = v.pxPerUnit();
        int jA = Math.max(1, axis.jointAt(first));
        int jB = axis.jointAt(first + plotWidth / ppu);
        boolean arrows = axis.length() > 0 && (jB - jA + 1) * 4 <= plotWidth;
        marks.begin(g, f, axis, plotLeft, ppu, first, labelFont, charWidth, markHeight, x(0, f) - margin + 2,
            x(axis.totalUnits(), f) + margin - 2);

        for (int r = 0; r < f.paneCount; r++) {
            lanes(g, f, r, width);
            grid(g, f, jA, jB, paneTop[r] - v.scrollY(), f.panes[r].track.laneCount() * laneHeight);
        }
        // Under the marks: a label reaching past the run's last column is read whole, the line goes on around it.
        cursor(g, f, contentBottom - v.scrollY());
        boolean hiddenArrows = false;
        for (int r = 0; r < f.paneCount; r++) {
            TimelineFrame.Pane pane = f.panes[r];
            double top = paneTop[r] - v.scrollY();
            int rA = axis.runPosition(r, jA - 1) + 1;
            int rB = axis.runPosition(r, jB);
            int eA = pane.track.stepFirst(rA);
            int eB = pane.track.stepFirst(rB + 1);
            bands(g, f, r, rA, rB, top);
            blocked(g, f, r, rA, rB, top);
            if (arrows) {
                arrowPainter.draw(g, f, r, eA, eB, top, laneHeight, markHeight, clipLeft, clipRight - clipLeft);
            } else {
                hiddenArrows |= !pane.track.arrows().isEmpty();
            }
            marks.pane(r, top, laneHeight, pane.track.laneCount());
            for (int i = eA; i < eB; ) {
                i = marks.draw(i);
            }
            marks.end();
            veil(g, f, r, top);
        }
        // Marks and arrows spill past the plot's edges; covering the margins is cheaper than a clip,
        // which makes the software pipeline mask every primitive.
        for (int r = 0; r < f.paneCount; r++) {
            margins(g, f, r, width);
        }
        axisRow(g, f, width, jA, jB);
        for (int r = 0; r < f.paneCount; r++) {
            names(g, f, r);
        }
        if (hiddenArrows) {
            g.setFont(smallFont);
            g.setFill(p.muted);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText("zoom in to see arrows", width - 14, height - 6);
        }
    }

    private void fonts(double size) {
        if (size == fontSize) {
            return;
        }
        fontSize = size;
        labelFont = Font.font("Monospaced", size * 0.86);
        nameFont = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, size);
        smallFont = Font.font(Font.getDefault().getFamily(), size * 0.82);
        charWidth = width(labelFont, "0123456789abcdefghij") / 20;
        nameCharWidth = width(nameFont, "reader writer main 0") / 20;
        digitWidth = width(smallFont, "0123456789") / 10;
        blockedWidth = width(smallFont, "blocked");
    }

    private static double width(Font font, String sample) {
        Text t = new Text(sample);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** Lanes share the height (within limits, scrolling beyond); the gutter fits the longest name. */
    private void layout(double width, double height, TimelineFrame f) {
        axisHeight = Math.ceil(fontSize * 1.7);
        markHeight = Math.ceil(fontSize * 1.5);
        headerHeight = f.paneCount > 1 ? Math.ceil(fontSize * 1.6) : 0;
        int longest = 4;
        int lanes = 0;
        for (int r = 0; r < f.paneCount; r++) {
            RunTrack t = f.panes[r].track;
            lanes += t.laneCount();
            for (int l = 0; l < t.laneCount(); l++) {
                longest = Math.max(longest, t.laneName(l).length());
            }
        }
        double room = height - axisHeight - f.paneCount * (headerHeight + GAP);
        double least = Math.max(markHeight + 6, Math.ceil(fontSize * 1.8));
        laneHeight = Math.floor(Math.max(least, Math.min(Math.ceil(fontSize * 3.4), room / Math.max(1, lanes))));
        clipLeft = Math.min(Math.max(longest * nameCharWidth + 34, 80), Math.max(80, width * 0.3));
        clipRight = Math.max(clipLeft + 1, width - 14);
        margin = Math.ceil(Math.max(8, fontSize * 0.6));
        plotLeft = clipLeft + margin;
        plotWidth = Math.max(1, clipRight - margin - plotLeft);
        double y = axisHeight;
        for (int r = 0; r < f.paneCount; r++) {
            y += headerHeight;
            paneTop[r] = y;
            y += f.panes[r].track.laneCount() * laneHeight + GAP;
        }
    }

    private double x(double unit, TimelineFrame f) {
        return plotLeft + (unit - f.viewport.firstUnit()) * f.viewport.pxPerUnit();
    }

    /** Lane stripes and, side by side, each run's header. */
    private void lanes(Pen g, TimelineFrame f, int r, double width) {
        TimelinePalette p = f.palette;
        TimelineFrame.Pane pane = f.panes[r];
        double top = paneTop[r] - f.viewport.scrollY();
        for (int l = 0; l < pane.track.laneCount(); l++) {
            double y = top + l * laneHeight;
            if (l % 2 == 1) {
                g.setFill(p.stripe);
                g.fillRect(0, y, width, laneHeight);
            }
        }
        g.setStroke(p.grid);
        g.setLineWidth(1);
        g.strokeLine(0, top + pane.track.laneCount() * laneHeight + 0.5, width, top + pane.track.laneCount() * laneHeight + 0.5);
        if (f.paneCount > 1) {
            double h = headerHeight;
            g.setFill(p.header);
            g.fillRect(0, top - h, width, h);
            g.setFill(p.text);
            g.setFont(nameFont);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(pane.title, 12, top - h / 2);
        }
        if (pane.track.steps() == 0) {
            g.setFill(p.muted);
            g.setFont(smallFont);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("Step to see events here.", plotLeft + 12, top + laneHeight / 2);
        }
    }

    /** Step boundaries over a run's lanes when steps are wide, else a line at each labelled step. */
    private void grid(Pen g, TimelineFrame f, int jA, int jB, double top, double lanesHeight) {
        JointAxis axis = f.axis;
        double from = Math.max(axisHeight, top);
        double bottom = top + lanesHeight;
        if (bottom <= from) {
            return;
        }
        g.setStroke(f.palette.grid);
        g.setLineWidth(1);
        int every = f.viewport.pxPerUnit() >= 24 ? 1 : tickInterval(f.viewport.pxPerUnit());
        for (int k = (jA + every - 1) / every * every; k <= jB && k > 0; k += every) {
            double x = Math.floor(x(axis.unitsBefore(k), f)) + 0.5;
            g.strokeLine(x, from, x, bottom);
        }
    }

    private void bands(Pen g, TimelineFrame f, int r, int rA, int rB, double top) {
        BitSet div = f.panes[r].divergent;
        if (div == null) {
            return;
        }
        g.setFill(f.palette.dangerBand);
        double h = f.panes[r].track.laneCount() * laneHeight;
        for (int s = div.nextSetBit(rA); s >= 0 && s <= rB; s = div.nextSetBit(s + 1)) {
            int k = f.axis.joint(r, s);
            double x = x(f.axis.unitsBefore(k), f);
            span(g, x, x + f.axis.units(k) * f.viewport.pxPerUnit(), top, h);
        }
    }

    /** Shades each agent's time asleep in Atomics.wait, from its WAIT to the wake-up (or the run's end). */
    private void blocked(Pen g, TimelineFrame f, int r, int rA, int rB, double top) {
        RunTrack t = f.panes[r].track;
        for (int k = 0; k < t.waitCount(); k++) {
            int from = t.waitFrom(k);
            int to = t.waitTo(k);
            if (t.stepOf(from) <= rB && t.stepOf(to) >= rA) {
                shade(g, f, r, t.lane(from), marks.x(r, from), marks.x(r, to), top);
            }
        }
        for (int a = 0; a < t.agentCount(); a++) {
            int from = t.openWait(a);
            if (from >= 0 && t.stepOf(from) <= rB) {
                shade(g, f, r, a, marks.x(r, from), x(f.axis.unitsBefore(f.axis.joint(r, t.steps()) + 1), f), top);
            }
        }
    }

    private void shade(Pen g, TimelineFrame f, int r, int lane, double x1, double x2, double top) {
        double y = top + lane * laneHeight + 3;
        double h = laneHeight - 6;
        g.setFill(f.palette.blocked(f.panes[r].track.laneAgent(lane)));
        span(g, x1, x2, y, h);
        double left = Math.max(x1, clipLeft) + 14;
        if (x2 - left > blockedWidth + 28) {
            g.setFill(f.palette.muted);
            g.setFont(smallFont);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("blocked", left, y + h / 2);
        }
    }

    /** Veils what was recorded after the cursor (the future a step back left): it is there, not yet happened. */
    private void veil(Pen g, TimelineFrame f, int r, double top) {
        TimelineFrame.Pane pane = f.panes[r];
        if (pane.position >= pane.track.steps()) {
            return;
        }
        double from = Math.round(x(f.axis.unitsBefore(f.axis.joint(r, pane.position + 1)), f)) + 1; // right of the cursor
        double to = x(f.axis.totalUnits(), f);
        g.setFill(f.palette.futureVeil);
        span(g, from, to, top, pane.track.laneCount() * laneHeight);
    }

    /**
     * Fills from x1 to x2, cut to the plot: zoomed in, a span can be millions of pixels wide, which the
     * software rasteriser does not draw.
     */
    private void span(Pen g, double x1, double x2, double y, double h) {
        double a = Math.max(x1, clipLeft - 2);
        double b = Math.min(x2, clipRight + 2);
        if (b > a) {
            g.fillRect(a, y, b - a, h);
        }
    }

    private void cursor(Pen g, TimelineFrame f, double bottom) {
        double x = Math.round(x(f.axis.unitsBefore(f.jointPosition + 1), f));
        if (x < clipLeft - 1 || x > clipRight + 1) {
            return;
        }
        g.setStroke(f.palette.accent);
        g.setLineWidth(2);
        g.strokeLine(x, axisHeight, x, Math.min(height, bottom));
    }

    private void axisRow(Pen g, TimelineFrame f, double width, int jA, int jB) {
        TimelinePalette p = f.palette;
        g.setFill(p.background);
        g.fillRect(0, 0, width, axisHeight);
        g.setStroke(p.grid);
        g.setLineWidth(1);
        g.strokeLine(0, axisHeight - 0.5, width, axisHeight - 0.5);
        g.setFont(smallFont);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFill(p.muted);
        JointAxis axis = f.axis;
        // Steps vary in width: pick the interval from the average and skip a label that would touch the last.
        double average = (axis.unitsBefore(jB + 1) - axis.unitsBefore(jA)) / Math.max(1, jB - jA + 1);
        int every = tickInterval(f.viewport.pxPerUnit() * average);
        double last = Double.NEGATIVE_INFINITY;
        for (int k = (jA + every - 1) / every * every; k <= jB && k > 0; k += every) {
            String label = Integer.toString(k);
            double x = x(axis.unitsBefore(k) + axis.units(k) / 2, f);
            double half = label.length() * digitWidth / 2;
            if (x - half > last + digitWidth * 2) {
                g.fillText(label, x, axisHeight / 2);
                last = x + half;
            }
        }
        g.setFill(p.background);
        g.fillRect(0, 0, clipLeft - 12, axisHeight - 1);
        g.fillRect(clipRight + 6, 0, width, axisHeight - 1);
        g.setFill(p.muted);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("step", 12, axisHeight / 2);
        g.setTextAlign(TextAlignment.CENTER);
        double cx = x(axis.unitsBefore(f.jointPosition + 1), f);
        if (cx >= clipLeft - 1 && cx <= clipRight + 1) {
            String label = Integer.toString(f.jointPosition);
            double w = label.length() * charWidth + 12;
            double h = axisHeight - 8;
            g.setFill(p.accent);
            g.fillRoundRect(cx - w / 2, 4, w, h, h, h);
            g.setFill(p.dark ? p.background : Color.WHITE);
            g.setFont(labelFont);
            g.fillText(label, cx, axisHeight / 2);
        }
    }

    /** Repaints the gutter and the right margin of a run's lanes over whatever spilled there. */
    private void margins(Pen g, TimelineFrame f, int r, double width) {
        double top = paneTop[r] - f.viewport.scrollY();
        for (int l = 0; l < f.panes[r].track.laneCount(); l++) {
            g.setFill(l % 2 == 1 ? f.palette.stripe : f.palette.background);
            double y = top + l * laneHeight;
            g.fillRect(0, y, clipLeft, laneHeight);
            g.fillRect(clipRight, y, width - clipRight, laneHeight);
        }
    }

    /** A step interval (1, 2, 5, 10, 20, 50 …) whose labels stand at least seven digits apart. */
    private int tickInterval(double pxPerUnit) {
        double want = digitWidth * 7 / pxPerUnit;
        for (long base = 1; base < Integer.MAX_VALUE / 10; base *= 10) {
            for (int m : NICE) {
                if (base * m >= want) {
                    return (int) (base * m);
                }
            }
        }
        return Integer.MAX_VALUE / 10;
    }

    private static final int[] NICE = {1, 2, 5};

    /** Each lane's name in its agent's colour, over the gutter. */
    private void names(Pen g, TimelineFrame f, int r) {
        TimelineFrame.Pane pane = f.panes[r];
        double top = paneTop[r] - f.viewport.scrollY();
        g.setFont(nameFont);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int l = 0; l < pane.track.laneCount(); l++) {
            double y = top + l * laneHeight + laneHeight / 2;
            if (y < axisHeight || y > height) {
                continue;
            }
            Color c = f.palette.agent(pane.track.laneAgent(l));
            g.setFill(c);
            g.fillRoundRect(10, y - laneHeight * 0.3, 4, laneHeight * 0.6, 4, 4);
            g.fillText(pane.track.laneName(l), 22, y);
        }
    }
}
