package org.atomiscope.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.atomiscope.buffer.AtomicOps;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.buffer.Owner;
import org.atomiscope.buffer.PagedBytes;
import org.atomiscope.js.JsNumbers;
import org.atomiscope.vm.Request;

/**
 * x86-TSO (Sewell et al., "x86-TSO: A Rigorous and Usable Programmer's Model for x86
 * Multiprocessors", CACM 2010): one memory, and a FIFO store buffer per agent. A plain store enters
 * its agent's buffer; a load reads the agent's own newest buffered store to those bytes, else memory
 * (store forwarding); a flush, which memory may take at any time, moves an agent's oldest entry to
 * memory. Atomics.store and every read-modify-write are locked instructions (XCHG, LOCK XADD, LOCK
 * CMPXCHG): they drain the buffer and act on memory. Atomics.load is a plain MOV. Shows SB and R;
 * forbids MP, LB, IRIW, WRC, 2+2W, S.
 */
public final class TsoModel implements MemoryModel {
    public static final TsoModel INSTANCE = new TsoModel();

    @Override
    public String id() {
        return "tso";
    }

    @Override
    public String displayName() {
        return "x86-TSO (store buffers)";
    }

    @Override
    public String shortName() {
        return "TSO";
    }

    @Override
    public Memory initial() {
        return new State(new PagedBytes[0], new Entry[0][]);
    }

    /** A buffered store: its bytes and where; label names it as the source did ("x[0] = 1"). */
    record Entry(int block, int byteIndex, int width, long raw, String label, ElementType type, String target, int index) {
        boolean covers(int block, int b) {
            return this.block == block && b >= byteIndex && b < byteIndex + width;
        }
    }

    private static final Entry[] EMPTY = new Entry[0];

    static final class State implements Memory {
        private final PagedBytes[] blocks;
        /** Per agent, oldest first; agents beyond the array have empty buffers. */
        private final Entry[][] buffers;

        State(PagedBytes[] blocks, Entry[][] buffers) {
            this.blocks = blocks;
            this.buffers = buffers;
        }

        private Entry[] buffer(int agent) {
            return agent < buffers.length && buffers[agent] != null ? buffers[agent] : EMPTY;
        }

        private State withBuffer(int agent, Entry[] entries) {
            Entry[][] b = Arrays.copyOf(buffers, Math.max(buffers.length, agent + 1));
            b[agent] = entries.length == 0 ? null : entries;
            return new State(blocks, b);
        }

        private State withBlock(int block, PagedBytes bytes) {
            PagedBytes[] b = Blocks.with(blocks, block, bytes);
            return b == blocks ? this : new State(b, buffers);
        }

        @Override
        public Memory allocate(int block, int byteLength) {
            return new State(Blocks.allocate(blocks, block, byteLength), buffers);
        }

        @Override
        public int optionCount(int agent, Request req) {
            return 1;
        }

        @Override
        public String optionLabel(int agent, Request req, int option, java.util.function.IntFunction<String> names) {
            return "";
        }

        /** Reads width bytes as the agent sees them: its own newest buffered store per byte, else memory. */
        private long load(int agent, int block, int byteIndex, int width) {
            Entry[] buf = buffer(agent);
            long value = blocks[block].readRaw(byteIndex, width);
            if (buf.length == 0) {
                return value;
            }
            for (int i = 0; i < width; i++) {
                int b = byteIndex + i;
                for (int e = buf.length - 1; e >= 0; e--) {
                    if (buf[e].covers(block, b)) {
                        long byteValue = (buf[e].raw() >>> (8 * (b - buf[e].byteIndex()))) & 0xff;
                        value = (value & ~(0xffL << (8 * i))) | (byteValue << (8 * i));
                        break;
                    }
                }
            }
            return value;
        }

