package org.atomiscope.app.timeline;

import java.util.Arrays;

/**
 * What the last frame drew, in reusable primitive arrays: each mark (run, event, box, whether its
 * label showed, whether it was ringed as divergent) and each arrow. Hovering, clicking and tests read it; a frame makes no objects for
 * it once the arrays have grown.
 */
final class DrawnMarks {
    int marks;
    int[] run = new int[256];
    int[] event = new int[256];
    double[] x = new double[256];
    double[] y = new double[256];
    double[] w = new double[256];
    double[] h = new double[256];
    boolean[] labelled = new boolean[256];
    boolean[] diverged = new boolean[256];

    int arrows;
    int[] arrowRun = new int[64];
    int[] arrowFrom = new int[64];
    int[] arrowTo = new int[64];
    byte[] arrowKind = new byte[64];

    void clear() {
        marks = 0;
        arrows = 0;
    }

    void mark(int r, int e, double cx, double cy, double width, double height, boolean label, boolean ring) {
        if (marks == run.length) {
            int cap = marks * 2;
            run = Arrays.copyOf(run, cap);
            event = Arrays.copyOf(event, cap);
            x = Arrays.copyOf(x, cap);
            y = Arrays.copyOf(y, cap);
            w = Arrays.copyOf(w, cap);
            h = Arrays.copyOf(h, cap);
            labelled = Arrays.copyOf(labelled, cap);
            diverged = Arrays.copyOf(diverged, cap);
        }
        run[marks] = r;
        event[marks] = e;
        x[marks] = cx;
        y[marks] = cy;
        w[marks] = width;
        h[marks] = height;
        labelled[marks] = label;
        diverged[marks] = ring;
        marks++;
    }

    void arrow(int r, int from, int to, int kind) {
        if (arrows == arrowRun.length) {
            int cap = arrows * 2;
            arrowRun = Arrays.copyOf(arrowRun, cap);
            arrowFrom = Arrays.copyOf(arrowFrom, cap);
            arrowTo = Arrays.copyOf(arrowTo, cap);
            arrowKind = Arrays.copyOf(arrowKind, cap);
        }
        arrowRun[arrows] = r;
        arrowFrom[arrows] = from;
        arrowTo[arrows] = to;
        arrowKind[arrows] = (byte) kind;
        arrows++;
    }

    /** The mark under (px, py), allowing {@code slack} pixels around small marks; -1 if none. */
    int hit(double px, double py, double slack) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < marks; i++) {
            double dx = Math.max(0, Math.abs(px - x[i]) - w[i] / 2);
            double dy = Math.max(0, Math.abs(py - y[i]) - h[i] / 2);
            if (dx <= slack && dy <= slack) {
                double d = dx + dy + Math.abs(px - x[i]) * 1e-3;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
        }
        return best;
    }
}
