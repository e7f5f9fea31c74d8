package org.atomiscope.machine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.atomiscope.buffer.AtomicOps;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.buffer.Owner;
import org.atomiscope.compile.Code;
import org.atomiscope.js.Heap;
import org.atomiscope.js.JsFunction;
import org.atomiscope.js.JsHostObject;
import org.atomiscope.js.JsObject;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Undefined;
import org.atomiscope.lang.Pos;
import org.atomiscope.machine.AgentState.Status;
import org.atomiscope.memory.Memory;
import org.atomiscope.vm.Frame;
import org.atomiscope.vm.Host;
import org.atomiscope.vm.Interpreter;
import org.atomiscope.vm.Limits;
import org.atomiscope.vm.Request;

/**
 * One transition of a machine, from a choice to the next machine. It is also the {@link Host} the
 * acting agent talks to while it runs, collecting what the step does: new agents, messages, timers,
 * console lines, events. Nothing here outlives the step.
 */
final class Transition implements Host, Interpreter.ShareReader {
    private final Machine m;
    private final Choice choice;
    private final Owner owner = new Owner();
    private final List<AgentState> agents;
    private Memory memory;
    private final List<Timer> timers;
    private final List<Integer> waitQueue;
    private double now;
    private int[] blocks;
    private int nextTimerId;
    private long timerSeq;
    private final List<Event> events = new ArrayList<>();
    private final long step;
    private long[] published;
    private int actor;
    private AppendList<String> console;

    Transition(Machine m, Choice choice) {
        this.m = m;
        this.choice = choice;
        this.agents = new ArrayList<>(Arrays.asList(m.agents));
        this.memory = m.memory;
        this.timers = new ArrayList<>(m.timers);
        this.waitQueue = new ArrayList<>(m.waitQueue);
        this.now = m.now;
        this.blocks = m.blocks;
        this.nextTimerId = m.nextTimerId;
        this.timerSeq = m.timerSeq;
        this.step = m.steps + 1;
        this.published = m.published;
        this.actor = choice.agent();
    }

    Step run() {
        switch (choice.kind()) {
            case START -> start();
            case STEP -> stepAgent();
            case DELIVER -> deliver();
            case TIMER -> fireTimer();
            case TIMEOUT -> timeout();
            case MEMORY -> {
                String label = choice.label();
                Request.Write store = memory.internalChoices().get(choice.option()).store();
                Event.Access access = store == null ? null : access(store, number(store.type(), store.raw()), false);
                events.add(new Event(step, actor, agents.get(actor).name(), Event.Kind.MEMORY, null,
                    () -> label.substring(label.indexOf(": ") + 2), access, List.of()));
                memory = memory.takeInternal(owner, choice.option());
            }
        }
        Machine next = new Machine(m.program, agents.toArray(new AgentState[0]), memory,
            timers.equals(m.timers) ? m.timers : List.copyOf(timers),
            waitQueue.equals(m.waitQueue) ? m.waitQueue : List.copyOf(waitQueue), now, step, blocks, nextTimerId, timerSeq, published);
        return new Step(next, events);
    }

    // ------------------------------------------------------------------ transitions

    private void start() {
        AgentState a = agents.get(actor);
        console = (AppendList<String>) a.console();
        Heap heap = a.heap().edit(owner);
        Interpreter in = interpreter(heap, List.of());
        prepareGlobal(in);
        events.add(new Event(step, actor, a.name(), Event.Kind.START, null, () -> "starts", null,
            a.parent() < 0 ? List.of() : List.of(a.parent())));
        Object fn;
        if (a.start() instanceof AgentState.Start.File f) {
            Code code = m.program.files.get(f.file());
            fn = heap.alloc(JsFunction.closure(m.program.realm.functionProto, code, null, null));
        } else {
            fn = Cloner.materialize(in, ((AgentState.Start.Function) a.start()).function(), this::workerObject);
        }
        Interpreter.Result r = in.start(fn, m.program.realm.global, new Object[0]);
        Ref scriptScope = a.start() instanceof AgentState.Start.File ? in.rootScope() : null;
        settle(a, in, heap, r, scriptScope);
    }

