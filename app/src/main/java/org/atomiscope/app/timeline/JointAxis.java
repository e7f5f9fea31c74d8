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
 * <p>A joint step is as wide as the wider of its runs' steps ({@link RunTrack#stepUnits}).
 */
public final class JointAxis {
    private int length;
    /** cum[k]: units of joint steps 1..k. */
    private double[] cum = new double[64];
    /** Per run: the joint step of each run step (index 0 unused). */
    private final int[][] jointOf = {new int[64], new int[64]};
    private final int[] runSteps = new int[2];
    private int runs;

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
            double units = 0;
            if (movesPrimary) {
                runSteps[0] = i + 1;
                jointOf[0][i + 1] = k;
                units = tracks[0].stepUnits(i + 1);
            }
            if (movesReference) {
                runSteps[1] = j + 1;
                jointOf[1][j + 1] = k;
                units = Math.max(units, tracks[1].stepUnits(j + 1));
            }
            cum[k] = cum[k - 1] + units;
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

    /** Joint steps recorded. */
    public int length() {
        return length;
    }

    public double totalUnits() {
        return cum[length];
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
