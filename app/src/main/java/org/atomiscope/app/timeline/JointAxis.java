package org.atomiscope.app.timeline;

import java.util.Arrays;
import org.atomiscope.machine.Choice;
import org.atomiscope.stepper.History;

/**
 * The timeline's x axis: joint steps, as the scrubber and {@code Session.moveTo} count them, and
 * where each one lies in axis units. With one run a joint step is that run's step. Side by side,
 * a joint step moves one run or both (a TSO flush exists in one model only), so each run's steps
 * are placed at the joint step that made them; both panes then line up column by column.
 *
 * <p>The session keeps that pairing to itself, so it is rebuilt here from the two recorded
 * schedules: a choice that the other run can match (same kind and agent, not a memory transition)
 * moved both, anything else moved its own run only. This is how {@code Lockstep.counterpart}
 * pairs them; a step taken in the reference pane alone with no counterpart is the one case it
 * cannot tell apart, and then the reference pane drifts by that step.
 *
 * <p>It also places each event's mark: its room ({@link RunTrack#weight}, about its label's length)
 * follows the room of the previous mark on its lane, and a step's column is as wide as its marks'
 * centres need. A label may thus reach into neighbouring columns where its lane is free: in a lesson
 * the writer's labels stand over the steps where main was busy, not beside them, and the whole run
 * takes little more width than its busiest lane's labels. A mark's centre stays inside its step's
 * column (at least {@value #EDGE} units from either side), so the step axis, the cursor and clicks
 * still say which step a mark belongs to.
 */
public final class JointAxis {
    /** How close a mark's centre may come to its column's sides, in units. */
    static final double EDGE = 0.2;
    /** The narrowest column (a step with one dot, say), in units. */
    static final double MIN_STEP = 0.6;
    /** How far a dot stands after the mark before it in its step, in units. */
    private static final double DOT_STEP = 0.3;

    private int length;
    /** cum[k]: units of joint steps 1..k. */
    private double[] cum = new double[64];
    /** Per run: the joint step of each run step (index 0 unused). */
    private final int[][] jointOf = {new int[64], new int[64]};
    private final int[] runSteps = new int[2];
    private int runs;

    /** Per run: each event's centre on the axis and its room, in units. */
    private final double[][] centre = {new double[64], new double[64]};
    private final double[][] room = {new double[64], new double[64]};
    /** Per run and lane key: where the lane's last placed mark's room ends. */
    private final double[][] frontier = {new double[8], new double[8]};
    /** Scratch per lane key: the step's total room, where its next mark goes, and when it was last reset. */
    private double[] laneTotal = new double[8];
    private double[] laneNext = new double[8];
    private double[] laneLast = new double[8];
    private int[] laneStamp = new int[8];
    private int stamp;
    /** Where the last mark's room ends: labels of the last step may reach past its column. */
    private double extent;

    private final RunTrack[] tracks = new RunTrack[2];
    private final int[] generations = new int[2];
    private final Choice[] lastChoices = new Choice[2];

    /** Brings the axis up to date with one run ({@code reference} null) or two. */
    public void sync(RunTrack primary, RunTrack reference) {
        int want = reference == null ? 1 : 2;
        boolean fresh = want != runs || !current(0, primary) || reference != null && !current(1, reference);
        if (fresh) {
            runs = want;
            tracks[0] = primary;
            tracks[1] = reference;
            length = 0;
            runSteps[0] = 0;
            runSteps[1] = 0;
            Arrays.fill(frontier[0], 0); // nothing reaches before the first step
            Arrays.fill(frontier[1], 0);
            extent = 0;
        }
        for (int r = 0; r < runs; r++) {
            generations[r] = tracks[r].generation();
        }
        extend();
        for (int r = 0; r < runs; r++) {
            History h = tracks[r].history();
            lastChoices[r] = runSteps[r] > 0 ? h.choiceAt(runSteps[r]) : null;
        }
    }

    /** Whether what was aligned of run r is still its history's prefix. */
    private boolean current(int r, RunTrack t) {
        if (tracks[r] != t || generations[r] != t.generation()) {
            return false;
        }
        History h = t.history();
        return h.length() >= runSteps[r] && (runSteps[r] == 0 || h.choiceAt(runSteps[r]) == lastChoices[r]);
    }

    private void extend() {
        History p = tracks[0].history();
        History q = runs > 1 ? tracks[1].history() : null;
        int pl = tracks[0].steps();
        int ql = runs > 1 ? tracks[1].steps() : 0;
        while (runSteps[0] < pl || runSteps[1] < ql) {
            int i = runSteps[0];
            int j = runSteps[1];
            Choice a = i < pl ? p.choiceAt(i + 1) : null;
            Choice b = j < ql ? q.choiceAt(j + 1) : null;
            boolean both = a != null && b != null && a.kind() != Choice.Kind.MEMORY && a.kind() == b.kind()
                && a.agent() == b.agent();
            boolean movesPrimary = a != null;
            boolean movesReference = both || a == null;
            int k = ++length;
            ensure(k, Math.max(i, j) + 1);
            double start = cum[k - 1];
            double end = start + MIN_STEP;
            if (movesPrimary) {
                runSteps[0] = i + 1;
                jointOf[0][i + 1] = k;
                end = Math.max(end, place(0, i + 1, start));
            }
            if (movesReference) {
                runSteps[1] = j + 1;
                jointOf[1][j + 1] = k;
                end = Math.max(end, place(1, j + 1, start));
            }
            cum[k] = end;
        }
    }

