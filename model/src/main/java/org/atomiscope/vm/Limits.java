package org.atomiscope.vm;

/**
 * Every limit of the simulation, in one place. Defaults are chosen so that every shipped scenario
 * runs well inside them and a runaway scenario stops with a clear message within seconds.
 */
public final class Limits {
    private Limits() {}

    /** Largest ArrayBuffer or SharedArrayBuffer a scenario may allocate: 256 MiB. */
    public static final int MAX_BUFFER_BYTES = 256 << 20;

    /**
     * Loop iterations an agent may run between two visible events before the step is cut off (an
     * endless loop that never touches shared memory). The primes example's sieve needs about 5
     * million; this stops a runaway loop within a few seconds.
     */
    public static final long DEFAULT_STEP_INSTRUCTIONS = 50_000_000L;

    /** Visible events a run may take before it stops with "step limit". */
    public static final long DEFAULT_MAX_STEPS = 2_000_000L;

    /** Longest string a scenario may build (V8's limit is about 2^29; this keeps memory in bounds). */
    public static final int MAX_STRING_LENGTH = 1 << 26;

    /** Workers a scenario may create in all (beyond a host's own worker limit, which leaves them unstarted). */
    public static final int MAX_AGENTS = 64;
}
