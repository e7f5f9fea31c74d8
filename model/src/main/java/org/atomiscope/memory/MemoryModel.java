package org.atomiscope.memory;

/**
 * A memory model: what shared memory does when agents access it. The program semantics, the host and
 * the schedulers are the same for every model; only the {@link Memory} state and its transitions
 * differ. One file per model.
 */
public interface MemoryModel {
    /** "sc", "tso" or "relaxed". */
    String id();

    /** A display name, e.g. "Sequentially consistent". */
    String displayName();

    /** A name short enough for a sentence or a column: "SC", "TSO", "Relaxed". */
    String shortName();

    /** The memory of a machine that has allocated nothing yet. */
    Memory initial();
}