    /** Host settings that differ per agent: no SharedArrayBuffer without cross-origin isolation. */
    private void prepareGlobal(Interpreter in) {
        if (!m.program.isolated) {
            in.delete(m.program.realm.global, "SharedArrayBuffer");
        }
    }

    private void stepAgent() {
        AgentState a = agents.get(actor);
        console = (AppendList<String>) a.console();
        Heap heap = a.heap().edit(owner);
        Interpreter in = interpreter(heap, a.frames());
        Object value;
        if (a.status() == Status.READY) {
            event(actor, Event.Kind.WOKEN, null, "resumes: Atomics.wait returned \"" + a.resume() + "\"");
            value = a.resume();
        } else {
            value = perform(a, a.pending(), choice.option());
            if (value == BLOCKED) {
                agents.set(actor, agents.get(actor).withConsole(console, a.frames(), heap.freeze()));
                return;
            }
        }
        in.resume(value);
        settle(a, in, heap, in.run(), a.scriptScope());
    }

    private static final Object BLOCKED = new Object();

    /** Performs a visible event; returns the value the agent continues with, or BLOCKED. */
    private Object perform(AgentState a, Request req, int option) {
        if (req instanceof Request.Read r) {
            Memory.Access acc = memory.perform(owner, actor, r, option);
            memory = acc.memory();
            double v = r.type().fromRaw(acc.raw());
            accessEvent(r, v, false);
            return v;
        }
        if (req instanceof Request.Write w) {
            memory = memory.perform(owner, actor, w, option).memory();
            accessEvent(w, w.result(), false);
            return w.result();
        }
        if (req instanceof Request.Rmw x) {
            Memory.Access acc = memory.perform(owner, actor, x, option);
            memory = acc.memory();
            double old = x.type().fromRaw(acc.raw());
            accessEvent(x, old, false);
            return old;
        }
        if (req instanceof Request.Wait w) {
            memory = memory.drain(owner, actor); // waiting takes a lock: a full fence
            memory = memory.criticalSection(owner, actor, w.block(), w.byteIndex());
            Request.Read read = new Request.Read(w.pos(), w.target(), w.index(), w.block(), w.type(), w.byteIndex(), true);
            Memory.Access acc = memory.perform(owner, actor, read, 0);
            memory = acc.memory();
            long cur = acc.raw() & 0xffffffffL;
            Event.Access seen = access(read, w.type().fromRaw(acc.raw()), false);
            if (cur != w.expected()) {
                waitEvent(w, seen, " → \"not-equal\"");
                return "not-equal";
            }
            if (w.timeout() == 0) {
                waitEvent(w, seen, " → \"timed-out\"");
                return "timed-out";
            }
            waitEvent(w, seen, ": sleeps");
            waitQueue.add(actor);
            agents.set(actor, a.waiting(new AgentState.Wait(w.block(), w.byteIndex(), now + w.timeout(), w.pos())));
            return BLOCKED;
        }
        Request.Notify n = (Request.Notify) req;
        memory = memory.drain(owner, actor);
        memory = memory.criticalSection(owner, actor, n.block(), n.byteIndex());
        // A notify synchronizes with the waits it wakes (ECMA-262 §29: the waiter list's critical section).
        Memory.Sync sync = memory.release(owner, actor);
        memory = sync.memory();
        int woken = 0;
        List<String> names = new ArrayList<>();
        List<Integer> wokenAgents = new ArrayList<>();
        for (int i = 0; i < waitQueue.size() && woken < n.count(); ) {
            int w = waitQueue.get(i);
            AgentState.Wait where = agents.get(w).waiting();
            if (where.block() == n.block() && where.byteIndex() == n.byteIndex()) {
                waitQueue.remove(i);
                memory = memory.acquire(owner, w, sync.token());
                agents.set(w, agents.get(w).ready("ok"));
                names.add(agents.get(w).name());
                wokenAgents.add(w);
                woken++;
            } else {
                i++;
            }
        }
        String text = n.label() + " → " + woken + (names.isEmpty() ? "" : " (wakes " + String.join(", ", names) + ")");
        events.add(new Event(step, actor, agents.get(actor).name(), Event.Kind.NOTIFY, n.pos(), () -> text,
            new Event.Access(n.block(), n.byteIndex(), ElementType.INT32, n.target(), n.index(), true, woken, Double.NaN,
                false), List.copyOf(wokenAgents)));
        return (double) woken;
    }

