package org.atomiscope.app.timeline;

import java.util.Arrays;
import java.util.List;
import org.atomiscope.machine.AgentState;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.stepper.History;
import org.atomiscope.stepper.Relations;

/**
 * What the timeline keeps of one run, in flat arrays a frame can read without making objects: each
 * event's lane, step, label and the room its mark asks for, the arrows between events
 * ({@link Relations}), and the blocked intervals. It follows a {@link History} incrementally:
 * {@link #sync} appends the steps recorded since the last call and starts over only when the run
 * forked (a different choice after a step back) or a new history replaced it.
 *
 * <p>An event's room, in axis units ({@link #weight}), follows its label's length; minor events
 * (start, idle, warnings, timers) are unlabelled dots with little room, and host events (messages,
 * new agents, console lines, wake-ups) get the room of their abbreviation ("new", "log"): their full
 * label shows only where the memory accesses around them leave room, since the lesson is in the
 * accesses. {@link JointAxis} places the rooms along the axis. Labels are made as events arrive
 * (the layout needs their lengths) and kept.
 */
public final class RunTrack {
    /** A step's events on one lane take at most this many units; more are squeezed (a loop of local writes). */
    static final float MAX_STEP_UNITS = 10f;
    private static final float MINOR_WEIGHT = 0.4f;
    /** Host events take at least this much room: a box, or their abbreviation. */
    private static final float HOST_WEIGHT = 0.8f;
    /** Label characters per axis unit: a label of seven characters asks for a unit of room. */
    private static final float CHARS_PER_UNIT = 7f;
    private static final int MAX_LABEL = 36;

    /** How a mark is drawn. */
    static final byte MINOR = 0;
    static final byte ATOMIC = 1;
    static final byte PLAIN = 2;
    static final byte CONSOLE = 3;
    static final byte ERROR = 4;

    private History history;
    private int generation;
    private int steps;
    private Choice lastChoice;
    private int n;
    private Event[] events = new Event[64];
    private int[] lane = new int[64];
    private int[] agent = new int[64];
    private int[] stepOf = new int[64];
    private int[] nextOnLane = new int[64];
    private byte[] style = new byte[64];
    private String[] labels = new String[64];
    /** A host event's abbreviation ("new", "post", "log"), shown when its full label does not fit; else null. */
    private String[] abbreviations = new String[64];
    private float[] weights = new float[64];
    /** stepFirst[s]: index of run step s's first event (s from 1); stepFirst[steps + 1] == n. */
    private int[] stepFirst = new int[64];
    /** Whether all of run step s's events are on one lane (then their marks run left to right in order). */
    private boolean[] stepOneLane = new boolean[64];
    private Relations.Tracker relations = new Relations.Tracker();

    /** Blocked intervals: from a WAIT that slept to the WOKEN / TIMED_OUT that ended it (-1: still asleep). */
    private int waits;
    private int[] waitFrom = new int[8];
    private int[] waitTo = new int[8];
    private int[] pendingWait = new int[8];
    private int[] lastOnLane = new int[8];

    private String[] agentNames = new String[0];
    private boolean[] blockedAtEnd = new boolean[0];
    private boolean memoryLane;

    /** Brings the track up to date with {@code h}; true if anything changed. */
    public boolean sync(History h) {
        boolean fresh = h != history || h.length() < steps || steps > 0 && h.choiceAt(steps) != lastChoice;
        if (!fresh && h.length() == steps) {
            return false;
        }
        if (fresh) {
            reset(h);
        }
        List<Event> all = h.allEvents();
        for (int s = steps + 1; s <= h.length(); s++) {
            appendStep(all, h.eventsBefore(s), h.eventsBefore(s + 1));
        }
        lastChoice = steps > 0 ? h.choiceAt(steps) : null;
        Machine last = h.machineAt(h.length());
        List<AgentState> agents = last.agents();
        agentNames = new String[agents.size()];
        blockedAtEnd = new boolean[agents.size()];
        for (int a = 0; a < agents.size(); a++) {
            agentNames[a] = agents.get(a).name();
            blockedAtEnd[a] = agents.get(a).status() == AgentState.Status.BLOCKED;
        }
        return true;
    }

    private void reset(History h) {
        history = h;
        generation++;
        steps = 0;
        n = 0;
        waits = 0;
        memoryLane = false;
        relations = new Relations.Tracker();
        Arrays.fill(labels, null);
        Arrays.fill(abbreviations, null);
        Arrays.fill(events, null);
        Arrays.fill(pendingWait, -1);
        Arrays.fill(lastOnLane, -1);
    }

