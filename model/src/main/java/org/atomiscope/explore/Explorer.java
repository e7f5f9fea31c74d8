package org.atomiscope.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.machine.Run;
import org.atomiscope.scenario.Outcome;

/**
 * Explores every reachable execution of a program under its memory model: a depth-first search
 * over {@link Machine#choices()} that recognises equal states, so spin loops and wait/notify
 * explore to completion. Each terminal state contributes its outcome(s); a region of states from
 * which no terminal state can be reached (agents that can only spin) is an outcome of its own,
 * {@code [livelock: a]}. Every outcome keeps a witness: the schedule that first reached it.
 */
public final class Explorer {
    /** States explored before stopping, unless told otherwise. */
    public static final long DEFAULT_MAX_STATES = 200_000;

    /** Told every {@value #PROGRESS_EVERY} states. */
    public interface Progress {
        void explored(long states, long transitions);
    }

    public static final int PROGRESS_EVERY = 10_000;

    /** An outcome, how many terminal states (or livelock regions) reach it, and a schedule that does. */
    public record Found(Outcome outcome, long count, List<Choice> witness) {}

    public record Result(String model, List<Found> outcomes, long states, long transitions, boolean complete,
                         String stopReason) {
        public Found find(String outcomeLine) {
            for (Found f : outcomes) {
                if (f.outcome().toString().equals(outcomeLine)) {
                    return f;
                }
            }
            return null;
        }
    }

    private final List<Machine> states = new ArrayList<>();
    private final Map<Integer, Object> index = new HashMap<>();
    private final IntList parent = new IntList();
    private final List<Choice> parentChoice = new ArrayList<>();
    private final List<IntList> successors = new ArrayList<>();
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
    private final Map<String, Integer> witnessState = new HashMap<>();
    private final List<Integer> terminals = new ArrayList<>();
    private long transitions;

    private Explorer() {}

    public static Result explore(Program program, long maxStates, Progress progress) {
        return new Explorer().run(Machine.initial(program), maxStates, progress);
    }

    /**
     * Explores every execution that continues from {@code start}, a state some steps into a run: the
     * outcomes reachable from there, each witness a schedule that starts at {@code start}.
     */
    public static Result exploreFrom(Machine start, long maxStates, Progress progress) {
        return new Explorer().run(start, maxStates, progress);
    }