    private void deliver() {
        AgentState a = agents.get(actor);
        console = (AppendList<String>) a.console();
        AgentState.Task task = a.tasks().get(0);
        AgentState rest = a.withTasks(a.tasks().subList(1, a.tasks().size()));
        agents.set(actor, rest);
        Heap heap = a.heap().edit(owner);
        Interpreter in = interpreter(heap, List.of());
        memory = memory.acquire(owner, actor, task.token()); // postMessage happens before onmessage
        Object data = Cloner.materialize(in, task.data(), this::workerObject);
        Ref ev = in.newObject();
        in.define(ev, "data", data);
        Object target;
        if (task.toGlobal()) {
            target = m.program.realm.global;
        } else {
            target = workerObjectOf(in, task.from());
        }
        String from = agents.get(task.from()).name();
        events.add(new Event(step, actor, a.name(), Event.Kind.RECEIVE, null, () -> "receives a message from " + from,
            null, List.of(task.from())));
        Object handler = target == null ? Undefined.UNDEFINED : in.get(target, "onmessage");
        if (!in.isCallable(handler) && target == m.program.realm.global) {
            // `function onmessage(e) {...}` at a worker script's top level: in a browser it becomes a
            // property of the global object; here top-level declarations live in the script's scope.
            handler = scriptBinding(in, rest.scriptScope(), "onmessage");
        }
        if (!in.isCallable(handler)) {
            event(actor, Event.Kind.WARNING, null, "no onmessage handler: the message from " + from + " is dropped");
            agents.set(actor, rest.withConsole(console, List.of(), heap.freeze()));
            return;
        }
        in.define(ev, "target", target);
        settle(rest, in, heap, in.start(handler, target, new Object[] {ev}), rest.scriptScope());
    }

    private static Object scriptBinding(Interpreter in, Ref scriptScope, String name) {
        if (scriptScope == null) {
            return Undefined.UNDEFINED;
        }
        org.atomiscope.js.Scope scope = in.heap.get(scriptScope);
        int slot = scope.names.indexOf(name);
        return slot < 0 ? Undefined.UNDEFINED : scope.slots[slot];
    }

    private void fireTimer() {
        Timer t = null;
        for (Timer x : timers) {
            if (x.id() == choice.option()) {
                t = x;
            }
        }
        timers.remove(t);
        now = Math.max(now, t.due());
        if (t.interval() >= 0) {
            timers.add(new Timer(t.id(), t.agent(), now + Math.max(t.interval(), 1), timerSeq++, t.callback(), t.args(), t.interval()));
        }
        AgentState a = agents.get(actor);
        console = (AppendList<String>) a.console();
        Heap heap = a.heap().edit(owner);
        Interpreter in = interpreter(heap, List.of());
        event(actor, Event.Kind.TIMER, null, "timer fires at " + Machine.fmt(now) + " ms");
        settle(a, in, heap, in.start(t.callback(), m.program.realm.global, t.args()), a.scriptScope());
    }

    private void timeout() {
        AgentState a = agents.get(actor);
        now = Math.max(now, a.waiting().deadline());
        waitQueue.remove(Integer.valueOf(actor));
        console = (AppendList<String>) a.console();
        Heap heap = a.heap().edit(owner);
        Interpreter in = interpreter(heap, a.frames());
        event(actor, Event.Kind.TIMED_OUT, a.waiting().pos(), "Atomics.wait timed out at " + Machine.fmt(now) + " ms");
        in.resume("timed-out");
        settle(a, in, heap, in.run(), a.scriptScope());
    }

