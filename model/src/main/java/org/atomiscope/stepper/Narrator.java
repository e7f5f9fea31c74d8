package org.atomiscope.stepper;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atomiscope.js.JsNumbers;
import org.atomiscope.machine.AgentState;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.memory.Memory;
import org.atomiscope.vm.Request;

/**
 * A step told in plain language, for students: "reader read ia[42] = 191: the write of 314159 is not
 * yet visible to it, since nothing synchronizes reader with writer." One sentence says what the step
 * did (its first shared-memory or host event); a second, "Then it …", what the agent did before it
 * stopped at its next visible event (printed, created agents, posted messages, finished).
 *
 * <p>It reads only what the step recorded: the events and their {@link Event#access() facts}, the
 * choice's label (where a memory model explains a read, "→ 191 (stale: …)") and the machines on
 * either side (a store buffer shows as a memory transition waiting for the agent). So it works for
 * every memory model without asking which one ran.
 */
public final class Narrator {
    /** Console lines quoted in one narration; a step that prints more says how many it left out. */
    static final int MAX_LINES = 3;
    /** Characters of one quoted console line. */
    static final int MAX_LINE_CHARS = 80;

    /** RelaxedModel's reason for a stale read (see RelaxedModel.optionLabel): reader, writer, newer value. */
    private static final Pattern STALE = Pattern.compile("\\(stale: nothing synchronizes (\\S+) with (.+) since it wrote (.+)\\)$");

    private Narrator() {
    }

    /** Before the first step. */
    public static String atStart(Machine m) {
        return "Nothing has run yet. Step to start " + m.agent(0).name() + ".";
    }

    /**
     * How a run that can go no further ended: every agent finished, a deadlock (agents asleep in
     * Atomics.wait with nobody left to notify them), agents that threw or never started.
     */
    public static String atEnd(Machine m) {
        List<String> blocked = m.blockedForever();
        List<String> threw = new ArrayList<>();
        List<String> hung = new ArrayList<>();
        List<String> unstarted = new ArrayList<>();
        for (AgentState a : m.agents()) {
            switch (a.status()) {
                case THREW -> threw.add(a.name());
                case HUNG -> hung.add(a.name());
                case UNSTARTED -> unstarted.add(a.name());
                default -> { }
            }
        }
        StringBuilder out = new StringBuilder();
        if (!blocked.isEmpty()) {
            out.append("Deadlock: ").append(list(blocked)).append(blocked.size() == 1 ? " waits" : " wait")
                .append(" in Atomics.wait and nobody is left to notify ").append(blocked.size() == 1 ? "it." : "them.");
        } else if (threw.isEmpty() && hung.isEmpty() && unstarted.isEmpty()) {
            return "Every agent has finished.";
        } else {
            out.append("The run is over.");
        }
        if (!threw.isEmpty()) {
            out.append(' ').append(list(threw)).append(" stopped with an error.");
        }
        if (!hung.isEmpty()) {
            out.append(' ').append(list(hung)).append(" ran too long without touching shared memory.");
        }
        if (!unstarted.isEmpty()) {
            out.append(' ').append(list(unstarted)).append(" never started")
                .append(" (the host's worker limit held ").append(unstarted.size() == 1 ? "it" : "them").append(" back).");
        }
        return out.toString();
    }

    /**
     * The last step of a history: its narration, {@link #atStart} at position 0. The end of a run is
     * not included: callers that want it add {@link #atEnd} when the current machine is terminal.
     */
    public static String lastStep(History h) {
        int p = h.position();
        if (p == 0) {
            return atStart(h.current());
        }
        return narrate(h.machineAt(p - 1), h.choiceAt(p), h.eventsOf(p), h.machineAt(p));
    }

    /** One or two sentences for the step that took {@code choice} from {@code before} to {@code after}. */
    public static String narrate(Machine before, Choice choice, List<Event> events, Machine after) {
        int first = 0;
        while (first < events.size() && !visible(events.get(first))) {
            first++;
        }
        if (first == events.size()) {
            return name(before, choice.agent()) + " took a step: " + choice.label() + ".";
        }
        String sentence = first(before, choice, events.get(first), after);
        // No list of the visible events: a step may hold a hundred thousand local writes (the primes),
        // and afterwards() passes over local accesses anyway.
        String rest = afterwards(events.subList(first + 1, events.size()), after);
        return rest.isEmpty() ? sentence : sentence + " Then it " + period(rest);
    }

    /** Whether another agent could see the event: all but accesses to a block only its creator can reach. */
    private static boolean visible(Event e) {
        return e.access() == null || !e.access().local();
    }

    // ------------------------------------------------------------------ what the step did

