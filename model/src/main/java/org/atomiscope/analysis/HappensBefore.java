package org.atomiscope.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atomiscope.machine.Event;
import org.atomiscope.stepper.Relations;
import org.atomiscope.vm.Limits;

/**
 * Happens-before over a run's events, one event at a time, with vector clocks (ECMA-262 §29:
 * happens-before is agent order plus synchronizes-with, transitively).
 *
 * <p>Each agent has an epoch, advanced by each of its events, and a vector of what it knows of the
 * others. Synchronizes-with edges come from {@link Relations} (a SeqCst read of a SeqCst write of the
 * same range, postMessage, agent start, notify to woken) and from the waiter-list critical sections:
 * every Atomics.wait and Atomics.notify on a location enters its critical section, and leaving one
 * synchronizes with the next entry (ECMA-262, EnterCriticalSection), as the relaxed model's
 * {@code criticalSection} does too. A receiver joins the sender's clock as it was at the source.
 *
 * <p>Clocks are copied only when an agent learns something new; a source keeps a reference to its
 * agent's vector and the epoch, so remembering a possible source costs one small object.
 */
final class HappensBefore {
    /** What an agent knew at an event: its vector (own entry stale) and its epoch. */
    record Snapshot(int agent, int epoch, int[] known) {}

    private final Relations.Tracker relations = new Relations.Tracker();
    private int arrowsSeen;
    private final int[][] clocks = new int[Limits.MAX_AGENTS][];
    /** Whether a snapshot refers to the agent's vector, so it must be copied before it changes. */
    private final boolean[] shared = new boolean[Limits.MAX_AGENTS];
    private final int[] epochs = new int[Limits.MAX_AGENTS];
    /** Events that may be the source of a synchronizes-with edge, by event index. */
    private final Map<Integer, Snapshot> sources = new HashMap<>();
    /** Per waiter list (block << 32 | byte index): what the last agent to leave its critical section knew. */
    private final Map<Long, Snapshot> sections = new HashMap<>();

    /** Takes the next event; returns its epoch (0 for an event of no agent). */
    int add(Event e) {
        relations.add(e);
        int index = relations.size() - 1;
        int a = e.agent();
        List<Relations.Arrow> arrows = relations.arrows();
        if (a < 0 || a >= clocks.length) {
            arrowsSeen = arrows.size();
            return 0;
        }
        if (clocks[a] == null) {
            clocks[a] = new int[Limits.MAX_AGENTS];
        }
        epochs[a]++;
        for (; arrowsSeen < arrows.size(); arrowsSeen++) {
            Relations.Arrow arrow = arrows.get(arrowsSeen);
            if (arrow.kind() == Relations.Kind.SYNC && arrow.toEvent() == index) {
                Snapshot s = sources.get(arrow.fromEvent());
                if (s != null) {
                    join(a, s);
                }
            }
        }
        Event.Access acc = e.access();
        if ((e.kind() == Event.Kind.WAIT || e.kind() == Event.Kind.NOTIFY) && acc != null) {
            long key = ((long) acc.block() << 32) | acc.byteIndex();
            Snapshot last = sections.get(key);
            if (last != null) {
                join(a, last);
            }
            sections.put(key, snapshot(a));
        }
        if (isSource(e)) {
            sources.put(index, snapshot(a));
        }
        return epochs[a];
    }

    /** Whether event {@code epoch} of agent {@code of} happens before agent {@code a}'s latest event. */
    boolean ordered(int of, int epoch, int a) {
        return of == a || (clocks[a] != null && clocks[a][of] >= epoch);
    }

    private static boolean isSource(Event e) {
        return switch (e.kind()) {
            case SEND, NOTIFY, RMW -> true;
            case WRITE -> e.access() != null && e.access().atomic();
            default -> false;
        };
    }

    private Snapshot snapshot(int a) {
        shared[a] = true;
        return new Snapshot(a, epochs[a], clocks[a]);
    }

    private void join(int a, Snapshot s) {
        int[] c = clocks[a];
        int[] k = s.known();
        boolean news = s.agent() != a && c[s.agent()] < s.epoch();
        for (int i = 0; i < k.length && !news; i++) {
            news = i != a && k[i] > c[i];
        }
        if (!news) {
            return;
        }
        if (shared[a]) {
            c = Arrays.copyOf(c, c.length);
            clocks[a] = c;
            shared[a] = false;
        }
        for (int i = 0; i < k.length; i++) {
            if (i != a && i != s.agent() && k[i] > c[i]) {
                c[i] = k[i];
            }
        }
        if (s.agent() != a) {
            c[s.agent()] = Math.max(c[s.agent()], s.epoch());
        }
    }
}