    // ------------------------------------------------------------------ after running

    /** Records where the agent stopped: poised, idle, threw or hung. */
    private void settle(AgentState before, Interpreter in, Heap heap, Interpreter.Result r, Ref scriptScope) {
        AgentState a = agents.get(actor);
        Status status;
        Request pending = null;
        List<Frame> frames = List.of();
        String error = null;
        Pos errorPos = null;
        if (r instanceof Interpreter.Suspended s) {
            status = Status.RUNNING;
            pending = s.request();
            frames = java.util.Collections.unmodifiableList(Arrays.asList(in.frames()));
        } else if (r instanceof Interpreter.Finished) {
            status = Status.IDLE;
            event(actor, Event.Kind.IDLE, null, "is idle");
        } else if (r instanceof Interpreter.Threw t) {
            status = Status.THREW;
            error = t.text();
            errorPos = t.pos();
            event(actor, Event.Kind.THREW, t.pos(), "threw " + t.text());
        } else {
            Interpreter.OutOfBudget o = (Interpreter.OutOfBudget) r;
            status = Status.HUNG;
            errorPos = o.pos();
            error = "ran " + String.format("%,d", m.program.stepInstructions)
                + " loop iterations without touching shared memory (an endless loop?)";
            event(actor, Event.Kind.HUNG, o.pos(), error);
        }
        if (status != Status.RUNNING) {
            memory = memory.agentEnded(owner, actor);
        }
        agents.set(actor, new AgentState(a.index(), a.name(), status, frames, heap.freeze(), pending, null, a.tasks(),
            console, a.parent(), a.workerObject(), a.start(), scriptScope, error, errorPos, null));
    }

    private Interpreter interpreter(Heap heap, List<Frame> frames) {
        return new Interpreter(heap, m.program.realm, this, owner, frames.toArray(new Frame[0]), m.program.stepInstructions, this);
    }

    private void event(int agent, Event.Kind kind, Pos pos, String text) {
        event(agent, kind, pos, () -> text);
    }

    private void event(int agent, Event.Kind kind, Pos pos, java.util.function.Supplier<String> text) {
        String name = agent < 0 ? "memory" : agents.get(agent).name();
        events.add(new Event(step, agent, name, kind, pos, text));
    }

    // ------------------------------------------------------------------ Host

    @Override
    public int agentIndex() {
        return actor;
    }

    @Override
    public String agentName() {
        return agents.get(actor).name();
    }

    @Override
    public String hostKind() {
        return m.program.host.id();
    }

    @Override
    public boolean mayBlock() {
        return actor != 0 || m.program.host.mainMayBlock();
    }

    @Override
    public boolean isolated() {
        return m.program.isolated;
    }

    @Override
    public double now() {
        return now;
    }

    @Override
    public void console(String line) {
        console = console.append(line);
        event(actor, Event.Kind.CONSOLE, null, line);
    }

    @Override
    public void warn(Pos pos, String message) {
        event(actor, Event.Kind.WARNING, pos, message);
    }

    @Override
    public int allocateShared(Interpreter in, int byteLength) {
        int block = blocks.length;
        blocks = Arrays.copyOf(blocks, block + 1);
        blocks[block] = byteLength;
        memory = memory.allocate(block, byteLength);
        return block;
    }

    @Override
    public Ref createWorker(Interpreter in, String file, String name) {
        String f = file.startsWith("./") ? file.substring(2) : file;
        if (!m.program.files.containsKey(f)) {
            throw in.error("Error", "There is no file '" + file + "' in this scenario (its files: "
                + String.join(", ", m.program.files.keySet()) + ")");
        }
        int index = newAgent(in, name != null ? name : f.replaceFirst("\\.js$", ""), new AgentState.Start.File(f), null);
        Ref obj = in.heap.alloc(new JsHostObject(m.program.realm.workerProto, "Worker", index));
        AgentState a = agents.get(index);
        agents.set(index, new AgentState(a.index(), a.name(), a.status(), a.frames(), a.heap(), a.pending(), a.resume(),
            a.tasks(), a.console(), a.parent(), obj, a.start(), a.scriptScope(), a.error(), a.errorPos(), a.waiting()));
        return obj;
    }

