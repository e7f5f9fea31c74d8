package org.atomiscope.app.timeline;

import java.util.Arrays;
import java.util.BitSet;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.atomiscope.app.export.Pen;

/**
 * Draws the events' marks for {@link TimelineRenderer}. A mark with room for its text is a pill with
 * the label inside ("read ia[42] → 191"); a host event short of room says what it is ("new",
 * "log"); with less room still, a small box; where several events share a pixel of a lane, one
 * sliver. Atomic and synchronizing events are filled with the agent's colour, plain accesses
 * outlined in it, console lines grey, minor events (start, idle) dots.
 *
 * <p>Slivers are drawn as the events are visited; the other marks are collected, and when a run's
 * visible events are all in, {@link LabelPlacer} decides which carry their label (memory accesses
 * first, so a lesson's decisive read is never the one left unlabelled) and they are drawn.
 */
final class MarkPainter {
    private final DrawnMarks drawn;
    private Pen g;
    private TimelineFrame f;
    private JointAxis axis;
    private TimelinePalette palette;
    private double plotLeft;
    private double ppu;
    private double first;
    private Font font;
    private double charWidth;
    private double markHeight;
    private double runLeft;
    private double runRight;
    private final LabelPlacer placer = new LabelPlacer();

    private int run;
    private RunTrack track;
    private BitSet divergent;
    private double top;
    private double laneHeight;
    private int[] lastPixel = new int[16];
    /** Per lane, the run of adjacent dense slivers not yet filled: first pixel and agent (-2: none). */
    private int[] runStart = new int[16];
    private int[] runAgent = new int[16];
    private double[] runY = new double[16];

    MarkPainter(DrawnMarks drawn) {
        this.drawn = drawn;
    }

    /**
     * Starts a frame. Marks' labels stay between {@code runLeft} and {@code runRight}, the pixels where
     * the run's first step starts and its last ends, widened by the plot's margin.
     */
    void begin(Pen g, TimelineFrame f, JointAxis axis, double plotLeft, double ppu, double first, Font font,
               double charWidth, double markHeight, double runLeft, double runRight) {
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
        this.runLeft = runLeft;
        this.runRight = runRight;
    }

    /** Starts a run's marks: lanes from {@code top}. */
    void pane(int r, double top, double laneHeight, int lanes) {
        run = r;
        track = f.panes[r].track;
        divergent = f.panes[r].divergent;
        this.top = top;
        this.laneHeight = laneHeight;
        if (lanes > lastPixel.length) {
            lastPixel = new int[lanes * 2];
            runStart = new int[lanes * 2];
            runAgent = new int[lanes * 2];
            runY = new double[lanes * 2];
        }
        Arrays.fill(lastPixel, Integer.MIN_VALUE);
        Arrays.fill(runAgent, -2);
        placer.clear();
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setLineDashes((double[]) null);
    }

    /** The centre of event i's mark of run r. */
    double x(int r, int i) {
        return plotLeft + (axis.centre(r, i) - first) * ppu;
    }

    /** Draws event i's mark; returns the next event worth visiting (later ones on the same pixel are skipped). */
    int draw(int i) {
        int step = track.stepOf(i);
        double cx = x(run, i);
        double slot = axis.room(run, i) * ppu;
        int lane = track.lane(i);
        if (slot < 3) {
            dense(i, lane, (int) cx, top + lane * laneHeight + laneHeight / 2, track.agent(i));
            return track.oneLane(step) ? pastPixel(i, step, (int) cx) : i + 1;
        }
        fillRun(lane);
        if (track.style(i) == RunTrack.MINOR) {
            placer.add(i, lane, cx, Math.max(2, Math.min(markHeight * 0.4, slot - 1)) / 2, 0, 0, LabelPlacer.DOT);
            return i + 1;
        }
        double box = Math.max(4, Math.min(slot - 2, markHeight * 0.8));
        String abbreviation = track.abbreviation(i);
        placer.add(i, lane, cx, box / 2, pillWidth(track.label(i)), abbreviation == null ? 0 : pillWidth(abbreviation),
            track.priority(i) >= 2 ? LabelPlacer.ACCESS : LabelPlacer.HOST);
        return i + 1;
    }

    /**
     * The first event after i of its step whose mark is not on pixel {@code px}. In a step on one lane
     * the marks' centres grow with the index, so the events sharing i's pixel (all of them dense
     * slivers, which would draw nothing more) are found by binary search: a step of a hundred
     * thousand writes costs its pixels, not its events.
     */
    private int pastPixel(int i, int step, int px) {
        int lo = i + 1;
        int hi = track.stepFirst(step + 1);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((int) x(run, mid) <= px) {
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
    }

    private void fillRun(int lane) {
        if (runAgent[lane] == -2) {
            return;
        }
        double h = markHeight * 0.8;
        g.setFill(palette.dense(runAgent[lane]));
        g.fillRect(runStart[lane], runY[lane] - h / 2, lastPixel[lane] - runStart[lane] + 1, h);
        placer.obstacle(lane, runStart[lane], lastPixel[lane] + 1);
        runAgent[lane] = -2;
    }

    /** Fills what dense runs are still open, places the labels and draws the marks; call after a run's last mark. */
    void end() {
        for (int l = 0; l < runAgent.length; l++) {
            fillRun(l);
        }
        LabelPlacer p = placer;
        p.place(runLeft, runRight, markHeight * 0.5);
        for (int j = 0; j < p.count; j++) {
            int i = p.key[j];
            if (i < 0) {
                continue; // a dense stretch, already filled
            }
            int lane = track.lane(i);
            double cy = top + lane * laneHeight + laneHeight / 2;
            Color c = palette.agent(track.agent(i));
            if (p.rank[j] == LabelPlacer.DOT) {
                // Dots leave their room to neighbouring labels, and hide under them.
                double d = p.right[j] - p.left[j];
                if (!p.covered(j, d / 2)) {
                    g.setFill(c);
                    g.fillOval(p.centre[j] - d / 2, cy - d / 2, d, d);
                    drawn.mark(run, i, p.centre[j], cy, d, d, false, false);
                }
                continue;
            }
            byte style = track.style(i);
            boolean divergentHere = divergent != null && divergent.get(track.stepOf(i));
            double w = p.right[j] - p.left[j];
            boolean labelled = p.shown[j] != LabelPlacer.BOX;
            double h = labelled ? markHeight : markHeight * 0.8;
            box(p.left[j], cy - h / 2, w, h, style, c);
            if (divergentHere) {
                ring(p.left[j], cy - h / 2, w, h);
            }
            if (labelled) {
                g.setFill(textOn(style, track.agent(i)));
                g.fillText(p.shown[j] == LabelPlacer.FULL ? track.label(i) : track.abbreviation(i), p.left[j] + w / 2, cy);
            }
            drawn.mark(run, i, p.left[j] + w / 2, cy, w, h, labelled, divergentHere);
        }
    }

    private double pillWidth(String label) {
        return pillWidth(label, charWidth, markHeight);
    }

    /** A label's pill: its characters (the label font is monospaced) and a rounded end each side. */
    static double pillWidth(String label, double charWidth, double markHeight) {
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
