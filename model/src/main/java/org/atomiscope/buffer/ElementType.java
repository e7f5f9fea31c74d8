package org.atomiscope.buffer;

import java.math.BigInteger;
import java.util.Optional;
import org.atomiscope.js.JsNumbers;

/**
 * The element types of typed arrays (ECMA-262 table "The TypedArray Constructors",
 * #table-the-typedarray-constructors) and their conversions between JavaScript values and
 * raw bytes.
 *
 * <p>A <em>raw</em> value is the element's bytes read as an unsigned little-endian number
 * in the low {@link #byteSize()} bytes of a long (all 64 bits for the 8-byte types): the
 * Int8 value -1 is raw {@code 0xFF}. This is what {@link PagedBytes#readRaw} returns and
 * {@link PagedBytes#writeRaw} takes.
 */
public enum ElementType {
    INT8(1, "Int8Array", Kind.SIGNED),
    UINT8(1, "Uint8Array", Kind.UNSIGNED),
    UINT8_CLAMPED(1, "Uint8ClampedArray", Kind.CLAMPED),
    INT16(2, "Int16Array", Kind.SIGNED),
    UINT16(2, "Uint16Array", Kind.UNSIGNED),
    INT32(4, "Int32Array", Kind.SIGNED),
    UINT32(4, "Uint32Array", Kind.UNSIGNED),
    FLOAT32(4, "Float32Array", Kind.FLOAT),
    FLOAT64(8, "Float64Array", Kind.FLOAT),
    BIGINT64(8, "BigInt64Array", Kind.BIGINT_SIGNED),
    BIGUINT64(8, "BigUint64Array", Kind.BIGINT_UNSIGNED);

    private enum Kind { SIGNED, UNSIGNED, CLAMPED, FLOAT, BIGINT_SIGNED, BIGINT_UNSIGNED }

    /** 2^64, for reading a BigUint64 raw value as an unsigned BigInt. */
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    private final int byteSize;
    private final String constructorName;
    private final Kind kind;

    ElementType(int byteSize, String constructorName, Kind kind) {
        this.byteSize = byteSize;
        this.constructorName = constructorName;
        this.kind = kind;
    }

    /** Element size in bytes: {@code BYTES_PER_ELEMENT}. */
    public int byteSize() {
        return byteSize;
    }

    /** The JavaScript constructor's name, e.g. "Int32Array". */
    public String constructorName() {
        return constructorName;
    }

    /** The type whose constructor is called {@code name}, if any. */
    public static Optional<ElementType> byConstructorName(String name) {
        for (ElementType type : values()) {
            if (type.constructorName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code Atomics} read-modify-write, load and store accept this type
     * (ValidateIntegerTypedArray, #sec-validateintegertypedarray): the unclamped integer
     * types and the BigInt types. Uint8Clamped and the float types give a TypeError.
     */
    public boolean isInteger() {
        return kind != Kind.FLOAT && kind != Kind.CLAMPED;
    }

    /**
     * Whether {@code Atomics.wait} / {@code waitAsync} accept this type
     * (ValidateIntegerTypedArray with waitable = true): Int32 and BigInt64 only.
     */
    public boolean isWaitable() {
        return this == INT32 || this == BIGINT64;
    }

    /** Whether elements are BigInts (content type BigInt) rather than Numbers. */
    public boolean isBigInt() {
        return kind == Kind.BIGINT_SIGNED || kind == Kind.BIGINT_UNSIGNED;
    }

    public boolean isFloat() {
        return kind == Kind.FLOAT;
    }

    /** Whether reading sign-extends (Int8, Int16, Int32, BigInt64). */
    public boolean isSigned() {
        return kind == Kind.SIGNED || kind == Kind.BIGINT_SIGNED;
    }

    /** The mask of a raw value's bits: 0xFF, 0xFFFF, 0xFFFFFFFF or all 64 bits. */
    public long rawMask() {
        return PagedBytes.mask(byteSize);
    }

    /**
     * NumericToRawBytes (#sec-numerictorawbytes) for a Number: the integer types wrap
     * (ToInt8 ... ToUint32: truncate, NaN and infinities to 0, modulo 2^bits), Uint8Clamped
     * clamps and rounds half to even, Float32 rounds to nearest even (the Java cast does
     * exactly that), Float64 keeps the bits. A NaN is stored as the canonical quiet NaN, as
     * the spec allows any NaN encoding; a single encoding keeps equal states equal.
     *
     * @throws UnsupportedOperationException for the BigInt types, where a Number is a
     *     TypeError in JavaScript; use {@link #toRawBigInt}
     */
    public long toRaw(double value) {
        switch (this) {
            case INT8:
            case UINT8:
                return JsNumbers.toUint8(value);
            case UINT8_CLAMPED:
                return JsNumbers.toUint8Clamp(value);
            case INT16:
            case UINT16:
                return JsNumbers.toUint16(value);
            case INT32:
            case UINT32:
                return JsNumbers.toUint32(value);
            case FLOAT32:
                return Float.floatToIntBits((float) value) & 0xFFFF_FFFFL;
            case FLOAT64:
                return Double.doubleToLongBits(value);
            default:
                throw new UnsupportedOperationException(constructorName
                        + " holds BigInts; a Number cannot be stored in it.");
        }
    }

    /**
     * RawBytesToNumeric (#sec-rawbytestonumeric) for a Number type: signed types
     * sign-extend, unsigned ones do not, floats are read from their bits (Float32 widened
     * exactly to a double).
     *
     * @throws UnsupportedOperationException for the BigInt types; use {@link #fromRawBigInt}
     */
    public double fromRaw(long raw) {
        switch (this) {
            case INT8: return (byte) raw;
            case UINT8:
            case UINT8_CLAMPED: return raw & 0xFF;
            case INT16: return (short) raw;
            case UINT16: return raw & 0xFFFF;
            case INT32: return (int) raw;
            case UINT32: return raw & 0xFFFF_FFFFL;
            case FLOAT32: return Float.intBitsToFloat((int) raw);
            case FLOAT64: return Double.longBitsToDouble(raw);
            default:
                throw new UnsupportedOperationException(constructorName
                        + " holds BigInts; read it with fromRawBigInt.");
        }
    }

    /**
     * NumericToRawBytes for a BigInt type: the value modulo 2^64 (ToBigInt64 / ToBigUint64
     * give the same bits).
     *
     * @throws UnsupportedOperationException for the Number types
     */
    public long toRawBigInt(BigInteger value) {
        requireBigInt();
        return value.longValue(); // the low 64 bits of two's complement: exactly modulo 2^64
    }

    /**
     * RawBytesToNumeric for a BigInt type: BigInt64 reads signed, BigUint64 unsigned.
     *
     * @throws UnsupportedOperationException for the Number types
     */
    public BigInteger fromRawBigInt(long raw) {
        requireBigInt();
        BigInteger signed = BigInteger.valueOf(raw);
        return this == BIGUINT64 && raw < 0 ? signed.add(TWO_TO_64) : signed;
    }

    private void requireBigInt() {
        if (!isBigInt()) {
            throw new UnsupportedOperationException(constructorName + " holds Numbers, not BigInts.");
        }
    }
}
