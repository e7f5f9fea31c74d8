package org.atomiscope.scenario;

import java.util.Optional;

/**
 * Where a scenario pretends to run. The difference that matters for shared memory is
 * whether the main agent may block: ECMA-262 lets a host deny {@code Atomics.wait} to an
 * agent ([[CanBlock]] false, §25.4 / AgentCanSuspend), and browsers deny it on the main
 * thread, where it throws a TypeError. Node lets its main thread block.
 */
public enum HostKind {
    BROWSER("browser", false),
    NODE("node", true);

    private final String id;
    private final boolean mainMayBlock;

    HostKind(String id, boolean mainMayBlock) {
        this.id = id;
        this.mainMayBlock = mainMayBlock;
    }

    /** The word used in headers: {@code browser} or {@code node}. */
    public String id() {
        return id;
    }

    /** Whether {@code Atomics.wait} on the main agent may block (else it throws TypeError). */
    public boolean mainMayBlock() {
        return mainMayBlock;
    }

    public static Optional<HostKind> parse(String word) {
        for (HostKind h : values()) {
            if (h.id.equals(word)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