    @Override
    public int createAgent(Interpreter in, String name, Object function) {
        Cloned fn = Cloner.serialize(in, function, true, m.program.realm.image().size());
        publish(fn);
        return newAgent(in, name, new AgentState.Start.Function(fn), null);
    }

    private int newAgent(Interpreter in, String base, AgentState.Start start, Ref workerObject) {
        if (agents.size() >= Limits.MAX_AGENTS) {
            throw in.rangeError("This scenario creates more than " + Limits.MAX_AGENTS + " agents; the simulator stops there");
        }
        String name = uniqueName(base);
        int index = agents.size();
        memory = memory.spawn(owner, actor, index); // creating an agent happens before its start
        agents.add(new AgentState(index, name, Status.UNSTARTED, List.of(), m.program.realm.image(), null, null, List.of(),
            AppendList.empty(), actor, workerObject, start, null, null, null, null));
        events.add(new Event(step, actor, agents.get(actor).name(), Event.Kind.SEND, in.currentPos(),
            () -> "creates agent " + name, null, List.of(index)));
        if (m.program.workerLimit >= 0 && index > m.program.workerLimit) {
            event(actor, Event.Kind.WARNING, in.currentPos(), name + " will never start: this host starts at most "
                + m.program.workerLimit + " workers (@workers " + m.program.workerLimit + ")");
        }
        return index;
    }

    private String uniqueName(String base) {
        String clean = base.replaceAll("[\\s;:|\\[\\]]", "_");
        if (clean.isEmpty()) {
            clean = "worker";
        }
        String name = clean;
        for (int n = 2; nameTaken(name); n++) {
            name = clean + "#" + n;
        }
        return name;
    }

