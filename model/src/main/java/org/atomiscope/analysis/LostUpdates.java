package org.atomiscope.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomiscope.machine.Event;

/**
 * Lost updates, the {@code ia[112]++} shape: an agent reads an element plainly and then writes the
 * same element plainly, with no other access of its own to it in between, and another agent's write
 * to those bytes comes between the read and the write in the execution. The second write replaces
 * the other agent's update with one computed from the value before it.
 *
 * <p>Pending read-then-write patterns are kept per element and agent; a write looks up the
 * elements it overlaps (only widths some pending read used in that block, aligned as typed arrays
 * are), so each event costs a few hash look-ups.
 */
final class LostUpdates {
    /** An agent's plain read waiting for its write back, and the first other agent's write seen meanwhile. */
    private static final class Pending {
        final Event read;
        Event interleaved;

        Pending(Event read) {
            this.read = read;
        }
    }

    private record Lost(Event read, Event write, Event other) {}

    private final Map<Long, Pending[]> pending = new HashMap<>();
    /** Per block, a bit for each width (1 << log2 bytes) a pending read used. */
    private int[] widths = new int[4];
    private final Map<List<String>, Lost> found = new LinkedHashMap<>();

    void access(Event e) {
        Event.Access a = e.access();
        int agent = e.agent();
        boolean writes = e.kind() == Event.Kind.WRITE || e.kind() == Event.Kind.RMW;
        long own = key(a.block(), a.byteIndex(), a.byteSize());
        int mask = a.block() < widths.length ? widths[a.block()] : 0;
        for (int log = 0; log < 4; log++) {
            if ((mask & (1 << log)) == 0) {
                continue;
            }
            int w = 1 << log;
            for (int start = a.byteIndex() / w * w; start < a.byteIndex() + a.byteSize(); start += w) {
                long k = key(a.block(), start, w);
                Pending[] byAgent = pending.get(k);
                if (byAgent != null) {
                    visit(byAgent, k == own, e, agent, writes);
                }
            }
        }
        if (e.kind() == Event.Kind.READ && !a.atomic()) {
            if (a.block() >= widths.length) {
                widths = Arrays.copyOf(widths, Math.max(a.block() + 1, widths.length * 2));
            }
            widths[a.block()] |= a.byteSize();
            Pending[] byAgent = pending.get(own);
            if (byAgent == null || byAgent.length <= agent) {
                byAgent = byAgent == null ? new Pending[agent + 1] : Arrays.copyOf(byAgent, agent + 1);
                pending.put(own, byAgent);
            }
            byAgent[agent] = new Pending(e);
        }
    }

    private void visit(Pending[] byAgent, boolean sameRange, Event e, int agent, boolean writes) {
        for (int other = 0; other < byAgent.length; other++) {
            Pending p = byAgent[other];
            if (p == null) {
                continue;
            }
            if (other != agent) {
                if (writes && p.interleaved == null) {
                    p.interleaved = e;
                }
                continue;
            }
            if (sameRange && e.kind() == Event.Kind.WRITE && !e.access().atomic() && p.interleaved != null) {
                Lost l = new Lost(p.read, e, p.interleaved);
                found.putIfAbsent(List.of(String.valueOf(p.read.pos()), String.valueOf(e.pos()),
                    String.valueOf(p.interleaved.pos())), l);
            }
            byAgent[other] = null; // any access of its own ends the pattern
        }
    }

    private static long key(int block, int byteIndex, int width) {
        return ((long) block << 36) | ((long) byteIndex << 4) | width;
    }

    List<Finding> findings(String mainFile, String model) {
        List<Finding> out = new ArrayList<>();
        for (Lost l : found.values()) {
            Event.Access a = l.read().access();
            String el = Wording.element(a);
            String name = l.read().agentName();
            String other = l.other().agentName();
            String sentence = "Lost update on " + el + ": " + name + " reads it at " + Wording.at(l.read().pos(), mainFile)
                + " and writes it back at " + Wording.at(l.write().pos(), mainFile) + ", but " + other + " "
                + Wording.verb(l.other()) + " it at " + Wording.at(l.other().pos(), mainFile) + " in between, so "
                + name + "'s write replaces " + other + "'s update with a value computed from the one before it. "
                + "Make the read-modify-write one atomic step: Atomics.add(" + a.target() + ", " + a.index()
                + ", 1) instead of " + el + "++, or Atomics.compareExchange in a loop for other updates.";
            out.add(new Finding(Finding.Kind.LOST_UPDATE, sentence,
                List.of(Wording.site(l.read()), Wording.site(l.write()), Wording.site(l.other())), model, List.of()));
        }
        return out;
    }
}
