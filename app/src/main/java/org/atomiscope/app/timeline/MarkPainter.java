package org.atomiscope.app.timeline;

import java.util.Arrays;
import java.util.BitSet;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws the events' marks, one at a time, for {@link TimelineRenderer}. A mark with room for its
 * text is a pill with the label inside ("read ia[42] → 191"); with less room, a small box; where
 * several events share a pixel of a lane, one sliver. Atomic and synchronizing events are filled
 * with the agent's colour, plain accesses outlined in it, console lines grey, minor events (start,
 * idle) dots. A label is shown only if it overlaps neither the previous mark on its lane nor the
 * room the next one needs (its whole label, if that one matters more: a memory access's value
 * beats "new writer"), so labels never collide.
 */
final class MarkPainter {
    private final DrawnMarks drawn;
    private GraphicsContext g;
    private TimelineFrame f;
    private JointAxis axis;
    private TimelinePalette palette;
    private double plotLeft;
    private double ppu;
    private double first;
    private Font font;
    private double charWidth;
    private double markHeight;

    private int run;
    private RunTrack track;
    private BitSet divergent;
    private double top;
    private double laneHeight;
    private double[] laneRight = new double[16];
    private int[] lastPixel = new int[16];
    /** Per lane, the run of adjacent dense slivers not yet filled: first pixel and agent (-2: none). */
    private int[] runStart = new int[16];
    private int[] runAgent = new int[16];
    private double[] runY = new double[16];

    MarkPainter(DrawnMarks drawn) {
        this.drawn = drawn;
    }

    void begin(GraphicsContext g, TimelineFrame f, JointAxis axis, double plotLeft, double ppu, double first, Font font,
               double charWidth, double markHeight) {
        this.g = g;
        this.f = f;
        this.axis = axis;
        this.palette = f.palette;
        this.plotLeft = plotLeft;
        this.ppu = ppu;
        this.first = first;
        this.font = font;
        this.charWidth = charWidth;
        this.markHeight = markHeight;
    }

    /** Starts a run's marks: lanes from {@code top}. */
    void pane(int r, double top, double laneHeight, int lanes) {
        run = r;
        track = f.panes[r].track;
        divergent = f.panes[r].divergent;
        this.top = top;
        this.laneHeight = laneHeight;
        if (lanes > laneRight.length) {
            laneRight = new double[lanes * 2];
            lastPixel = new int[lanes * 2];
            runStart = new int[lanes * 2];
            runAgent = new int[lanes * 2];
            runY = new double[lanes * 2];
        }
        Arrays.fill(laneRight, Double.NEGATIVE_INFINITY);
        Arrays.fill(lastPixel, Integer.MIN_VALUE);
        Arrays.fill(runAgent, -2);
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setLineDashes((double[]) null);
    }

    /** The centre of event i's mark of run r. */
    double x(int r, int i) {
        RunTrack t = f.panes[r].track;
        int k = axis.joint(r, t.stepOf(i));
        return plotLeft + (axis.unitsBefore(k) + (t.slotStart(i) + t.slotWidth(i) * 0.5) * axis.units(k) - first) * ppu;
    }

    /** Draws event i's mark; returns the next event worth visiting (later ones on the same pixel are skipped). */
    int draw(int i) {
        int step = track.stepOf(i);
        int k = axis.joint(run, step);
        double column = axis.units(k) * ppu;
        double left = plotLeft + (axis.unitsBefore(k) - first) * ppu;
        double cx = centre(i, left, column);
        double slot = track.slotWidth(i) * column;
        int lane = track.lane(i);
        double cy = top + lane * laneHeight + laneHeight / 2;
        byte style = track.style(i);
        int agent = track.agent(i);
        Color c = palette.agent(agent);
        if (slot < 3) {
            dense(i, lane, (int) cx, cy, agent);
            return track.oneLane(step) ? pastPixel(i, step, (int) cx, left, column) : i + 1;
        }
        fillRun(lane);
        if (style == RunTrack.MINOR) {
            // Dots leave their room to neighbouring labels, and hide under a pill drawn over them.
            if (cx >= laneRight[lane]) {
                double d = Math.max(2, Math.min(markHeight * 0.4, slot - 1));
                g.setFill(c);
                g.fillOval(cx - d / 2, cy - d / 2, d, d);
                drawn.mark(run, i, cx, cy, d, d, false, false);
            }
            return i + 1;
        }
        boolean divergentHere = divergent != null && divergent.get(step);
        if (pill(i, cx, cy, lane, style, c, divergentHere)) {
            return i + 1;
        }
        double w = Math.max(4, Math.min(slot - 2, markHeight * 0.8));
        double h = markHeight * 0.8;
        box(cx - w / 2, cy - h / 2, w, h, style, c);
        if (divergentHere) {
            ring(cx - w / 2, cy - h / 2, w, h);
        }
        laneRight[lane] = cx + w / 2;
        drawn.mark(run, i, cx, cy, w, h, false, divergentHere);
        return i + 1;
    }

    private double centre(int i, double left, double column) {
        return left + (track.slotStart(i) + track.slotWidth(i) * 0.5) * column;
    }

