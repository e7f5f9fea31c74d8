package org.atomiscope.machine;

/**
 * An enabled transition of a {@link Machine}. {@code option} selects among the ways an access may go
 * (a relaxed read's candidate writes; 0 under SC); for {@link Kind#MEMORY} it indexes the memory
 * model's own transitions (a store-buffer flush). Choices are plain values, so a schedule is a list
 * of them and replays exactly.
 */
public record Choice(Kind kind, int agent, int option, String label) {
    public enum Kind {
        /** An agent starts running its script or function. */
        START,
        /** An agent performs the visible event it is poised at (or resumes after a wake-up). */
        STEP,
        /** An idle agent runs its next queued message. */
        DELIVER,
        /** Virtual time advances to a timer, whose callback runs. */
        TIMER,
        /** Virtual time advances to a wait's timeout; the waiter resumes with "timed-out". */
        TIMEOUT,
        /** A transition of memory itself (memory-model specific). */
        MEMORY
    }

    /** Whether this choice makes time pass (schedulers take these only when nothing else can run). */
    public boolean advancesTime() {
        return kind == Kind.TIMER || kind == Kind.TIMEOUT;
    }

    @Override
    public String toString() {
        return label;
    }
}
