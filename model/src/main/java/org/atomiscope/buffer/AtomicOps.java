package org.atomiscope.buffer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.Objects;
import org.atomiscope.js.JsNumbers;

/**
 * The arithmetic of {@code Atomics} (ECMA-262 #sec-atomics-object), in three layers:
 *
 * <ol>
 *   <li>Converting JavaScript arguments: {@link #operandToRaw}, {@link #storeReturnValue},
 *       {@link #isLockFree}.</li>
 *   <li>The pure read-modify-write function on raw values, {@link #apply}, which memory
 *       models use when an RMW reads a value that is not simply "the bytes in the
 *       buffer".</li>
 *   <li>{@link #readModifyWriteRaw} / {@link #readModifyWrite}: the RMW performed on a
 *       {@link PagedBytes} page with real atomic instructions (VarHandle getAndAdd, getAndBitwiseAnd/Or/Xor, getAndSet,
 *       compareAndExchange for 4- and 8-byte elements; a compare-and-set loop on the
 *       containing aligned int for 1- and 2-byte ones), as the SC engine does.</li>
 * </ol>
 *
 * <p>What each {@code Atomics} function returns in JavaScript:
 * <ul>
 *   <li>{@code add sub and or xor exchange compareExchange}: the element's old value,
 *       {@code type.fromRaw(oldRaw)} (AtomicReadModifyWrite returns
 *       GetModifySetValueInBuffer's RawBytesToNumeric of the bytes read).</li>
 *   <li>{@code load}: {@code type.fromRaw(readRaw)}.</li>
 *   <li>{@code store}: not the stored element but {@link #storeReturnValue}:
 *       ToIntegerOrInfinity(v), so {@code Atomics.store(int8, 0, 300)} returns 300 and
 *       stores 44, and -0 returns +0 (#sec-atomics.store steps 2-3 and 7).</li>
 * </ul>
 */
public final class AtomicOps {

    private static final VarHandle INTS =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private AtomicOps() {
    }

    /** The outcome of a read-modify-write: the buffer to use from now on and the old raw value. */
    public record Result(PagedBytes bytes, long oldRaw) {
    }

    // ------------------------------------------------------------ arguments and results

    /**
     * The raw bits of a Number operand ({@code value}, {@code expectedValue} or
     * {@code replacementValue}): {@code 𝔽(ToIntegerOrInfinity(v))} (#sec-atomicreadmodifywrite
     * step 3, #sec-atomics.compareexchange steps 4-5) and then NumericToRawBytes for the
     * element type, so 3.7 acts as 3, NaN and ±Infinity as 0, 2^40+5 as 5 on an Int32Array,
     * and an expected value of 300 on an Int8Array compares as 44.
     */
    public static long operandToRaw(ElementType type, double value) {
        requireAtomicType(type);
        return type.toRaw(JsNumbers.toIntegerOrInfinity(value));
    }

    /** The raw bits of a BigInt operand, for BigInt64Array and BigUint64Array (ToBigInt64). */
    public static long operandToRaw(ElementType type, BigInteger value) {
        requireAtomicType(type);
        return type.toRawBigInt(value);
    }

    /**
     * What {@code Atomics.store(ta, i, value)} returns for a Number array: ToIntegerOrInfinity
     * of the value, not the value stored (#sec-atomics.store). -0 gives +0, 3.7 gives 3, NaN
     * gives 0, Infinity stays Infinity (and stores 0). For a BigInt array it returns the
     * BigInt itself.
     */
    public static double storeReturnValue(double value) {
        return JsNumbers.toIntegerOrInfinity(value);
    }

    /**
     * Atomics.isLockFree(size) (#sec-atomics.islockfree), for a size already converted to a
     * Number: true for 4 by the spec, and for 1, 2 and 8, which the spec leaves to the
     * implementation: we answer true, as V8 and SpiderMonkey do on the 64-bit machines this
     * simulates. Every other size is false.
     */
    public static boolean isLockFree(double size) {
        double n = JsNumbers.toIntegerOrInfinity(size);
        return n == 1 || n == 2 || n == 4 || n == 8;
    }

