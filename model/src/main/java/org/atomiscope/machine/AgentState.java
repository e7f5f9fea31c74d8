package org.atomiscope.machine;

import java.util.List;
import org.atomiscope.js.Heap;
import org.atomiscope.js.Ref;
import org.atomiscope.lang.Pos;
import org.atomiscope.vm.Frame;
import org.atomiscope.vm.Request;

/**
 * One agent (the main thread or a worker) at one point of an execution. Immutable: a step makes a
 * new AgentState; the old one stays valid for every machine that holds it.
 *
 * @param frames    the running task's frames (empty when not running)
 * @param heap      the agent's own objects
 * @param pending   the visible event it is poised at (status RUNNING)
 * @param resume    the value the agent continues with (status READY), e.g. "ok" after a wake-up
 * @param tasks     queued messages, FIFO
 * @param console   what it printed so far
 * @param start     what it runs when it starts: a file name or a cloned function
 * @param scriptScope its top-level scope, for @observe
 */
public record AgentState(int index, String name, Status status, List<Frame> frames, Heap.Image heap,
                         Request pending, Object resume, List<Task> tasks, List<String> console,
                         int parent, Ref workerObject, Start start, Ref scriptScope, String error, Pos errorPos,
                         Wait waiting) {

    public enum Status {
        /** Created, not yet running (or held back by a worker limit). */
        UNSTARTED,
        /** Poised at a visible event. */
        RUNNING,
        /** Will continue with {@link #resume} (woken from a wait). */
        READY,
        /** Sleeping in Atomics.wait. */
        BLOCKED,
        /** Its event loop has nothing to run now. */
        IDLE,
        /** Ended by an uncaught exception. */
        THREW,
        /** Stopped: ran its instruction budget without a visible event (an endless local loop). */
        HUNG
    }

    /** What a new agent runs: a scenario file, or a function cloned from its creator. */
    public sealed interface Start {
        record File(String file) implements Start {}

        record Function(Cloned function) implements Start {}
    }

    /** A queued task: a message (to the global onmessage, or to the creator's Worker object). */
    /** token: what the sender knew when it posted (the memory model's release), acquired on delivery. */
    public record Task(int from, Cloned data, boolean toGlobal, Object token) {}

    /** Where a blocked agent waits: block, byte index, and the time it gives up (infinite: never). */
    public record Wait(int block, int byteIndex, double deadline, Pos pos) {}

    public boolean canRun() {
        return status == Status.RUNNING || status == Status.READY;
    }

    /** The position of the next thing this agent will do, for the UI's line marker. */
    public Pos nextPos() {
        if (pending != null) {
            return pending.pos();
        }
        if (waiting != null) {
            return waiting.pos();
        }
        return errorPos;
    }

    AgentState withConsole(List<String> lines, List<Frame> f, Heap.Image h) {
        return new AgentState(index, name, status, f, h, pending, resume, tasks, lines, parent, workerObject,
            start, scriptScope, error, errorPos, waiting);
    }

    AgentState with(Status s) {
        return new AgentState(index, name, s, frames, heap, pending, resume, tasks, console, parent, workerObject, start,
            scriptScope, error, errorPos, waiting);
    }

    AgentState withTasks(List<Task> t) {
        return new AgentState(index, name, status, frames, heap, pending, resume, t, console, parent, workerObject, start,
            scriptScope, error, errorPos, waiting);
    }

    AgentState waiting(Wait w) {
        return new AgentState(index, name, Status.BLOCKED, frames, heap, null, null, tasks, console, parent, workerObject,
            start, scriptScope, error, errorPos, w);
    }

    AgentState ready(Object value) {
        return new AgentState(index, name, Status.READY, frames, heap, null, value, tasks, console, parent, workerObject,
            start, scriptScope, error, errorPos, null);
    }
}