        @Override
        public Access perform(Owner owner, int agent, Request req, int option) {
            if (req instanceof Request.Read r) {
                return new Access(this, load(agent, r.block(), r.byteIndex(), r.type().byteSize()));
            }
            if (req instanceof Request.Write w) {
                if (w.seqCst()) {
                    State s = (State) drain(owner, agent);
                    return new Access(s.withBlock(w.block(), s.blocks[w.block()].writeRaw(owner, w.byteIndex(),
                        w.type().byteSize(), w.raw())), 0);
                }
                Entry[] buf = buffer(agent);
                Entry[] grown = Arrays.copyOf(buf, buf.length + 1);
                grown[buf.length] = new Entry(w.block(), w.byteIndex(), w.type().byteSize(), w.raw(),
                    w.target() + "[" + w.index() + "] = " + JsNumbers.toJsString(w.type().fromRaw(w.raw())), w.type(), w.target(),
                    w.index());
                return new Access(withBuffer(agent, grown), 0);
            }
            Request.Rmw m = (Request.Rmw) req;
            State s = (State) drain(owner, agent);
            AtomicOps.Result r = AtomicOps.readModifyWriteRaw(s.blocks[m.block()], owner, m.byteIndex(), m.type(), m.op(),
                m.operand(), m.replacement());
            return new Access(s.withBlock(m.block(), r.bytes()), r.oldRaw());
        }

        @Override
        public List<Internal> internalChoices() {
            List<Internal> out = new ArrayList<>();
            for (int a = 0; a < buffers.length; a++) {
                Entry[] buf = buffer(a);
                if (buf.length > 0) {
                    Entry e = buf[0];
                    out.add(new Internal(a, "flush " + e.label(), new Request.Write(null, e.target(), e.index(), e.block(),
                        e.type(), e.byteIndex(), e.raw(), false, null)));
                }
            }
            return out;
        }

        @Override
        public Memory takeInternal(Owner owner, int index) {
            for (int a = 0, k = 0; a < buffers.length; a++) {
                if (buffer(a).length > 0 && k++ == index) {
                    return flushOldest(owner, a);
                }
            }
            throw new IndexOutOfBoundsException(index);
        }

        private State flushOldest(Owner owner, int agent) {
            Entry[] buf = buffer(agent);
            Entry e = buf[0];
            State s = withBlock(e.block(), blocks[e.block()].writeRaw(owner, e.byteIndex(), e.width(), e.raw()));
            return s.withBuffer(agent, Arrays.copyOfRange(buf, 1, buf.length));
        }

        @Override
        public Memory drain(Owner owner, int agent) {
            State s = this;
            while (s.buffer(agent).length > 0) {
                s = s.flushOldest(owner, agent);
            }
            return s;
        }

        @Override
        public long peek(int agent, int block, ElementType type, int byteIndex) {
            return load(agent, block, byteIndex, type.byteSize());
        }

        @Override
        public Memory poke(Owner owner, int agent, int block, ElementType type, int byteIndex, long raw) {
            // An unpublished block never has buffered stores: write it directly. Otherwise order the
            // write after the agent's buffered stores (a bulk built-in acts as a fenced write).
            State s = this;
            for (Entry e : buffer(agent)) {
                if (e.block() == block) {
                    s = (State) drain(owner, agent);
                    break;
                }
            }
            return s.withBlock(block, s.blocks[block].writeRaw(owner, byteIndex, type.byteSize(), raw));
        }

        @Override
        public List<Long> finalValues(int block, ElementType type, int byteIndex) {
            return List.of(blocks[block].readRaw(byteIndex, type.byteSize()));
        }

        /**
         * An agent with nothing left to run keeps its buffered stores until flushes move them: the
         * machine is not finished while a buffer holds anything, so every final state has drained
         * buffers, yet other agents can still read the old values meanwhile (store buffering).
         */
        @Override
        public Memory agentEnded(Owner owner, int agent) {
            return this;
        }

        @Override
        public Memory spawn(Owner owner, int parent, int child) {
            return drain(owner, parent);
        }

        /** Sending a message or notifying takes a lock in any engine: a full fence on x86. */
        @Override
        public Sync release(Owner owner, int agent) {
            return new Sync(drain(owner, agent), null);
        }

        @Override
        public Memory acquire(Owner owner, int agent, Object token) {
            return this;
        }

        @Override
        public boolean sameAs(Memory other) {
            if (!(other instanceof State s) || !Blocks.same(blocks, s.blocks)) {
                return false;
            }
            int n = Math.max(buffers.length, s.buffers.length);
            for (int a = 0; a < n; a++) {
                if (!Arrays.equals(buffer(a), s.buffer(a))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int stateHash() {
            int h = Blocks.hash(blocks);
            for (int a = 0; a < buffers.length; a++) {
                h = h * 31 + Arrays.hashCode(buffer(a));
            }
            return h;
        }
    }
}
