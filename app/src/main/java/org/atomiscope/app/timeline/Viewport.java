package org.atomiscope.app.timeline;

/**
 * What part of the timeline is in view: the axis unit at the plot's left edge, the zoom (pixels per
 * unit; a step is 1 to {@value RunTrack#MAX_STEP_UNITS} units wide), and the vertical scroll of the
 * lanes. In fit mode it shows every recorded step and keeps doing so as the run grows, until the
 * user zooms or pans.
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

    /** Re-fits in fit mode, else keeps the view within the axis. */
    void follow(double total, double plotWidth) {
        if (fit) {
            apply(total, plotWidth);
        } else {
            clamp(total, plotWidth);
        }
    }

    private void apply(double total, double plotWidth) {
        firstUnit = 0;
        pxPerUnit = Math.min(MAX_PX_PER_UNIT, Math.max(plotWidth, 1) / Math.max(total, MIN_FIT_UNITS));
    }

    /** The zoom of fit mode: the farthest one may zoom out. */
    static double fitZoom(double total, double plotWidth) {
        return Math.min(MAX_PX_PER_UNIT, Math.max(plotWidth, 1) / Math.max(total, MIN_FIT_UNITS));
    }

    /** Zooms by {@code factor} keeping the unit under pixel {@code anchor} (from the plot's left) in place. */
    public void zoom(double factor, double anchor, double total, double plotWidth) {
        double at = firstUnit + anchor / pxPerUnit;
        double min = fitZoom(total, plotWidth);
        pxPerUnit = Math.max(min, Math.min(MAX_PX_PER_UNIT, pxPerUnit * factor));
        firstUnit = at - anchor / pxPerUnit;
        fit = pxPerUnit <= min && factor < 1;
        if (fit) {
            apply(total, plotWidth);
        }
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
