package org.atomiscope.app.heatmap;

import java.util.ArrayList;
import java.util.List;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.js.JsNumbers;
import org.atomiscope.machine.Event;

/**
 * The words for one cell: its name, where its bytes are, what it holds, and every access to it so
 * far, for the tooltip and the status line. Plain text, no JavaFX.
 */
final class CellDetails {
    /** History lines shown; a long history shows its most recent lines. */
    static final int MAX_HISTORY = 14;

    static final String RACE_SENTENCE =
        "plain accesses from different agents, at least one a write: a data race unless something orders them";

    private CellDetails() {
    }

    /**
     * "ia[37]" when the view is the one the scenario used for the block, else "Uint8 cell 168", since
     * then the block's name would point at another element.
     */
    static String title(CellStats stats, int cell, String blockName, ElementType preferred) {
        if (blockName != null && stats.type() == preferred) {
            return blockName + "[" + cell + "]";
        }
        return typeName(stats.type()) + " cell " + cell;
    }

    /** "Int32" for Int32Array. */
    static String typeName(ElementType type) {
        String n = type.constructorName();
        return n.endsWith("Array") ? n.substring(0, n.length() - "Array".length()) : n;
    }

    /** "byte 168" or "bytes 148–151". */
    static String bytes(CellStats stats, int cell) {
        int from = stats.byteOffset(cell);
        int size = stats.type().byteSize();
        return size == 1 ? "byte " + from : "bytes " + from + "–" + (from + size - 1);
    }

    /** "2 writes, 1 read, plain": the counts of the cell so far. */
    static String counts(CellStats stats, int cell) {
        int r = stats.reads(cell);
        int w = stats.writes(cell);
        if (r == 0 && w == 0) {
            return "not accessed yet";
        }
        String access = stats.atomic(cell) > 0 && stats.plain(cell) > 0 ? "atomic and plain"
            : stats.atomic(cell) > 0 ? "atomic" : "plain";
        return plural(w, "write") + ", " + plural(r, "read") + ", " + access;
    }

    static String plural(int n, String noun) {
        return count(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /** 100000 as "100,000": buffers get big. */
    static String count(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** One line for the status bar. */
    static String status(CellStats stats, int cell, String title, String value, String lastWriterName) {
        StringBuilder b = new StringBuilder(title).append(" · ").append(bytes(stats, cell)).append(" · value ")
            .append(value).append(" · ").append(counts(stats, cell));
        if (lastWriterName != null) {
            b.append(" · last written by ").append(lastWriterName);
        }
        if (stats.race(cell)) {
            b.append(" · race");
        }
        return b.toString();
    }

    /** The tooltip: the status facts on separate lines, then the cell's history up to the cursor. */
    static String tooltip(CellStats stats, int cell, String title, String value, String lastWriterName,
                          List<Event> events) {
        StringBuilder b = new StringBuilder(title).append("   (").append(bytes(stats, cell)).append(")\n");
        b.append("value now: ").append(value).append('\n');
        b.append(counts(stats, cell));
        if (lastWriterName != null) {
            b.append("; last written by ").append(lastWriterName);
        }
        b.append('\n');
        if (stats.race(cell)) {
            b.append("Race: ").append(RACE_SENTENCE).append('\n');
        }
        List<String> lines = history(stats, cell, events);
        if (lines.isEmpty()) {
            b.append("\nNo access to this cell up to this step.");
            return b.toString();
        }
        b.append("\nHistory up to this step:");
        int from = Math.max(0, lines.size() - MAX_HISTORY);
        if (from > 0) {
            b.append("\n  … ").append(plural(from, "earlier access"));
        }
        for (int i = from; i < lines.size(); i++) {
            b.append("\n  ").append(lines.get(i));
        }
        return b.toString();
    }

    /** Every access to the cell among the events, oldest first: "#9  reader  plain read ia[42] → 191". */
    static List<String> history(CellStats stats, int cell, List<Event> events) {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            Event.Access a = e.access();
            if (a == null || !stats.touches(a, cell)) {
                continue;
            }
            String line = line(e, a);
            if (line != null) {
                out.add(line);
            }
        }
        return out;
    }

    private static String line(Event e, Event.Access a) {
        String element = a.target() + "[" + a.index() + "]";
        String mode = a.atomic() ? "atomic" : "plain";
        String what = switch (e.kind()) {
            case READ -> mode + " read " + element + " → " + number(a.type(), a.value());
            case WAIT -> "Atomics.wait reads " + element + " → " + number(a.type(), a.value());
            case WRITE -> mode + " write " + element + " = " + number(a.type(), a.stored());
            case RMW -> "atomic read-modify-write " + element + ": " + number(a.type(), a.value()) + " → "
                + number(a.type(), a.stored());
            case MEMORY -> "store buffer flush: " + element + " = " + number(a.type(), a.stored()) + " reaches memory";
            default -> null;
        };
        return what == null ? null : "#" + e.step() + "  " + e.agentName() + "  " + what;
    }

    static String number(ElementType type, double v) {
        if (type.isBigInt() && !Double.isNaN(v) && Math.abs(v) < 0x1p63) {
            return (long) v + "n";
        }
        return JsNumbers.toJsString(v);
    }
}