    private void appendStep(List<Event> all, int from, int to) {
        int s = ++steps;
        ensureEvents(n + (to - from));
        if (s + 2 > stepFirst.length) {
            stepFirst = Arrays.copyOf(stepFirst, (s + 2) * 2);
            stepOneLane = Arrays.copyOf(stepOneLane, (s + 2) * 2);
        }
        stepFirst[s] = n;
        boolean oneLane = true;
        int firstLane = from < to ? laneKey(all.get(from)) : 0;
        for (int i = from; i < to; i++) {
            Event e = all.get(i);
            int k = laneKey(e);
            ensureLanes(k + 1);
            oneLane &= k == firstLane;
            int index = n++;
            labels[index] = shortLabel(e);
            abbreviations[index] = abbreviation(e);
            weights[index] = weight(e, labels[index], abbreviations[index]);
            events[index] = e;
            lane[index] = e.kind() == Event.Kind.MEMORY ? -1 : e.agent();
            agent[index] = e.agent();
            stepOf[index] = s;
            style[index] = styleOf(e);
            nextOnLane[index] = -1;
            if (lastOnLane[k] >= 0) {
                nextOnLane[lastOnLane[k]] = index;
            }
            lastOnLane[k] = index;
            memoryLane |= e.kind() == Event.Kind.MEMORY;
            relations.add(e);
            trackWaits(e, index);
        }
        stepOneLane[s] = oneLane;
        stepFirst[s + 1] = n;
    }

    private void trackWaits(Event e, int index) {
        if (e.kind() == Event.Kind.MEMORY || e.agent() < 0) {
            return;
        }
        int a = e.agent();
        if (a >= pendingWait.length) {
            int old = pendingWait.length;
            pendingWait = Arrays.copyOf(pendingWait, Math.max(a + 1, old * 2));
            Arrays.fill(pendingWait, old, pendingWait.length, -1);
        }
        int wait = pendingWait[a];
        if (wait >= 0 && (e.kind() == Event.Kind.WOKEN || e.kind() == Event.Kind.TIMED_OUT)) {
            addWait(wait, index);
        }
        // Only a WAIT that is its agent's last event before a wake-up slept; one that returned at once
        // ("not-equal", "timed-out") is followed by the agent's next events instead.
        pendingWait[a] = e.kind() == Event.Kind.WAIT ? index : -1;
    }

    private void addWait(int from, int to) {
        if (waits == waitFrom.length) {
            waitFrom = Arrays.copyOf(waitFrom, waits * 2);
            waitTo = Arrays.copyOf(waitTo, waits * 2);
        }
        waitFrom[waits] = from;
        waitTo[waits] = to;
        waits++;
    }

    private static int laneKey(Event e) {
        return e.kind() == Event.Kind.MEMORY ? 0 : e.agent() + 1;
    }

    /** The room an event's mark asks for: its label (or a host event's abbreviation) and a little either side. */
    private static float weight(Event e, String label, String abbreviation) {
        return switch (e.kind()) {
            case START, IDLE, WARNING, TIMER -> MINOR_WEIGHT;
            default -> abbreviation != null ? Math.max(HOST_WEIGHT, (abbreviation.length() + 3) / CHARS_PER_UNIT)
                : Math.max(1f, (label.length() + 3) / CHARS_PER_UNIT);
        };
    }

    /**
     * What a host event's mark says when its full label does not fit: the kind of event alone, the
     * rest is in the status line and the arrows. Memory accesses have none: their value is the point.
     */
    static String abbreviation(Event e) {
        String text = e.text();
        return switch (e.kind()) {
            case CONSOLE -> "log";
            case SEND -> text.startsWith("creates agent ") ? "new" : text.startsWith("posts a message to ") ? "post" : null;
            case RECEIVE -> "msg";
            case WOKEN -> "woken";
            case TIMED_OUT -> "timeout";
            default -> null;
        };
    }

    /**
     * A mark's text: the event's own for memory accesses ("read ia[42] → 191"), shortened for host
     * events whose full sentence the status line shows ("new writer", "post → main", "woken: \"ok\"").
     */
    static String shortLabel(Event e) {
        String text = e.text();
        String l = switch (e.kind()) {
            case CONSOLE -> "log " + text;
            case SEND -> text.startsWith("creates agent ") ? "new " + text.substring(14)
                : text.startsWith("posts a message to ") ? "post → " + text.substring(19) : text;
            case RECEIVE -> text.startsWith("receives a message from ") ? "message ← " + text.substring(24) : text;
            case WOKEN -> text.startsWith("resumes: Atomics.wait returned ") ? "woken: " + text.substring(31) : text;
            case TIMED_OUT -> "timed out";
            case NOTIFY -> text.contains(" (wakes ") ? text.substring(0, text.indexOf(" (wakes ")) : text;
            default -> text;
        };
        return l.length() > MAX_LABEL ? l.substring(0, MAX_LABEL - 1) + "…" : l;
    }