    // ------------------------------------------------------------ the pure function

    /**
     * The new raw value of an element after {@code op}, width-wrapped. For ADD and SUB the
     * spec converts both byte lists to numbers, adds, and converts back with the type's
     * ToIntN / ToUintN, which is addition modulo 2^bits whatever the signedness; AND, OR, XOR
     * act on the bytes (ByteListBitwiseOp); EXCHANGE gives the operand.
     *
     * @throws IllegalArgumentException for COMPARE_EXCHANGE, which needs a replacement too
     */
    public static long apply(RmwOp op, ElementType type, long oldRaw, long operandRaw) {
        if (op == RmwOp.COMPARE_EXCHANGE) {
            throw new IllegalArgumentException("compareExchange needs an expected value and a replacement.");
        }
        return apply(op, type, oldRaw, operandRaw, 0);
    }

    /**
     * As {@link #apply(RmwOp, ElementType, long, long)}, for every op. For COMPARE_EXCHANGE
     * {@code operandRaw} is the expected value and the result is {@code replacementRaw} when
     * the old bytes equal the expected bytes, else the old value; other ops ignore
     * {@code replacementRaw}.
     */
    public static long apply(RmwOp op, ElementType type, long oldRaw, long operandRaw, long replacementRaw) {
        requireAtomicType(type);
        long mask = type.rawMask();
        long old = oldRaw & mask;
        long operand = operandRaw & mask;
        switch (op) {
            case ADD: return (old + operand) & mask;
            case SUB: return (old - operand) & mask;
            case AND: return old & operand;
            case OR: return old | operand;
            case XOR: return old ^ operand;
            case EXCHANGE: return operand;
            case COMPARE_EXCHANGE: return old == operand ? replacementRaw & mask : old;
            default: throw new AssertionError(op);
        }
    }

    // ------------------------------------------------------------ on the buffer

    /**
     * Performs {@code op} on the element of {@code type} at {@code byteIndex} as one atomic
     * operation and returns the old raw value with the buffer to use from now on. The page
     * is first made writable under {@code owner} (copied if another token owns it, see
     * {@link Owner}); when the operation would not change the element (a failed
     * compareExchange, adding 0) nothing is copied or written.
     *
     * @param operandRaw the operand, or for COMPARE_EXCHANGE the expected value, already
     *     converted with {@link #operandToRaw}
     * @param replacementRaw the replacement for COMPARE_EXCHANGE; ignored otherwise
     */
    public static Result readModifyWriteRaw(PagedBytes bytes, Owner owner, int byteIndex, ElementType type,
                                            RmwOp op, long operandRaw, long replacementRaw) {
        requireAtomicType(type);
        Objects.requireNonNull(owner, "owner");
        int width = type.byteSize();
        long old = bytes.readRaw(byteIndex, width);
        if (apply(op, type, old, operandRaw, replacementRaw) == old) {
            return new Result(bytes, old);
        }
        PagedBytes.Edit edit = bytes.edit(owner, byteIndex);
        long seen = onPage(edit.page, edit.offset, type, op, operandRaw & type.rawMask(),
                replacementRaw & type.rawMask());
        return new Result(edit.bytes, seen);
    }

    /**
     * {@link #readModifyWriteRaw} with Number operands as JavaScript passed them, converted by
     * {@link #operandToRaw}; {@code replacement} is ignored except for COMPARE_EXCHANGE.
     */
    public static Result readModifyWrite(PagedBytes bytes, Owner owner, int byteIndex, ElementType type,
                                         RmwOp op, double operand, double replacement) {
        return readModifyWriteRaw(bytes, owner, byteIndex, type, op,
                operandToRaw(type, operand), operandToRaw(type, replacement));
    }

