package org.atomiscope.vm;

import org.atomiscope.lang.Pos;

/**
 * What a running agent can ask of its host (the machine) during a step. Everything it does here is
 * local to the step: new agents start later, messages are delivered later, timers fire later.
 */
public interface Host {
    int agentIndex();

    String agentName();

    /** "browser" or "node". */
    String hostKind();

    /** Whether this agent may block in Atomics.wait (the browser main thread may not). */
    boolean mayBlock();

    /** crossOriginIsolated: whether SharedArrayBuffer is available. */
    boolean isolated();

    /** Virtual time in milliseconds. */
    double now();

    void console(String line);

    void warn(Pos pos, String message);

    /** Allocates a zeroed shared block; throws a RangeError (via the interpreter) beyond the limit. */
    int allocateShared(Interpreter in, int byteLength);

    /** Creates an unstarted worker running a scenario file; returns its Worker object (made with workerProto). */
    org.atomiscope.js.Ref createWorker(Interpreter in, String file, String name);

    /** Creates an unstarted agent running a function cloned from this agent; returns its index. */
    int createAgent(Interpreter in, String name, Object function);

    /** Queues a structured clone of {@code value} for another agent. toWorker: deliver to its global onmessage. */
    void postMessage(Interpreter in, int targetAgent, boolean toWorker, Object value);

    int setTimeout(Interpreter in, Object callback, double delay, Object[] args, boolean repeat);

    void clearTimeout(int id);

    /** The agent index this agent may post to with the global postMessage (its creator), or -1. */
    int parentAgent();

    /**
     * Whether a shared block may be reachable by another agent: it has been posted, or captured by
     * an agent's function. Until then only its allocating agent can touch it, so its accesses are no
     * scheduling points: they happen at once (and are still reported, {@link #localAccess}).
     */
    default boolean published(int block) {
        return true;
    }

    /** An access to a block not yet published, performed at once (for the timeline). */
    default void localAccess(Request request, Object value) {
    }
}
