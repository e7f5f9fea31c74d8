package org.atomiscope.app.timeline;

import java.util.Arrays;

/**
 * Decides which marks carry their label, for {@link MarkPainter} (a frame's visible marks) and
 * {@link ReadableZoom} (the whole of a short run, at trial zooms). Marks are added in left-to-right
 * order per lane (lanes may interleave); each has a centre, a box it shows without a label, its
 * label's width and, for a host event, its abbreviation's.
 *
 * <p>Room goes by rank, because the lesson is in the memory accesses: first every memory access
 * (and wait, notify, flush, error) gets its full label where it fits, then host events (new agents,
 * messages, console lines, wake-ups) theirs, then host events their abbreviation; a mark left over
 * stays a box. A label may slide sideways off its mark, as long as the mark's own place stays well
 * inside it, and never covers another mark's box or label on its lane: labels cannot collide. Start
 * and idle dots give way (a label may cover them). All widths are in pixels of the current font.
 *
 * <p>Nothing is allocated per mark once the arrays have grown: a frame reuses one placer.
 */
final class LabelPlacer {
    /** What a mark shows. */
    static final byte BOX = 0;
    static final byte FULL = 1;
    static final byte SHORT = 2;

    /** Ranks: who gets room first. */
    static final byte OBSTACLE = -1;
    static final byte DOT = 0;
    static final byte HOST = 1;
    static final byte ACCESS = 2;

    /** Pixels kept free between neighbouring marks. */
    static final double GAP = 3;

    int count;
    int[] key = new int[64];
    private int[] lane = new int[64];
    double[] centre = new double[64];
    private double[] half = new double[64];
    private double[] fullWidth = new double[64];
    private double[] shortWidth = new double[64];
    byte[] rank = new byte[64];
    /** Results: what each mark shows and where it lies (its box, or its label's pill). */
    byte[] shown = new byte[64];
    double[] left = new double[64];
    double[] right = new double[64];
    private int[] prev = new int[64];
    private int[] next = new int[64];
    private int[] lastOnLane = new int[16];
    private int[] firstOnLane = new int[16];

    void clear() {
        count = 0;
    }

    /**
     * Adds a mark: {@code key} is the caller's (an event index), {@code half} half its box's width (0
     * for a dot), {@code full} and {@code abbreviated} the pill widths of its labels (0: none).
     */
    void add(int key, int lane, double centre, double half, double full, double abbreviated, byte rank) {
        if (count == this.key.length) {
            grow(count * 2);
        }
        int j = count++;
        this.key[j] = key;
        this.lane[j] = lane;
        this.centre[j] = centre;
        this.half[j] = half;
        this.fullWidth[j] = full;
        this.shortWidth[j] = abbreviated;
        this.rank[j] = rank;
    }

    /** Room on a lane that no label may take (a dense stretch of slivers), from x1 to x2. */
    void obstacle(int lane, double x1, double x2) {
        add(-1, lane, (x1 + x2) / 2, (x2 - x1) / 2, 0, 0, OBSTACLE);
    }

    /**
     * Places the labels. Pills stay within {@code lo}..{@code hi} (the run's extent: the first and
     * last marks are drawn whole), and a mark's centre stays at least {@code inside} pixels inside
     * its pill.
     */
    void place(double lo, double hi, double inside) {
        int lanes = 0;
        for (int j = 0; j < count; j++) {
            lanes = Math.max(lanes, lane[j] + 1);
        }
        if (lastOnLane.length < lanes) {
            lastOnLane = new int[lanes * 2];
            firstOnLane = new int[lanes * 2];
        }
        Arrays.fill(lastOnLane, 0, lanes, -1);
        Arrays.fill(firstOnLane, 0, lanes, -1);
        for (int j = 0; j < count; j++) {
            shown[j] = BOX;
            left[j] = centre[j] - half[j];
            right[j] = centre[j] + half[j];
            int l = lane[j];
            prev[j] = lastOnLane[l];
            next[j] = -1;
            if (rank[j] == DOT) {
                continue; // dots take no room; prev is the mark before, next found below
            }
            if (prev[j] >= 0) {
                next[prev[j]] = j;
            } else {
                firstOnLane[l] = j;
            }
            lastOnLane[l] = j;
        }
        for (int j = 0; j < count; j++) {
            if (rank[j] == DOT) {
                next[j] = prev[j] >= 0 ? next[prev[j]] : firstOnLane[lane[j]];
            }
        }
        pass(ACCESS, FULL, lo, hi, inside);
        pass(HOST, FULL, lo, hi, inside);
        pass(HOST, SHORT, lo, hi, inside);
    }

    private double width(int j, byte kind) {
        return kind == FULL ? fullWidth[j] : shortWidth[j];
    }

    /** Whether mark j still waits for a label of this pass. */
    private boolean pending(int j, byte r, byte kind) {
        return rank[j] == r && shown[j] == BOX && width(j, kind) > 0;
    }

    private void pass(byte r, byte kind, double lo, double hi, double inside) {
        for (int j = 0; j < count; j++) {
            if (!pending(j, r, kind)) {
                continue;
            }
            double w = width(j, kind);
            double c = centre[j];
            double slack = Math.max(0, w / 2 - inside); // how far the pill may slide off centre
            double from = prev[j] >= 0 ? right[prev[j]] + GAP : lo;
            double to = next[j] >= 0 ? left[next[j]] - GAP : hi;
            double want = c - w / 2;
            int n = next[j];
            if (n >= 0 && pending(n, r, kind)) {
                // Leave the next mark of this pass room for its own label, centred: slide left if need be.
                double room = centre[n] - width(n, kind) / 2 - GAP;
                if (want + w > room) {
                    want = Math.max(room - w, c - w / 2 - slack);
                }
            }
            double at = Math.min(Math.max(want, from), to - w);
            if (at < from - 1e-9 || at < c - w / 2 - slack - 1e-9 || at > c - w / 2 + slack + 1e-9) {
                continue;
            }
            left[j] = at;
            right[j] = at + w;
            shown[j] = kind;
        }
    }

    /** Whether dot j lies under a neighbour's label (then it is not drawn). */
    boolean covered(int j, double radius) {
        double c = centre[j];
        return prev[j] >= 0 && right[prev[j]] >= c - radius || next[j] >= 0 && left[next[j]] <= c + radius;
    }

    private void grow(int cap) {
        key = Arrays.copyOf(key, cap);
        lane = Arrays.copyOf(lane, cap);
        centre = Arrays.copyOf(centre, cap);
        half = Arrays.copyOf(half, cap);
        fullWidth = Arrays.copyOf(fullWidth, cap);
        shortWidth = Arrays.copyOf(shortWidth, cap);
        rank = Arrays.copyOf(rank, cap);
        shown = Arrays.copyOf(shown, cap);
        left = Arrays.copyOf(left, cap);
        right = Arrays.copyOf(right, cap);
        prev = Arrays.copyOf(prev, cap);
        next = Arrays.copyOf(next, cap);
    }
}
