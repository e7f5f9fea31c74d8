package org.atomiscope.app.timeline;

import java.util.BitSet;

/**
 * Everything one frame of the timeline shows: the runs (one, or two side by side), the axis that
 * lines them up, the view, the colours and font size, and where the session's cursor is. The view
 * fills one in after each change; a benchmark fills one in by hand. Reused from frame to frame.
 */
public final class TimelineFrame {
    /** One run's lanes: its track, the header over them, its own cursor, the steps where it diverged. */
    static final class Pane {
        RunTrack track;
        String title;
        int position;
        BitSet divergent;
    }

    final Pane[] panes = {new Pane(), new Pane()};
    int paneCount;
    JointAxis axis;
    Viewport viewport;
    TimelinePalette palette = TimelinePalette.of(false);
    double fontSize = 14;
    int jointPosition;
    String message;
    boolean revealCursor;

    /** Removes the runs (and any message). */
    public TimelineFrame clear() {
        paneCount = 0;
        message = null;
        return this;
    }

    /**
     * Adds a run: its track, the title over its lanes (shown when there are two), its history's position,
     * and its divergent run steps (null for none).
     */
    public TimelineFrame addRun(RunTrack track, String title, int position, BitSet divergent) {
        Pane p = panes[paneCount++];
        p.track = track;
        p.title = title;
        p.position = position;
        p.divergent = divergent;
        return this;
    }

    /** A sentence shown instead of lanes (no scenario open, or it does not compile). */
    public TimelineFrame message(String sentence) {
        message = sentence;
        return this;
    }

    public TimelineFrame axis(JointAxis a) {
        axis = a;
        return this;
    }

    public TimelineFrame viewport(Viewport v) {
        viewport = v;
        return this;
    }

    public TimelineFrame palette(TimelinePalette p) {
        palette = p;
        return this;
    }

    public TimelineFrame fontSize(double size) {
        fontSize = size;
        return this;
    }

    /** The session's joint step: the cursor line, and everything after it faded. */
    public TimelineFrame position(int joint) {
        jointPosition = joint;
        return this;
    }

    /** Asks the next frame to scroll the cursor into view if it is out. */
    TimelineFrame revealCursor() {
        revealCursor = true;
        return this;
    }

    public Viewport viewport() {
        return viewport;
    }
}
