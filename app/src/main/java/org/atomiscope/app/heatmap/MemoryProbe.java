package org.atomiscope.app.heatmap;

import java.math.BigInteger;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.js.JsNumbers;
import org.atomiscope.memory.Memory;
import org.atomiscope.vm.Request;

/**
 * Questions to one machine's memory about the cells of one view: the value each holds and, under
 * the relaxed model, how many values an agent could read from it. Memory is immutable, so answers
 * are cached for as long as the probe lives (one machine); each is computed only when first asked,
 * which keeps the staleness mode (a read-options query per cell) to the cells on screen.
 */
public final class MemoryProbe {
    /** Who "the value the cell holds" is asked of: every agent but main may be gone or unstarted. */
    private static final int OBSERVER = 0;

    private final Memory memory;
    private final int block;
    private final ElementType type;
    private final int cells;
    private double[] values;
    private boolean allValues;
    private double min;
    private double max;
    private int stalenessAgent = -1;
    private int[] staleness;
    /** Until when (System.nanoTime) new staleness answers may be computed; see {@link #budget}. */
    private long deadline = Long.MAX_VALUE;
    private boolean missed;

    public MemoryProbe(Memory memory, int block, ElementType type, int cells) {
        this.memory = memory;
        this.block = block;
        this.type = type;
        this.cells = cells;
    }

    boolean isFor(Memory m, int b, ElementType t) {
        return memory == m && block == b && type == t;
    }

    /** The cell's raw bits as {@link Memory#peek} gives them. */
    long raw(int cell) {
        return memory.peek(OBSERVER, block, type, cell * type.byteSize());
    }

    /** The cell's value as a double (a BigInt approximately, for colouring). */
    double value(int cell) {
        if (values != null) {
            return values[cell];
        }
        return number(raw(cell));
    }

    private double number(long raw) {
        if (!type.isBigInt()) {
            return type.fromRaw(raw);
        }
        return type.fromRawBigInt(raw).doubleValue();
    }

    /** The cell's value as JavaScript prints it: "123456", "0.5", "-1n". */
    String valueText(int cell) {
        long raw = raw(cell);
        if (type.isBigInt()) {
            BigInteger v = type.fromRawBigInt(raw);
            return v + "n";
        }
        return JsNumbers.toJsString(type.fromRaw(raw));
    }

    /** Reads every cell once (for the value scale); then {@link #min} and {@link #max} hold. */
    void readAll() {
        if (allValues) {
            return;
        }
        double[] v = new double[cells];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < cells; c++) {
            v[c] = number(raw(c));
            if (!Double.isNaN(v[c])) {
                lo = Math.min(lo, v[c]);
                hi = Math.max(hi, v[c]);
            }
        }
        values = v;
        min = cells == 0 || lo > hi ? 0 : lo;
        max = cells == 0 || lo > hi ? 0 : hi;
        allValues = true;
    }

    /** The smallest value of any cell (after {@link #readAll}). */
    double min() {
        return min;
    }

    /** The largest value of any cell (after {@link #readAll}). */
    double max() {
        return max;
    }

    /**
     * How many different ways {@code agent} could read the cell now: 1 when only one write is
     * visible to it, more when the memory model lets it see older writes too (or a torn mix).
     */
    int staleness(int agent, int cell) {
        if (agent != stalenessAgent || staleness == null) {
            stalenessAgent = agent;
            staleness = new int[cells];
        }
        int s = staleness[cell];
        if (s == 0) {
            if (deadline != Long.MAX_VALUE && System.nanoTime() > deadline) {
                missed = true;
                return 0;
            }
            Request.Read read = new Request.Read(null, "", cell, block, type, cell * type.byteSize(), false);
            s = Math.max(1, memory.optionCount(agent, read));
            staleness[cell] = s;
        }
        return s;
    }

    /**
     * Limits the time new staleness answers may take from now on (a read-options query costs more
     * the more writes memory holds), so a frame stays quick; cells past the budget answer 0 and
     * {@link #missedBudget} says to draw again. A negative budget lifts the limit.
     */
    void budget(long nanos) {
        deadline = nanos < 0 ? Long.MAX_VALUE : System.nanoTime() + nanos;
        missed = false;
    }

    /** Whether some staleness answer was left for later since the last {@link #budget}. */
    boolean missedBudget() {
        return missed;
    }
}
