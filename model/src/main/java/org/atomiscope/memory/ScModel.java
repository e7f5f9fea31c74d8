package org.atomiscope.memory;

import java.util.List;
import org.atomiscope.buffer.AtomicOps;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.buffer.Owner;
import org.atomiscope.buffer.PagedBytes;
import org.atomiscope.vm.Request;

/**
 * Sequential consistency, the atomic engine: one little-endian byte buffer per shared block, every
 * access acting on it at once in schedule order. Read-modify-writes use real atomic operations on the
 * buffer's pages (see {@link AtomicOps}). This is what a data-race-free program sees (ECMA-262 §29.11,
 * "DRF-SC").
 */
public final class ScModel implements MemoryModel {
    public static final ScModel INSTANCE = new ScModel();

    @Override
    public String id() {
        return "sc";
    }

    @Override
    public String displayName() {
        return "Sequentially consistent";
    }

    @Override
    public String shortName() {
        return "SC";
    }

    @Override
    public Memory initial() {
        return new State(new PagedBytes[0]);
    }

    static final class State implements Memory {
        private final PagedBytes[] blocks;

        State(PagedBytes[] blocks) {
            this.blocks = blocks;
        }

        @Override
        public Memory allocate(int block, int byteLength) {
            return new State(Blocks.allocate(blocks, block, byteLength));
        }

        @Override
        public int optionCount(int agent, Request req) {
            return 1;
        }

        @Override
        public String optionLabel(int agent, Request req, int option, java.util.function.IntFunction<String> names) {
            return "";
        }

        @Override
        public Access perform(Owner owner, int agent, Request req, int option) {
            if (req instanceof Request.Read r) {
                return new Access(this, blocks[r.block()].readRaw(r.byteIndex(), r.type().byteSize()));
            }
            if (req instanceof Request.Write w) {
                return new Access(with(w.block(), blocks[w.block()].writeRaw(owner, w.byteIndex(), w.type().byteSize(), w.raw())), 0);
            }
            if (req instanceof Request.Rmw m) {
                AtomicOps.Result r = AtomicOps.readModifyWriteRaw(blocks[m.block()], owner, m.byteIndex(), m.type(), m.op(),
                    m.operand(), m.replacement());
                return new Access(with(m.block(), r.bytes()), r.oldRaw());
            }
            throw new IllegalArgumentException("not a memory access: " + req);
        }

        private State with(int block, PagedBytes bytes) {
            PagedBytes[] b = Blocks.with(blocks, block, bytes);
            return b == blocks ? this : new State(b);
        }

        @Override
        public long peek(int agent, int block, ElementType type, int byteIndex) {
            return blocks[block].readRaw(byteIndex, type.byteSize());
        }

        @Override
        public Memory poke(Owner owner, int agent, int block, ElementType type, int byteIndex, long raw) {
            return with(block, blocks[block].writeRaw(owner, byteIndex, type.byteSize(), raw));
        }

        @Override
        public List<Long> finalValues(int block, ElementType type, int byteIndex) {
            return List.of(peek(-1, block, type, byteIndex));
        }

        @Override
        public Memory drain(Owner owner, int agent) {
            return this;
        }

        @Override
        public Memory spawn(Owner owner, int parent, int child) {
            return this;
        }

        @Override
        public Sync release(Owner owner, int agent) {
            return new Sync(this, null);
        }

        @Override
        public Memory acquire(Owner owner, int agent, Object token) {
            return this;
        }

        @Override
        public boolean sameAs(Memory other) {
            return other instanceof State s && Blocks.same(blocks, s.blocks);
        }

        @Override
        public int stateHash() {
            return Blocks.hash(blocks);
        }
    }
}
