/**
 * The bytes of simulated memory and the arithmetic on them.
 *
 * <ul>
 *   <li>{@link org.atomiscope.buffer.PagedBytes}: a persistent little-endian byte store
 *       (paged radix tree; free snapshots, copy-on-write per {@link org.atomiscope.buffer.Owner}
 *       token, shared zero pages).</li>
 *   <li>{@link org.atomiscope.buffer.ElementType}: typed-array element types and the
 *       ECMA-262 conversions between JavaScript values and raw bytes.</li>
 *   <li>{@link org.atomiscope.buffer.AtomicOps} and {@link org.atomiscope.buffer.RmwOp}:
 *       the {@code Atomics} read-modify-write semantics, pure and on pages.</li>
 * </ul>
 *
 * <p>Nothing here knows about agents, schedules or memory models; those build on it.
 */
package org.atomiscope.buffer;
