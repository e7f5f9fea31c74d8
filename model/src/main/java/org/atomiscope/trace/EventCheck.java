package org.atomiscope.trace;

import java.util.Objects;
import org.atomiscope.lang.Pos;
import org.atomiscope.machine.Event;

/**
 * Compares an event read from a trace file with the one replaying the schedule produced, and says
 * how the first differing fact reads in each: {@code "read ia[42] → 191"} against
 * {@code "read ia[42] → 314159"}, or {@code "value": 0} against {@code "value": 191}.
 */
final class EventCheck {
    private EventCheck() {}

    /** What the file says and what the replay gives, for the first fact that differs. */
    record Difference(String says, String gives) {}

    /** The first difference, or null when the two events agree. */
    static Difference between(Event recorded, Event replayed) {
        if (recorded.step() != replayed.step()) {
            return field("step", recorded.step(), replayed.step());
        }
        if (recorded.agent() != replayed.agent()) {
            return field("agent", recorded.agent(), replayed.agent());
        }
        if (!recorded.agentName().equals(replayed.agentName())) {
            return field("agentName", quote(recorded.agentName()), quote(replayed.agentName()));
        }
        if (recorded.kind() != replayed.kind()) {
            return field("kind", quote(recorded.kind().name()), quote(replayed.kind().name()));
        }
        if (!Objects.equals(recorded.pos(), replayed.pos())) {
            return new Difference(where(recorded.pos()), where(replayed.pos()));
        }
        if (!recorded.text().equals(replayed.text())) {
            return new Difference(quote(recorded.text()), quote(replayed.text()));
        }
        Difference d = access(recorded.access(), replayed.access());
        if (d != null) {
            return d;
        }
        if (!recorded.peers().equals(replayed.peers())) {
            return field("peers", recorded.peers(), replayed.peers());
        }
        return null;
    }

    private static Difference access(Event.Access r, Event.Access p) {
        if (r == null || p == null) {
            return r == p ? null : new Difference(r == null ? "no access" : "an access", p == null ? "no access" : "an access");
        }
        if (r.equals(p)) { // records compare doubles as Double.compare does: NaN equals NaN, -0 differs from 0
            return null;
        }
        if (r.block() != p.block()) {
            return field("block", r.block(), p.block());
        }
        if (r.byteIndex() != p.byteIndex()) {
            return field("byte", r.byteIndex(), p.byteIndex());
        }
        if (r.type() != p.type()) {
            return field("type", quote(r.type().constructorName()), quote(p.type().constructorName()));
        }
        if (!Objects.equals(r.target(), p.target())) {
            return field("target", quote(r.target()), quote(p.target()));
        }
        if (r.index() != p.index()) {
            return field("index", r.index(), p.index());
        }
        if (r.atomic() != p.atomic()) {
            return field("order", quote(NativeWriter.order(r)), quote(NativeWriter.order(p)));
        }
        if (Double.compare(r.value(), p.value()) != 0) {
            return field("value", Numbers.format(r.value()), Numbers.format(p.value()));
        }
        if (Double.compare(r.stored(), p.stored()) != 0) {
            return new Difference(stored(r), stored(p));
        }
        return field("local", r.local(), p.local());
    }

    private static String stored(Event.Access a) {
        return a.writes() ? "\"stored\": " + Numbers.format(a.stored()) : "no \"stored\" value";
    }

    private static Difference field(String name, Object says, Object gives) {
        return new Difference("\"" + name + "\": " + says, "\"" + name + "\": " + gives);
    }

    private static String where(Pos pos) {
        return pos == null ? "no position" : "position " + pos;
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }
}
