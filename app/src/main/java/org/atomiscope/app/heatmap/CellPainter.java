package org.atomiscope.app.heatmap;

/**
 * One cell's colour in the chosen mode, as an ARGB int: the whole colour logic of the heatmap, so
 * the canvas, the tests and the legend agree. Makes no objects per cell.
 */
public final class CellPainter {
    private final Palette palette;
    private final ColorMode mode;
    private final CellStats stats;
    private final MemoryProbe probe;
    private final int agent;
    private final double valueScalePositive;
    private final double valueScaleNegative;

    /**
     * @param probe the current memory, needed by {@link ColorMode#VALUE} and {@link ColorMode#STALENESS}
     *     (null otherwise)
     * @param agent the agent whose view {@link ColorMode#STALENESS} shows
     */
    public CellPainter(Palette palette, ColorMode mode, CellStats stats, MemoryProbe probe, int agent) {
        this.palette = palette;
        this.mode = mode;
        this.stats = stats;
        this.probe = probe;
        this.agent = agent;
        if (mode == ColorMode.VALUE && probe != null) {
            probe.readAll();
            valueScalePositive = Math.max(0, probe.max());
            valueScaleNegative = Math.max(0, -probe.min());
        } else {
            valueScalePositive = 0;
            valueScaleNegative = 0;
        }
    }

    /** Whether {@link #valueText} can answer (the painter knows the memory). */
    boolean hasValues() {
        return probe != null;
    }

    /** The cell's value as JavaScript prints it ("314159", "0.5", "-1n"). */
    String valueText(int cell) {
        return probe.valueText(cell);
    }

    public ColorMode mode() {
        return mode;
    }

    public Palette palette() {
        return palette;
    }

    public int argb(int cell) {
        CellStats s = stats;
        Palette p = palette;
        switch (mode) {
            case READS: {
                int n = s.reads(cell);
                return n == 0 ? p.empty : p.readRamp[Palette.rampIndex(n, s.maxReads())];
            }
            case WRITES: {
                int n = s.writes(cell);
                return n == 0 ? p.empty : p.writeRamp[Palette.rampIndex(n, s.maxWrites())];
            }
            case ATOMIC: {
                boolean a = s.atomic(cell) > 0;
                boolean pl = s.plain(cell) > 0;
                return a && pl ? p.mixed : a ? p.atomicOnly : pl ? p.plainOnly : p.empty;
            }
            case LAST_WRITER: {
                int w = s.lastWriter(cell);
                return w < 0 ? p.empty : p.agent(w);
            }
            case VALUE:
                return valueColor(probe == null ? 0 : probe.value(cell));
            case STALENESS: {
                if (probe == null || s.writes(cell) == 0) {
                    return p.empty;
                }
                int n = probe.staleness(agent, cell); // 0: not computed yet, drawn empty until the next frame
                return p.staleness[Math.min(n, p.staleness.length - 1)];
            }
            default:
                return p.empty;
        }
    }

    /**
     * Zero is an empty cell; other values shade linearly up to the largest in the buffer (so a sorted
     * array reads as a gradient), negatives in another hue.
     */
    private int valueColor(double v) {
        Palette p = palette;
        if (Double.isNaN(v)) {
            return p.nan;
        }
        if (v == 0) {
            return p.empty;
        }
        if (v > 0) {
            return p.positiveRamp[scaled(v, valueScalePositive)];
        }
        return p.negativeRamp[scaled(-v, valueScaleNegative)];
    }

    private static int scaled(double x, double max) {
        if (max <= 0 || Double.isInfinite(x)) {
            return Palette.RAMP - 1;
        }
        double t = Math.min(1, x / max);
        return (int) (Palette.RAMP * 0.2 + t * (Palette.RAMP * 0.8 - 1));
    }
}
