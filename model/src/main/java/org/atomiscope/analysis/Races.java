package org.atomiscope.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomiscope.machine.Event;

/**
 * Data races (ECMA-262 §29, "data race"): two events of different agents that access overlapping
 * bytes of a shared block, at least one of them a write, not ordered by happens-before, and not
 * both SeqCst with equal ranges (Atomics on the same element through views of the same width).
 * Atomics of different sizes over the same bytes do race.
 *
 * <p>FastTrack-style: per byte and agent only the last plain read, plain write, and atomic read and
 * atomic write of each width are kept. That suffices: if an earlier access of an agent is unordered with a new
 * event, so is every later one of that agent (agent order is part of happens-before), and plain and
 * atomic are kept apart so that an atomic access cannot hide an earlier plain one. Each race is
 * reported once per pair of source positions.
 */
final class Races {
    private static final int PLAIN_READ = 0;
    /** Then an atomic read and write slot per width (1, 2, 4, 8 bytes): see {@link #slot}. */
    private static final int SLOTS = 10;

    /** An access as remembered: the event and its agent's epoch at it. */
    private record Access(Event event, int epoch) {}

    private record Race(Event first, Event second) {}

    private final Map<Long, Access[]> bytes = new HashMap<>();
    /** By the pair of positions, in either order: the same two lines race whichever runs first. */
    private final Map<List<String>, Race> races = new LinkedHashMap<>();

    /** Checks one access event (READ, WRITE, RMW or WAIT with a shared access) and remembers it. */
    void access(Event e, int epoch, HappensBefore hb) {
        Event.Access a = e.access();
        int agent = e.agent();
        boolean reads = e.kind() != Event.Kind.WRITE;
        boolean writes = e.kind() == Event.Kind.WRITE || e.kind() == Event.Kind.RMW;
        Access self = new Access(e, epoch);
        for (int b = a.byteIndex(); b < a.byteIndex() + a.byteSize(); b++) {
            long key = ((long) a.block() << 32) | b;
            Access[] slots = bytes.get(key);
            int need = SLOTS * (agent + 1);
            if (slots == null || slots.length < need) {
                slots = slots == null ? new Access[need] : Arrays.copyOf(slots, need);
                bytes.put(key, slots);
            }
            for (int other = 0; other < slots.length / SLOTS; other++) {
                if (other == agent) {
                    continue;
                }
                for (int i = 0; i < SLOTS; i++) {
                    // Every earlier write conflicts; an earlier read only with a write.
                    if (i % 2 == 1 || writes) {
                        check(slots[SLOTS * other + i], e, hb);
                    }
                }
            }
            if (reads) {
                slots[SLOTS * agent + slot(a, false)] = self;
            }
            if (writes) {
                slots[SLOTS * agent + slot(a, true)] = self;
            }
        }
    }

    /**
     * Where an agent's access is remembered for a byte: plain reads and writes in one slot each, atomic
     * ones per width, so that a later atomic access of one width cannot hide an earlier one of another
     * width (those race with a third agent's access that the later one does not race with).
     */
    private static int slot(Event.Access a, boolean write) {
        int base = a.atomic() ? 2 + 2 * Integer.numberOfTrailingZeros(a.byteSize()) : PLAIN_READ;
        return base + (write ? 1 : 0);
    }

    private void check(Access earlier, Event e, HappensBefore hb) {
        if (earlier == null || hb.ordered(earlier.event().agent(), earlier.epoch(), e.agent())) {
            return;
        }
        Event.Access x = earlier.event().access();
        Event.Access y = e.access();
        if (x.atomic() && y.atomic() && x.byteIndex() == y.byteIndex() && x.byteSize() == y.byteSize()) {
            return; // SeqCst accesses of equal ranges never race
        }
        String p = String.valueOf(earlier.event().pos());
        String q = String.valueOf(e.pos());
        races.putIfAbsent(p.compareTo(q) <= 0 ? List.of(p, q) : List.of(q, p), new Race(earlier.event(), e));
    }

    List<Finding> findings(String mainFile, String model) {
        List<Finding> out = new ArrayList<>();
        for (Race r : races.values()) {
            out.add(finding(r.first(), r.second(), mainFile, model));
        }
        return out;
    }

    private static Finding finding(Event x, Event y, String mainFile, String model) {
        Event.Access a = x.access();
        Event.Access b = y.access();
        String ex = Wording.element(a);
        String ey = Wording.element(b);
        boolean same = ex.equals(ey);
        String place = same ? ex : ex + " and " + ey + ", which share bytes";
        StringBuilder s = new StringBuilder("Data race on ").append(place).append(": ");
        s.append(x.agentName()).append(' ').append(Wording.verb(x)).append(' ').append(same ? "it" : ex)
            .append(" at ").append(Wording.at(x.pos(), mainFile)).append(" and ")
            .append(y.agentName()).append(' ').append(Wording.verb(y)).append(' ').append(same ? "it" : ey)
            .append(" at ").append(Wording.at(y.pos(), mainFile))
            .append(" with nothing ordering them (no happens-before); ");
        if (a.atomic() && b.atomic()) {
            s.append("Atomics synchronize only when both access exactly the same bytes (the same element size), "
                + "so use one view for the location in every agent.");
        } else {
            s.append("make both accesses Atomics, or publish with an atomic flag "
                + "(Atomics.store after the data, Atomics.load before reading it), a message or Atomics.wait/notify.");
        }
        return new Finding(Finding.Kind.DATA_RACE, s.toString(), List.of(Wording.site(x), Wording.site(y)), model,
            List.of());
    }
}
