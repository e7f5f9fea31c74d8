package org.atomiscope.app.heatmap;

import java.util.List;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.machine.Event;

/**
 * What the events did to each cell of one view (one element type) over one shared block: reads,
 * writes, atomic and plain accesses, the last writer, and whether the cell looks like a data race.
 * No JavaFX here, so it is tested on plain event lists.
 *
 * <p>A cell is one element of the chosen view. An access touches every cell that shares a byte
 * with it, so an Int32 write counts for four Uint8 cells, or for half a Float64 cell.
 *
 * <p>Kept up to date by {@link #sync}: a run's event list only grows while the user steps forward,
 * so only new events are read. A step back (or a different choice after one) takes back the events
 * no longer in the list, from an undo log of what each event changed that a count cannot give back
 * (the last writer, the race flags): scrubbing back and forth over the primes' step of a hundred
 * thousand writes costs the steps crossed, not the whole run counted again.
 */
public final class CellStats {
    private static final byte MANY_AGENTS = 1;
    private static final byte SOME_WRITE = 2;
    private static final byte SOME_PLAIN = 4;
    private static final byte RACE = MANY_AGENTS | SOME_WRITE | SOME_PLAIN;

    private final int block;
    private final ElementType type;
    private final int cells;
    private final int[] reads;
    private final int[] writes;
    private final int[] atomic;
    private final int[] plain;
    private final int[] lastWriter;
    /** The first agent that accessed the cell once the block was shared; -1 before. */
    private final int[] firstSharedAgent;
    private final byte[] flags;
    private int maxReads;
    private int maxWrites;
    /** Set when a taken-back event held a maximum: the maxima are found again when asked for. */
    private boolean maxStale;
    private int races;
    private int written;

    /** The events counted, in order: where a new list departs from them is found by identity. */
    private Event[] counted = new Event[64];
    private int seen;
    /** Per counted event, the end of its entries in the undo log. */
    private int[] undoEnd = new int[64];
    /** The undo log: per cell an event touched, the cell and its last writer, first agent and flags before. */
    private int[] undoCell = new int[64];
    private int[] undoWriter = new int[64];
    private int[] undoShared = new int[64];
    private byte[] undoFlags = new byte[64];
    private int undoSize;

    public CellStats(int block, ElementType type, int byteLength) {
        this.block = block;
        this.type = type;
        this.cells = Math.max(0, byteLength / type.byteSize());
        reads = new int[cells];
        writes = new int[cells];
        atomic = new int[cells];
        plain = new int[cells];
        lastWriter = new int[cells];
        firstSharedAgent = new int[cells];
        flags = new byte[cells];
        clear();
    }

    private void clear() {
        java.util.Arrays.fill(reads, 0);
        java.util.Arrays.fill(writes, 0);
        java.util.Arrays.fill(atomic, 0);
        java.util.Arrays.fill(plain, 0);
        java.util.Arrays.fill(lastWriter, -1);
        java.util.Arrays.fill(firstSharedAgent, -1);
        java.util.Arrays.fill(flags, (byte) 0);
        maxReads = 0;
        maxWrites = 0;
        maxStale = false;
        races = 0;
        written = 0;
        java.util.Arrays.fill(counted, 0, seen, null);
        seen = 0;
        undoSize = 0;
    }

    /**
     * Brings the counts up to {@code events} (a run's events up to its cursor, which only ever loses
     * events at its end or gains them there). Returns true when counted events had to be taken back
     * (a step back, or another choice after one).
     */
    public boolean sync(List<Event> events) {
        int keep = keptPrefix(events);
        boolean back = keep < seen;
        if (back && seen - keep > keep) {
            clear(); // counting the kept events again is quicker than taking the others back
        }
        while (seen > keep) {
            takeBack();
        }
        for (int i = seen; i < events.size(); i++) {
            add(events.get(i));
        }
        return back;
    }