    /** The atomic update of one element inside a page; returns the old raw value. */
    static long onPage(byte[] page, int offset, ElementType type, RmwOp op, long operand, long replacement) {
        try {
            switch (type.byteSize()) {
                case 4: return onInt(page, offset, op, (int) operand, (int) replacement) & 0xFFFF_FFFFL;
                case 8: return onLong(page, offset, op, operand, replacement);
                default: return onPartOfInt(page, offset, type, op, operand, replacement);
            }
        } catch (IllegalStateException misaligned) {
            // A JVM whose byte arrays do not start 8-aligned refuses atomic view access. The
            // owner token already makes this page single-writer, so a plain update is exact.
            return plainUpdate(page, offset, type, op, operand, replacement);
        }
    }

    private static int onInt(byte[] page, int offset, RmwOp op, int operand, int replacement) {
        switch (op) {
            case ADD: return (int) INTS.getAndAdd(page, offset, operand);
            case SUB: return (int) INTS.getAndAdd(page, offset, -operand);
            case AND: return (int) INTS.getAndBitwiseAnd(page, offset, operand);
            case OR: return (int) INTS.getAndBitwiseOr(page, offset, operand);
            case XOR: return (int) INTS.getAndBitwiseXor(page, offset, operand);
            case EXCHANGE: return (int) INTS.getAndSet(page, offset, operand);
            case COMPARE_EXCHANGE: return (int) INTS.compareAndExchange(page, offset, operand, replacement);
            default: throw new AssertionError(op);
        }
    }

    private static long onLong(byte[] page, int offset, RmwOp op, long operand, long replacement) {
        switch (op) {
            case ADD: return (long) LONGS.getAndAdd(page, offset, operand);
            case SUB: return (long) LONGS.getAndAdd(page, offset, -operand);
            case AND: return (long) LONGS.getAndBitwiseAnd(page, offset, operand);
            case OR: return (long) LONGS.getAndBitwiseOr(page, offset, operand);
            case XOR: return (long) LONGS.getAndBitwiseXor(page, offset, operand);
            case EXCHANGE: return (long) LONGS.getAndSet(page, offset, operand);
            case COMPARE_EXCHANGE: return (long) LONGS.compareAndExchange(page, offset, operand, replacement);
            default: throw new AssertionError(op);
        }
    }

    /**
     * 1- and 2-byte elements: Java has no atomic byte or short view, so compute on the
     * aligned int that contains the element and install it with compareAndSet, retrying if
     * another byte of that int changed meanwhile. Little-endian: the byte at offset o of the
     * int holds bits 8*o .. 8*o+7.
     */
    private static long onPartOfInt(byte[] page, int offset, ElementType type, RmwOp op,
                                    long operand, long replacement) {
        int base = offset & ~3;
        int shift = 8 * (offset & 3);
        long mask = type.rawMask();
        int fieldMask = (int) (mask << shift);
        while (true) {
            int word = (int) INTS.getVolatile(page, base);
            long old = (word >>> shift) & mask;
            long next = apply(op, type, old, operand, replacement);
            int updated = (word & ~fieldMask) | ((int) next << shift);
            if (INTS.compareAndSet(page, base, word, updated)) {
                return old;
            }
        }
    }

    private static long plainUpdate(byte[] page, int offset, ElementType type, RmwOp op,
                                    long operand, long replacement) {
        int width = type.byteSize();
        long old = 0;
        for (int i = width - 1; i >= 0; i--) {
            old = (old << 8) | (page[offset + i] & 0xFF);
        }
        long next = apply(op, type, old, operand, replacement);
        for (int i = 0; i < width; i++) {
            page[offset + i] = (byte) (next >>> (8 * i));
        }
        return old;
    }

    private static void requireAtomicType(ElementType type) {
        if (!type.isInteger()) {
            throw new IllegalArgumentException("Atomics operations need an integer typed array, not "
                    + type.constructorName() + ".");
        }
    }
}
