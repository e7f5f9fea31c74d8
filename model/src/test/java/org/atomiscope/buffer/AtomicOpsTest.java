package org.atomiscope.buffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atomiscope.buffer.ElementType.*;
import static org.atomiscope.buffer.RmwOp.*;

import java.util.List;
import org.atomiscope.js.JsNumbers;
import org.junit.jupiter.api.Test;

class AtomicOpsTest {

    private static final List<ElementType> NUMBER_INTEGER_TYPES = List.of(INT8, UINT8, INT16, UINT16, INT32, UINT32);

    // ------------------------------------------------------------ the cases a reader expects

    @Test
    void addWrapsAtTheTopOfEachSignedType() {
        assertRmw(INT8, ADD, 127, 1, 127, -128);
        assertRmw(INT16, ADD, 32767, 1, 32767, -32768);
        assertRmw(INT32, ADD, 0x7fffffff, 1, 2147483647, -2147483648);
    }

    @Test
    void subWrapsAtTheBottomOfEachUnsignedType() {
        assertRmw(UINT8, SUB, 0, 1, 0, 255);
        assertRmw(UINT16, SUB, 0, 1, 0, 65535);
        assertRmw(UINT32, SUB, 0, 1, 0, 4294967295.0);
        assertRmw(INT8, SUB, -128, 1, -128, 127);
        assertRmw(INT32, SUB, -2147483648, 1, -2147483648, 2147483647);
    }

    @Test
    void operandsAreTruncatedThenWrappedToTheElementType() {
        assertRmw(INT32, ADD, 10, 3.7, 10, 13);
        assertRmw(INT32, ADD, 10, -3.7, 10, 7);
        assertRmw(INT32, ADD, 10, -0.0, 10, 10);
        assertRmw(INT32, ADD, 10, Double.NaN, 10, 10);
        assertRmw(INT32, ADD, 10, Double.POSITIVE_INFINITY, 10, 10);
        assertRmw(INT32, ADD, 10, 0x1p40 + 5, 10, 15);
        assertRmw(UINT8, ADD, 0, 300, 0, 44);
        assertRmw(INT8, EXCHANGE, 1, 300, 1, 44);
        assertRmw(UINT32, OR, 0, -1, 0, 4294967295.0);
    }

    @Test
    void bitwiseOperations() {
        assertRmw(UINT8, AND, 0b1100, 0b1010, 0b1100, 0b1000);
        assertRmw(UINT8, OR, 0b1100, 0b1010, 0b1100, 0b1110);
        assertRmw(UINT8, XOR, 0b1100, 0b1010, 0b1100, 0b0110);
        assertRmw(INT16, XOR, -1, 0x00FF, -1, -256);
        assertRmw(INT32, AND, -1, 0x0F0F0F0F, -1, 0x0F0F0F0F);
    }

    @Test
    void exchangeReturnsTheOldValue() {
        assertRmw(INT32, EXCHANGE, 7, 8, 7, 8);
        assertRmw(UINT16, EXCHANGE, 7, -1, 7, 65535);
    }

    @Test
    void compareExchangeConvertsTheExpectedValueBeforeComparing() {
        // Atomics.compareExchange(int8, i, 300, 9) compares the element with ToInt8(300) = 44.
        assertCompareExchange(INT8, 44, 300, 9, 44, 9);
        assertCompareExchange(INT8, 44, 44.9, 9, 44, 9);
        assertCompareExchange(UINT8, 255, -1, 1, 255, 1);
        assertCompareExchange(INT8, -1, 255, 1, -1, 1);
        assertCompareExchange(INT32, 0, -0.0, 5, 0, 5);
        assertCompareExchange(INT32, 0, Double.NaN, 5, 0, 5);
        assertCompareExchange(UINT32, 4294967295.0, -1, 2, 4294967295.0, 2);
        // A failed exchange leaves the element alone and still returns it.
        assertCompareExchange(INT32, 5, 6, 7, 5, 5);
        assertCompareExchange(INT8, 44, 45, 7, 44, 44);
    }

