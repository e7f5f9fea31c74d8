package org.atomiscope.app.timeline;

import java.util.Arrays;
import java.util.List;
import javafx.scene.paint.Color;
import org.atomiscope.app.export.Pen;
import org.atomiscope.stepper.Relations;

/**
 * Draws the arrows between a run's visible marks for {@link TimelineRenderer}: curves that leave the
 * source mark and arrive vertically at the target, or arc over the lane between two marks of one
 * agent. Reads-from is dashed, synchronizes-with solid, a flush dotted.
 */
final class ArrowPainter {
    private static final double[] DASH = {6, 4};
    private static final double[] DOT = {2, 3};
    private static final Relations.Kind[] KINDS = {Relations.Kind.FLUSH, Relations.Kind.READS_FROM, Relations.Kind.SYNC};

    private final DrawnMarks drawn;
    private final MarkPainter marks;
    private final double[] headX = new double[3];
    private final double[] headY = new double[3];
    private int[] visibleArrows = new int[256];
    private double laneHeight;
    private double markHeight;
    private double plotLeft;
    private double plotWidth;

    ArrowPainter(DrawnMarks drawn, MarkPainter marks) {
        this.drawn = drawn;
        this.marks = marks;
    }

    /**
     * Arrows touching the visible events: reads-from dashed in the writer's colour, synchronizes-with
     * solid and heavier, flushes dotted grey. Arrows are ordered by target, so the scan starts at the
     * first visible target; sources may lie outside the view on either side.
     */
    void draw(Pen g, TimelineFrame f, int r, int eA, int eB, double top, double laneHeight, double markHeight,
              double plotLeft, double plotWidth) {
        this.laneHeight = laneHeight;
        this.markHeight = markHeight;
        this.plotLeft = plotLeft;
        this.plotWidth = plotWidth;
        List<Relations.Arrow> all = f.panes[r].track.arrows();
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).toEvent() < eA) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int count = 0;
        for (int k = lo; k < all.size(); k++) {
            Relations.Arrow a = all.get(k);
            if (a.fromEvent() < eB) {
                if (count == visibleArrows.length) {
                    visibleArrows = Arrays.copyOf(visibleArrows, count * 2);
                }
                visibleArrows[count++] = k;
            }
        }
        for (Relations.Kind kind : KINDS) {
            switch (kind) {
                case READS_FROM -> {
                    g.setLineDashes(DASH);
                    g.setLineWidth(1.5);
                }
                case FLUSH -> {
                    g.setLineDashes(DOT);
                    g.setLineWidth(1.3);
                }
                default -> {
                    g.setLineDashes((double[]) null);
                    g.setLineWidth(2.2);
                }
            }
            for (int c = 0; c < count; c++) {
                Relations.Arrow a = all.get(visibleArrows[c]);
                if (a.kind() == kind) {
                    arrow(g, f, r, a, top);
                }
            }
        }
        g.setLineDashes((double[]) null);
    }

    private void arrow(Pen g, TimelineFrame f, int r, Relations.Arrow a, double top) {
        RunTrack t = f.panes[r].track;
        int from = a.fromEvent();
        int to = a.toEvent();
        double x1 = marks.x(r, from);
        double x2 = marks.x(r, to);
        double right = plotLeft + plotWidth;
        if (x1 < plotLeft && x2 < plotLeft || x1 > right && x2 > right) {
            return;
        }
        // An end far outside the view is brought nearer: the visible part keeps its direction, and the
        // rasteriser is not handed curves millions of pixels long.
        x1 = Math.max(plotLeft - 400, Math.min(right + 400, x1));
        x2 = Math.max(plotLeft - 400, Math.min(right + 400, x2));
        int l1 = t.lane(from);
        int l2 = t.lane(to);
        if (l1 == l2 && Math.abs(x2 - x1) < markHeight) {
            return; // within one mark's width on one lane: nothing to show
        }
        double y1 = top + l1 * laneHeight + laneHeight / 2;
        double y2 = top + l2 * laneHeight + laneHeight / 2;
        double half = markHeight / 2;
        Color c = a.kind() == Relations.Kind.FLUSH ? f.palette.flush : f.palette.agent(t.event(from).agent());
        g.setStroke(c);
        g.setFill(c);
        double ys;
        double ye;
        double bend;
        if (l1 == l2) {
            ys = y1 - half;
            ye = y2 - half;
            bend = y1 - laneHeight * 0.95;
        } else {
            double dir = Math.signum(y2 - y1);
            ys = y1 + dir * half;
            ye = y2 - dir * (half + 1);
            bend = (ys + ye) / 2;
        }
        g.beginPath();
        g.moveTo(x1, ys);
        g.bezierCurveTo(x1, bend, x2, bend, x2, ye);
        g.stroke();
        // The curve arrives vertically, so the head points straight up or down.
        double dir = Math.signum(ye - bend);
        double size = Math.max(5, markHeight * 0.32);
        headX[0] = x2;
        headY[0] = ye;
        headX[1] = x2 - size * 0.6;
        headY[1] = ye - dir * size;
        headX[2] = x2 + size * 0.6;
        headY[2] = ye - dir * size;
        g.fillPolygon(headX, headY, 3);
        drawn.arrow(r, from, to, a.kind().ordinal());
    }
}
