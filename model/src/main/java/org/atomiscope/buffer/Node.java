package org.atomiscope.buffer;

import java.util.Arrays;

/**
 * A node of the {@link PagedBytes} radix tree: a {@link Leaf} page of bytes or a
 * {@link Branch} of child nodes one level lower.
 *
 * <p>Nodes are mutable only for their {@link #owner}; see {@link Owner} for the rule that
 * keeps snapshots unchanged. The content hash is cached in the node and cleared on every
 * in-place edit; an edit always walks the path from the root to the leaf and clears it in
 * every node on that path, so a cached hash is never stale.
 */
abstract class Node {

    /** Stands in for a computed hash of 0, because 0 marks "not yet computed". */
    private static final int ZERO_HASH_STAND_IN = 0x5bd1e995;

    final Owner owner;

    /** The content hash, or 0 when not computed since the last edit. Racy but idempotent. */
    int hash;

    Node(Owner owner) {
        this.owner = owner;
    }

    /** This node if {@code editor} owns it, else a copy that {@code editor} owns. */
    abstract Node editableBy(Owner editor);

    abstract int computeHash();

    final int contentHash() {
        int h = hash;
        if (h == 0) {
            h = computeHash();
            if (h == 0) {
                h = ZERO_HASH_STAND_IN;
            }
            hash = h;
        }
        return h;
    }

    /** Whether two nodes of the same height hold the same bytes; fast when they share nodes. */
    static boolean sameContent(Node a, Node b) {
        if (a == b) {
            return true;
        }
        if (a.hash != 0 && b.hash != 0 && a.hash != b.hash) {
            return false;
        }
        if (a instanceof Leaf leafA) {
            return Arrays.equals(leafA.bytes, ((Leaf) b).bytes);
        }
        Node[] childrenA = ((Branch) a).children;
        Node[] childrenB = ((Branch) b).children;
        for (int i = 0; i < childrenA.length; i++) {
            if (!sameContent(childrenA[i], childrenB[i])) {
                return false;
            }
        }
        return true;
    }

    /** A page of {@link PagedBytes#LEAF_SIZE} bytes. Bytes past the buffer's length stay 0. */
    static final class Leaf extends Node {
        final byte[] bytes;

        Leaf(Owner owner, byte[] bytes) {
            super(owner);
            this.bytes = bytes;
        }

        @Override
        Node editableBy(Owner editor) {
            return owner == editor ? this : new Leaf(editor, bytes.clone());
        }

        @Override
        int computeHash() {
            return Arrays.hashCode(bytes);
        }
    }

    /** An interior node with {@link PagedBytes#BRANCH_SIZE} children, never null. */
    static final class Branch extends Node {
        final Node[] children;

        Branch(Owner owner, Node[] children) {
            super(owner);
            this.children = children;
        }

        @Override
        Node editableBy(Owner editor) {
            return owner == editor ? this : new Branch(editor, children.clone());
        }

        @Override
        int computeHash() {
            int h = 1;
            for (Node child : children) {
                h = 31 * h + child.contentHash();
            }
            return h;
        }
    }
}
