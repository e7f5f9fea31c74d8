package org.atomiscope.memory;

import java.util.Arrays;
import org.atomiscope.buffer.PagedBytes;

/** The shared blocks of a model that keeps plain bytes (SC, TSO): an immutable array of byte stores. */
final class Blocks {
    private Blocks() {}

    static PagedBytes[] allocate(PagedBytes[] blocks, int block, int byteLength) {
        PagedBytes[] b = Arrays.copyOf(blocks, Math.max(blocks.length, block + 1));
        b[block] = PagedBytes.zeroed(byteLength);
        return b;
    }

    /** The array with one block replaced, or the same array when nothing changed. */
    static PagedBytes[] with(PagedBytes[] blocks, int block, PagedBytes bytes) {
        if (bytes == blocks[block]) {
            return blocks;
        }
        PagedBytes[] b = blocks.clone();
        b[block] = bytes;
        return b;
    }

    static boolean same(PagedBytes[] x, PagedBytes[] y) {
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!x[i].contentEquals(y[i])) {
                return false;
            }
        }
        return true;
    }

    static int hash(PagedBytes[] blocks) {
        int h = 1;
        for (PagedBytes b : blocks) {
            h = h * 31 + b.contentHash();
        }
        return h;
    }
}
