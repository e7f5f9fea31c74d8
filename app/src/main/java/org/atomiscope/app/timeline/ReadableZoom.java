package org.atomiscope.app.timeline;

/**
 * The least zoom at which every memory access of a short run carries its label: the fit view's zoom
 * for a lesson of a few steps, so that the read the lesson is about ("read ia[42] → 191") is never
 * an unlabelled box. Host events may lose their labels or be abbreviated at that zoom.
 *
 * <p>It lays the whole run out at trial zooms with the frame's own {@link LabelPlacer} and bisects
 * (labels only gain room as the zoom grows). The answer depends on the runs, the axis and the font,
 * not on the window's width, so it is kept until one of those changes. Long runs have none: no zoom
 * both shows them whole and labels them, and their fit view is an overview.
 */
final class ReadableZoom {
    /** Runs longer than this (joint steps) are not lessons to read mark by mark. */
    static final int MAX_STEPS = 40;
    /** Nor are runs with more events than this (a setup step filling a buffer). */
    static final int MAX_EVENTS = 2000;
    private static final double LOWEST = 4;

    private final LabelPlacer placer = new LabelPlacer();
    private final int[] generations = new int[2];
    private final int[] eventCounts = new int[2];
    private final RunTrack[] tracks = new RunTrack[2];
    private int runs = -1;
    private int length = -1;
    private double fontSize = -1;
    private double zoom;

    /**
     * Pixels per axis unit at which the frame's runs show every memory access's label, or 0 when
     * they are too long for that (or no zoom up to {@code max} manages it). {@code margin} is the
     * room the plot leaves before the first step and after the last.
     */
    double of(TimelineFrame f, double charWidth, double markHeight, double margin, double max) {
        if (!stale(f)) {
            return zoom;
        }
        zoom = compute(f, charWidth, markHeight, margin, max);
        return zoom;
    }

    private boolean stale(TimelineFrame f) {
        boolean stale = runs != f.paneCount || length != f.axis.length() || fontSize != f.fontSize;
        for (int r = 0; r < f.paneCount && !stale; r++) {
            RunTrack t = f.panes[r].track;
            stale = tracks[r] != t || generations[r] != t.generation() || eventCounts[r] != t.eventCount();
        }
        runs = f.paneCount;
        length = f.axis.length();
        fontSize = f.fontSize;
        for (int r = 0; r < f.paneCount; r++) {
            tracks[r] = f.panes[r].track;
            generations[r] = tracks[r].generation();
            eventCounts[r] = tracks[r].eventCount();
        }
        return stale;
    }

    private double compute(TimelineFrame f, double charWidth, double markHeight, double margin, double max) {
        int events = 0;
        for (int r = 0; r < f.paneCount; r++) {
            events += f.panes[r].track.eventCount();
        }
        if (f.paneCount == 0 || f.axis.length() == 0 || f.axis.length() > MAX_STEPS || events > MAX_EVENTS) {
            return 0;
        }
        if (labelsAll(f, LOWEST, charWidth, markHeight, margin)) {
            return LOWEST;
        }
        if (!labelsAll(f, max, charWidth, markHeight, margin)) {
            return 0;
        }
        double lo = LOWEST;
        double hi = max;
        while (hi / lo > 1.02) {
            double mid = Math.sqrt(lo * hi);
            if (labelsAll(f, mid, charWidth, markHeight, margin)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** Whether at {@code ppu} every memory access of every run gets its full label. */
    private boolean labelsAll(TimelineFrame f, double ppu, double charWidth, double markHeight, double margin) {
        JointAxis axis = f.axis;
        for (int r = 0; r < f.paneCount; r++) {
            RunTrack t = f.panes[r].track;
            placer.clear();
            for (int i = 0; i < t.eventCount(); i++) {
                double cx = axis.centre(r, i) * ppu;
                double slot = axis.room(r, i) * ppu;
                if (t.style(i) == RunTrack.MINOR) {
                    placer.add(i, t.lane(i), cx, 0, 0, 0, LabelPlacer.DOT);
                    continue;
                }
                String abbreviation = t.abbreviation(i);
                placer.add(i, t.lane(i), cx, Math.max(4, Math.min(slot - 2, markHeight * 0.8)) / 2,
                    MarkPainter.pillWidth(t.label(i), charWidth, markHeight),
                    abbreviation == null ? 0 : MarkPainter.pillWidth(abbreviation, charWidth, markHeight),
                    t.priority(i) >= 2 ? LabelPlacer.ACCESS : LabelPlacer.HOST);
            }
            placer.place(-margin + 2, axis.totalUnits() * ppu + margin - 2, markHeight * 0.5);
            for (int j = 0; j < placer.count; j++) {
                if (placer.rank[j] == LabelPlacer.ACCESS && placer.shown[j] != LabelPlacer.FULL) {
                    return false;
                }
            }
        }
        return true;
    }
}
