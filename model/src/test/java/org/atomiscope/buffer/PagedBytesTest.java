package org.atomiscope.buffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PagedBytesTest {

    private static final int ONE_GIB = 1 << 30;

    @Test
    void aFreshBufferReadsZeroEverywhere() {
        PagedBytes bytes = PagedBytes.zeroed(1000);
        assertThat(bytes.length()).isEqualTo(1000);
        assertThat(bytes.getByte(0)).isZero();
        assertThat(bytes.getByte(999)).isZero();
        assertThat(bytes.readRaw(992, 8)).isZero();
        assertThat(bytes.toArray(0, 1000)).containsOnly((byte) 0);
    }

    @Test
    void multiByteValuesAreLittleEndian() {
        PagedBytes bytes = PagedBytes.zeroed(16).writeRaw(new Owner(), 0, 4, 0x01020304L);
        assertThat(bytes.toArray(0, 4)).containsExactly(0x04, 0x03, 0x02, 0x01);
        assertThat(bytes.readRaw(0, 2)).isEqualTo(0x0304L);
        assertThat(bytes.readRaw(2, 2)).isEqualTo(0x0102L);
        assertThat(bytes.getByte(3)).isEqualTo(1);

        PagedBytes wide = bytes.writeRaw(new Owner(), 8, 8, 0x0102030405060708L);
        assertThat(wide.toArray(8, 16)).containsExactly(8, 7, 6, 5, 4, 3, 2, 1);
    }

    @Test
    void rawReadsAreUnsignedAndWritesKeepOnlyTheLowBytes() {
        PagedBytes bytes = PagedBytes.zeroed(16).writeRaw(new Owner(), 4, 4, -1L);
        assertThat(bytes.readRaw(4, 4)).isEqualTo(0xFFFF_FFFFL);
        assertThat(bytes.readRaw(0, 4)).isZero();
        assertThat(bytes.readRaw(8, 4)).isZero();
        assertThat(bytes.getByte(7)).isEqualTo(255);
        assertThat(bytes.writeRaw(new Owner(), 8, 8, -1L).readRaw(8, 8)).isEqualTo(-1L);
    }

    @Test
    void aSnapshotNeverChangesAfterAWriteWithANewOwner() {
        Owner first = new Owner();
        PagedBytes snapshot = PagedBytes.zeroed(4096).writeRaw(first, 100, 4, 42);
        PagedBytes later = snapshot.writeRaw(new Owner(), 100, 4, 43);
        later = later.writeRaw(new Owner(), 2000, 1, 7);

        assertThat(later).isNotSameAs(snapshot);
        assertThat(snapshot.readRaw(100, 4)).isEqualTo(42);
        assertThat(snapshot.getByte(2000)).isZero();
        assertThat(later.readRaw(100, 4)).isEqualTo(43);
        assertThat(later.getByte(2000)).isEqualTo(7);
    }

    @Test
    void aWriteWithTheSameOwnerChangesTheBufferInPlace() {
        Owner step = new Owner();
        PagedBytes once = PagedBytes.zeroed(4096).writeRaw(step, 0, 4, 1);
        PagedBytes twice = once.writeRaw(step, 4, 4, 2);
        PagedBytes thrice = twice.writeRaw(step, 3000, 2, 3);

        assertThat(twice).isSameAs(once);
        assertThat(thrice).isSameAs(once);
        assertThat(once.readRaw(4, 4)).isEqualTo(2);
        assertThat(once.readRaw(3000, 2)).isEqualTo(3);
    }

    @Test
    void aWriteCopiesOnlyThePathToItsPage() {
        PagedBytes before = PagedBytes.zeroed(64 * 1024);
        before = before.writeRaw(new Owner(), 0, 4, 1).writeRaw(new Owner(), 60_000, 4, 2);
        PagedBytes after = before.writeRaw(new Owner(), 300, 4, 3);

        assertThat(after.sharesPage(0, before, 0)).isTrue();
        assertThat(after.sharesPage(60_000, before, 60_000)).isTrue();
        assertThat(after.sharesPage(300, before, 300)).isFalse();
    }

    @Test
    void writingTheValueAlreadyThereCopiesNothing() {
        PagedBytes bytes = PagedBytes.zeroed(1024);
        assertThat(bytes.writeRaw(new Owner(), 16, 4, 0)).isSameAs(bytes);
        PagedBytes five = bytes.writeRaw(new Owner(), 16, 4, 5);
        assertThat(five.writeRaw(new Owner(), 16, 4, 5)).isSameAs(five);
    }

    @Test
    void aGibibyteOfZerosIsAHandfulOfSharedNodes() {
        PagedBytes huge = PagedBytes.zeroed(ONE_GIB);
        assertThat(huge.distinctNodeCount()).isLessThanOrEqualTo(6);
        assertThat(huge.readRaw(ONE_GIB - 8, 8)).isZero();

        PagedBytes written = huge.writeRaw(new Owner(), ONE_GIB - 4, 4, 0xCAFEL);
        // One new node per level on the written path, plus the shared zero nodes.
        assertThat(written.distinctNodeCount()).isLessThanOrEqualTo(12);
        assertThat(written.readRaw(ONE_GIB - 4, 4)).isEqualTo(0xCAFEL);
        assertThat(huge.readRaw(ONE_GIB - 4, 4)).isZero();
    }

    @Test
    void theLargestLengthWorks() {
        PagedBytes max = PagedBytes.zeroed(Integer.MAX_VALUE);
        PagedBytes written = max.writeRaw(new Owner(), Integer.MAX_VALUE - 1, 1, 9);
        assertThat(written.getByte(Integer.MAX_VALUE - 1)).isEqualTo(9);
        assertThat(written.distinctNodeCount()).isLessThanOrEqualTo(12);
    }

    @Test
    void emptyBuffersAreAllowed() {
        PagedBytes empty = PagedBytes.zeroed(0);
        assertThat(empty.length()).isZero();
        assertThat(empty.toArray(0, 0)).isEmpty();
        assertThat(empty.contentEquals(PagedBytes.zeroed(0))).isTrue();
        assertThatThrownBy(() -> empty.getByte(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void accessesOutsideTheBufferOrMisalignedAreRefused() {
        PagedBytes bytes = PagedBytes.zeroed(16);
        assertThatThrownBy(() -> bytes.readRaw(16, 1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("outside a buffer of 16 bytes");
        assertThatThrownBy(() -> bytes.readRaw(4, 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not aligned");
        assertThatThrownBy(() -> bytes.readRaw(-1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> bytes.writeRaw(new Owner(), 2, 4, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bytes.readRaw(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PagedBytes.zeroed(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contentEqualityIgnoresHowTheBytesGotThere() {
        PagedBytes a = PagedBytes.zeroed(10_000).writeRaw(new Owner(), 5000, 4, 77);
        PagedBytes b = PagedBytes.zeroed(10_000).writeRaw(new Owner(), 5000, 2, 77);
        PagedBytes c = b.writeRaw(new Owner(), 5000, 4, 0).writeRaw(new Owner(), 5000, 4, 77);

        assertThat(a.contentEquals(b)).isTrue();
        assertThat(a.contentEquals(c)).isTrue();
        assertThat(a.contentHash()).isEqualTo(b.contentHash()).isEqualTo(c.contentHash());

        PagedBytes d = a.writeRaw(new Owner(), 9996, 4, 1);
        assertThat(a.contentEquals(d)).isFalse();
        assertThat(a.contentHash()).isNotEqualTo(d.contentHash());
        assertThat(PagedBytes.zeroed(8).contentEquals(PagedBytes.zeroed(16))).isFalse();
        assertThat(PagedBytes.zeroed(8).contentHash()).isNotEqualTo(PagedBytes.zeroed(16).contentHash());
    }

    @Test
    void hashesFollowInPlaceWrites() {
        Owner step = new Owner();
        PagedBytes bytes = PagedBytes.zeroed(4096).writeRaw(step, 8, 4, 1);
        int hashOne = bytes.contentHash();
        bytes = bytes.writeRaw(step, 8, 4, 2); // same owner: the cached hashes must be dropped
        PagedBytes fresh = PagedBytes.zeroed(4096).writeRaw(new Owner(), 8, 4, 2);

        assertThat(bytes.contentHash()).isNotEqualTo(hashOne).isEqualTo(fresh.contentHash());
        assertThat(bytes.contentEquals(fresh)).isTrue();
    }

    @Test
    void fillSetsExactlyTheRangeAndSharesWholePages() {
        PagedBytes bytes = PagedBytes.zeroed(ONE_GIB).fill(new Owner(), 3, ONE_GIB - 5, 0x7F);
        assertThat(bytes.getByte(2)).isZero();
        assertThat(bytes.getByte(3)).isEqualTo(0x7F);
        assertThat(bytes.getByte(ONE_GIB / 2)).isEqualTo(0x7F);
        assertThat(bytes.getByte(ONE_GIB - 6)).isEqualTo(0x7F);
        assertThat(bytes.getByte(ONE_GIB - 5)).isZero();
        // Whole pages and subtrees are one shared filled node per level.
        assertThat(bytes.distinctNodeCount()).isLessThan(40);

        PagedBytes small = PagedBytes.zeroed(600).fill(new Owner(), 0, 600, -1);
        assertThat(small.toArray(0, 600)).containsOnly((byte) -1);
    }

    @Test
    void writesIntoAFilledPageDoNotLeakIntoItsSharedCopies() {
        Owner step = new Owner();
        PagedBytes bytes = PagedBytes.zeroed(4096).fill(step, 0, 4096, 1);
        bytes = bytes.writeRaw(step, 0, 1, 2);
        assertThat(bytes.getByte(0)).isEqualTo(2);
        assertThat(bytes.getByte(256)).isEqualTo(1);
        assertThat(bytes.getByte(1)).isEqualTo(1);
    }

    @Test
    void copyRangeCopiesAndLeavesTheSourceAlone() {
        PagedBytes src = PagedBytes.of(sequence(1000));
        PagedBytes slice = src.copyRange(new Owner(), 10, 500);
        assertThat(slice.length()).isEqualTo(490);
        assertThat(slice.toArray(0, 490)).isEqualTo(src.toArray(10, 500));

        PagedBytes changed = slice.writeRaw(new Owner(), 0, 1, 0);
        assertThat(src.getByte(10)).isEqualTo(10);
        assertThat(changed.getByte(0)).isZero();
    }

    @Test
    void alignedBulkCopiesSharePagesWithTheSource() {
        PagedBytes src = PagedBytes.of(sequence(8192));
        PagedBytes copy = src.copyRange(new Owner(), 1024, 8192);
        assertThat(copy.sharesPage(0, src, 1024)).isTrue();
        assertThat(copy.sharesPage(6000, src, 7024)).isTrue();
        PagedBytes unaligned = src.copyRange(new Owner(), 1000, 8192);
        assertThat(unaligned.sharesPage(0, src, 1000)).isFalse();
        assertThat(copy.toArray(0, 7168)).isEqualTo(src.toArray(1024, 8192));
    }

    @Test
    void setCopiesBetweenBuffersAtAnyOffsets() {
        PagedBytes src = PagedBytes.of(sequence(3000));
        PagedBytes dest = PagedBytes.zeroed(5000).set(new Owner(), 777, src, 13, 2500);
        assertThat(dest.toArray(777, 777 + 2500)).isEqualTo(src.toArray(13, 2513));
        assertThat(dest.getByte(776)).isZero();
        assertThat(dest.getByte(777 + 2500)).isZero();
    }

    @Test
    void setWithinOneBufferBehavesLikeMemmove() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            byte[] model = sequence(2048);
            Owner step = new Owner();
            PagedBytes bytes = PagedBytes.zeroed(2048).writeBytes(step, 0, model, 0, 2048);
            int len = random.nextInt(1500);
            int from = random.nextInt(2048 - len + 1);
            int to = random.nextInt(2048 - len + 1);
            System.arraycopy(model, from, model, to, len);
            bytes = bytes.set(step, to, bytes, from, len);
            assertThat(bytes.toArray(0, 2048)).as("round %d", round).isEqualTo(model);
        }
    }

    @Test
    void sharedPagesOwnedByTheWriterAreCopiedNotAliased() {
        Owner step = new Owner();
        PagedBytes src = PagedBytes.zeroed(1024).fill(step, 0, 1024, 0).writeRaw(step, 0, 4, 5);
        PagedBytes dest = PagedBytes.zeroed(1024).set(step, 0, src, 0, 1024);
        dest = dest.writeRaw(step, 0, 4, 6);
        assertThat(src.readRaw(0, 4)).isEqualTo(5);
        assertThat(dest.readRaw(0, 4)).isEqualTo(6);
    }

    @Test
    void randomWritesMatchAPlainArrayAndOldSnapshotsStayIntact() {
        Random random = new Random(42);
        int size = 70_000;
        byte[] model = new byte[size];
        PagedBytes bytes = PagedBytes.zeroed(size);
        PagedBytes snapshot = null;
        byte[] snapshotModel = null;
        for (int step = 0; step < 300; step++) {
            Owner owner = new Owner();
            for (int w = 0; w < 10; w++) {
                int width = 1 << random.nextInt(4);
                int index = random.nextInt(size / width) * width;
                long value = random.nextLong();
                bytes = bytes.writeRaw(owner, index, width, value);
                for (int i = 0; i < width; i++) {
                    model[index + i] = (byte) (value >>> (8 * i));
                }
            }
            if (step == 150) {
                snapshot = bytes;
                snapshotModel = model.clone();
            }
        }
        assertThat(bytes.toArray(0, size)).isEqualTo(model);
        assertThat(snapshot.toArray(0, size)).isEqualTo(snapshotModel);
        assertThat(PagedBytes.of(model).contentEquals(bytes)).isTrue();
        assertThat(PagedBytes.of(model).contentHash()).isEqualTo(bytes.contentHash());
    }

    private static byte[] sequence(int n) {
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
