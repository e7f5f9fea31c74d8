package org.atomiscope.app.timeline;

/**
 * What part of the timeline is in view: the axis unit at the plot's left edge, the zoom (pixels per
 * unit; a label of seven characters asks for about a unit), and the vertical scroll of the lanes. In fit mode it shows every recorded step and keeps doing so as the run grows, until the
 * user zooms or pans; but a short run is never shown smaller than its readable zoom (the least at
 * which every memory access is labelled, {@link ReadableZoom}): if the run is then wider than the
 * plot, the view follows the cursor, and zooming out shows it whole.
 */
public final class Viewport {
    /** The closest zoom: a one-unit step is this many pixels wide. */
    static final double MAX_PX_PER_UNIT = 640;
    /** Fit mode never spreads fewer units than this over the width, so three steps are not a poster. */
    static final double MIN_FIT_UNITS = 10;

    private double firstUnit;
    private double pxPerUnit = 40;
    private double scrollY;
    private boolean fit = true;
    /** The least zoom fit mode uses (0: none). */
    private double readable;
    /** The cursor's unit, which fit mode keeps in view when the run is wider than the plot. */
    private double cursorUnit;

    public Viewport() {
    }

    /** A fixed view: {@code firstUnit} at the left edge, {@code pxPerUnit} zoom (fit mode off). */
    public Viewport(double firstUnit, double pxPerUnit) {
        this.firstUnit = firstUnit;
        this.pxPerUnit = pxPerUnit;
        this.fit = false;
    }

    public double firstUnit() {
        return firstUnit;
    }

    public double pxPerUnit() {
        return pxPerUnit;
    }

    public double scrollY() {
        return scrollY;
    }

    public boolean isFit() {
        return fit;
    }

    /** Shows all {@code total} units in {@code plotWidth} pixels, now and as the run grows. */
    public void fit(double total, double plotWidth) {
        fit = true;
        apply(total, plotWidth);
    }

    /**
     * Re-fits in fit mode, else keeps the view within the axis. {@code readableZoom} is the least zoom
     * fit mode may use (0: none), {@code cursor} the unit the session's cursor is at.
     */
    void follow(double total, double plotWidth, double readableZoom, double cursor) {
        readable = readableZoom;
        cursorUnit = cursor;
        if (fit) {
            apply(total, plotWidth);
        } else {
            clamp(total, plotWidth);
        }
    }

    private void apply(double total, double plotWidth) {
        pxPerUnit = fitModeZoom(total, plotWidth);
        double visible = Math.max(plotWidth, 1) / pxPerUnit;
        // Wider than the plot (a short run at its readable zoom): the cursor stays in view, three quarters along.
        firstUnit = total <= visible ? 0 : Math.max(0, Math.min(total - visible, cursorUnit - visible * 0.75));
    }

    /** The zoom of fit mode: every step, or a short run's readable zoom if that is closer. */
    private double fitModeZoom(double total, double plotWidth) {
        return Math.max(fitZoom(total, plotWidth), Math.min(MAX_PX_PER_UNIT, readable));
    }

    /** The zoom that shows every step: the farthest one may zoom out. */
    static double fitZoom(double total, double plotWidth) {
        return Math.min(MAX_PX_PER_UNIT, Math.max(plotWidth, 1) / Math.max(total, MIN_FIT_UNITS));
    }

    /**
     * Zooms by {@code factor} keeping the unit under pixel {@code anchor} (from the plot's left) in place.
     * Zooming out stops once at fit mode's zoom (and returns to fit mode there), then goes on to every step.
     */
    public void zoom(double factor, double anchor, double total, double plotWidth) {
        double at = firstUnit + anchor / pxPerUnit;
        double all = fitZoom(total, plotWidth);
        double mode = fitModeZoom(total, plotWidth);
        double z = Math.max(all, Math.min(MAX_PX_PER_UNIT, pxPerUnit * factor));
        boolean reachesFit = factor < 1 && z <= mode * (1 + 1e-9) && (pxPerUnit > mode * (1 + 1e-9) || mode <= all);
        if (reachesFit) {
            fit = true;
            apply(total, plotWidth);
            return;
        }
        fit = false;
        pxPerUnit = z;
        firstUnit = at - anchor / pxPerUnit;
        clamp(total, plotWidth);
    }

    /** Moves the view by pixels: positive dx shows later steps, positive dy lower lanes. */
    public void pan(double dx, double dy, double total, double plotWidth) {
        if (dx != 0) {
            fit = false;
            firstUnit += dx / pxPerUnit;
        }
        scrollY += dy;
        clamp(total, plotWidth);
    }

    void setFirstUnit(double unit, double total, double plotWidth) {
        fit = false;
        firstUnit = unit;
        clamp(total, plotWidth);
    }

    /** Brings unit {@code u} (the cursor) into view if it is out, leaving some room after it. */
    void reveal(double u, double total, double plotWidth) {
        double visible = plotWidth / pxPerUnit;
        if (u < firstUnit || u > firstUnit + visible) {
            setFirstUnit(u - visible * 0.75, total, plotWidth);
        }
    }

    private void clamp(double total, double plotWidth) {
        double visible = plotWidth / pxPerUnit;
        double max = Math.max(0, total - visible * 0.9);
        firstUnit = Math.max(0, Math.min(firstUnit, max));
    }

    /** Keeps the lanes' vertical scroll within the content. */
    void clampScroll(double contentHeight, double viewHeight) {
        scrollY = Math.max(0, Math.min(scrollY, contentHeight - viewHeight));
    }
}
