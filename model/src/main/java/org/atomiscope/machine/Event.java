package org.atomiscope.machine;

import java.util.List;
import java.util.function.Supplier;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.lang.Pos;

/**
 * Something a step did that a user can see: an access to shared memory, a wait or wake-up, a
 * message, a console line, an agent starting or ending. {@link #text()} reads as a sentence fragment:
 * "ia[37] = 123456", "read ia[42] → 191". The text is made only when asked for, so running without
 * watching costs no formatting.
 *
 * <p>Besides the text an event carries facts that timelines, heatmaps and traces draw on:
 * {@link #access()} for memory events (where, how wide, atomic or plain, which value), and
 * {@link #peers()}, the other agents a host event concerns (a message's receiver or sender, the
 * agents a notify wakes, the agent a creation starts).
 */
public record Event(long step, int agent, String agentName, Kind kind, Pos pos, Supplier<String> detail,
                   Access access, List<Integer> peers) {
    public enum Kind {
        START, READ, WRITE, RMW, WAIT, WOKEN, TIMED_OUT, NOTIFY, SEND, RECEIVE, TIMER, CONSOLE, WARNING, IDLE,
        THREW, HUNG, MEMORY
    }

    /**
     * A memory access. {@code value} is what was read (READ, WAIT), written (WRITE) or found (RMW: the
     * old element); {@code stored} is what was written (WRITE, RMW; NaN otherwise). A MEMORY event (a
     * store-buffer flush) carries the store that reaches memory. {@code local}: the buffer was
     * reachable by this agent alone, so the access was no scheduling point.
     */
    public record Access(int block, int byteIndex, ElementType type, String target, int index, boolean atomic,
                         double value, double stored, boolean local) {
        public int byteSize() {
            return type.byteSize();
        }

        public boolean writes() {
            return !Double.isNaN(stored);
        }

        /** Whether this access touches any byte of {@code o}'s range in the same block. */
        public boolean overlaps(Access o) {
            return block == o.block && byteIndex < o.byteIndex + o.byteSize() && o.byteIndex < byteIndex + byteSize();
        }
    }

    public Event(long step, int agent, String agentName, Kind kind, Pos pos, Supplier<String> detail) {
        this(step, agent, agentName, kind, pos, detail, null, List.of());
    }

    public String text() {
        return detail.get();
    }

    @Override
    public String toString() {
        String t = text();
        return "#" + step + " " + agentName + " " + kind + (t.isEmpty() ? "" : " " + t)
            + (pos == null ? "" : " @" + pos.line() + ":" + pos.column());
    }
}