    /** How many of the counted events begin {@code events} too (the same objects in the same places). */
    private int keptPrefix(List<Event> events) {
        int n = Math.min(seen, events.size());
        if (n == 0 || events.get(n - 1) == counted[n - 1]) {
            return n;
        }
        // A different choice replaced events: the lists agree up to some point, then differ throughout.
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid) == counted[mid]) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Counts one event (events without an access to this block change nothing). */
    void add(Event e) {
        if (seen == counted.length) {
            counted = java.util.Arrays.copyOf(counted, seen * 2);
            undoEnd = java.util.Arrays.copyOf(undoEnd, seen * 2);
        }
        Event.Access a = e.access();
        Op op = a == null || a.block() != block ? Op.NONE : Op.of(e.kind());
        if (op != Op.NONE) {
            int first = firstCell(a);
            int last = lastCell(a);
            for (int c = first; c <= last; c++) {
                remember(c);
                count(c, op, e.agent(), a);
            }
        }
        counted[seen] = e;
        undoEnd[seen] = undoSize;
        seen++;
    }

    /** Logs what cell c holds that counting cannot give back. */
    private void remember(int c) {
        if (undoSize == undoCell.length) {
            int cap = undoSize * 2;
            undoCell = java.util.Arrays.copyOf(undoCell, cap);
            undoWriter = java.util.Arrays.copyOf(undoWriter, cap);
            undoShared = java.util.Arrays.copyOf(undoShared, cap);
            undoFlags = java.util.Arrays.copyOf(undoFlags, cap);
        }
        undoCell[undoSize] = c;
        undoWriter[undoSize] = lastWriter[c];
        undoShared[undoSize] = firstSharedAgent[c];
        undoFlags[undoSize] = flags[c];
        undoSize++;
    }

    /** Takes back the last counted event: its counts, and from the log, what it overwrote. */
    private void takeBack() {
        seen--;
        Event e = counted[seen];
        counted[seen] = null;
        int from = seen == 0 ? 0 : undoEnd[seen - 1];
        Event.Access a = e.access();
        Op op = a == null || a.block() != block ? Op.NONE : Op.of(e.kind());
        for (int u = undoSize - 1; u >= from; u--) {
            int c = undoCell[u];
            if (op != Op.FLUSH) {
                if (op.reads && reads[c]-- == maxReads) {
                    maxStale = true;
                }
                if (op.writes) {
                    if (writes[c]-- == maxWrites) {
                        maxStale = true;
                    }
                    if (writes[c] == 0) {
                        written--;
                    }
                }
                if (a.atomic()) {
                    atomic[c]--;
                } else {
                    plain[c]--;
                }
            }
            lastWriter[c] = undoWriter[u];
            firstSharedAgent[c] = undoShared[u];
            if (flags[c] == RACE && undoFlags[u] != RACE) {
                races--;
            }
            flags[c] = undoFlags[u];
        }
        undoSize = from;
    }

    private void count(int c, Op op, int agent, Event.Access a) {
        if (op == Op.FLUSH) {
            // A store-buffer entry reaching memory: the value memory holds is now this agent's.
            lastWriter[c] = agent;
            return;
        }
        if (op.reads) {
            maxReads = Math.max(maxReads, ++reads[c]);
        }
        if (op.writes) {
            if (writes[c] == 0) {
                written++;
            }
            maxWrites = Math.max(maxWrites, ++writes[c]);
            lastWriter[c] = agent;
        }
        if (a.atomic()) {
            atomic[c]++;
        } else {
            plain[c]++;
        }
        // Accesses to a block only its creator can reach yet cannot race: sharing it (a message, an
        // agent start) orders them before every other agent's accesses (ECMA-262 §29, host edges).
        if (a.local()) {
            return;
        }
        boolean wasRace = flags[c] == RACE;
        byte f = flags[c];
        if (firstSharedAgent[c] < 0) {
            firstSharedAgent[c] = agent;
        } else if (firstSharedAgent[c] != agent) {
            f |= MANY_AGENTS;
        }
        if (op.writes) {
            f |= SOME_WRITE;
        }
        if (!a.atomic()) {
            f |= SOME_PLAIN;
        }
        flags[c] = f;
        if (!wasRace && f == RACE) {
            races++;
        }
    }

    /** The first cell of this view an access touches. */
    int firstCell(Event.Access a) {
        return Math.min(a.byteIndex() / type.byteSize(), cells);
    }

    /** The last cell of this view an access touches (less than first when it lies beyond the view). */
    int lastCell(Event.Access a) {
        return Math.min((a.byteIndex() + a.byteSize() - 1) / type.byteSize(), cells - 1);
    }

    /** Whether an access touches cell {@code c} of this view. */
    boolean touches(Event.Access a, int c) {
        return a.block() == block && c >= firstCell(a) && c <= lastCell(a);
    }

    public int block() {
        return block;
    }

    public ElementType type() {
        return type;
    }

    public int cellCount() {
        return cells;
    }

    /** Byte offset of a cell in the block. */
    public int byteOffset(int cell) {
        return cell * type.byteSize();
    }

    public int reads(int cell) {
        return reads[cell];
    }

    public int writes(int cell) {
        return writes[cell];
    }

    /** Atomic accesses (Atomics.*) that touched the cell. */
    public int atomic(int cell) {
        return atomic[cell];
    }

    /** Plain accesses (ia[i], ia[i] = v) that touched the cell. */
    public int plain(int cell) {
        return plain[cell];
    }

    /** The agent whose write memory holds in the cell, -1 when no event wrote it. */
    public int lastWriter(int cell) {
        return lastWriter[cell];
    }

    /**
     * Whether two or more agents accessed the cell after it was shared, at least one of those
     * accesses writes and at least one is plain: a data race unless something orders them.
     */
    public boolean race(int cell) {
        return flags[cell] == RACE;
    }

    public int maxReads() {
        findMaxima();
        return maxReads;
    }

    public int maxWrites() {
        findMaxima();
        return maxWrites;
    }

    private void findMaxima() {
        if (!maxStale) {
            return;
        }
        maxStale = false;
        maxReads = 0;
        maxWrites = 0;
        for (int c = 0; c < cells; c++) {
            maxReads = Math.max(maxReads, reads[c]);
            maxWrites = Math.max(maxWrites, writes[c]);
        }
    }

    /** Cells marked as races. */
    public int raceCount() {
        return races;
    }

    /** Cells written at least once. */
    public int writtenCount() {
        return written;
    }

    /** How an event kind uses memory. */
    enum Op {
        READ(true, false), WRITE(false, true), RMW(true, true), FLUSH(false, false), NONE(false, false);

        final boolean reads;
        final boolean writes;

        Op(boolean reads, boolean writes) {
            this.reads = reads;
            this.writes = writes;
        }

        static Op of(Event.Kind kind) {
            return switch (kind) {
                case READ, WAIT -> READ;
                case WRITE -> WRITE;
                case RMW -> RMW;
                case MEMORY -> FLUSH;
                default -> NONE; // a notify carries its location but reads and writes nothing
            };
        }
    }
}
