package org.atomiscope.js;

import java.util.Arrays;

/**
 * One agent's heap: a persistent array of {@link HeapCell}s indexed by {@link Ref#id}, as a two-level
 * radix tree (chunks of pages of cells). A {@code Heap} is an editing handle bound to one owner token;
 * {@link #freeze()} gives an immutable {@link Image} that any number of machines may share, and
 * {@link Image#edit(Object)} starts a new handle from it. A write copies, once per token, only the
 * chunk, page and cell it touches, so earlier images never change and a step costs the same however
 * large the heap has grown: this is what makes keeping every past machine cheap.
 */
public final class Heap {
    private static final int PAGE_BITS = 7;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int CHUNK_BITS = 6;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int PAGE_MASK = PAGE - 1;
    private static final int CHUNK_MASK = CHUNK - 1;

    static final class Page {
        final Object owner;
        final HeapCell[] cells;

        Page(Object owner, HeapCell[] cells) {
            this.owner = owner;
            this.cells = cells;
        }
    }

    static final class Chunk {
        final Object owner;
        final Page[] pages;

        Chunk(Object owner, Page[] pages) {
            this.owner = owner;
            this.pages = pages;
        }
    }

    /** An immutable heap snapshot. */
    public static final class Image {
        final Chunk[] chunks;
        final int size;

        Image(Chunk[] chunks, int size) {
            this.chunks = chunks;
            this.size = size;
        }

        public static Image empty() {
            return new Image(new Chunk[0], 0);
        }

        public Heap edit(Object owner) {
            return new Heap(this, owner);
        }

        public int size() {
            return size;
        }

        public HeapCell get(int id) {
            return chunks[id >>> (PAGE_BITS + CHUNK_BITS)].pages[(id >>> PAGE_BITS) & CHUNK_MASK].cells[id & PAGE_MASK];
        }

        /**
         * Whether two images hold equal cells. Chunks, pages and cells that both share (the common
         * case: copy-on-write leaves all but a step's few pages shared) are equal without a look
         * inside; the rest are compared cell by cell with {@code same}.
         */
        public boolean sameContent(Image o, java.util.function.BiPredicate<HeapCell, HeapCell> same) {
            if (this == o) {
                return true;
            }
            if (size != o.size) {
                return false;
            }
            for (int c = 0; c < chunks.length && c < o.chunks.length; c++) {
                Chunk x = chunks[c];
                Chunk y = o.chunks[c];
                if (x == y || x == null || y == null) {
                    if (x != y) {
                        return false;
                    }
                    continue;
                }
                for (int p = 0; p < CHUNK; p++) {
                    Page px = x.pages[p];
                    Page py = y.pages[p];
                    if (px == py) {
                        continue;
                    }
                    if (px == null || py == null) {
                        return false;
                    }
                    for (int i = 0; i < PAGE; i++) {
                        HeapCell a = px.cells[i];
                        HeapCell b = py.cells[i];
                        if (a != b && (a == null || b == null || !same.test(a, b))) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }
    }

    private final Object owner;
    private Chunk[] chunks;
    private boolean chunksOwned;
    private int size;

    private Heap(Image image, Object owner) {
        this.owner = owner;
        this.chunks = image.chunks;
        this.size = image.size;
    }

    public Object owner() {
        return owner;
    }

    public int size() {
        return size;
    }

    /** The image of this heap now. The handle must not be written through afterwards. */
    public Image freeze() {
        chunksOwned = false;
        return new Image(chunks, size);
    }

    /** Read access. The result must not be modified; use {@link #w(Ref)} to write. */
    @SuppressWarnings("unchecked")
    public <T extends HeapCell> T get(Ref r) {
        int id = r.id;
        return (T) chunks[id >>> (PAGE_BITS + CHUNK_BITS)].pages[(id >>> PAGE_BITS) & CHUNK_MASK].cells[id & PAGE_MASK];
    }

    public HeapCell cell(int id) {
        return chunks[id >>> (PAGE_BITS + CHUNK_BITS)].pages[(id >>> PAGE_BITS) & CHUNK_MASK].cells[id & PAGE_MASK];
    }

    /** Write access: the cell, copied first if it belongs to an earlier snapshot. */
    @SuppressWarnings("unchecked")
    public <T extends HeapCell> T w(Ref r) {
        HeapCell c = get(r);
        if (c.owner == owner) {
            return (T) c;
        }
        HeapCell copy = c.copyContents();
        copy.owner = owner;
        writablePage(r.id).cells[r.id & PAGE_MASK] = copy;
        return (T) copy;
    }

    /** Stores a new cell and returns its ref. */
    public Ref alloc(HeapCell c) {
        int id = size;
        int ci = id >>> (PAGE_BITS + CHUNK_BITS);
        if (ci >= chunks.length) {
            chunks = Arrays.copyOf(chunks, Math.max(4, chunks.length * 2));
            chunksOwned = true;
        }
        if (chunks[ci] == null) {
            ownChunks();
            chunks[ci] = new Chunk(owner, new Page[CHUNK]);
        }
        int pi = (id >>> PAGE_BITS) & CHUNK_MASK;
        if (chunks[ci].pages[pi] == null) {
            writableChunk(ci).pages[pi] = new Page(owner, new HeapCell[PAGE]);
        }
        Ref r = new Ref(id);
        c.ref = r;
        c.owner = owner;
        writablePage(id).cells[id & PAGE_MASK] = c;
        size = id + 1;
        return r;
    }

    private void ownChunks() {
        if (!chunksOwned) {
            chunks = chunks.clone();
            chunksOwned = true;
        }
    }

    private Chunk writableChunk(int ci) {
        Chunk c = chunks[ci];
        if (c.owner != owner) {
            ownChunks();
            c = new Chunk(owner, c.pages.clone());
            chunks[ci] = c;
        }
        return c;
    }

    private Page writablePage(int id) {
        Chunk c = writableChunk(id >>> (PAGE_BITS + CHUNK_BITS));
        int pi = (id >>> PAGE_BITS) & CHUNK_MASK;
        Page p = c.pages[pi];
        if (p.owner != owner) {
            p = new Page(owner, p.cells.clone());
            c.pages[pi] = p;
        }
        return p;
    }
}