    private boolean nameTaken(String name) {
        for (AgentState a : agents) {
            if (a.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void postMessage(Interpreter in, int target, boolean toWorker, Object value) {
        Cloned data = Cloner.serialize(in, value, false, m.program.realm.image().size());
        publish(data);
        Memory.Sync sync = memory.release(owner, actor);
        memory = sync.memory();
        AgentState t = agents.get(target);
        List<AgentState.Task> tasks = new ArrayList<>(t.tasks());
        tasks.add(new AgentState.Task(actor, data, toWorker, sync.token()));
        agents.set(target, t.withTasks(List.copyOf(tasks)));
        events.add(new Event(step, actor, agents.get(actor).name(), Event.Kind.SEND, in.currentPos(),
            () -> "posts a message to " + t.name(), null, List.of(target)));
    }

    @Override
    public int setTimeout(Interpreter in, Object callback, double delay, Object[] args, boolean repeat) {
        int id = nextTimerId++;
        timers.add(new Timer(id, actor, now + delay, timerSeq++, callback, args, repeat ? delay : -1));
        return id;
    }

    @Override
    public void clearTimeout(int id) {
        timers.removeIf(t -> t.id() == id && t.agent() == actor);
    }

    @Override
    public int parentAgent() {
        return agents.get(actor).parent();
    }

    @Override
    public boolean published(int block) {
        return block >> 6 < published.length && (published[block >> 6] & (1L << block)) != 0;
    }

    /** The blocks a value carries become reachable by others: from now on their accesses are steps. */
    private void publish(Cloned value) {
        for (int block : value.sharedBlocks()) {
            if (!published(block)) {
                long[] p = java.util.Arrays.copyOf(published, Math.max(published.length, (block >> 6) + 1));
                p[block >> 6] |= 1L << block;
                published = p;
                memory = memory.publish(owner, block, actor);
            }
        }
    }

    /** Local accesses reported per step; a loop over an unpublished buffer may make millions. */
    static final int MAX_LOCAL_EVENTS = 200_000;
    private int localEvents;

    @Override
    public void localAccess(Request request, Object value) {
        if (++localEvents > MAX_LOCAL_EVENTS) {
            if (localEvents == MAX_LOCAL_EVENTS + 1) {
                event(actor, Event.Kind.WARNING, request.pos(), "more than " + MAX_LOCAL_EVENTS
                    + " accesses to memory no other agent can reach yet in one step: the rest are not listed");
            }
            return;
        }
        accessEvent(request, value, true);
    }

    /** A memory access as an event: "ia[37] = 123456", "read ia[42] → 191", "Atomics.add(…) → 0". */
    private void accessEvent(Request request, Object value, boolean local) {
        Event.Kind kind = request instanceof Request.Read ? Event.Kind.READ
            : request instanceof Request.Write ? Event.Kind.WRITE : Event.Kind.RMW;
        double v = value instanceof Number n ? n.doubleValue() : Double.NaN;
        events.add(new Event(step, actor, agents.get(actor).name(), kind, request.pos(),
            () -> request instanceof Request.Write ? request.label()
                : request.label() + " → " + (value instanceof Double d ? Request.num(d) : String.valueOf(value)),
            access(request, v, local), List.of()));
    }

    private void waitEvent(Request.Wait w, Event.Access seen, String result) {
        events.add(new Event(step, actor, agents.get(actor).name(), Event.Kind.WAIT, w.pos(), () -> w.label() + result,
            seen, List.of()));
    }

    /** The facts of an access: for a Write the value stored; for an Rmw the old value and what replaced it. */
    private static Event.Access access(Request request, double value, boolean local) {
        if (request instanceof Request.Read r) {
            return new Event.Access(r.block(), r.byteIndex(), r.type(), r.target(), r.index(), r.seqCst(), value,
                Double.NaN, local);
        }
        if (request instanceof Request.Write w) {
            double stored = number(w.type(), w.raw());
            return new Event.Access(w.block(), w.byteIndex(), w.type(), w.target(), w.index(), w.seqCst(), stored,
                stored, local);
        }
        Request.Rmw x = (Request.Rmw) request;
        long oldRaw = x.type().isBigInt() ? (long) value : x.type().toRaw(value);
        long newRaw = AtomicOps.apply(x.op(), x.type(), oldRaw, x.operand(), x.replacement());
        return new Event.Access(x.block(), x.byteIndex(), x.type(), x.target(), x.index(), true, value,
            number(x.type(), newRaw), local);
    }

    /** An element's value as a double (a BigInt element approximately: it is for display). */
    static double number(ElementType type, long raw) {
        if (!type.isBigInt()) {
            return type.fromRaw(raw);
        }
        return type.isSigned() || raw >= 0 ? (double) raw : (double) (raw >>> 1) * 2 + (raw & 1);
    }

    /** The Worker object a message from agent {@code from} arrives at, in the receiving agent. */
    private Object workerObjectOf(Interpreter in, int from) {
        AgentState sender = agents.get(from);
        if (sender.parent() == actor && sender.workerObject() != null) {
            return sender.workerObject();
        }
        return m.program.realm.global;
    }

    private Ref workerObject(Interpreter in, int agent) {
        AgentState a = agents.get(agent);
        if (a.workerObject() != null && a.parent() == actor) {
            return a.workerObject();
        }
        return in.heap.alloc(new JsHostObject(m.program.realm.workerProto, "Worker", agent));
    }

    // ------------------------------------------------------------------ ShareReader

    @Override
    public long read(int block, ElementType type, int byteIndex) {
        return memory.peek(actor, block, type, byteIndex);
    }

    @Override
    public void write(int block, ElementType type, int byteIndex, long raw) {
        memory = memory.poke(owner, actor, block, type, byteIndex, raw);
    }
}