    @Test
    void storeReturnsTheIntegerNotTheStoredElement() {
        assertThat(AtomicOps.storeReturnValue(300)).isEqualTo(300.0);
        assertThat(INT8.fromRaw(AtomicOps.operandToRaw(INT8, 300))).isEqualTo(44.0);
        assertThat(AtomicOps.storeReturnValue(3.7)).isEqualTo(3.0);
        assertThat(AtomicOps.storeReturnValue(-3.7)).isEqualTo(-3.0);
        assertThat(AtomicOps.storeReturnValue(Double.NaN)).isEqualTo(0.0);
        assertThat(AtomicOps.storeReturnValue(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        double negativeZero = AtomicOps.storeReturnValue(-0.0);
        assertThat(1 / negativeZero).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(1 / AtomicOps.storeReturnValue(-0.5)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void isLockFreeFollowsTheSpecWithEightBytesLockFree() {
        assertThat(AtomicOps.isLockFree(1)).isTrue();
        assertThat(AtomicOps.isLockFree(2)).isTrue();
        assertThat(AtomicOps.isLockFree(4)).isTrue();
        assertThat(AtomicOps.isLockFree(8)).isTrue();
        assertThat(AtomicOps.isLockFree(4.5)).isTrue(); // ToIntegerOrInfinity(4.5) is 4
        for (double size : new double[] {0, 3, 5, 16, -4, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThat(AtomicOps.isLockFree(size)).as("%s", size).isFalse();
        }
    }

    @Test
    void clampedAndFloatArraysAreRefused() {
        for (ElementType type : List.of(UINT8_CLAMPED, FLOAT32, FLOAT64)) {
            assertThatThrownBy(() -> AtomicOps.apply(ADD, type, 0, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(type.constructorName());
            assertThatThrownBy(() -> AtomicOps.readModifyWrite(PagedBytes.zeroed(8), new Owner(), 0, type, ADD, 1.0, 0.0))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> AtomicOps.apply(COMPARE_EXCHANGE, INT32, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------ against the spec's own steps

    /**
     * For ADD and SUB the spec converts both byte lists to Numbers, adds or subtracts them as
     * doubles, and converts back with the element type's ToIntN (GetModifySetValueInBuffer
     * and the closures of #sec-atomics.add / .sub). This test does exactly that, with no
     * masks, and compares with both the pure function and the VarHandle path.
     */
    @Test
    void everyOpOnEveryTypeAgreesWithTheSpecSteps() {
        double[] values = {0, 1, -1, 2, 5, 44, 127, 128, -128, -129, 255, 256, 300, 32767, 32768, -32768,
            65535, 65536, 0x7fffffff, 0x80000000L, -0x80000000L, 4294967295.0, 3.7, -3.7, -0.0,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0x1p40 + 5, 1e21};
        int checked = 0;
        for (ElementType type : NUMBER_INTEGER_TYPES) {
            for (double init : values) {
                long oldRaw = type.toRaw(init);
                for (double operand : values) {
                    long operandRaw = AtomicOps.operandToRaw(type, operand);
                    double x = type.fromRaw(oldRaw);
                    double y = type.fromRaw(operandRaw);
                    assertOp(type, ADD, oldRaw, operand, 0, type.toRaw(x + y));
                    assertOp(type, SUB, oldRaw, operand, 0, type.toRaw(x - y));
                    assertOp(type, AND, oldRaw, operand, 0, bytewise(oldRaw, operandRaw, type, 0));
                    assertOp(type, OR, oldRaw, operand, 0, bytewise(oldRaw, operandRaw, type, 1));
                    assertOp(type, XOR, oldRaw, operand, 0, bytewise(oldRaw, operandRaw, type, 2));
                    assertOp(type, EXCHANGE, oldRaw, operand, 0, operandRaw);
                    long replacementRaw = type.toRaw(JsNumbers.toIntegerOrInfinity(init + 1));
                    assertOp(type, COMPARE_EXCHANGE, oldRaw, operand, init + 1,
                            oldRaw == operandRaw ? replacementRaw : oldRaw);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(6 * values.length * values.length);
    }

    @Test
    void everyByteOfAWordCanBeUpdatedWithoutTouchingItsNeighbours() {
        for (ElementType type : List.of(INT8, UINT16, INT32)) {
            for (int index = 0; index < 16; index += type.byteSize()) {
                PagedBytes bytes = PagedBytes.zeroed(16).fill(new Owner(), 0, 16, 0x55);
                AtomicOps.Result r = AtomicOps.readModifyWriteRaw(bytes, new Owner(), index, type, XOR, -1L, 0L);
                for (int i = 0; i < 16; i++) {
                    boolean inside = i >= index && i < index + type.byteSize();
                    assertThat(r.bytes().getByte(i)).as("%s at %d, byte %d", type, index, i)
                            .isEqualTo(inside ? 0xAA : 0x55);
                }
            }
        }
    }

    /**
     * The page-level primitive is a real atomic: threads hammering neighbouring bytes of one
     * int (the 1-byte compare-and-set loop) and one shared int lose no update. Only this
     * primitive is thread-safe; PagedBytes edits are single-writer by the owner rule.
     */
    @Test
    void pageUpdatesAreAtomicUnderContention() throws InterruptedException {
        byte[] page = new byte[256];
        int threads = 4;
        int rounds = 20_000;
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int lane = t;
            workers[t] = new Thread(() -> {
                for (int i = 0; i < rounds; i++) {
                    AtomicOps.onPage(page, lane, UINT8, ADD, 1, 0);  // own byte of the int at 0
                    AtomicOps.onPage(page, 8, INT32, ADD, 1, 0);     // one int shared by all
                    AtomicOps.onPage(page, 16, BIGINT64, SUB, 1, 0); // one long shared by all
                }
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        PagedBytes result = PagedBytes.of(page);
        for (int lane = 0; lane < threads; lane++) {
            assertThat(result.getByte(lane)).isEqualTo(rounds & 0xFF);
        }
        assertThat(result.readRaw(8, 4)).isEqualTo(threads * rounds);
        assertThat(result.readRaw(16, 8)).isEqualTo(-(long) threads * rounds);
    }

    // ------------------------------------------------------------ snapshots and pages

    @Test
    void anRmwWithANewOwnerLeavesTheSnapshotAlone() {
        PagedBytes snapshot = PagedBytes.zeroed(1024).writeRaw(new Owner(), 512, 4, 41);
        AtomicOps.Result r = AtomicOps.readModifyWrite(snapshot, new Owner(), 512, INT32, ADD, 1.0, 0.0);
        assertThat(r.oldRaw()).isEqualTo(41);
        assertThat(r.bytes().readRaw(512, 4)).isEqualTo(42);
        assertThat(snapshot.readRaw(512, 4)).isEqualTo(41);
        assertThat(r.bytes()).isNotSameAs(snapshot);
    }

    @Test
    void anRmwWithTheSameOwnerUpdatesInPlace() {
        Owner step = new Owner();
        PagedBytes bytes = PagedBytes.zeroed(1024).writeRaw(step, 8, 8, 1);
        AtomicOps.Result r = AtomicOps.readModifyWriteRaw(bytes, step, 8, BIGINT64, ADD, 2L, 0L);
        assertThat(r.bytes()).isSameAs(bytes);
        assertThat(bytes.readRaw(8, 8)).isEqualTo(3);
    }

    @Test
    void anRmwThatChangesNothingCopiesNothing() {
        PagedBytes bytes = PagedBytes.zeroed(1 << 20);
        AtomicOps.Result failed = AtomicOps.readModifyWrite(bytes, new Owner(), 4, INT32, COMPARE_EXCHANGE, 1.0, 2.0);
        assertThat(failed.bytes()).isSameAs(bytes);
        assertThat(failed.oldRaw()).isZero();
        AtomicOps.Result addZero = AtomicOps.readModifyWrite(bytes, new Owner(), 4, INT32, ADD, 0.0, 0.0);
        assertThat(addZero.bytes()).isSameAs(bytes);
    }

    @Test
    void hashesSeeAtomicUpdatesMadeInPlace() {
        Owner step = new Owner();
        PagedBytes bytes = PagedBytes.zeroed(64).writeRaw(step, 0, 4, 1);
        int before = bytes.contentHash();
        AtomicOps.readModifyWrite(bytes, step, 0, INT32, ADD, 1.0, 0.0);
        assertThat(bytes.contentHash()).isNotEqualTo(before)
                .isEqualTo(PagedBytes.zeroed(64).writeRaw(new Owner(), 0, 4, 2).contentHash());
    }

    // ------------------------------------------------------------ helpers

    private static void assertRmw(ElementType type, RmwOp op, double init, double operand,
                                  double expectedReturn, double expectedAfter) {
        PagedBytes bytes = PagedBytes.zeroed(16).writeRaw(new Owner(), 8, type.byteSize(), type.toRaw(init));
        AtomicOps.Result r = AtomicOps.readModifyWrite(bytes, new Owner(), 8, type, op, operand, 0);
        String what = type.constructorName() + " " + op.jsName() + "(" + init + ", " + operand + ")";
        assertThat(type.fromRaw(r.oldRaw())).as(what + " returns").isEqualTo(expectedReturn);
        assertThat(type.fromRaw(r.bytes().readRaw(8, type.byteSize()))).as(what + " leaves").isEqualTo(expectedAfter);
    }

    private static void assertCompareExchange(ElementType type, double init, double expected, double replacement,
                                              double expectedReturn, double expectedAfter) {
        PagedBytes bytes = PagedBytes.zeroed(16).writeRaw(new Owner(), 4, type.byteSize(), type.toRaw(init));
        AtomicOps.Result r = AtomicOps.readModifyWrite(bytes, new Owner(), 4, type, COMPARE_EXCHANGE, expected, replacement);
        String what = type.constructorName() + " compareExchange(" + init + ", " + expected + ", " + replacement + ")";
        assertThat(type.fromRaw(r.oldRaw())).as(what + " returns").isEqualTo(expectedReturn);
        assertThat(type.fromRaw(r.bytes().readRaw(4, type.byteSize()))).as(what + " leaves").isEqualTo(expectedAfter);
    }

    private static void assertOp(ElementType type, RmwOp op, long oldRaw, double operand, double replacement,
                                 long expectedNewRaw) {
        long operandRaw = AtomicOps.operandToRaw(type, operand);
        long replacementRaw = AtomicOps.operandToRaw(type, replacement);
        String what = type + " " + op + " old=" + oldRaw + " operand=" + operand;
        assertThat(AtomicOps.apply(op, type, oldRaw, operandRaw, replacementRaw)).as(what).isEqualTo(expectedNewRaw);

        int index = 16 - type.byteSize(); // the last element of its word
        PagedBytes bytes = PagedBytes.zeroed(16).writeRaw(new Owner(), index, type.byteSize(), oldRaw);
        AtomicOps.Result r = AtomicOps.readModifyWriteRaw(bytes, new Owner(), index, type, op, operandRaw, replacementRaw);
        assertThat(r.oldRaw()).as(what).isEqualTo(oldRaw);
        assertThat(r.bytes().readRaw(index, type.byteSize())).as(what).isEqualTo(expectedNewRaw);
    }

    /** ByteListBitwiseOp done literally, byte by byte: 0 = and, 1 = or, 2 = xor. */
    private static long bytewise(long x, long y, ElementType type, int which) {
        long result = 0;
        for (int i = 0; i < type.byteSize(); i++) {
            int a = (int) (x >>> (8 * i)) & 0xFF;
            int b = (int) (y >>> (8 * i)) & 0xFF;
            int c = which == 0 ? a & b : which == 1 ? a | b : a ^ b;
            result |= (long) c << (8 * i);
        }
        return result;
    }
}
