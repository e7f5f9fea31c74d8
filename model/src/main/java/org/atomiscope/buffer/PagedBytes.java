package org.atomiscope.buffer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The bytes of one simulated buffer: a persistent, little-endian byte store of fixed length.
 *
 * <p>The bytes live in a radix tree: {@value #LEAF_SIZE}-byte leaf pages under
 * {@value #BRANCH_SIZE}-way branches. Keeping an old {@code PagedBytes} is a free snapshot;
 * a write copies only the nodes on one root-to-leaf path (at most six small nodes). Pages
 * that were never written are one shared zero page (and shared zero branches above it), so
 * a 1 GiB buffer costs a handful of objects until it is written.
 *
 * <p>Writes take an {@link Owner} token: nodes the token created are changed in place, the
 * others are copied first. A write therefore returns the buffer to use from now on, which
 * is either this object (changed in place) or a new one; in both cases every
 * {@code PagedBytes} produced with another token is left exactly as it was. Use a fresh
 * token per simulation step.
 *
 * <p>Multi-byte values are little-endian (ECMA-262 lets the host choose; every engine in
 * use is little-endian, and the teaching examples assume it). Every multi-byte access must
 * be naturally aligned ({@code byteIndex % width == 0}), as typed-array elements always
 * are; so an element never spans two pages.
 *
 * <p>Equality is identity; use {@link #contentEquals} and {@link #contentHash} to compare
 * bytes. Both are cheap when two trees share nodes, which is how equal machine states are
 * recognised.
 */
public final class PagedBytes {

    static final int LEAF_BITS = 8;
    static final int LEAF_SIZE = 1 << LEAF_BITS;
    static final int BRANCH_BITS = 5;
    static final int BRANCH_SIZE = 1 << BRANCH_BITS;
    /** 256 * 32^5 = 2^33 bytes, enough for any int length. */
    static final int MAX_HEIGHT = 5;

    /** Chunk size when a buffer copies a range onto itself and has to go byte by byte. */
    private static final int MOVE_CHUNK = 4096;

    private static final VarHandle SHORTS =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** ZERO[h]: the shared all-zero node of height h (h = 0 is the zero leaf page). */
    private static final Node[] ZERO = new Node[MAX_HEIGHT + 1];

    static {
        ZERO[0] = new Node.Leaf(Owner.FROZEN, new byte[LEAF_SIZE]);
        for (int h = 1; h <= MAX_HEIGHT; h++) {
            Node[] children = new Node[BRANCH_SIZE];
            Arrays.fill(children, ZERO[h - 1]);
            ZERO[h] = new Node.Branch(Owner.FROZEN, children);
        }
        for (Node zero : ZERO) {
            zero.contentHash();
        }
    }

    private final int length;
    /** Number of branch levels above the leaves; 0 when the root is a single leaf page. */
    private final int height;
    private final Node root;

    private PagedBytes(int length, int height, Node root) {
        this.length = length;
        this.height = height;
        this.root = root;
    }

    /** A buffer of {@code length} zero bytes, sharing the zero pages; costs O(1) memory. */
    public static PagedBytes zeroed(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("A buffer length cannot be negative, but was " + length + ".");
        }
        int h = heightFor(length);
        return new PagedBytes(length, h, ZERO[h]);
    }

    /** A buffer holding a copy of {@code bytes}. */
    public static PagedBytes of(byte[] bytes) {
        return zeroed(bytes.length).writeBytes(new Owner(), 0, bytes, 0, bytes.length);
    }

    public int length() {
        return length;
    }

    // ---------------------------------------------------------------- reads

    /** The byte at {@code index} as an unsigned value 0..255. */
    public int getByte(int index) {
        checkRange(index, index + 1L);
        return leafAt(index)[index & (LEAF_SIZE - 1)] & 0xFF;
    }

    /**
     * The {@code width} bytes (1, 2, 4 or 8) at {@code byteIndex}, little-endian, as unsigned
     * raw bits: a 4-byte read of FF FF FF FF is {@code 0xFFFFFFFFL}, not -1. An 8-byte read
     * fills the whole long.
     */
    public long readRaw(int byteIndex, int width) {
        checkAccess(byteIndex, width);
        byte[] page = leafAt(byteIndex);
        int offset = byteIndex & (LEAF_SIZE - 1);
        switch (width) {
            case 1: return page[offset] & 0xFFL;
            case 2: return ((short) SHORTS.get(page, offset)) & 0xFFFFL;
            case 4: return ((int) INTS.get(page, offset)) & 0xFFFF_FFFFL;
            default: return (long) LONGS.get(page, offset);
        }
    }

    /** A copy of bytes {@code from} (inclusive) to {@code to} (exclusive). */
    public byte[] toArray(int from, int to) {
        checkRange(from, to);
        byte[] out = new byte[to - from];
        readInto(from, out, 0, to - from);
        return out;
    }

    /** Copies {@code len} bytes starting at {@code index} into {@code dest[destOffset..]}. */
    public void readInto(int index, byte[] dest, int destOffset, int len) {
        checkRange(index, (long) index + len);
        Objects.checkFromIndexSize(destOffset, len, dest.length);
        int done = 0;
        while (done < len) {
            int at = index + done;
            int offset = at & (LEAF_SIZE - 1);
            int chunk = Math.min(len - done, LEAF_SIZE - offset);
            System.arraycopy(leafAt(at), offset, dest, destOffset + done, chunk);
            done += chunk;
        }
    }

    // ---------------------------------------------------------------- writes

    /**
     * Writes the low {@code width} bytes of {@code rawBits} at {@code byteIndex},
     * little-endian. Returns the buffer to use from now on (see the class comment). Writing
     * the value that is already there changes nothing and returns this buffer.
     */
    public PagedBytes writeRaw(Owner owner, int byteIndex, int width, long rawBits) {
        checkAccess(byteIndex, width);
        Objects.requireNonNull(owner, "owner");
        if (readRaw(byteIndex, width) == (rawBits & mask(width))) {
            return this; // keeps structure shared, so equal states stay cheaply equal
        }
        Edit edit = edit(owner, byteIndex);
        byte[] page = edit.page;
        int offset = edit.offset;
        switch (width) {
            case 1: page[offset] = (byte) rawBits; break;
            case 2: SHORTS.set(page, offset, (short) rawBits); break;
            case 4: INTS.set(page, offset, (int) rawBits); break;
            default: LONGS.set(page, offset, rawBits); break;
        }
        return edit.bytes;
    }

    /** Writes {@code src[srcOffset .. srcOffset+len)} at {@code index}. */
    public PagedBytes writeBytes(Owner owner, int index, byte[] src, int srcOffset, int len) {
        checkRange(index, (long) index + len);
        Objects.checkFromIndexSize(srcOffset, len, src.length);
        Objects.requireNonNull(owner, "owner");
        PagedBytes current = this;
        int done = 0;
        while (done < len) {
            int at = index + done;
            Edit edit = current.edit(owner, at);
            int chunk = Math.min(len - done, LEAF_SIZE - edit.offset);
            System.arraycopy(src, srcOffset + done, edit.page, edit.offset, chunk);
            current = edit.bytes;
            done += chunk;
        }
        return current;
    }

    /**
     * Sets bytes {@code from} (inclusive) to {@code to} (exclusive) to {@code byteValue}
     * (its low 8 bits). Whole pages inside the range become one shared page, so filling a
     * huge buffer costs O(log n) memory.
     */
    public PagedBytes fill(Owner owner, int from, int to, int byteValue) {
        checkRange(from, to);
        Objects.requireNonNull(owner, "owner");
        if (from == to) {
            return this;
        }
        Node[] sharedFilled = new Node[MAX_HEIGHT + 1];
        Node newRoot = fillNode(root, height, 0L, owner, from, to, (byte) byteValue, sharedFilled);
        return newRoot == root ? this : new PagedBytes(length, height, newRoot);
    }

    /**
     * Copies {@code len} bytes of {@code src} starting at {@code srcIndex} to this buffer at
     * {@code destIndex}, as if the source were read completely before anything is written
     * (so {@code src} may be this buffer and the ranges may overlap). When both ranges line
     * up on page boundaries, whole pages of {@code src} are shared rather than copied.
     */
    public PagedBytes set(Owner owner, int destIndex, PagedBytes src, int srcIndex, int len) {
        Objects.requireNonNull(owner, "owner");
        if (len < 0) {
            throw new IllegalArgumentException("A byte count cannot be negative, but was " + len + ".");
        }
        checkRange(destIndex, (long) destIndex + len);
        src.checkRange(srcIndex, (long) srcIndex + len);
        if (len == 0) {
            return this;
        }
        if (src.root == root && root.owner == owner) {
            // Source and destination are the same mutable tree: an in-place write could
            // change bytes not yet read, so copy in chunks in the safe direction (memmove).
            return moveWithin(owner, destIndex, srcIndex, len);
        }
        long delta = (long) srcIndex - destIndex;
        Node newRoot = setNode(root, height, 0L, owner, src, delta, destIndex, destIndex + len);
        return newRoot == root ? this : new PagedBytes(length, height, newRoot);
    }

    /** A new buffer holding a copy of bytes {@code from..to} (for {@code ArrayBuffer.slice}). */
    public PagedBytes copyRange(Owner owner, int from, int to) {
        checkRange(from, to);
        return zeroed(to - from).set(owner, 0, this, from, to - from);
    }

    // ---------------------------------------------------------------- comparing

    /** Whether both buffers have the same length and bytes. Shared nodes are not re-read. */
    public boolean contentEquals(PagedBytes other) {
        return other == this
                || (other.length == length && Node.sameContent(root, other.root));
    }

    /** A hash of length and bytes, consistent with {@link #contentEquals}; cached in nodes. */
    public int contentHash() {
        return 31 * length + root.contentHash();
    }

    @Override
    public String toString() {
        int shown = Math.min(length, 16);
        StringBuilder sb = new StringBuilder("PagedBytes[length=").append(length).append(':');
        for (int i = 0; i < shown; i++) {
            sb.append(' ').append(String.format("%02x", getByte(i)));
        }
        return sb.append(shown < length ? " …]" : "]").toString();
    }

    /**
     * The number of distinct node objects in this tree (shared nodes counted once). For
     * tests and memory diagnostics: a fresh buffer of any size has at most six.
     */
    int distinctNodeCount() {
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        countNodes(root, seen);
        return seen.size();
    }

    /** Whether the page holding {@code index} is the very page object holding {@code other}'s {@code otherIndex}. */
    boolean sharesPage(int index, PagedBytes other, int otherIndex) {
        return leafNode(index) == other.leafNode(otherIndex);
    }

    // ---------------------------------------------------------------- internals

    /** A leaf page made writable for one owner, with the buffer that now holds it. */
    static final class Edit {
        final PagedBytes bytes;
        final byte[] page;
        final int offset;

        private Edit(PagedBytes bytes, byte[] page, int offset) {
            this.bytes = bytes;
            this.page = page;
            this.offset = offset;
        }
    }

    /**
     * Makes the page holding {@code index} writable for {@code owner}: the root-to-leaf path
     * is taken over in place where {@code owner} owns it and copied where it does not. Every
     * node on the path forgets its cached hash, since the caller is about to change it.
     */
    Edit edit(Owner owner, int index) {
        Node newRoot = root.editableBy(owner);
        Node node = newRoot;
        for (int h = height; h > 0; h--) {
            Node.Branch branch = (Node.Branch) node;
            branch.hash = 0;
            int child = childIndex(index, h);
            node = branch.children[child].editableBy(owner);
            branch.children[child] = node;
        }
        Node.Leaf leaf = (Node.Leaf) node;
        leaf.hash = 0;
        PagedBytes result = newRoot == root ? this : new PagedBytes(length, height, newRoot);
        return new Edit(result, leaf.bytes, index & (LEAF_SIZE - 1));
    }

    static long mask(int width) {
        return width == 8 ? -1L : (1L << (8 * width)) - 1;
    }

    void checkAccess(int byteIndex, int width) {
        if (width != 1 && width != 2 && width != 4 && width != 8) {
            throw new IllegalArgumentException("An element is 1, 2, 4 or 8 bytes wide, not " + width + ".");
        }
        checkRange(byteIndex, (long) byteIndex + width);
        if ((byteIndex & (width - 1)) != 0) {
            throw new IllegalArgumentException("A " + width + "-byte access at byte " + byteIndex
                    + " is not aligned to its size.");
        }
    }

    private void checkRange(long from, long to) {
        if (from < 0 || to < from || to > length) {
            throw new IndexOutOfBoundsException("Bytes " + from + " to " + to
                    + " are outside a buffer of " + length + " bytes.");
        }
    }

    private static int heightFor(int length) {
        int h = 0;
        while (span(h) < length) {
            h++;
        }
        return h;
    }

    /** How many bytes a node of height h covers. */
    private static long span(int h) {
        return 1L << (LEAF_BITS + BRANCH_BITS * h);
    }

    private static int childIndex(int index, int h) {
        return (index >>> (LEAF_BITS + BRANCH_BITS * (h - 1))) & (BRANCH_SIZE - 1);
    }

    private Node leafNode(int index) {
        Node node = root;
        for (int h = height; h > 0; h--) {
            node = ((Node.Branch) node).children[childIndex(index, h)];
        }
        return node;
    }

    private byte[] leafAt(int index) {
        return ((Node.Leaf) leafNode(index)).bytes;
    }

    /** The node of height h whose range starts at {@code start}, or null if the tree is lower. */
    private Node nodeAt(int h, long start) {
        if (h > height) {
            return null;
        }
        Node node = root;
        for (int level = height; level > h; level--) {
            node = ((Node.Branch) node).children[childIndex((int) start, level)];
        }
        return node;
    }

    private static Node fillNode(Node node, int h, long base, Owner owner, int from, int to,
                                 byte value, Node[] sharedFilled) {
        long span = span(h);
        if (from <= base && base + span <= to) {
            return filledNode(h, value, sharedFilled);
        }
        if (h == 0) {
            Node.Leaf leaf = (Node.Leaf) node.editableBy(owner);
            leaf.hash = 0;
            Arrays.fill(leaf.bytes, (int) (Math.max(from, base) - base), (int) (Math.min(to, base + span) - base), value);
            return leaf;
        }
        Node.Branch branch = (Node.Branch) node.editableBy(owner);
        branch.hash = 0;
        long childSpan = span(h - 1);
        int first = (int) ((Math.max(from, base) - base) / childSpan);
        int last = (int) ((Math.min(to, base + span) - 1 - base) / childSpan);
        for (int i = first; i <= last; i++) {
            branch.children[i] = fillNode(branch.children[i], h - 1, base + i * childSpan,
                    owner, from, to, value, sharedFilled);
        }
        return branch;
    }

    /**
     * A node of height h full of {@code value}, owned by nobody that can write, so it may sit
     * at many places of many trees at once; one per height and fill call.
     */
    private static Node filledNode(int h, byte value, Node[] sharedFilled) {
        if (value == 0) {
            return ZERO[h];
        }
        if (sharedFilled[h] == null) {
            if (h == 0) {
                byte[] bytes = new byte[LEAF_SIZE];
                Arrays.fill(bytes, value);
                sharedFilled[h] = new Node.Leaf(Owner.FROZEN, bytes);
            } else {
                Node[] children = new Node[BRANCH_SIZE];
                Arrays.fill(children, filledNode(h - 1, value, sharedFilled));
                sharedFilled[h] = new Node.Branch(Owner.FROZEN, children);
            }
        }
        return sharedFilled[h];
    }

    /**
     * Copies into the subtree {@code node} (height h, first byte {@code base}) the part of
     * dest range [from, to) it covers, reading source byte {@code i + delta} for dest byte i.
     */
    private static Node setNode(Node node, int h, long base, Owner owner, PagedBytes src, long delta,
                                int from, int to) {
        long span = span(h);
        if (from <= base && base + span <= to && Math.floorMod(delta, span) == 0) {
            Node shared = src.nodeAt(h, base + delta);
            // A node the writer owns may still be edited in place, so it must not appear in
            // two places; everything else is immutable from here on and can be shared.
            if (shared != null && shared.owner != owner) {
                return shared;
            }
        }
        if (h == 0) {
            Node.Leaf leaf = (Node.Leaf) node.editableBy(owner);
            leaf.hash = 0;
            int start = (int) Math.max(from, base);
            int end = (int) Math.min(to, base + span);
            src.readInto((int) (start + delta), leaf.bytes, (int) (start - base), end - start);
            return leaf;
        }
        Node.Branch branch = (Node.Branch) node.editableBy(owner);
        branch.hash = 0;
        long childSpan = span(h - 1);
        int first = (int) ((Math.max(from, base) - base) / childSpan);
        int last = (int) ((Math.min(to, base + span) - 1 - base) / childSpan);
        for (int i = first; i <= last; i++) {
            branch.children[i] = setNode(branch.children[i], h - 1, base + i * childSpan,
                    owner, src, delta, from, to);
        }
        return branch;
    }

    private PagedBytes moveWithin(Owner owner, int destIndex, int srcIndex, int len) {
        byte[] chunk = new byte[Math.min(len, MOVE_CHUNK)];
        PagedBytes current = this;
        if (destIndex <= srcIndex) {
            for (int done = 0; done < len; done += chunk.length) {
                int n = Math.min(chunk.length, len - done);
                current.readInto(srcIndex + done, chunk, 0, n);
                current = current.writeBytes(owner, destIndex + done, chunk, 0, n);
            }
        } else {
            for (int remaining = len; remaining > 0; ) {
                int n = Math.min(chunk.length, remaining);
                remaining -= n;
                current.readInto(srcIndex + remaining, chunk, 0, n);
                current = current.writeBytes(owner, destIndex + remaining, chunk, 0, n);
            }
        }
        return current;
    }

    private static void countNodes(Node node, Map<Node, Boolean> seen) {
        if (seen.put(node, Boolean.TRUE) == null && node instanceof Node.Branch) {
            for (Node child : ((Node.Branch) node).children) {
                countNodes(child, seen);
            }
        }
    }
}
