package org.atomiscope.machine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.atomiscope.machine.AgentState.Status;
import org.atomiscope.memory.Memory;
import org.atomiscope.vm.Request;

/**
 * One point of an execution: every agent's state, shared memory as the memory model sees it, the
 * timers and virtual time. Immutable. {@link #choices()} lists the enabled transitions and
 * {@link #take(Choice)} returns the next machine with the events the transition produced; the
 * stepper, the schedulers and the explorer are all built on these two calls.
 */
public final class Machine {
    final Program program;
    final AgentState[] agents;
    final Memory memory;
    final List<Timer> timers;
    /** Agents blocked in Atomics.wait, in the order they started waiting (FIFO wake-up order). */
    final List<Integer> waitQueue;
    final double now;
    final long steps;
    /** The byte length of every SharedArrayBuffer block allocated so far, by block number. */
    final int[] blocks;
    final int nextTimerId;
    final long timerSeq;
    /** Blocks another agent may reach (see {@link org.atomiscope.vm.Host#published}); bit per block. */
    final long[] published;

    Machine(Program program, AgentState[] agents, Memory memory, List<Timer> timers, List<Integer> waitQueue,
            double now, long steps, int[] blocks, int nextTimerId, long timerSeq, long[] published) {
        this.program = program;
        this.agents = agents;
        this.memory = memory;
        this.timers = timers;
        this.waitQueue = waitQueue;
        this.now = now;
        this.steps = steps;
        this.blocks = blocks;
        this.nextTimerId = nextTimerId;
        this.timerSeq = timerSeq;
        this.published = published;
    }

    public boolean published(int block) {
        return block >> 6 < published.length && (published[block >> 6] & (1L << block)) != 0;
    }

    /** The machine before anything has run: only the main agent exists, unstarted. */
    public static Machine initial(Program program) {
        AgentState main = new AgentState(0, "main", Status.UNSTARTED, List.of(), program.realm.image(), null, null,
            List.of(), AppendList.empty(), -1, null, new AgentState.Start.File(program.source.mainFile()), null, null, null, null);
        return new Machine(program, new AgentState[] {main}, program.model.initial(), List.of(), List.of(), 0, 0, new int[0], 1, 0,
            new long[0]);
    }

    /** How many SharedArrayBuffer blocks exist. */
    public int blockCount() {
        return blocks.length;
    }

    /** The byte length of a SharedArrayBuffer block. */
    public int blockLength(int block) {
        return blocks[block];
    }

    public Program program() {
        return program;
    }

    public List<AgentState> agents() {
        return List.of(agents);
    }

    public AgentState agent(int i) {
        return agents[i];
    }

    public Memory memory() {
        return memory;
    }

    public double now() {
        return now;
    }

    /** Visible steps taken to reach this machine. */
    public long steps() {
        return steps;
    }

    public List<Timer> timers() {
        return timers;
    }

    // ------------------------------------------------------------------ choices

    /** The enabled transitions, agents in creation order, time-advancing ones last. */
    public List<Choice> choices() {
        List<Choice> out = new ArrayList<>();
        int started = 0;
        for (AgentState a : agents) {
            if (a.index() > 0 && a.status() != Status.UNSTARTED) {
                started++;
            }
        }
        int allowed = program.workerLimit < 0 ? Integer.MAX_VALUE : program.workerLimit;
        for (AgentState a : agents) {
            // Labels capture only what they print: a schedule keeps its choices, not the states.
            String name = a.name();
            switch (a.status()) {
                case UNSTARTED -> {
                    // Workers start in creation order; those past the limit never start.
                    if (a.index() == 0 || started < allowed && firstUnstartedWorker() == a.index()) {
                        out.add(new Choice(Choice.Kind.START, a.index(), 0, () -> name + ": starts"));
                    }
                }
                case RUNNING -> {
                    Request pending = a.pending();
                    int n = optionCount(a);
                    Memory mem = memory;
                    String[] names = agentNames();
                    for (int i = 0; i < n; i++) {
                        int option = i;
                        out.add(new Choice(Choice.Kind.STEP, a.index(), i, () -> {
                            String extra = n == 1 ? "" : mem.optionLabel(a.index(), pending, option, k -> names[k]);
                            return name + ": " + pending.label() + (extra.isEmpty() ? "" : " " + extra);
                        }));
                    }
                }
                case READY -> {
                    Object resume = a.resume();
                    out.add(new Choice(Choice.Kind.STEP, a.index(), 0,
                        () -> name + ": wakes up (Atomics.wait returns \"" + resume + "\")"));
                }
                case IDLE -> {
                    if (!a.tasks().isEmpty()) {
                        out.add(new Choice(Choice.Kind.DELIVER, a.index(), 0, () -> name + ": receives a message"));
                    }
                }
                default -> { }
            }
        }
        List<Memory.Internal> internal = memory.internalChoices();
        for (int i = 0; i < internal.size(); i++) {
            Memory.Internal m = internal.get(i);
            String name = m.agent() >= 0 && m.agent() < agents.length ? agents[m.agent()].name() + ": " : "";
            out.add(new Choice(Choice.Kind.MEMORY, m.agent(), i, () -> name + m.label()));
        }
        addTimeChoice(out);
        return out;
    }