    private static byte styleOf(Event e) {
        return switch (e.kind()) {
            case START, IDLE, WARNING, TIMER -> MINOR;
            case CONSOLE -> CONSOLE;
            case THREW, HUNG -> ERROR;
            case WAIT, WOKEN, TIMED_OUT, NOTIFY, SEND, RECEIVE, RMW -> ATOMIC;
            default -> e.access() != null && e.access().atomic() ? ATOMIC : PLAIN;
        };
    }

    private void ensureEvents(int size) {
        if (size <= events.length) {
            return;
        }
        int cap = Math.max(size, events.length * 2);
        events = Arrays.copyOf(events, cap);
        lane = Arrays.copyOf(lane, cap);
        agent = Arrays.copyOf(agent, cap);
        stepOf = Arrays.copyOf(stepOf, cap);
        nextOnLane = Arrays.copyOf(nextOnLane, cap);
        style = Arrays.copyOf(style, cap);
        labels = Arrays.copyOf(labels, cap);
        abbreviations = Arrays.copyOf(abbreviations, cap);
        weights = Arrays.copyOf(weights, cap);
    }

    private void ensureLanes(int size) {
        if (size > lastOnLane.length) {
            int old = lastOnLane.length;
            lastOnLane = Arrays.copyOf(lastOnLane, Math.max(size, old * 2));
            Arrays.fill(lastOnLane, old, lastOnLane.length, -1);
        }
    }

    // ------------------------------------------------------------------ reading

    /** Changes whenever the track starts over, so caches built on it know to start over too. */
    public int generation() {
        return generation;
    }

    public History history() {
        return history;
    }

    /** Steps recorded (including those after the history's cursor). */
    public int steps() {
        return steps;
    }

    public int eventCount() {
        return n;
    }

    public Event event(int i) {
        return events[i];
    }

    /** The first event of run step {@code s} (1-based); {@code s = steps() + 1} gives the event count. */
    public int stepFirst(int s) {
        return s <= 1 ? 0 : s > steps ? n : stepFirst[s];
    }

    /** Whether run step {@code s}'s events are all on one lane: their marks' places then grow with their index. */
    boolean oneLane(int s) {
        return stepOneLane[s];
    }


    public int stepOf(int i) {
        return stepOf[i];
    }

    /** The agent an event belongs to (for a flush, the agent whose store it is): its colour. */
    int agent(int i) {
        return agent[i];
    }

    /** The lane an event is drawn on: its agent's, or the memory lane after the agents'. */
    public int lane(int i) {
        return lane[i] < 0 ? agentNames.length : lane[i];
    }

    public int laneCount() {
        return agentNames.length + (memoryLane ? 1 : 0);
    }

    public String laneName(int l) {
        return l < agentNames.length ? agentNames[l] : "memory";
    }

    /** The agent whose colour a lane is drawn in; -1 for the memory lane. */
    public int laneAgent(int l) {
        return l < agentNames.length ? l : -1;
    }

    /** The room event i's mark asks for along the axis, in units (a label of seven characters: one unit). */
    float weight(int i) {
        return weights[i];
    }

    /**
     * Event i's lane as a number that stays put while agents are created: 0 for memory's flushes,
     * agent + 1 for an agent's ({@link #lane} puts memory's lane after the agents').
     */
    int laneKey(int i) {
        return lane[i] + 1;
    }

    /**
     * Whose label wins when two neighbours cannot both show theirs: memory accesses, waits, notifies,
     * flushes and errors (2) over messages, wake-ups and console lines (1).
     */
    int priority(int i) {
        return switch (style[i]) {
            case MINOR -> 0;
            case CONSOLE -> 1;
            default -> switch (events[i].kind()) {
                case SEND, RECEIVE, WOKEN, TIMED_OUT -> 1;
                default -> 2;
            };
        };
    }

    /** The next event on the same lane, or -1. */
    int nextOnLane(int i) {
        return nextOnLane[i];
    }

    byte style(int i) {
        return style[i];
    }

    /** The mark's short text. */
    public String label(int i) {
        return labels[i];
    }

    /** A host event's abbreviated label, or null (memory accesses and minor events have none). */
    String abbreviation(int i) {
        return abbreviations[i];
    }

    /** The arrows between this run's events, ordered by target. */
    public List<Relations.Arrow> arrows() {
        return relations.arrows();
    }

    int waitCount() {
        return waits;
    }

    int waitFrom(int k) {
        return waitFrom[k];
    }

    int waitTo(int k) {
        return waitTo[k];
    }

    /** The WAIT of an agent still asleep at the end of the recorded run, or -1. */
    int openWait(int agent) {
        return agent < pendingWait.length && agent < blockedAtEnd.length && blockedAtEnd[agent] ? pendingWait[agent] : -1;
    }

    int agentCount() {
        return agentNames.length;
    }
}