    /**
     * The first event after i of its step whose mark is not on pixel {@code px}. In a step on one lane
     * the marks' centres grow with the index, so the events sharing i's pixel (all of them dense
     * slivers, which would draw nothing more) are found by binary search: a step of a hundred
     * thousand writes costs its pixels, not its events.
     */
    private int pastPixel(int i, int step, int px, double left, double column) {
        int lo = i + 1;
        int hi = track.stepFirst(step + 1);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((int) centre(mid, left, column) <= px) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * An event closer than three pixels to its neighbours: a one-pixel sliver. Slivers of one agent on
     * adjacent pixels are filled as one rectangle, so a dense stretch costs one fill, not thousands;
     * each pixel is still recorded for hovering.
     */
    private void dense(int i, int lane, int px, double cy, int agent) {
        if (lastPixel[lane] == px) {
            return;
        }
        if (runAgent[lane] != agent || px > lastPixel[lane] + 1) {
            fillRun(lane);
            runStart[lane] = px;
            runAgent[lane] = agent;
            runY[lane] = cy;
        }
        lastPixel[lane] = px;
        drawn.mark(run, i, px, cy, 1, markHeight * 0.8, false, false);
        laneRight[lane] = px + 1;
    }

    private void fillRun(int lane) {
        if (runAgent[lane] == -2) {
            return;
        }
        double h = markHeight * 0.8;
        g.setFill(palette.dense(runAgent[lane]));
        g.fillRect(runStart[lane], runY[lane] - h / 2, lastPixel[lane] - runStart[lane] + 1, h);
        runAgent[lane] = -2;
    }

    /** Fills what dense runs are still open; call after a run's last mark. */
    void end() {
        for (int l = 0; l < runAgent.length; l++) {
            fillRun(l);
        }
    }

    /**
     * Draws the labelled pill if it fits between its neighbours on the lane; false if it does not. A
     * pill may shift sideways into free room, as long as its event's own place stays well inside it.
     */
    private boolean pill(int i, double cx, double cy, int lane, byte style, Color c, boolean divergentHere) {
        String label = track.label(i);
        double w = pillWidth(label);
        double lo = laneRight[lane] + 3;
        double hi = plotLeft + (axis.totalUnits() - first) * ppu - 2; // not past the run's end
        int next = track.nextOnLane(i);
        for (int hops = 0; next >= 0 && track.style(next) == RunTrack.MINOR && hops < 8; hops++) {
            next = track.nextOnLane(next); // a pill may cover a start or idle dot
        }
        if (next >= 0) {
            // Leave the next mark room for a box, or for its whole label if that one matters more.
            double room = track.priority(next) > track.priority(i) ? pillWidth(track.label(next)) / 2 : markHeight * 0.5;
            hi = Math.min(hi, x(run, next) - room - 3);
        }
        double left = Math.min(Math.max(cx - w / 2, lo), hi - w);
        if (left < lo || cx < left + markHeight * 0.5 || cx > left + w - markHeight * 0.5) {
            return false;
        }
        double h = markHeight;
        box(left, cy - h / 2, w, h, style, c);
        if (divergentHere) {
            ring(left, cy - h / 2, w, h);
        }
        g.setFill(textOn(style, track.agent(i)));
        g.fillText(label, left + w / 2, cy);
        laneRight[lane] = left + w;
        drawn.mark(run, i, left + w / 2, cy, w, h, true, divergentHere);
        return true;
    }

    private double pillWidth(String label) {
        return label.length() * charWidth + markHeight * 0.6;
    }

    private void box(double x, double y, double w, double h, byte style, Color c) {
        double arc = Math.min(h, w) * 0.7;
        switch (style) {
            case RunTrack.ATOMIC -> {
                g.setFill(c);
                g.fillRoundRect(x, y, w, h, arc, arc);
            }
            case RunTrack.ERROR -> {
                g.setFill(palette.danger);
                g.fillRoundRect(x, y, w, h, arc, arc);
            }
            case RunTrack.CONSOLE -> {
                g.setFill(palette.header);
                g.fillRoundRect(x, y, w, h, arc, arc);
                g.setStroke(palette.muted);
                g.setLineWidth(1);
                g.strokeRoundRect(x + 0.5, y + 0.5, w - 1, h - 1, arc, arc);
            }
            default -> {
                g.setFill(palette.background);
                g.fillRoundRect(x, y, w, h, arc, arc);
                g.setStroke(c);
                g.setLineWidth(1.8);
                g.strokeRoundRect(x + 0.9, y + 0.9, w - 1.8, h - 1.8, arc, arc);
            }
        }
    }

    private void ring(double x, double y, double w, double h) {
        g.setStroke(palette.danger);
        g.setLineWidth(2);
        double arc = Math.min(h, w) * 0.7 + 6;
        g.strokeRoundRect(x - 3, y - 3, w + 6, h + 6, arc, arc);
    }

    private Color textOn(byte style, int agent) {
        return switch (style) {
            case RunTrack.ATOMIC -> palette.onAgent(agent);
            case RunTrack.ERROR -> Color.WHITE;
            default -> palette.text;
        };
    }
}
