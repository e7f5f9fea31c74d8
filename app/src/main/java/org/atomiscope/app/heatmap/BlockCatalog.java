package org.atomiscope.app.heatmap;

import java.util.ArrayList;
import java.util.List;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.machine.Event;

/**
 * What the events tell about each shared block: the name the scenario first used for it ("ia") and
 * which element types its accesses used, so the heatmap can label the block chooser and open the
 * view the scenario itself uses. Kept up to date like {@link CellStats#sync}.
 */
final class BlockCatalog {
    private static final ElementType[] TYPES = ElementType.values();

    private final List<String> names = new ArrayList<>();
    private final List<int[]> typeUses = new ArrayList<>();
    private int seen;
    private Event lastSeen;

    /** Reads the new events; true when the list was replaced and everything was read again. */
    boolean sync(List<Event> events) {
        boolean restart = events.size() < seen || (seen > 0 && events.get(seen - 1) != lastSeen);
        if (restart) {
            names.clear();
            typeUses.clear();
            seen = 0;
        }
        for (int i = seen; i < events.size(); i++) {
            add(events.get(i));
        }
        seen = events.size();
        lastSeen = seen == 0 ? null : events.get(seen - 1);
        return restart;
    }

    private void add(Event e) {
        Event.Access a = e.access();
        if (a == null || CellStats.Op.of(e.kind()) == CellStats.Op.NONE || a.block() < 0) {
            return;
        }
        while (names.size() <= a.block()) {
            names.add(null);
            typeUses.add(new int[TYPES.length]);
        }
        if (names.get(a.block()) == null && a.target() != null && !a.target().isEmpty()) {
            names.set(a.block(), a.target());
        }
        typeUses.get(a.block())[a.type().ordinal()]++;
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