    private int firstUnstartedWorker() {
        for (AgentState a : agents) {
            if (a.index() > 0 && a.status() == Status.UNSTARTED) {
                return a.index();
            }
        }
        return -1;
    }

    private int optionCount(AgentState a) {
        Request r = a.pending();
        if (r instanceof Request.Read || r instanceof Request.Write || r instanceof Request.Rmw) {
            return memory.optionCount(a.index(), r);
        }
        return 1;
    }

    private String[] agentNames() {
        String[] names = new String[agents.length];
        for (int i = 0; i < agents.length; i++) {
            names[i] = agents[i].name();
        }
        return names;
    }

    /**
     * Time passes only through the earliest deadline that can act: a timer of an agent whose event
     * loop is free (a timer due while its agent is busy fires late, when the agent is free), or a
     * wait's timeout. It fires at max(now, due), so virtual time never runs backwards.
     */
    private void addTimeChoice(List<Choice> out) {
        double best = Double.POSITIVE_INFINITY;
        long bestSeq = Long.MAX_VALUE;
        Choice choice = null;
        for (Timer t : timers) {
            AgentState a = agents[t.agent()];
            if (a.status() != Status.IDLE) {
                continue;
            }
            double at = Math.max(now, t.due());
            if (at < best || (at == best && t.seq() < bestSeq)) {
                best = at;
                bestSeq = t.seq();
                String name = a.name();
                choice = new Choice(Choice.Kind.TIMER, t.agent(), t.id(), () -> name + ": timer fires at " + fmt(at) + " ms");
            }
        }
        for (int w : waitQueue) {
            AgentState a = agents[w];
            double at = Math.max(now, a.waiting().deadline());
            if (at < best) {
                best = at;
                bestSeq = Long.MAX_VALUE;
                String name = a.name();
                choice = new Choice(Choice.Kind.TIMEOUT, w, 0, () -> name + ": Atomics.wait times out at " + fmt(at) + " ms");
            }
        }
        if (choice != null) {
            out.add(choice);
        }
    }

    static String fmt(double ms) {
        return org.atomiscope.js.JsNumbers.toJsString(ms);
    }

    /** Whether no transition is enabled: the execution has ended. */
    public boolean isTerminal() {
        return choices().isEmpty();
    }

    // ------------------------------------------------------------------ taking a step

    /** Performs one enabled transition. The receiver is unchanged. */
    public Step take(Choice c) {
        return new Transition(this, c).run();
    }

    // ------------------------------------------------------------------ endings

    /** Agents blocked in Atomics.wait with no timeout (a deadlock when nothing else can run). */
    public List<String> blockedForever() {
        List<String> out = new ArrayList<>();
        for (AgentState a : agents) {
            if (a.status() == Status.BLOCKED && Double.isInfinite(a.waiting().deadline())) {
                out.add(a.name());
            }
        }
        return out;
    }

    /** Structural equality of two machines' states, for the explorer (spin loops end in equal states). */
    public boolean sameState(Machine o) {
        if (agents.length != o.agents.length || now != o.now || !StateEquality.sameTimers(timers, o.timers)
                || !waitQueue.equals(o.waitQueue)
                || !java.util.Arrays.equals(published, o.published)) {
            return false;
        }
        if (!memory.sameAs(o.memory)) {
            return false;
        }
        return Arrays.equals(agents, o.agents, (x, y) -> StateEquality.same(x, y) ? 0 : 1);
    }

    public int stateHash() {
        int h = memory.stateHash();
        for (AgentState a : agents) {
            h = h * 31 + StateEquality.hash(a);
        }
        return h;
    }
}
