package org.atomiscope.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atomiscope.explore.Explorer;
import org.atomiscope.lang.Pos;
import org.atomiscope.machine.AgentState;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.vm.Request;

/**
 * Livelocks, from an exploration: an outcome {@code [livelock: a]} is a region of states the
 * agents named can only go round in (a spin loop whose exit can no longer happen). Its witness
 * leads into that region; replayed, it shows where each spinning agent is poised.
 */
final class Livelocks {
    private Livelocks() {}

    static List<Finding> of(Program program, Explorer.Result explored) {
        List<Finding> out = new ArrayList<>();
        MemoryModel model = program.model;
        String mainFile = program.source.mainFile();
        for (Explorer.Found f : explored.outcomes()) {
            List<String> spinning = f.outcome().livelocked();
            if (spinning.isEmpty()) {
                continue;
            }
            Machine m = Machine.initial(program);
            Map<Integer, Event> lastEvent = new HashMap<>();
            for (Choice c : f.witness()) {
                var step = m.take(c);
                for (Event e : step.events()) {
                    if (e.pos() != null) {
                        lastEvent.put(e.agent(), e);
                    }
                }
                m = step.machine();
            }
            List<Site> sites = new ArrayList<>();
            List<String> where = new ArrayList<>();
            boolean plainRead = false;
            for (AgentState a : m.agents()) {
                if (!spinning.contains(a.name())) {
                    continue;
                }
                Pos pos = a.nextPos();
                String what = "keeps running";
                if (a.pending() != null) {
                    what = "spins at " + a.pending().label();
                    plainRead |= a.pending() instanceof Request.Read r && !r.seqCst();
                } else if (lastEvent.containsKey(a.index())) {
                    pos = lastEvent.get(a.index()).pos();
                }
                sites.add(new Site(a.index(), a.name(), pos, what));
                where.add(a.name() + " " + what + " (" + Wording.at(pos, mainFile) + ")");
            }
            String sentence = "Livelock under " + model.shortName() + ": " + Wording.list(where)
                + ", forever: what " + (where.size() == 1 ? "it waits" : "they wait")
                + " for can no longer happen. "
                + (plainRead
                    ? "A plain read in a loop need not ever see another agent's write: read the flag with Atomics.load, "
                        + "and write it with Atomics.store."
                    : "Check that some agent still changes what the loop waits for; to wait without spinning, use "
                        + "Atomics.wait and Atomics.notify.");
            out.add(new Finding(Finding.Kind.LIVELOCK, sentence, sites, model.id(), f.witness()));
        }
        return out;
    }
}
