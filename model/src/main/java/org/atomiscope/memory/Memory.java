package org.atomiscope.memory;

import java.util.List;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.buffer.Owner;
import org.atomiscope.vm.Request;

/**
 * Immutable shared-memory state as one memory model sees it. The machine asks it which ways an
 * access may go ({@link #options}: one for sequential consistency; a relaxed read may offer several
 * writes to read from) and which transitions memory can take by itself ({@link #internalChoices}:
 * a store-buffer flush). Everything else about an execution is the machine's.
 */
public interface Memory {
    /** A new zeroed block (a SharedArrayBuffer's memory). */
    Memory allocate(int block, int byteLength);

    /** Labels of the ways agent can perform req now; at least one. */
    List<String> options(int agent, Request req);

    /**
     * Performs req (a Read, Write or Rmw; a Wait's read is a SeqCst Read) as option {@code option}.
     * {@code owner} is the step's copy-on-write token.
     */
    Access perform(Owner owner, int agent, Request req, int option);

    /** Transitions memory may take on its own now (store-buffer flushes), as labels. */
    List<String> internalChoices();

    Memory takeInternal(Owner owner, int index);

    /** The value agent would read now without an event (console.log of a view, bulk copies). */
    long peek(int agent, int block, ElementType type, int byteIndex);

    /** A write outside the event stream (typed-array fill/set): visible at once to everyone. */
    Memory poke(Owner owner, int agent, int block, ElementType type, int byteIndex, long raw);

    /** The value an observer reads after every agent has ended. */
    long finalValue(int block, ElementType type, int byteIndex);

    /** Called when an agent ends: e.g. TSO drains its store buffer. */
    Memory agentEnded(Owner owner, int agent);

    /** For recognising equal machine states. */
    boolean sameAs(Memory other);

    int stateHash();

    /** The result of performing an access: the new memory and the raw value read (old value for Rmw). */
    record Access(Memory memory, long raw) {}
}