    private Result run(Machine start, long maxStates, Progress progress) {
        Program program = start.program();
        add(start, -1, null);
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(0, start.choices()));
        if (stack.peek().choices.isEmpty()) {
            terminal(0);
        }
        boolean complete = true;
        String stop = null;
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            if (top.next == top.choices.size()) {
                stack.pop();
                continue;
            }
            Choice c = top.choices.get(top.next++);
            Machine next = states.get(top.id).take(c).machine();
            transitions++;
            int id = find(next);
            if (id >= 0) {
                successors.get(top.id).add(id);
                continue;
            }
            if (states.size() >= maxStates) {
                complete = false;
                stop = "stopped at the state limit of " + maxStates + " states (raise it with --max-states)";
                break;
            }
            id = add(next, top.id, c);
            successors.get(top.id).add(id);
            if (progress != null && states.size() % PROGRESS_EVERY == 0) {
                progress.explored(states.size(), transitions);
            }
            List<Choice> choices = next.choices();
            if (choices.isEmpty()) {
                terminal(id);
            } else {
                stack.push(new Frame(id, choices));
            }
        }
        if (complete) {
            livelocks();
        }
        List<Found> found = new ArrayList<>();
        for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
            found.add(new Found(e.getValue(), counts.get(e.getKey())[0], path(witnessState.get(e.getKey()))));
        }
        return new Result(program.model.id(), List.copyOf(found), states.size(), transitions, complete, stop);
    }

    private static final class Frame {
        final int id;
        final List<Choice> choices;
        int next;

        Frame(int id, List<Choice> choices) {
            this.id = id;
            this.choices = choices;
        }
    }

    private int add(Machine m, int from, Choice via) {
        int id = states.size();
        states.add(m);
        parent.add(from);
        parentChoice.add(via);
        successors.add(new IntList());
        int h = m.stateHash();
        Object bucket = index.get(h);
        if (bucket == null) {
            index.put(h, id);
        } else if (bucket instanceof Integer one) {
            IntList l = new IntList();
            l.add(one);
            l.add(id);
            index.put(h, l);
        } else {
            ((IntList) bucket).add(id);
        }
        return id;
    }

    private int find(Machine m) {
        Object bucket = index.get(m.stateHash());
        if (bucket instanceof Integer one) {
            return states.get(one).sameState(m) ? one : -1;
        }
        if (bucket instanceof IntList l) {
            for (int i = 0; i < l.size; i++) {
                if (states.get(l.items[i]).sameState(m)) {
                    return l.items[i];
                }
            }
        }
        return -1;
    }

    private void terminal(int id) {
        terminals.add(id);
        for (Outcome o : Run.outcomes(states.get(id), false)) {
            record(o, id);
        }
    }

    private void record(Outcome o, int id) {
        String key = o.toString();
        long[] n = counts.computeIfAbsent(key, k -> new long[1]);
        if (n[0]++ == 0) {
            outcomes.put(key, o);
            witnessState.put(key, id);
        }
    }

    private List<Choice> path(int id) {
        ArrayList<Choice> p = new ArrayList<>();
        for (int s = id; s > 0; s = parent.items[s]) {
            p.add(parentChoice.get(s));
        }
        java.util.Collections.reverse(p);
        return List.copyOf(p);
    }

    /**
     * States from which no terminal state is reachable can only run forever. Each bottom strongly
     * connected component of them (no way out) is one livelock; its outcome names the agents that
     * still have steps there.
     */
    private void livelocks() {
        int n = states.size();
        boolean[] reaches = new boolean[n];
        IntList[] preds = new IntList[n];
        for (int s = 0; s < n; s++) {
            IntList succ = successors.get(s);
            for (int i = 0; i < succ.size; i++) {
                int t = succ.items[i];
                if (preds[t] == null) {
                    preds[t] = new IntList();
                }
                preds[t].add(s);
            }
        }
        ArrayDeque<Integer> work = new ArrayDeque<>();
        for (int t : terminals) {
            reaches[t] = true;
            work.add(t);
        }
        while (!work.isEmpty()) {
            int t = work.poll();
            if (preds[t] != null) {
                for (int i = 0; i < preds[t].size; i++) {
                    int s = preds[t].items[i];
                    if (!reaches[s]) {
                        reaches[s] = true;
                        work.add(s);
                    }
                }
            }
        }
        int[] comp = Scc.components(n, successors, reaches);
        boolean[] hasExit = new boolean[n];
        for (int s = 0; s < n; s++) {
            if (reaches[s]) {
                continue;
            }
            IntList succ = successors.get(s);
            for (int i = 0; i < succ.size; i++) {
                if (comp[succ.items[i]] != comp[s]) {
                    hasExit[comp[s]] = true;
                }
            }
        }
        boolean[] reported = new boolean[n];
        for (int s = 0; s < n; s++) {
            if (reaches[s] || hasExit[comp[s]] || reported[comp[s]]) {
                continue;
            }
            reported[comp[s]] = true;
            record(livelockOutcome(states.get(s)), s);
        }
    }

    private static Outcome livelockOutcome(Machine m) {
        Outcome base = Run.outcomes(m, false).get(0);
        Outcome.Builder b = Outcome.builder();
        for (Outcome.AgentLines a : base.agents()) {
            b.agent(a.agent(), a.lines());
        }
        List<String> spinning = new ArrayList<>();
        for (Choice c : m.choices()) {
            if (c.agent() >= 0) {
                String name = m.agent(c.agent()).name();
                if (!spinning.contains(name)) {
                    spinning.add(name);
                }
            }
        }
        b.livelocked(spinning.toArray(new String[0]));
        if (!base.deadlocked().isEmpty()) {
            b.deadlocked(base.deadlocked().toArray(new String[0]));
        }
        b.finalValues(base.finalValues());
        for (Outcome.Threw t : base.threw()) {
            b.threw(t.agent(), t.error());
        }
        return b.build();
    }

    /** A growable int array. */
    static final class IntList {
        int[] items = new int[2];
        int size;

        void add(int v) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = v;
        }
    }
}
