package org.atomiscope.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.atomiscope.machine.Event;
import org.atomiscope.vm.builtins.AtomicsBuiltins;

/**
 * What the main agent should not do in a browser: block in Atomics.wait (the host denies it and the
 * call throws) or spin on a shared location waiting for another agent (the page freezes meanwhile).
 */
final class MainThread {
    /** Equal reads of one location in a row, with no other shared access by main between, that make a spin. */
    static final int SPIN_READS = 50;


    /** Reads of a location in the current run of equal reads, and the most seen in a row. */
    private static final class Spin {
        final long key;
        long run;
        long peak;
        Event at;
        Event last;

        Spin(long key) {
            this.key = key;
        }
    }

    /** The location main is reading over and over now, if it is. */
    private Spin current;

    private final Map<Long, Spin> spins = new LinkedHashMap<>();
    private final Map<String, Event> deniedWaits = new LinkedHashMap<>();

    void event(Event e) {
        if (e.agent() != 0) {
            return;
        }
        if (e.kind() == Event.Kind.WARNING && e.text().startsWith(AtomicsBuiltins.DENIED_WAIT)) {
            deniedWaits.putIfAbsent(String.valueOf(e.pos()), e);
            return;
        }
        Event.Access a = e.access();
        if (a == null || a.local()) {
            return;
        }
        long key = ((long) a.block() << 36) | ((long) a.byteIndex() << 4) | a.byteSize();
        // A spin does nothing else with shared memory: the same read, at the same place in the code,
        // finding the same value, again and again. Any other access by main (a write, another
        // location, another value) ends the run, so a loop that also counts, or sums what it reads
        // while updating something, is no spin.
        boolean same = e.kind() == Event.Kind.READ && current != null && current.key == key
            && Objects.equals(current.last.pos(), e.pos()) && Double.compare(current.last.access().value(), a.value()) == 0;
        if (same) {
            current.run++;
            current.last = e;
        } else if (e.kind() == Event.Kind.READ) {
            current = spins.computeIfAbsent(key, k -> new Spin(k));
            current.run = 1;
            current.last = e;
        } else {
            current = null;
        }
        if (current != null && current.run > current.peak) {
            current.peak = current.run;
            current.at = e;
        }
    }

    List<Finding> findings(String mainFile, String model, boolean browser) {
        List<Finding> out = new ArrayList<>();
        for (Event e : deniedWaits.values()) {
            String at = Wording.at(e.pos(), mainFile);
            out.add(new Finding(Finding.Kind.MAIN_THREAD_WAIT, e.agentName() + " calls Atomics.wait at " + at
                + ", but a browser does not let its main thread block: ECMA-262 lets the host deny waiting to an agent "
                + "([[CanBlock]] false), browsers do so on the main thread, where waiting would freeze the page, and the "
                + "call throws a TypeError. Do the waiting in a worker (a \"master worker\") that tells main by "
                + "postMessage when it is done.",
                List.of(new Site(e.agent(), e.agentName(), e.pos(), "calls Atomics.wait")), model, List.of()));
        }
        Map<String, Boolean> reported = new HashMap<>();
        for (Spin s : spins.values()) {
            if (s.peak < SPIN_READS || reported.put(String.valueOf(s.at.pos()), true) != null) {
                continue;
            }
            Event e = s.at;
            String el = Wording.element(e.access());
            String sentence = e.agentName() + " reads " + el + " " + Wording.times(s.peak) + " in a row at "
                + Wording.at(e.pos(), mainFile) + " without writing it: it spins, waiting for another agent to change it. "
                + (browser
                    ? "In a browser the page cannot draw or respond while the main thread spins; let a worker "
                        + "(a \"master worker\") do the waiting and tell main by postMessage."
                    : "Spinning burns a core while it waits; Atomics.wait sleeps until another agent's Atomics.notify.");
            out.add(new Finding(Finding.Kind.MAIN_THREAD_SPIN, sentence,
                List.of(new Site(e.agent(), e.agentName(), e.pos(), "reads " + el + " " + Wording.times(s.peak))),
                model, List.of()));
        }
        return out;
    }
}
