package org.atomiscope.app.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;

/**
 * A pane that holds a canvas at its own size and draws it in the layout pass: once per frame however
 * many changes ask for it, and before any snapshot (which lays the scene out first), so a picture
 * never shows an old frame. While hidden (its tab not selected) it only remembers that it must draw,
 * and draws in the layout pass of the frame that shows it: a hidden view costs a step nothing.
 */
public final class CanvasHost extends Pane {
    private final Canvas canvas;
    private final Runnable draw;
    private boolean pending = true;
    private boolean showing = true;

    /** {@code draw} paints the whole canvas at its current size. */
    public CanvasHost(Canvas canvas, Runnable draw) {
        super(canvas);
        this.canvas = canvas;
        this.draw = draw;
        canvas.setManaged(false);
        setMinSize(0, 0);
    }

    @Override
    protected void layoutChildren() {
        boolean resized = canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight();
        if (resized) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
        }
        if (resized || pending) {
            if (showing) {
                drawNow();
            } else {
                pending = true;
            }
        }
    }

    /** Draws in the next layout pass (or, while hidden, once shown). */
    public void requestDraw() {
        pending = true;
        if (showing) {
            requestLayout();
        }
    }

    /** Whether a draw has been asked for and not made yet. */
    public boolean drawPending() {
        return pending;
    }

    /** Draws at once (tests read what was drawn). */
    public void drawNow() {
        pending = false;
        draw.run();
    }

    /** Whether the canvas is on screen; a hidden one draws when shown again. */
    public void setShowing(boolean on) {
        showing = on;
        if (on && pending) {
            requestLayout();
        }
    }

    public boolean isShowing() {
        return showing;
    }
}
