package org.atomiscope.app.controls;

import javafx.animation.AnimationTimer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.atomiscope.app.session.Session;

/**
 * Run/pause and run-to-end. Both step on the FX thread in small slices per frame (an
 * AnimationTimer), so the window never freezes and Pause takes effect at once: running plays the
 * steps at {@link #speedProperty()} steps a second; running to the end takes as many steps as fit in
 * a few milliseconds each frame and shows the state only between slices.
 */
public final class Runner {
    /** How long one frame's slice of run-to-end may take, in nanoseconds (the UI keeps 60 frames/s). */
    private static final long SLICE_NANOS = 8_000_000;

    /**
     * Steps one run-to-end takes at most before it pauses and says so: a spin loop that waits for
     * something that never happens would otherwise run (and keep every state) until memory ends.
     */
    public static final int RUN_LIMIT = 100_000;

    private java.util.function.Consumer<String> onStop = m -> { };

    private final Session session;
    private final DoubleProperty speed = new SimpleDoubleProperty(4);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private boolean toEnd;
    private long last;
    private double owed;
    private long taken;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            tick(now);
        }
    };

    /** Told, as a sentence, why a run stopped by itself (the end, a deadlock, the step limit). */
    public void setOnStop(java.util.function.Consumer<String> onStop) {
        this.onStop = onStop;
    }

    public Runner(Session session) {
        this.session = session;
        session.scenarioProperty().addListener((o, a, b) -> pause());
    }

    /** Steps per second while playing (1 … 60). */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public void play() {
        start(false);
    }

    public void runToEnd() {
        start(true);
    }

    public void toggle() {
        if (running.get()) {
            pause();
        } else {
            play();
        }
    }

    public void pause() {
        timer.stop();
        if (running.get()) {
            running.set(false);
            session.changed();
        }
    }

    private void start(boolean all) {
        if (session.primary() == null || session.atEnd()) {
            return;
        }
        toEnd = all;
        last = -1;
        owed = 1;
        taken = 0;
        running.set(true);
        timer.start();
    }

    private void tick(long now) {
        if (toEnd) {
            long until = System.nanoTime() + SLICE_NANOS;
            boolean more = true;
            while (more && !session.busy() && System.nanoTime() < until) {
                more = session.stepLive(false);
                if (++taken >= RUN_LIMIT && more) {
                    session.changed();
                    pause();
                    onStop.accept(String.format("Paused after %,d steps and the run has not ended: agents that spin, "
                        + "waiting for something that never happens? Explore (Ctrl+E) finds livelocks; F5 runs on.", taken));
                    return;
                }
            }
            if (session.busy()) {
                return;
            }
            session.changed();
            if (!more) {
                pause();
                onStop.accept(ending());
            }
            return;
        }
        if (last >= 0 && !session.busy()) {
            // Capped: after a long step the run goes on at its pace, not in a burst of owed steps.
            owed = Math.min(owed + (now - last) / 1e9 * speed.get(), 2);
        }
        last = now;
        boolean more = true;
        while (owed >= 1 && more && !session.busy()) {
            owed -= 1;
            more = session.stepLive(false);
        }
        if (session.busy()) {
            return; // a long step is underway; it shows itself when it lands
        }
        session.changed();
        if (!more) {
            pause();
            onStop.accept(ending());
        }
    }

    private String ending() {
        if (session.primary() == null) {
            return "";
        }
        var m = session.primary().machine();
        return m.blockedForever().isEmpty() ? "The run has ended after " + session.position() + " steps."
            : "Deadlock after " + session.position() + " steps: " + String.join(", ", m.blockedForever())
                + " wait forever (see Problems).";
    }
}
