package org.atomiscope.stepper;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.machine.Event;

/**
 * The arrows a timeline draws between the events of one run (a flat event list in step order):
 * which write each read took its value from, and which events synchronize with which.
 *
 * <p><b>Reads-from.</b> The engine does not record which write a read saw (under the relaxed model a
 * read may return any write not hidden from it by happens-before, ECMA-262 §29 "coherent reads"), so
 * the arrow is derived: a READ, RMW or WAIT with an access reads from <em>the latest earlier WRITE or
 * RMW whose stored bytes equal the bytes read</em>. Writes of exactly the read's range are remembered
 * per value, so a stale relaxed read finds the old write; a write of another width over the same bytes
 * (an Int8 view of an Int32 cell) counts when its latest write matches the read in the bytes they
 * share. No matching write means the read saw the buffer's initial zeros: no arrow.
 * <br>Limits: two writes of the same value to the same range cannot be told apart, and the later one
 * is taken; of a write of another width only its latest write is compared.
 * <br>A store-buffer flush (a MEMORY event, TSO) is not a write of its own: it makes an earlier
 * WRITE visible, and reads are attributed to that WRITE. This is also right for the writer reading
 * its own still-buffered store. The flush gets a {@link Kind#FLUSH} arrow from the WRITE it moves.
 *
 * <p><b>Synchronizes-with</b> ({@link Kind#SYNC}): a SeqCst read or read-modify-write that reads
 * from a SeqCst write or read-modify-write of exactly the same range (ECMA-262 §29: the ranges must
 * be equal); a message's SEND and its RECEIVE (first in, first out per sender and receiver: the
 * host's postMessage edge); the SEND that creates an agent and that agent's START; a NOTIFY and the
 * WOKEN event of each agent it woke (the waiter list's critical section). Other reads-from arrows
 * are {@link Kind#READS_FROM}: plain, they order nothing.
 *
 * <p>One pass, constant work per event (hash look-ups keyed by block, byte and width), so 100,000
 * events take milliseconds. {@link Tracker} takes events one at a time, for a view that follows a
 * growing run.
 */
public final class Relations {
    public enum Kind {
        /** A read took its value from this write (plain: nothing is ordered by it). */
        READS_FROM,
        /** Synchronizes-with: everything before the source happens before the target. */
        SYNC,
        /** A buffered store (TSO) reaching memory: from the WRITE to its MEMORY event. */
        FLUSH
    }

    /** An arrow between two events, by their indexes in the list. */
    public record Arrow(int fromEvent, int toEvent, Kind kind) {
    }

    private Relations() {
    }

    /** The arrows of a run, ordered by {@link Arrow#toEvent()}. */
    public static List<Arrow> of(List<Event> events) {
        Tracker t = new Tracker();
        for (Event e : events) {
            t.add(e);
        }
        return List.copyOf(t.arrows());
    }

    /**
     * The same derivation fed one event at a time. Arrows are added when their target event comes,
     * so {@link #arrows()} stays ordered by target.
     */
    public static final class Tracker {
        private final List<Arrow> arrows = new ArrayList<>();
        private final List<Arrow> view = Collections.unmodifiableList(arrows);
        private int size;

        /** Writes per (block, byte, width). */
        private final Map<Long, Slot> slots = new HashMap<>();
        /** Per block, a bit for each width (1 << log2 bytes) written in it: where to look for overlaps. */
        private int[] widthsInBlock = new int[4];
        private final BitSet atomicWrites = new BitSet();

        private final BitSet started = new BitSet();
        private int[] creation = filled(8);
        private int[] pendingNotify = filled(8);
        private final Map<Long, ArrayDeque<Integer>> messages = new HashMap<>();
        /** Per agent, its plain writes not yet flushed, oldest first (only TSO ever flushes them). */
        private final Map<Integer, ArrayDeque<Pending>> buffered = new HashMap<>();

