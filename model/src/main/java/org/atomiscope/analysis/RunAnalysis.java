package org.atomiscope.analysis;

import java.util.ArrayList;
import java.util.List;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.scenario.HostKind;

/**
 * The findings of one execution, complete or a prefix: data races, lost updates, a deadlock at its
 * end, and what the main thread should not do. One pass over the events, a few hash look-ups per
 * byte accessed, so 100,000 events take a fraction of a second; {@link Tracker} takes the events one
 * at a time, for a view that follows a growing run.
 *
 * <p>Accesses to a buffer only one agent can reach ({@link Event.Access#local()}) are skipped: nobody
 * else can race with them. A store-buffer flush (a MEMORY event under TSO) is not an access of its
 * own; the WRITE is. Livelocks need the explorer's state graph: see {@link ScenarioAnalysis}.
 */
public final class RunAnalysis {
    private RunAnalysis() {}

    /**
     * The findings of the events of one execution.
     *
     * @param last   the machine after the events, or null; a deadlock is reported only when it is terminal
     * @param events the events in step order
     */
    public static List<Finding> of(Machine last, List<Event> events) {
        Tracker t = new Tracker(last == null ? null : last.program().source.mainFile());
        for (Event e : events) {
            t.add(e);
        }
        return t.findings(last);
    }

    /** The analysis fed one event at a time; {@link #findings} may be asked for at any point. */
    public static final class Tracker {
        private final String mainFile;
        private final HappensBefore hb = new HappensBefore();
        private final Races races = new Races();
        private final LostUpdates lost = new LostUpdates();
        private final MainThread main = new MainThread();
        private final Deadlocks deadlocks = new Deadlocks();

        /** @param mainFile the scenario's main file, whose positions are written without a file name (may be null) */
        public Tracker(String mainFile) {
            this.mainFile = mainFile;
        }

        public void add(Event e) {
            int epoch = hb.add(e);
            main.event(e);
            deadlocks.event(e);
            Event.Access a = e.access();
            if (a == null || a.local() || e.agent() < 0) {
                return;
            }
            switch (e.kind()) {
                case READ, WRITE, RMW, WAIT -> {
                    races.access(e, epoch, hb);
                    lost.access(e);
                }
                default -> { }
            }
        }

        /** The findings so far; {@code last} (the machine after the events added, or null) for the deadlock. */
        public List<Finding> findings(Machine last) {
            String model = last == null ? null : last.program().model.id();
            boolean browser = last == null || last.program().host == HostKind.BROWSER;
            List<Finding> out = new ArrayList<>();
            Finding deadlock = deadlocks.finding(last, mainFile, model);
            if (deadlock != null) {
                out.add(deadlock);
            }
            out.addAll(races.findings(mainFile, model));
            out.addAll(lost.findings(mainFile, model));
            out.addAll(main.findings(mainFile, model, browser));
            return out;
        }
    }
}
