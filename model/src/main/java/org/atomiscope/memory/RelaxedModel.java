package org.atomiscope.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.IntFunction;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.buffer.Owner;
import org.atomiscope.buffer.PagedBytes;
import org.atomiscope.buffer.AtomicOps;
import org.atomiscope.js.JsNumbers;
import org.atomiscope.vm.Request;

/**
 * The ECMAScript memory model (ECMA-262 §29, as fixed in ES2020), operationally. Memory is the list
 * of every write in the order the machine executed them (the memory order); each write remembers
 * what its writer knew (a vector clock, so happens-before is a comparison). A read may return any
 * earlier write to its bytes that the spec does not exclude:
 * <ul>
 * <li><b>Coherent reads</b> (§29.7.3): not W when some write V to those bytes has W hb V and V hb the read;</li>
 * <li><b>Sequentially consistent atomics</b> (§29.7.5): not W when a SeqCst write V to the same range was
 * executed after W and (a) W and the read are SeqCst with equal ranges, or (b) W is SeqCst, W hb the
 * read and V hb the read, or (c) the read is SeqCst, W hb the read and W hb V.</li>
 * </ul>
 * Happens-before is agent order, plus synchronizes-with (a SeqCst read of a SeqCst write of the same
 * range; a notify that wakes a wait), plus the host's edges (agent start, postMessage to onmessage), and
 * the initial contents happen before everything. Plain reads keep no read-read coherence (the spec
 * allows CoRR). A read-modify-write reads the last write in memory order (atomicity). Non-atomic
 * Float64 reads may tear, taking each 4-byte half from a different write (§29.7.4 allows any split;
 * halves keep the choices few).
 *
 * <p>Known gap: a read can only return a write the machine has already executed, so load buffering
 * (LB: each agent reads the other's later write) is not shown, although the spec allows it.
 */
public final class RelaxedModel implements MemoryModel {
    public static final RelaxedModel INSTANCE = new RelaxedModel();

    @Override
    public String id() {
        return "relaxed";
    }

    @Override
    public String displayName() {
        return "ECMAScript memory model (relaxed)";
    }

    @Override
    public String shortName() {
        return "Relaxed";
    }

    @Override
    public Memory initial() {
        return new State(new Write[0], new int[0][], new PagedBytes[0]);
    }

    /**
     * A write: its agent and sequence number (agent -1: a block's initial zeros), what its agent knew
     * when it wrote (clock), and its bytes.
     */
    record Write(int agent, int seq, int[] clock, int block, int byteIndex, int width, long raw, boolean sc, String label,
                 PagedBytes bytes) {
        Write(int agent, int seq, int[] clock, int block, int byteIndex, int width, long raw, boolean sc, String label) {
            this(agent, seq, clock, block, byteIndex, width, raw, sc, label, null);
        }

        boolean covers(int b, int index) {
            return block == b && index >= byteIndex && index < byteIndex + width;
        }

        boolean isInit() {
            return agent < 0;
        }

        int byteAt(int index) {
            if (bytes != null) {
                return bytes.getByte(index - byteIndex);
            }
            return isInit() ? 0 : (int) ((raw >>> (8 * (index - byteIndex))) & 0xff);
        }

        boolean sameRange(int b, int index, int w) {
            return block == b && byteIndex == index && width == w;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Write w && w.agent == agent && w.seq == seq && w.block == block && w.byteIndex == byteIndex
                && w.width == width && w.raw == raw && w.sc == sc && Arrays.equals(w.clock, clock)
                && (w.bytes == bytes || (w.bytes != null && bytes != null && w.bytes.contentEquals(bytes)));
        }

        @Override
        public int hashCode() {
            return ((agent * 31 + seq) * 31 + byteIndex) * 31 + Long.hashCode(raw);
        }
    }

