package org.atomiscope.app.heatmap;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.stepper.History;

/**
 * The cells one step touched in one view (a block seen as one element type), in the order the step
 * touched them, kept as runs of consecutive cells: the primes' filling step touches a hundred
 * thousand cells and is one run. The heatmap outlines them, and scrolls to them if none is on screen.
 */
final class StepMarks {
    final int block;
    final ElementType type;
    private final int[] from;
    private final int[] to;
    private final int runs;
    private final int total;

    private StepMarks(int block, ElementType type, int[] from, int[] to, int runs, int total) {
        this.block = block;
        this.type = type;
        this.from = from;
        this.to = to;
        this.runs = runs;
        this.total = total;
    }

    /** The cells of {@code stats}' view that the step's {@code events} touched. */
    static StepMarks of(List<Event> events, CellStats stats) {
        int[] from = new int[4];
        int[] to = new int[4];
        int runs = 0;
        int total = 0;
        for (Event e : events) {
            Event.Access a = e.access();
            if (a == null || a.block() != stats.block() || CellStats.Op.of(e.kind()) == CellStats.Op.NONE) {
                continue;
            }
            int first = stats.firstCell(a);
            int last = stats.lastCell(a);
            if (last < first) {
                continue;
            }
            total += last - first + 1;
            if (runs > 0 && first == to[runs - 1] + 1) {
                to[runs - 1] = last;
                continue;
            }
            if (runs == from.length) {
                from = Arrays.copyOf(from, runs * 2);
                to = Arrays.copyOf(to, runs * 2);
            }
            from[runs] = first;
            to[runs] = last;
            runs++;
        }
        return new StepMarks(stats.block(), stats.type(), from, to, runs, total);
    }

    /** Whether these are the marks of that view. */
    boolean isFor(CellStats stats) {
        return stats.block() == block && stats.type() == type;
    }

    /** How many cells the step touched (a cell touched twice counts twice). */
    int count() {
        return total;
    }

    /** The touched cells in order, as many as {@code into} holds (the array is grown when too small). */
    int[] cells(int[] into) {
        int[] out = into.length >= total ? into : new int[total];
        int k = 0;
        for (int r = 0; r < runs; r++) {
            for (int c = from[r]; c <= to[r]; c++) {
                out[k++] = c;
            }
        }
        return out;
    }

    /** The first cell touched, or -1. */
    int first() {
        return runs == 0 ? -1 : from[0];
    }

    /** Whether a touched cell is wholly on a canvas {@code height} pixels high showing {@code g} scrolled by {@code scrollY}. */
    boolean anyOnScreen(GridLayout g, double scrollY, double height) {
        for (int r = 0; r < runs; r++) {
            int rowA = from[r] / g.columns();
            int rowB = to[r] / g.columns();
            // The first row of the run whose top is on the canvas (rows go down as they count up).
            int row = Math.max(rowA, (int) Math.ceil(scrollY / g.cellSize()) - 1);
            while (row <= rowB && row * g.cellSize() - scrollY < 0) {
                row++;
            }
            if (row <= rowB && row * g.cellSize() - scrollY + g.cellSize() <= height) {
                return true;
            }
        }
        return false;
    }

    /**
     * The marks of the steps shown lately, found once per step and view: the primes' filling step has
     * a hundred thousand events to read, and scrubbing comes back to the same steps. A recorded step
     * is known by the machine it led to, which no other step shares.
     */
    static final class Recent {
        private final Map<Machine, StepMarks> marks = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Machine, StepMarks> eldest) {
                return size() > 64;
            }
        };

        /** Forgets every step (another run: its machines need not be kept). */
        void clear() {
            marks.clear();
        }

        /** The marks of the step that led to {@code h}'s cursor, in {@code stats}' view. */
        StepMarks of(History h, CellStats stats) {
            StepMarks m = marks.get(h.current());
            if (m == null || !m.isFor(stats)) {
                m = StepMarks.of(h.lastEvents(), stats);
                marks.put(h.current(), m);
            }
            return m;
        }
    }
}
