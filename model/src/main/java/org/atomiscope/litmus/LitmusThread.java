package org.atomiscope.litmus;

import java.util.List;
import org.atomiscope.litmus.Layout.Location;

/**
 * One agent as a herd thread: its shared-memory operations in program order, and for each of its
 * {@code console.log} calls the registers it prints, in argument order (what the outcome line
 * shows, and so what an {@code @expect} constrains).
 *
 * @param registers how many registers ({@code r0}, {@code r1}, ...) the thread uses
 */
record LitmusThread(String agent, List<Op> ops, List<List<Integer>> prints, int registers) {

    LitmusThread {
        ops = List.copyOf(ops);
        prints = prints.stream().map(List::copyOf).toList();
    }

    sealed interface Op permits Load, Store, Rmw {}

    /** {@code int rN = atomic_load_explicit(loc, ...)}; plain reads are relaxed, Atomics.load seq_cst. */
    record Load(int register, Location loc, boolean atomic) implements Op {}

    /** {@code value} is a constant or a register, as C text ({@code 1}, {@code r0}). */
    record Store(Location loc, String value, boolean atomic) implements Op {}

    /**
     * An Atomics read-modify-write: {@code function} is the C11 function, e.g.
     * {@code atomic_fetch_add_explicit}; {@code register} is -1 when the old value is not kept.
     */
    record Rmw(int register, String function, Location loc, String value) implements Op {}
}