    /** What an agent knew at a release (a message, a notify): its vector clock. */
    record Knowledge(int[] clock) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Knowledge k && Arrays.equals(k.clock, clock);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(clock);
        }
    }

    /** One way a read may go: the write supplying each byte (all the same write unless torn or mixed-size). */
    record Option(Write[] sources, long raw) {}

    static final class State implements Memory {
        private final Write[] writes;
        private final int[][] clocks;
        /**
         * Blocks only their allocating agent can reach yet, as plain bytes: their accesses are in that
         * agent's program order and nobody else can read them, so they need no write history.
         * Publishing one turns its contents into a single write by that agent (see {@link #publish}).
         */
        private final PagedBytes[] privates;
        /** Per waited-on location (block << 32 | byte index): what the last agent to leave its critical section knew. */
        private final java.util.Map<Long, Knowledge> sections;

        State(Write[] writes, int[][] clocks, PagedBytes[] privates) {
            this(writes, clocks, privates, java.util.Map.of());
        }

        State(Write[] writes, int[][] clocks, PagedBytes[] privates, java.util.Map<Long, Knowledge> sections) {
            this.writes = writes;
            this.clocks = clocks;
            this.privates = privates;
            this.sections = sections;
        }

        @Override
        public Memory criticalSection(Owner owner, int agent, int block, int byteIndex) {
            long key = ((long) block << 32) | byteIndex;
            Knowledge last = sections.get(key);
            int[] c = last == null ? clock(agent) : join(clock(agent), last.clock());
            java.util.Map<Long, Knowledge> s = new java.util.HashMap<>(sections);
            s.put(key, new Knowledge(c.clone()));
            return new State(writes, clocks, privates, java.util.Map.copyOf(s)).withClock(agent, c);
        }

        private boolean isPrivate(int block) {
            return block < privates.length && privates[block] != null;
        }

        private State withPrivate(int block, PagedBytes bytes) {
            PagedBytes[] p = Arrays.copyOf(privates, Math.max(privates.length, block + 1));
            p[block] = bytes;
            return new State(writes, clocks, p, sections);
        }

        private int[] clock(int agent) {
            return agent < clocks.length && clocks[agent] != null ? clocks[agent] : new int[0];
        }

        private static int at(int[] clock, int agent) {
            return agent < clock.length ? clock[agent] : 0;
        }

        private static int[] join(int[] a, int[] b) {
            int[] r = Arrays.copyOf(a, Math.max(a.length, b.length));
            for (int i = 0; i < b.length; i++) {
                r[i] = Math.max(r[i], b[i]);
            }
            return r;
        }

        private State withClock(int agent, int[] clock) {
            int[][] c = Arrays.copyOf(clocks, Math.max(clocks.length, agent + 1));
            c[agent] = clock;
            return new State(writes, c, privates, sections);
        }

        /** W happens-before V (two writes). */
        private static boolean hb(Write w, Write v) {
            if (w.isInit()) {
                return !v.isInit();
            }
            return !v.isInit() && at(v.clock(), w.agent()) >= w.seq();
        }

        /** W happens-before an event of the agent whose knowledge is {@code known}. */
        private static boolean hb(Write w, int[] known) {
            return w.isInit() || at(known, w.agent()) >= w.seq();
        }

        @Override
        public Memory allocate(int block, int byteLength) {
            return withPrivate(block, PagedBytes.zeroed(byteLength));
        }

        /**
         * The block's contents become one write by its allocating agent. Every agent that can reach it
         * from now on does so through a message or agent start from that agent (or from one that did),
         * which happens after this write: so it is the block's initial contents for all of them.
         */
        @Override
        public Memory publish(Owner owner, int block, int agent) {
            if (!isPrivate(block)) {
                return this;
            }
            PagedBytes bytes = privates[block];
            State s = withPrivate(block, null);
            int[] c = clock(agent);
            c = Arrays.copyOf(c, Math.max(c.length, agent + 1));
            c[agent]++;
            Write w = new Write(agent, c[agent], c, block, 0, bytes.length(), 0, false, "the buffer's contents", bytes);
            Write[] ws = Arrays.copyOf(writes, writes.length + 1);
            ws[writes.length] = w;
            return new State(ws, s.clocks, s.privates, s.sections).withClock(agent, c);
        }

        /** The writes a read of [byteIndex, byteIndex+width) may take byte b from. */
        private List<Write> candidates(int[] known, boolean readSc, int block, int byteIndex, int width, int b) {
            List<Write> out = new ArrayList<>();
            for (int i = 0; i < writes.length; i++) {
                Write w = writes[i];
                if (!w.covers(block, b) || excluded(i, w, known, readSc, block, byteIndex, width, b)) {
                    continue;
                }
                out.add(w);
            }
            return out;
        }

        private boolean excluded(int i, Write w, int[] known, boolean readSc, int block, int byteIndex, int width, int b) {
            boolean wHbR = hb(w, known);
            for (int j = 0; j < writes.length; j++) {
                Write v = writes[j];
                if (j == i || !v.covers(block, b)) {
                    continue;
                }
                // Coherent reads: a write that happens between W and the read hides W.
                if (hb(w, v) && hb(v, known)) {
                    return true;
                }
                if (j > i && v.sc() && v.sameRange(block, byteIndex, width)) {
                    if (w.sc() && readSc && w.sameRange(block, byteIndex, width)) {
                        return true; // (a) a SeqCst read reads the newest SeqCst write of its range
                    }
                    if (w.sc() && wHbR && hb(v, known)) {
                        return true; // (b)
                    }
                    if (readSc && wHbR && hb(w, v)) {
                        return true; // (c)
                    }
                }
            }
            return false;
        }

        /** Every way a read may go, newest first. */
        private List<Option> readOptions(int[] known, boolean readSc, int block, int byteIndex, int width, ElementType type) {
            List<List<Write>> perByte = new ArrayList<>();
            boolean uniform = true;
            for (int k = 0; k < width; k++) {
                List<Write> c = candidates(known, readSc, block, byteIndex, width, byteIndex + k);
                if (!perByte.isEmpty() && !c.equals(perByte.get(0))) {
                    uniform = false;
                }
                perByte.add(c);
            }
            List<Option> out = new ArrayList<>();
            if (uniform) {
                List<Write> c = perByte.get(0);
                for (int i = c.size() - 1; i >= 0; i--) {
                    Write[] src = new Write[width];
                    Arrays.fill(src, c.get(i));
                    out.add(option(src, byteIndex));
                }
                if (type == ElementType.FLOAT64 && !readSc && c.size() > 1) {
                    // A non-atomic Float64 read may tear: each half from another write.
                    for (int lo = c.size() - 1; lo >= 0; lo--) {
                        for (int hi = c.size() - 1; hi >= 0; hi--) {
                            if (lo != hi) {
                                Write[] src = new Write[width];
                                Arrays.fill(src, 0, 4, c.get(lo));
                                Arrays.fill(src, 4, 8, c.get(hi));
                                out.add(option(src, byteIndex));
                            }
                        }
                    }
                }
                return out;
            }
            // Mixed-size writes: combine per byte, newest first, a bounded number of ways.
            combine(perByte, 0, new Write[width], byteIndex, out);
            return out;
        }

        private static final int MAX_COMBINED = 32;

        private void combine(List<List<Write>> perByte, int k, Write[] src, int byteIndex, List<Option> out) {
            if (out.size() >= MAX_COMBINED) {
                return;
            }
            if (k == perByte.size()) {
                out.add(option(src.clone(), byteIndex));
                return;
            }
            List<Write> c = perByte.get(k);
            for (int i = c.size() - 1; i >= 0; i--) {
                src[k] = c.get(i);
                combine(perByte, k + 1, src, byteIndex, out);
            }
        }

        private static Option option(Write[] src, int byteIndex) {
            long raw = 0;
            for (int k = 0; k < src.length; k++) {
                raw |= (long) src[k].byteAt(byteIndex + k) << (8 * k);
            }
            return new Option(src, raw);
        }

        @Override
        public int optionCount(int agent, Request req) {
            if (!(req instanceof Request.Read r) || isPrivate(r.block())) {
                return 1;
            }
            return readOptions(clock(agent), r.seqCst(), r.block(), r.byteIndex(), r.type().byteSize(), r.type()).size();
        }

        @Override
        public String optionLabel(int agent, Request req, int option, IntFunction<String> names) {
            if (!(req instanceof Request.Read r) || isPrivate(r.block())) {
                return "";
            }
            List<Option> opts = readOptions(clock(agent), r.seqCst(), r.block(), r.byteIndex(), r.type().byteSize(), r.type());
            if (opts.size() == 1) {
                return "";
            }
            Option o = opts.get(option);
            Write newest = newest(r.block(), r.byteIndex(), r.type().byteSize());
            return "→ " + JsNumbers.toJsString(r.type().fromRaw(o.raw())) + " (" + reason(o, newest, agent, r.type(), names) + ")";
        }

        /** Why a read may see this: it is the newest write, or a stale one and why the newer is not visible. */
        private String reason(Option o, Write newest, int reader, ElementType type, IntFunction<String> names) {
            Write src = o.sources()[0];
            boolean single = Arrays.stream(o.sources()).allMatch(w -> w == src);
            if (!single) {
                // Only a Float64 read tears here; an integer read whose bytes differ in source is mixed-size.
                return type == ElementType.FLOAT64 ? "torn: bytes from different writes"
                    : "mixed: its bytes come from different writes";
            }
            if (src == newest) {
                return src.isInit() ? "the initial value" : "the newest write";
            }
            String writer = newest.isInit() ? "the initial contents" : names.apply(newest.agent());
            return "stale: nothing synchronizes " + names.apply(reader) + " with " + writer + " since it wrote "
                + JsNumbers.toJsString(type.fromRaw(newest.raw() >>> 0));
        }

        /** The write last in memory order covering all of a range's first byte. */
        private Write newest(int block, int byteIndex, int width) {
            for (int i = writes.length - 1; i >= 0; i--) {
                if (writes[i].covers(block, byteIndex)) {
                    return writes[i];
                }
            }
            throw new IllegalStateException("no write covers the byte");
        }

        @Override
        public Access perform(Owner owner, int agent, Request req, int option) {
            if (isPrivate(req.block())) {
                return performPrivate(owner, req);
            }
            if (req instanceof Request.Read r) {
                int[] known = clock(agent);
                List<Option> opts = readOptions(known, r.seqCst(), r.block(), r.byteIndex(), r.type().byteSize(), r.type());
                Option o = opts.get(Math.min(option, opts.size() - 1));
                State s = this;
                Write src = o.sources()[0];
                if (r.seqCst() && src.sc() && src.sameRange(r.block(), r.byteIndex(), r.type().byteSize())) {
                    s = withClock(agent, join(known, src.clock())); // synchronizes-with
                }
                return new Access(s, o.raw());
            }
            if (req instanceof Request.Write w) {
                return new Access(append(agent, w.block(), w.byteIndex(), w.type().byteSize(), w.raw(), w.seqCst(),
                    w.target() + "[" + w.index() + "] = " + JsNumbers.toJsString(w.type().fromRaw(w.raw()))), 0);
            }
            Request.Rmw m = (Request.Rmw) req;
            int width = m.type().byteSize();
            long old = 0;
            Write last = null;
            for (int k = 0; k < width; k++) {
                Write w = newest(m.block(), m.byteIndex() + k, 1);
                old |= (long) w.byteAt(m.byteIndex() + k) << (8 * k);
                last = w;
            }
            State s = this;
            if (last != null && last.sc() && last.sameRange(m.block(), m.byteIndex(), width)) {
                s = withClock(agent, join(clock(agent), last.clock()));
            }
            long updated = AtomicOps.apply(m.op(), m.type(), old, m.operand(), m.replacement());
            return new Access(s.append(agent, m.block(), m.byteIndex(), width, updated, true,
                m.target() + "[" + m.index() + "] = " + JsNumbers.toJsString(m.type().fromRaw(updated))), old);
        }

        private Access performPrivate(Owner owner, Request req) {
            PagedBytes bytes = privates[req.block()];
            if (req instanceof Request.Read r) {
                return new Access(this, bytes.readRaw(r.byteIndex(), r.type().byteSize()));
            }
            if (req instanceof Request.Write w) {
                return new Access(withPrivate(w.block(), bytes.writeRaw(owner, w.byteIndex(), w.type().byteSize(), w.raw())), 0);
            }
            Request.Rmw m = (Request.Rmw) req;
            AtomicOps.Result r = AtomicOps.readModifyWriteRaw(bytes, owner, m.byteIndex(), m.type(), m.op(), m.operand(),
                m.replacement());
            return new Access(withPrivate(m.block(), r.bytes()), r.oldRaw());
        }

        private State append(int agent, int block, int byteIndex, int width, long raw, boolean sc, String label) {
            if (repeats(agent, block, byteIndex, width, raw, sc)) {
                return this;
            }
            int[] c = clock(agent);
            c = Arrays.copyOf(c, Math.max(c.length, agent + 1));
            c[agent]++;
            Write w = new Write(agent, c[agent], c, block, byteIndex, width, raw, sc, label);
            Write[] ws = Arrays.copyOf(writes, writes.length + 1);
            ws[writes.length] = w;
            return new State(ws, clocks, privates, sections).withClock(agent, c);
        }

        /**
         * Whether a new write would repeat the newest one exactly: same agent, bytes, value and order,
         * and the agent has learnt nothing since. Such a write changes nothing anyone can observe (every
         * read that could see one could see the other, and synchronizing with either teaches the same),
         * so it is not added: a loop that keeps writing the same value, such as a failed
         * compareExchange spinning on a lock, then comes back to the same state and explores to an end.
         */
        private boolean repeats(int agent, int block, int byteIndex, int width, long raw, boolean sc) {
            for (int i = writes.length - 1; i >= 0; i--) {
                Write w = writes[i];
                if (w.block() != block || w.byteIndex() >= byteIndex + width || w.byteIndex() + w.width() <= byteIndex) {
                    continue; // not overlapping
                }
                return w.agent() == agent && w.sameRange(block, byteIndex, width) && w.bytes() == null && w.raw() == raw
                    && w.sc() == sc && sameClock(w.clock(), clock(agent));
            }
            return false;
        }

        @Override
        public long peek(int agent, int block, ElementType type, int byteIndex) {
            if (isPrivate(block)) {
                return privates[block].readRaw(byteIndex, type.byteSize());
            }
            long raw = 0;
            for (int k = 0; k < type.byteSize(); k++) {
                raw |= (long) newest(block, byteIndex + k, 1).byteAt(byteIndex + k) << (8 * k);
            }
            return raw;
        }

        @Override
        public Memory poke(Owner owner, int agent, int block, ElementType type, int byteIndex, long raw) {
            if (isPrivate(block)) {
                return withPrivate(block, privates[block].writeRaw(owner, byteIndex, type.byteSize(), raw));
            }
            return append(agent, block, byteIndex, type.byteSize(), raw, false, "bulk write");
        }

        /** An observer that has synchronized with every agent reads, as a plain read may. */
        @Override
        public List<Long> finalValues(int block, ElementType type, int byteIndex) {
            if (isPrivate(block)) {
                return List.of(privates[block].readRaw(byteIndex, type.byteSize()));
            }
            int[] all = new int[0];
            for (int[] c : clocks) {
                if (c != null) {
                    all = join(all, c);
                }
            }
            LinkedHashSet<Long> values = new LinkedHashSet<>();
            for (Option o : readOptions(all, false, block, byteIndex, type.byteSize(), ElementType.INT8)) {
                values.add(o.raw());
            }
            return List.copyOf(values);
        }

        @Override
        public Memory drain(Owner owner, int agent) {
            return this;
        }

        @Override
        public Memory spawn(Owner owner, int parent, int child) {
            return withClock(child, join(clock(child), clock(parent)));
        }

        @Override
        public Sync release(Owner owner, int agent) {
            return new Sync(this, new Knowledge(clock(agent).clone()));
        }

        @Override
        public Memory acquire(Owner owner, int agent, Object token) {
            return token == null ? this : withClock(agent, join(clock(agent), ((Knowledge) token).clock()));
        }

        @Override
        public boolean sameAs(Memory other) {
            if (!(other instanceof State s) || !Arrays.equals(writes, s.writes) || !sections.equals(s.sections)) {
                return false;
            }
            int np = Math.max(privates.length, s.privates.length);
            for (int b = 0; b < np; b++) {
                PagedBytes x = b < privates.length ? privates[b] : null;
                PagedBytes y = b < s.privates.length ? s.privates[b] : null;
                if (x != y && (x == null || y == null || !x.contentEquals(y))) {
                    return false;
                }
            }
            int n = Math.max(clocks.length, s.clocks.length);
            for (int a = 0; a < n; a++) {
                if (!sameClock(clock(a), s.clock(a))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean sameClock(int[] x, int[] y) {
            int n = Math.max(x.length, y.length);
            for (int i = 0; i < n; i++) {
                if (at(x, i) != at(y, i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int stateHash() {
            int h = Arrays.hashCode(writes);
            for (PagedBytes p : privates) {
                h = h * 31 + (p == null ? 0 : p.contentHash());
            }
            for (int[] c : clocks) {
                if (c != null) {
                    int ch = 0;
                    for (int i = 0; i < c.length; i++) {
                        ch += c[i] * (i + 1);
                    }
                    h = h * 31 + ch;
                }
            }
            return h;
        }
    }
}
