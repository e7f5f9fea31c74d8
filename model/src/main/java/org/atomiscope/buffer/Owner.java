package org.atomiscope.buffer;

/**
 * An edit token for {@link PagedBytes}, in the manner of Clojure's transients.
 *
 * <p>Every node of a {@code PagedBytes} tree remembers the token that created it. A write
 * made with token {@code T} changes nodes created with {@code T} in place and copies every
 * other node on its path (the copies then belong to {@code T}). So a caller that takes a
 * fresh token for each simulation step may write freely during the step, and nothing
 * reachable from a snapshot taken before the step ever changes.
 *
 * <p>The one rule: once a value produced with {@code T} has been published as a snapshot
 * (kept for step-back, handed to another thread, compared as a state), stop writing with
 * {@code T}; take a new token. A token must only be used by one thread at a time.
 *
 * <p>Tokens are compared by identity only; they hold no state.
 */
public final class Owner {

    /**
     * Owns nodes that are never edited in place: the shared zero pages and the shared pages a
     * {@code fill} creates. No caller can write with it, because it is never handed out.
     */
    static final Owner FROZEN = new Owner("frozen");

    private final String label;

    /** A fresh token, distinct from every other. */
    public Owner() {
        this("step");
    }

    private Owner(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        // No identity hash here: printed output must not vary from run to run.
        return "Owner[" + label + "]";
    }
}