    private static String first(Machine before, Choice choice, Event e, Machine after) {
        String who = e.agentName();
        Event.Access a = e.access();
        return switch (e.kind()) {
            case START -> who + " started.";
            case READ -> read(before, choice, e, after);
            case WRITE -> write(before, e, after);
            case RMW -> who + ": " + callOf(e) + rmw(e);
            case WAIT -> who + ": " + waitSentence(before, e);
            case WOKEN -> who + " woke up: " + e.text().replaceFirst("^resumes: ", "") + ".";
            case TIMED_OUT -> who + "'s " + e.text() + " and returned \"timed-out\".";
            case NOTIFY -> who + ": " + callOf(e) + notified(after, e);
            case SEND -> who + " " + send(after, e) + ".";
            case RECEIVE -> who + " received a message from " + name(after, e.peers().isEmpty() ? -1 : e.peers().get(0))
                + " and ran its onmessage handler.";
            case TIMER -> who + "'s " + e.text().replace("fires", "fired") + " and its callback ran.";
            case CONSOLE -> who + " printed: " + clip(e.text());
            case MEMORY -> a == null ? who + ": " + e.text() + "." : who + "'s buffered store " + a.target() + "[" + a.index()
                + "] = " + num(a, a.stored()) + " reached memory (a store-buffer flush): other agents can now read it.";
            case IDLE -> who + " " + idle(after, e.agent()) + ".";
            case THREW -> who + " " + period(e.text());
            case HUNG -> who + " stopped: it " + period(e.text());
            case WARNING -> who + ": warning: " + period(e.text());
        };
    }

    private static String read(Machine before, Choice choice, Event e, Machine after) {
        Event.Access a = e.access();
        String who = e.agentName();
        String how = a.atomic() ? " with Atomics.load" : "";
        String s = who + " read " + a.target() + "[" + a.index() + "] = " + num(a, a.value()) + how;
        String label = choice.label();
        Matcher stale = STALE.matcher(label);
        if (stale.find()) {
            String writer = stale.group(2);
            String newer = stale.group(3);
            if (writer.startsWith("the ")) {
                return s + ": the newer value " + newer + " is not visible to it yet.";
            }
            return s + ": the write of " + newer + " is not yet visible to it, since nothing synchronizes "
                + stale.group(1) + " with " + writer + ".";
        }
        if (label.endsWith("(the newest write)")) {
            return s + ", the newest write.";
        }
        if (label.endsWith("(the initial value)")) {
            return s + ", the initial value.";
        }
        if (label.contains("(torn:")) {
            return s + ": a torn read, its bytes came from different writes (a plain Float64 read may tear).";
        }
        String buffered = bufferedElsewhere(before, e);
        return s + (buffered.isEmpty() ? "." : ": " + buffered);
    }

    /**
     * Under a store-buffer model a read may miss another agent's store that is still buffered: that
     * agent sees its own store, memory does not have it yet. Told when some agent with a pending
     * flush would read a different value here.
     */
    private static String bufferedElsewhere(Machine before, Event e) {
        Event.Access a = e.access();
        Memory mem = before.memory();
        for (Memory.Internal flush : mem.internalChoices()) {
            int other = flush.agent();
            if (other < 0 || other == e.agent() || other >= before.agents().size()) {
                continue;
            }
            double theirs = a.type().fromRaw(mem.peek(other, a.block(), a.type(), a.byteIndex()));
            if (!same(theirs, a.value())) {
                String o = before.agent(other).name();
                return o + "'s write of " + num(a, theirs) + " is still in " + o + "'s store buffer, so "
                    + e.agentName() + " cannot see it yet.";
            }
        }
        return "";
    }

    private static String write(Machine before, Event e, Machine after) {
        Event.Access a = e.access();
        String who = e.agentName();
        String s = who + " wrote " + num(a, a.stored()) + " to " + a.target() + "[" + a.index() + "]";
        if (a.atomic()) {
            return s + " with Atomics.store" + (drained(before, after, e.agent()) ? ", emptying its store buffer first." : ".");
        }
        if (hasBuffered(after, e.agent())) {
            return s + ". The store waits in " + who + "'s store buffer: other agents cannot see it until it reaches memory.";
        }
        return s + ".";
    }

    private static String rmw(Event e) {
        Event.Access a = e.access();
        String found = num(a, a.value());
        if (callOf(e).startsWith("Atomics.compareExchange") && same(a.value(), a.stored())) {
            return " found " + found + ", not the expected value, so it changed nothing (in one indivisible step).";
        }
        return " read " + found + " and stored " + num(a, a.stored()) + " in one indivisible step.";
    }

    private static String waitSentence(Machine before, Event e) {
        String call = callOf(e);
        Request pending = before.agent(e.agent()).pending();
        String where = pending instanceof Request.Wait w ? w.target() + "[" + w.index() + "]" : "that element";
        if (e.text().endsWith("\"not-equal\"")) {
            String expected = pending instanceof Request.Wait w ? " no longer held " + JsNumbers.toJsString(w.type().fromRaw(w.expected()))
                : " held another value";
            return call + " returned \"not-equal\" at once: " + where + expected + ", so it did not sleep.";
        }
        if (e.text().endsWith("\"timed-out\"")) {
            return call + " returned \"timed-out\" at once: its timeout is 0.";
        }
        return call + " sleeps until another agent notifies " + where + ".";
    }

