package org.atomiscope.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atomiscope.machine.AgentState;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;

/**
 * Deadlocks: the execution has ended with agents asleep in Atomics.wait without a timeout. Says
 * where each waits, names workers that the host's worker limit never started, and recognises the
 * lock-order cycle: each sleeper waits on a location another sleeper changed last (as when each
 * holds a lock the other needs).
 *
 * <p>A message that cannot come is detected when it was posted to a worker the limit never started:
 * it stays queued for ever. An agent idle in its event loop for a message nobody sends is not: the
 * engine cannot tell it from an agent whose work is done (every worker with an onmessage handler
 * ends idle), so such executions simply complete.
 */
final class Deadlocks {
    private final Map<Integer, Event> lastWait = new HashMap<>();
    private final Map<Integer, Event> creation = new HashMap<>();
    /** The agent that last wrote each 4-byte location (block << 32 | byte index). */
    private final Map<Long, Integer> lastWriter = new HashMap<>();

    void event(Event e) {
        switch (e.kind()) {
            case WAIT -> lastWait.put(e.agent(), e);
            case SEND -> {
                for (int to : e.peers()) {
                    creation.putIfAbsent(to, e); // the first SEND naming an agent is the one creating it
                }
            }
            case WRITE, RMW -> {
                // A compareExchange that finds another value changes nothing: it is not "taking" the location.
                Event.Access a = e.access();
                boolean changes = a != null && (e.kind() == Event.Kind.WRITE || Double.compare(a.value(), a.stored()) != 0);
                if (changes && !a.local()) {
                    lastWriter.put(((long) a.block() << 32) | a.byteIndex(), e.agent());
                }
            }
            default -> { }
        }
    }

    /** The deadlock of a finished execution, or null when it did not end in one. */
    Finding finding(Machine last, String mainFile, String model) {
        if (last == null || !last.isTerminal()) {
            return null;
        }
        if (last.blockedForever().isEmpty()) {
            return undelivered(last, mainFile, model);
        }
        List<Site> sites = new ArrayList<>();
        List<String> waits = new ArrayList<>();
        List<AgentState> blocked = new ArrayList<>();
        for (AgentState a : last.agents()) {
            if (a.status() != AgentState.Status.BLOCKED || !Double.isInfinite(a.waiting().deadline())) {
                continue;
            }
            blocked.add(a);
            Event w = lastWait.get(a.index());
            String what = w != null && w.access() != null ? "waits on " + Wording.element(w.access()) : "waits";
            var pos = w != null ? w.pos() : a.waiting().pos();
            sites.add(new Site(a.index(), a.name(), pos, what));
            waits.add(a.name() + " " + what + " at " + Wording.at(pos, mainFile));
        }
        StringBuilder s = new StringBuilder("Deadlock: ").append(Wording.list(waits))
            .append(", and nobody is left to notify ").append(blocked.size() == 1 ? "it." : "them.");
        List<String> unstarted = new ArrayList<>();
        for (AgentState a : last.agents()) {
            if (a.index() > 0 && a.status() == AgentState.Status.UNSTARTED) {
                Event c = creation.get(a.index());
                sites.add(new Site(a.index(), a.name(), c == null ? null : c.pos(), "was created but never started"));
                unstarted.add(a.name() + " was created" + (c == null ? "" : " at " + Wording.at(c.pos(), mainFile))
                    + " but never started");
            }
        }
        int limit = last.program().workerLimit;
        if (!unstarted.isEmpty()) {
            s.append(' ').append(Wording.list(unstarted));
            if (limit >= 0) {
                s.append(": the page allows ").append(limit).append(limit == 1 ? " worker" : " workers")
                    .append(" (@workers ").append(limit).append(")");
            }
            s.append(". Start the agents that others depend on first, or keep the number of workers within the limit.");
        } else if (cycle(blocked)) {
            s.append(" Each waits on a location another of them changed last, as when each holds a lock the other "
                + "needs: take locks in one global order (every agent takes ").append(order(blocked))
                .append("), so that no cycle can form.");
        } else {
            s.append(" Check that every Atomics.wait has an Atomics.notify on the same element that still comes "
                + "after it, and that the value it waits on is changed before the notify.");
        }
        return new Finding(Finding.Kind.DEADLOCK, s.toString(), sites, model, List.of());
    }

    /**
     * Messages posted to a worker the limit never started: they are never delivered, so whoever waits
     * for its answer (an onmessage handler) waits for a message that cannot come.
     */
    private Finding undelivered(Machine last, String mainFile, String model) {
        List<Site> sites = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (AgentState a : last.agents()) {
            if (a.index() > 0 && a.status() == AgentState.Status.UNSTARTED && !a.tasks().isEmpty()) {
                Event c = creation.get(a.index());
                sites.add(new Site(a.index(), a.name(), c == null ? null : c.pos(), "was created but never started"));
                int n = a.tasks().size();
                parts.add(a.name() + " (created" + (c == null ? "" : " at " + Wording.at(c.pos(), mainFile)) + ") never started, so "
                    + (n == 1 ? "the message" : "the " + n + " messages") + " posted to it " + (n == 1 ? "was" : "were")
                    + " never delivered");
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        int limit = last.program().workerLimit;
        String s = "Deadlock: " + Wording.list(parts) + (limit >= 0 ? " (the page allows " + limit
            + (limit == 1 ? " worker" : " workers") + ", @workers " + limit + ")" : "")
            + "; an agent waiting for its answer waits for a message that cannot come. Start the agents that others "
            + "depend on first, or keep the number of workers within the limit (a fixed pool taking jobs from a queue).";
        return new Finding(Finding.Kind.DEADLOCK, s, sites, model, List.of());
    }

    private boolean cycle(List<AgentState> blocked) {
        if (blocked.size() < 2) {
            return false;
        }
        for (AgentState a : blocked) {
            Integer holder = lastWriter.get(((long) a.waiting().block() << 32) | a.waiting().byteIndex());
            if (holder == null || holder == a.index()
                || blocked.stream().noneMatch(b -> b.index() == holder)) {
                return false;
            }
        }
        return true;
    }

    /** "ia[0] before ia[1]": the waited-on elements in memory order. */
    private String order(List<AgentState> blocked) {
        List<Event> waits = new ArrayList<>();
        for (AgentState a : blocked) {
            Event w = lastWait.get(a.index());
            if (w != null && w.access() != null && waits.stream().noneMatch(x -> same(x, w))) {
                waits.add(w);
            }
        }
        waits.sort(Comparator.comparingInt((Event w) -> w.access().block()).thenComparingInt(w -> w.access().byteIndex()));
        List<String> names = waits.stream().map(w -> Wording.element(w.access())).toList();
        return String.join(" before ", names);
    }

    private static boolean same(Event x, Event y) {
        return x.access().block() == y.access().block() && x.access().byteIndex() == y.access().byteIndex();
    }
}
