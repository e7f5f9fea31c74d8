package org.atomiscope.analysis;

import java.util.List;
import org.atomiscope.lang.Pos;
import org.atomiscope.machine.Event;

/** How findings name positions, elements and accesses, so every sentence reads the same way. */
final class Wording {
    private Wording() {}

    /**
     * A position as a student finds it in the editor: {@code line:column} in the main file, and
     * {@code file:line:column} in another file of a folder scenario.
     */
    static String at(Pos pos, String mainFile) {
        if (pos == null) {
            return "an unknown place";
        }
        String lc = pos.line() + ":" + pos.column();
        return mainFile == null || mainFile.equals(pos.file()) ? lc : pos.file() + ":" + lc;
    }

    /** The element an access names in the source: {@code ia[42]}. */
    static String element(Event.Access a) {
        return a.target() + "[" + a.index() + "]";
    }

    /** What an access event does, as a verb: "writes", "atomically reads", "waits on". */
    static String verb(Event e) {
        Event.Access a = e.access();
        return switch (e.kind()) {
            case WAIT -> "waits on";
            case RMW -> "atomically updates";
            case WRITE -> a.atomic() ? "atomically writes" : "writes";
            default -> a.atomic() ? "atomically reads" : "reads";
        };
    }

    /** A site for an access event: "writes ia[42]". */
    static Site site(Event e) {
        return new Site(e.agent(), e.agentName(), e.pos(), verb(e) + " " + element(e.access()));
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String times(long n) {
        return String.format("%,d", n) + (n == 1 ? " time" : " times");
    }
}
