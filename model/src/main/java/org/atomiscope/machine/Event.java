package org.atomiscope.machine;

import java.util.function.Supplier;
import org.atomiscope.lang.Pos;

/**
 * Something a step did that a user can see: an access to shared memory, a wait or wake-up, a
 * message, a console line, an agent starting or ending. {@link #text()} reads as a sentence fragment:
 * "ia[37] = 123456", "read ia[42] → 191". The text is made only when asked for, so running without
 * watching costs no formatting.
 */
public record Event(long step, int agent, String agentName, Kind kind, Pos pos, Supplier<String> detail) {
    public enum Kind {
        START, READ, WRITE, RMW, WAIT, WOKEN, TIMED_OUT, NOTIFY, SEND, RECEIVE, TIMER, CONSOLE, WARNING, IDLE,
        THREW, HUNG, MEMORY
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
