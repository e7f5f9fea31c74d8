package org.atomiscope.app.heatmap;

import java.util.ArrayList;
import java.util.List;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.machine.Event;

/**
 * What the events tell about each shared block: the name the scenario first used for it ("ia") and
 * which element types its accesses used, so the heatmap can label the block chooser and open the
 * view the scenario itself uses. Kept up to date like {@link CellStats#sync}: new events are read, and
 * events a step back removed are taken back (their counts, and a name one of them gave).
 */
final class BlockCatalog {
    private static final ElementType[] TYPES = ElementType.values();

    private final List<String> names = new ArrayList<>();
    /** Per block, the index of the counted event that named it (-1: none yet). */
    private final List<Integer> namedBy = new ArrayList<>();
    private final List<int[]> typeUses = new ArrayList<>();
    /** The events counted, in order. */
    private Event[] counted = new Event[64];
    private int seen;

    /** Reads the new events, after taking back those no longer in the list; true when it took some back. */
    boolean sync(List<Event> events) {
        int n = Math.min(seen, events.size());
        int keep = n;
        if (n > 0 && events.get(n - 1) != counted[n - 1]) {
            // A different choice replaced events: the lists agree up to some point, then differ throughout.
            keep = 0;
            int hi = n - 1;
            while (keep < hi) {
                int mid = (keep + hi) >>> 1;
                if (events.get(mid) == counted[mid]) {
                    keep = mid + 1;
                } else {
                    hi = mid;
                }
            }
        }
        boolean back = keep < seen;
        while (seen > keep) {
            takeBack();
        }
        for (int i = seen; i < events.size(); i++) {
            add(events.get(i));
        }
        return back;
    }

    private static boolean counts(Event e) {
        Event.Access a = e.access();
        return a != null && CellStats.Op.of(e.kind()) != CellStats.Op.NONE && a.block() >= 0;
    }

    private void add(Event e) {
        if (seen == counted.length) {
            counted = java.util.Arrays.copyOf(counted, seen * 2);
        }
        counted[seen] = e;
        int index = seen++;
        if (!counts(e)) {
            return;
        }
        Event.Access a = e.access();
        while (names.size() <= a.block()) {
            names.add(null);
            namedBy.add(-1);
            typeUses.add(new int[TYPES.length]);
        }
        if (names.get(a.block()) == null && a.target() != null && !a.target().isEmpty()) {
            names.set(a.block(), a.target());
            namedBy.set(a.block(), index);
        }
        typeUses.get(a.block())[a.type().ordinal()]++;
    }

    private void takeBack() {
        seen--;
        Event e = counted[seen];
        counted[seen] = null;
        if (!counts(e)) {
            return;
        }
        int b = e.access().block();
        typeUses.get(b)[e.access().type().ordinal()]--;
        if (namedBy.get(b) == seen) {
            names.set(b, null);
            namedBy.set(b, -1);
        }
    }

    /** The name of the first view that accessed the block, or null before any access. */
    String name(int block) {
        return block < names.size() ? names.get(block) : null;
    }

    /** The element type most accesses of the block used (the earliest listed on a tie), or null. */
    ElementType preferredType(int block) {
        if (block >= typeUses.size()) {
            return null;
        }
        int[] uses = typeUses.get(block);
        int best = -1;
        for (int t = 0; t < uses.length; t++) {
            if (uses[t] > 0 && (best < 0 || uses[t] > uses[best])) {
                best = t;
            }
        }
        return best < 0 ? null : TYPES[best];
    }

    /** The chooser's label for a block: "ia — 400 bytes", or "buffer 1 — 16 bytes" before any access. */
    String label(int block, int byteLength) {
        String name = name(block);
        return (name == null ? "buffer " + block : name) + " — " + String.format(java.util.Locale.ROOT, "%,d", byteLength) + " bytes";
    }
}