    private static String notified(Machine after, Event e) {
        List<String> woken = new ArrayList<>();
        for (int w : e.peers()) {
            woken.add(name(after, w));
        }
        if (woken.isEmpty()) {
            return " woke nobody: no agent was waiting there.";
        }
        return " woke " + list(woken) + ".";
    }

    private static String send(Machine after, Event e) {
        String to = name(after, e.peers().isEmpty() ? -1 : e.peers().get(0));
        if (e.text().startsWith("creates agent")) {
            return "created agent " + to;
        }
        return "posted a message to " + to + "; " + to + " will receive it when its event loop runs";
    }

    // ------------------------------------------------------------------ what followed

    /**
     * What the agent did after the step's first event, in order, alike things together: "created
     * agents t1 and t2, printed "go" and finished".
     */
    private static String afterwards(List<Event> rest, Machine after) {
        List<String> phrases = new ArrayList<>();
        String group = null;
        List<String> items = new ArrayList<>();
        for (Event e : rest) {
            String kind;
            String item;
            switch (e.kind()) {
                case CONSOLE -> {
                    kind = "printed ";
                    item = e.text();
                }
                case SEND -> {
                    boolean creates = e.text().startsWith("creates agent");
                    kind = creates ? "created agent" : "posted a message to ";
                    item = name(after, e.peers().isEmpty() ? -1 : e.peers().get(0));
                }
                case IDLE -> {
                    kind = "";
                    item = idle(after, e.agent());
                }
                case THREW, HUNG -> {
                    kind = "";
                    item = e.kind() == Event.Kind.THREW ? e.text() : "stopped: it " + e.text();
                }
                default -> {
                    continue; // local accesses, warnings and the like: the other views show them
                }
            }
            if (!kind.equals(group) || kind.isEmpty()) {
                flush(group, items, phrases);
                group = kind;
            }
            items.add(item);
        }
        flush(group, items, phrases);
        return list(phrases);
    }

    private static void flush(String group, List<String> items, List<String> phrases) {
        if (items.isEmpty()) {
            return;
        }
        if (group.equals("printed ")) {
            phrases.add(group + quoted(items));
        } else if (group.equals("created agent")) {
            phrases.add(group + (items.size() == 1 ? " " : "s ") + list(items));
        } else {
            phrases.add(group + list(items));
        }
        items.clear();
    }

    /**
     * An agent whose event loop has nothing to run. It has finished unless a message is already
     * queued for it (a worker started after its creator posted to it).
     */
    private static String idle(Machine after, int agent) {
        boolean queued = agent >= 0 && agent < after.agents().size() && !after.agent(agent).tasks().isEmpty();
        return queued ? "went idle until its event loop delivers the message queued for it" : "finished";
    }

    private static String quoted(List<String> lines) {
        List<String> q = new ArrayList<>();
        for (int i = 0; i < Math.min(lines.size(), MAX_LINES); i++) {
            q.add("\"" + clip(lines.get(i)) + "\"");
        }
        if (lines.size() > MAX_LINES) {
            int more = lines.size() - MAX_LINES;
            q.add(more + " more line" + (more == 1 ? "" : "s"));
        }
        return list(q);
    }

    // ------------------------------------------------------------------ helpers

    /** The call an event's text starts with: "Atomics.add(ia, 0, 1)" of "Atomics.add(ia, 0, 1) → 4". */
    private static String callOf(Event e) {
        String t = e.text();
        int arrow = t.indexOf(" → ");
        int colon = t.indexOf("): ");
        int end = arrow >= 0 ? arrow : colon >= 0 ? colon + 1 : t.length();
        return t.substring(0, end);
    }

    private static boolean hasBuffered(Machine m, int agent) {
        for (Memory.Internal i : m.memory().internalChoices()) {
            if (i.agent() == agent) {
                return true;
            }
        }
        return false;
    }

    /** A locked instruction (Atomics.store under TSO) empties the agent's store buffer. */
    private static boolean drained(Machine before, Machine after, int agent) {
        return hasBuffered(before, agent) && !hasBuffered(after, agent);
    }

    private static String name(Machine m, int agent) {
        return agent >= 0 && agent < m.agents().size() ? m.agent(agent).name() : "another agent";
    }

    private static String num(Event.Access a, double v) {
        if (a.type().isBigInt() && !Double.isNaN(v)) {
            return (long) v + "n";
        }
        return JsNumbers.toJsString(v);
    }

    private static boolean same(double x, double y) {
        return Double.compare(x, y) == 0 || x == y;
    }

    /** Ends a sentence with a full stop unless its text already has one. */
    private static String period(String s) {
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
    }

    private static String clip(String line) {
        return line.length() <= MAX_LINE_CHARS ? line : line.substring(0, MAX_LINE_CHARS - 1) + "…";
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