        private record Pending(int index, long key, long raw) {
        }

        /** The latest write of a range, and (once a second value is written) the latest write of each value. */
        private static final class Slot {
            int latest;
            long latestRaw;
            Map<Long, Integer> byValue;
        }

        /** Events added so far. */
        public int size() {
            return size;
        }

        /** The arrows so far, ordered by target (a live, read-only view). */
        public List<Arrow> arrows() {
            return view;
        }

        public void add(Event e) {
            int index = size++;
            Event.Access a = e.access();
            switch (e.kind()) {
                case READ, WAIT -> {
                    if (a != null) {
                        readFrom(index, a);
                    }
                }
                case WRITE -> {
                    if (a != null) {
                        write(index, a);
                        if (a.atomic()) {
                            buffered.remove(e.agent()); // a locked store drains the store buffer first
                        } else if (!a.local()) {
                            buffered.computeIfAbsent(e.agent(), k -> new ArrayDeque<>())
                                .add(new Pending(index, key(a), raw(a.type(), a.stored())));
                        }
                    }
                }
                case RMW -> {
                    buffered.remove(e.agent());
                    if (a != null) {
                        readFrom(index, a);
                        write(index, a);
                    }
                }
                case MEMORY -> {
                    if (a != null) {
                        flush(index, e.agent(), a);
                    }
                }
                case NOTIFY -> {
                    buffered.remove(e.agent());
                    for (int w : e.peers()) {
                        pendingNotify = set(pendingNotify, w, index);
                    }
                }
                case WOKEN -> {
                    int from = get(pendingNotify, e.agent());
                    if (from >= 0) {
                        arrows.add(new Arrow(from, index, Kind.SYNC));
                        pendingNotify[e.agent()] = -1;
                    }
                }
                case SEND -> send(index, e);
                case RECEIVE -> {
                    for (int from : e.peers()) {
                        ArrayDeque<Integer> q = messages.get(pair(from, e.agent()));
                        if (q != null && !q.isEmpty()) {
                            arrows.add(new Arrow(q.poll(), index, Kind.SYNC));
                        }
                    }
                }
                case START -> {
                    started.set(e.agent());
                    int from = get(creation, e.agent());
                    if (from >= 0) {
                        arrows.add(new Arrow(from, index, Kind.SYNC));
                    }
                }
                default -> {
                }
            }
        }

        /**
         * A SEND names either an agent it creates or the receiver of a message. Creation comes first and
         * only for an agent that has not started; a message to an unstarted agent follows its creation.
         */
        private void send(int index, Event e) {
            for (int to : e.peers()) {
                if (!started.get(to) && get(creation, to) < 0) {
                    creation = set(creation, to, index);
                } else {
                    messages.computeIfAbsent(pair(e.agent(), to), k -> new ArrayDeque<>()).add(index);
                }
            }
        }

        private void write(int index, Event.Access a) {
            long key = key(a);
            long raw = raw(a.type(), a.stored());
            Slot s = slots.get(key);
            if (s == null) {
                s = new Slot();
                slots.put(key, s);
                if (a.block() >= widthsInBlock.length) {
                    widthsInBlock = Arrays.copyOf(widthsInBlock, Math.max(a.block() + 1, widthsInBlock.length * 2));
                }
                widthsInBlock[a.block()] |= 1 << log2(a.byteSize());
            } else {
                if (s.byValue == null && s.latestRaw != raw) {
                    s.byValue = new HashMap<>();
                    s.byValue.put(s.latestRaw, s.latest);
                }
                if (s.byValue != null) {
                    s.byValue.put(raw, index);
                }
            }
            s.latest = index;
            s.latestRaw = raw;
            if (a.atomic()) {
                atomicWrites.set(index);
            }
        }

