package org.atomiscope.memory;

import java.util.List;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.buffer.Owner;
import org.atomiscope.vm.Request;

/**
 * Immutable shared-memory state as one memory model sees it. The machine asks it which ways an
 * access may go ({@link #options}: one for sequential consistency; a relaxed read may offer several
 * writes to read from) and which transitions memory can take by itself ({@link #internalChoices}:
 * a store-buffer flush), and tells it where the host synchronizes agents (start, messages,
 * wake-ups). Everything else about an execution is the machine's.
 */
public interface Memory {
    /** A new zeroed block (a SharedArrayBuffer's memory). */
    Memory allocate(int block, int byteLength);

    /** How many ways agent can perform req now (a relaxed read may see several writes); at least 1. */
    int optionCount(int agent, Request req);

    /** What option i does, e.g. "→ 191 (stale: …)"; "" when there is one way. Made only when shown. */
    String optionLabel(int agent, Request req, int option, java.util.function.IntFunction<String> names);

    /** Performs a Read, Write or Rmw as option {@code option}. {@code owner} is the step's copy-on-write token. */
    Access perform(Owner owner, int agent, Request req, int option);

    /** Transitions memory may take on its own now (store-buffer flushes); none in most models. */
    default List<Internal> internalChoices() {
        return List.of();
    }

    default Memory takeInternal(Owner owner, int index) {
        throw new IndexOutOfBoundsException(index);
    }

    /** The value agent would read now without an event (console.log of a view, bulk copies). */
    long peek(int agent, int block, ElementType type, int byteIndex);

    /** A write outside the event stream (typed-array fill/set): visible at once to everyone. */
    Memory poke(Owner owner, int agent, int block, ElementType type, int byteIndex, long raw);

    /** The values an observer may read after every agent has ended (one, except under a relaxed model). */
    List<Long> finalValues(int block, ElementType type, int byteIndex);

    /** An agent's pending stores reach memory (x86: a locked instruction, an mfence, the agent ending). */
    Memory drain(Owner owner, int agent);

    /** Agent {@code child} is created by {@code parent}: what parent did so far happens before child's start. */
    Memory spawn(Owner owner, int parent, int child);

    /** A release by agent (a message sent, a notify): what it did so far, for {@link #acquire}. */
    Sync release(Owner owner, int agent);

    /** An acquire by agent of a release's token (a message received, a wake-up). */
    Memory acquire(Owner owner, int agent, Object token);

    /**
     * A block becomes reachable by other agents (posted, or captured by an agent): until now only
     * {@code agent} touched it, through {@link #peek}/{@link #poke}.
     */
    default Memory publish(Owner owner, int block, int agent) {
        return this;
    }

    /**
     * Agent enters and leaves the waiter list's critical section of a location (every Atomics.wait
     * and Atomics.notify does): it synchronizes with the last agent that left it (ECMA-262 §25.4.3,
     * EnterCriticalSection/LeaveCriticalSection).
     */
    default Memory criticalSection(Owner owner, int agent, int block, int byteIndex) {
        return this;
    }

    /** Called when an agent has nothing left to run: e.g. TSO drains its store buffer. */
    default Memory agentEnded(Owner owner, int agent) {
        return drain(owner, agent);
    }

    /** For recognising equal machine states. */
    boolean sameAs(Memory other);

    int stateHash();

    /** The result of performing an access: the new memory and the raw value read (old value for Rmw). */
    record Access(Memory memory, long raw) {}

    /** A release: the new memory and a token describing what the releasing agent knew. */
    record Sync(Memory memory, Object token) {}

    /**
     * A memory transition: the agent whose store it concerns, what it does ("t1: flush x[0] = 1"), and the
     * store that reaches memory by it (null when it moves no store).
     */
    record Internal(int agent, String label, Request.Write store) {
        public Internal(int agent, String label) {
            this(agent, label, null);
        }
    }
}
