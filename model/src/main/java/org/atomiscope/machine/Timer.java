package org.atomiscope.machine;

/**
 * A pending setTimeout/setInterval on virtual time. Timers fire in (due, seq) order across all
 * agents, so virtual time never runs backwards. callback and args live in the owning agent's heap.
 */
public record Timer(int id, int agent, double due, long seq, Object callback, Object[] args, double interval) {}