        private void readFrom(int index, Event.Access a) {
            long raw = raw(a.type(), a.value());
            int size = a.byteSize();
            int widths = a.block() < widthsInBlock.length ? widthsInBlock[a.block()] : 0;
            int best = -1;
            boolean exact = false;
            for (int log = 0; log < 4; log++) {
                if ((widths & (1 << log)) == 0) {
                    continue;
                }
                int w = 1 << log;
                if (w == size) {
                    Slot s = slots.get(key(a.block(), a.byteIndex(), log));
                    int found = s == null ? -1 : s.latestRaw == raw ? s.latest
                        : s.byValue == null ? -1 : s.byValue.getOrDefault(raw, -1);
                    if (found > best) {
                        best = found;
                        exact = true;
                    }
                } else if (w > size) {
                    // A wider write containing the read (typed-array accesses are aligned to their width).
                    int start = a.byteIndex() & -w;
                    Slot s = slots.get(key(a.block(), start, log));
                    if (s != null && s.latest > best && bytes(s.latestRaw, a.byteIndex() - start, size) == raw) {
                        best = s.latest;
                        exact = false;
                    }
                } else {
                    for (int start = a.byteIndex(); start < a.byteIndex() + size; start += w) {
                        Slot s = slots.get(key(a.block(), start, log));
                        if (s != null && s.latest > best && bytes(s.latestRaw, 0, w) == bytes(raw, start - a.byteIndex(), w)) {
                            best = s.latest;
                            exact = false;
                        }
                    }
                }
            }
            if (best >= 0) {
                boolean sync = exact && a.atomic() && atomicWrites.get(best);
                arrows.add(new Arrow(best, index, sync ? Kind.SYNC : Kind.READS_FROM));
            }
        }

        /** A flush moves the agent's oldest buffered store; entries a locked instruction drained are skipped. */
        private void flush(int index, int agent, Event.Access a) {
            ArrayDeque<Pending> q = buffered.get(agent);
            if (q == null) {
                return;
            }
            long key = key(a);
            long raw = raw(a.type(), a.stored());
            int skip = 0;
            for (Iterator<Pending> it = q.iterator(); it.hasNext(); skip++) {
                Pending p = it.next();
                if (p.key == key && p.raw == raw) {
                    for (int i = 0; i <= skip; i++) {
                        q.poll();
                    }
                    arrows.add(new Arrow(p.index, index, Kind.FLUSH));
                    return;
                }
            }
        }
    }

    // ------------------------------------------------------------------ keys and raw bytes

    private static long key(Event.Access a) {
        return key(a.block(), a.byteIndex(), log2(a.byteSize()));
    }

    private static long key(int block, int byteIndex, int log2Width) {
        return ((long) block << 36) | ((long) byteIndex << 2) | log2Width;
    }

    private static long pair(int from, int to) {
        return ((long) from << 32) | (to & 0xffffffffL);
    }

    private static int log2(int width) {
        return Integer.numberOfTrailingZeros(width);
    }

    /** {@code width} bytes of a raw value from byte {@code offset}. */
    private static long bytes(long raw, int offset, int width) {
        long shifted = raw >>> (8 * offset);
        return width >= 8 ? shifted : shifted & ((1L << (8 * width)) - 1);
    }

    /**
     * An element's bytes from its value as events carry it (a double). A BigInt element's value is
     * approximate there; converting it back the same way on both sides keeps equal values equal.
     */
    static long raw(ElementType type, double value) {
        if (!type.isBigInt()) {
            return type.toRaw(value);
        }
        return value >= 0x1p63 ? (long) (value - 0x1p64) : (long) value;
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    private static int get(int[] a, int i) {
        return i >= 0 && i < a.length ? a[i] : -1;
    }

    private static int[] set(int[] a, int i, int v) {
        int[] out = a;
        if (i >= a.length) {
            out = Arrays.copyOf(a, Math.max(i + 1, a.length * 2));
            Arrays.fill(out, a.length, out.length, -1);
        }
        out[i] = v;
        return out;
    }
}
