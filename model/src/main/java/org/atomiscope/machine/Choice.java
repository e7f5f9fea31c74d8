package org.atomiscope.machine;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * An enabled transition of a {@link Machine}. {@code option} selects among the ways an access may go
 * (a relaxed read's candidate writes; 0 under SC); for {@link Kind#MEMORY} it indexes the memory
 * model's own transitions (a store-buffer flush). A choice is identified by (kind, agent, option), so a
 * schedule is a list of them and replays exactly; its label is made only when shown.
 */
public final class Choice {
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

    private final Kind kind;
    private final int agent;
    private final int option;
    private final Supplier<String> describe;
    private String label;

    public Choice(Kind kind, int agent, int option, Supplier<String> describe) {
        this.kind = kind;
        this.agent = agent;
        this.option = option;
        this.describe = describe;
    }

    public Choice(Kind kind, int agent, int option, String label) {
        this(kind, agent, option, () -> label);
        this.label = label;
    }

    public Kind kind() {
        return kind;
    }

    /** The acting agent, or -1 for a memory transition. */
    public int agent() {
        return agent;
    }

    public int option() {
        return option;
    }

    /** What the choice does, e.g. "writer: ia[37] = 123456". */
    public String label() {
        if (label == null) {
            label = describe.get();
        }
        return label;
    }

    /** Whether this choice makes time pass (schedulers take these only when nothing else can run). */
    public boolean advancesTime() {
        return kind == Kind.TIMER || kind == Kind.TIMEOUT;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Choice c && c.kind == kind && c.agent == agent && c.option == option;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, agent, option);
    }

    @Override
    public String toString() {
        return label();
    }
}
