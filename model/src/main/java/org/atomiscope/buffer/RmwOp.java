package org.atomiscope.buffer;

/**
 * The read-modify-write operations of {@code Atomics}. Each is applied by
 * AtomicReadModifyWrite (#sec-atomicreadmodifywrite) or, for compareExchange, by
 * {@code Atomics.compareExchange} itself, as one indivisible event; see {@link AtomicOps}.
 */
public enum RmwOp {
    /** Atomics.add (#sec-atomics.add): old + v, wrapped to the element width. */
    ADD("add"),
    /** Atomics.sub (#sec-atomics.sub): old - v, wrapped to the element width. */
    SUB("sub"),
    /** Atomics.and (#sec-atomics.and): ByteListBitwiseOp(&amp;, old, v). */
    AND("and"),
    /** Atomics.or (#sec-atomics.or): ByteListBitwiseOp(|, old, v). */
    OR("or"),
    /** Atomics.xor (#sec-atomics.xor): ByteListBitwiseOp(^, old, v). */
    XOR("xor"),
    /** Atomics.exchange (#sec-atomics.exchange): v, whatever old was. */
    EXCHANGE("exchange"),
    /**
     * Atomics.compareExchange (#sec-atomics.compareexchange): the replacement if old's bytes
     * equal the expected value's bytes (ByteListEqual), else old unchanged.
     */
    COMPARE_EXCHANGE("compareExchange");

    private final String jsName;

    RmwOp(String jsName) {
        this.jsName = jsName;
    }

    /** The name of the {@code Atomics} function, e.g. "compareExchange". */
    public String jsName() {
        return jsName;
    }
}