    /**
     * Places the marks of run r's step s, whose column starts at {@code start}: on each lane, the first
     * as far left as its room allows (after the lane's previous mark, its centre inside the column), the
     * rest packed after it. Dots (start, idle) take no room: they stand just after the mark before them
     * and give way to labels. A lane's marks in one step take at most {@link RunTrack#MAX_STEP_UNITS}
     * (squeezed beyond), so a loop of local writes does not take over the axis. Returns where the
     * column must end to hold their centres.
     */
    private double place(int r, int s, double start) {
        RunTrack t = tracks[r];
        int from = t.stepFirst(s);
        int to = t.stepFirst(s + 1);
        ensureEvents(r, to);
        stamp++;
        for (int e = from; e < to; e++) {
            int l = lane(t.laneKey(e));
            if (laneStamp[l] != stamp) {
                laneStamp[l] = stamp;
                laneTotal[l] = 0;
                laneNext[l] = Double.NaN; // no mark with room on this lane yet in this step
                laneLast[l] = Double.NEGATIVE_INFINITY;
            }
            laneTotal[l] += t.weight(e);
        }
        double end = start;
        for (int e = from; e < to; e++) {
            int l = t.laneKey(e);
            double squeeze = Math.min(1, RunTrack.MAX_STEP_UNITS / laneTotal[l]);
            double w = t.weight(e) * squeeze;
            double c;
            if (t.style(e) == RunTrack.MINOR) {
                c = Math.max(start + EDGE, laneLast[l] + DOT_STEP * squeeze);
            } else {
                double left = Double.isNaN(laneNext[l]) ? Math.max(frontier[r][l], start + EDGE - w / 2) : laneNext[l];
                c = Math.max(left + w / 2, laneLast[l]);
                laneNext[l] = c + w / 2;
                frontier[r][l] = c + w / 2;
                extent = Math.max(extent, c + w / 2);
            }
            centre[r][e] = c;
            room[r][e] = w;
            laneLast[l] = c;
            end = Math.max(end, c + EDGE);
        }
        return end;
    }

    /** Makes room for lane key l in the per-lane arrays; returns l. */
    private int lane(int l) {
        if (l >= laneTotal.length) {
            int cap = Math.max(l + 1, laneTotal.length * 2);
            laneTotal = Arrays.copyOf(laneTotal, cap);
            laneNext = Arrays.copyOf(laneNext, cap);
            laneLast = Arrays.copyOf(laneLast, cap);
            laneStamp = Arrays.copyOf(laneStamp, cap);
        }
        for (int q = 0; q < 2; q++) {
            if (l >= frontier[q].length) {
                frontier[q] = Arrays.copyOf(frontier[q], Math.max(l + 1, frontier[q].length * 2));
            }
        }
        return l;
    }

    private void ensureEvents(int r, int size) {
        if (size > centre[r].length) {
            int cap = Math.max(size, centre[r].length * 2);
            centre[r] = Arrays.copyOf(centre[r], cap);
            room[r] = Arrays.copyOf(room[r], cap);
        }
    }

    private void ensure(int k, int runStep) {
        if (k >= cum.length) {
            cum = Arrays.copyOf(cum, Math.max(k + 1, cum.length * 2));
        }
        for (int r = 0; r < 2; r++) {
            if (runStep >= jointOf[r].length) {
                jointOf[r] = Arrays.copyOf(jointOf[r], Math.max(runStep + 1, jointOf[r].length * 2));
            }
        }
    }

    // ------------------------------------------------------------------ reading

    /** Where event i of run r's mark is centred, in units. */
    public double centre(int run, int i) {
        return centre[run][i];
    }

    /** The room event i of run r's mark has along the axis, in units. */
    public double room(int run, int i) {
        return room[run][i];
    }

    /** Joint steps recorded. */
    public int length() {
        return length;
    }

    /** The axis's length in units: to the last step's column end, or past it as far as its marks' room reaches. */
    public double totalUnits() {
        return Math.max(cum[length], extent);
    }

    /** Where joint step k's column starts (k from 1); {@code unitsBefore(k + 1)} is where it ends. */
    public double unitsBefore(int k) {
        return k <= 1 ? 0 : cum[Math.min(k, length + 1) - 1];
    }

    public double units(int k) {
        return k < 1 || k > length ? 1 : cum[k] - cum[k - 1];
    }

    /** The joint step whose column holds unit {@code u}, clamped to 1..length (0 if none). */
    public int jointAt(double u) {
        if (length == 0) {
            return 0;
        }
        int lo = 1;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] <= u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The joint step that made run step s of run r. */
    public int joint(int run, int s) {
        return s < 1 ? 0 : s > runSteps[run] ? length + (s - runSteps[run]) : jointOf[run][s];
    }

    /** Run r's steps made at joint steps up to k: the run's position when the session is at k. */
    public int runPosition(int run, int k) {
        int lo = 0;
        int hi = runSteps[run];
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (jointOf[run][mid] <= k) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
