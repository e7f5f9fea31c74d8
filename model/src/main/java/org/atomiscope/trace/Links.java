package org.atomiscope.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.atomiscope.machine.Event;
import org.atomiscope.stepper.Relations;

/**
 * A trace's arrows turned around: for each event, the write it read from, the events that
 * synchronize with it and, for a store-buffer flush, the write it moves. A SeqCst read of a SeqCst
 * write is one {@link Relations.Kind#SYNC} arrow; it is listed both as the read's reads-from and as
 * a synchronizes-with, because it is both (ECMA-262 §29: synchronizes-with is a reads-from between
 * SeqCst accesses of equal ranges).
 */
final class Links {
    private static final int[] NONE = new int[0];

    private final int[] readsFrom;
    private final int[] flushOf;
    private final int[][] synchronizesWith;

    private Links(int n) {
        readsFrom = new int[n];
        flushOf = new int[n];
        synchronizesWith = new int[n][];
        Arrays.fill(readsFrom, -1);
        Arrays.fill(flushOf, -1);
        Arrays.fill(synchronizesWith, NONE);
    }

    static Links of(Trace trace) {
        List<Event> events = trace.events();
        Links l = new Links(events.size());
        List<List<Integer>> sync = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            sync.add(null);
        }
        for (Relations.Arrow a : trace.arrows()) {
            int to = a.toEvent();
            switch (a.kind()) {
                case READS_FROM -> l.readsFrom[to] = a.fromEvent();
                case FLUSH -> l.flushOf[to] = a.fromEvent();
                case SYNC -> {
                    if (readsMemory(events.get(to).kind())) {
                        l.readsFrom[to] = a.fromEvent();
                    }
                    if (sync.get(to) == null) {
                        sync.set(to, new ArrayList<>(1));
                    }
                    sync.get(to).add(a.fromEvent());
                }
                default -> throw new IllegalStateException(a.kind().name());
            }
        }
        for (int i = 0; i < events.size(); i++) {
            if (sync.get(i) != null) {
                l.synchronizesWith[i] = sync.get(i).stream().mapToInt(Integer::intValue).toArray();
            }
        }
        return l;
    }

    /** The kinds a SYNC arrow reaches by reading a value (the others are host edges: messages, starts, wake-ups). */
    private static boolean readsMemory(Event.Kind kind) {
        return kind == Event.Kind.READ || kind == Event.Kind.RMW || kind == Event.Kind.WAIT;
    }

    /** The event {@code i} read its value from, or -1 (none, or the buffer's initial zeros). */
    int readsFrom(int i) {
        return readsFrom[i];
    }

    /** The events that synchronize with event {@code i}, in arrow order. */
    int[] synchronizesWith(int i) {
        return synchronizesWith[i];
    }

    /** For a store-buffer flush, the WRITE it makes visible; else -1. */
    int flushOf(int i) {
        return flushOf[i];
    }
}
