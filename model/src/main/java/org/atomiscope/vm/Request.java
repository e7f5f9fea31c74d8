package org.atomiscope.vm;

import org.atomiscope.buffer.ElementType;
import org.atomiscope.buffer.RmwOp;
import org.atomiscope.js.JsNumbers;
import org.atomiscope.lang.Pos;

/**
 * A visible event an agent is poised to perform: the interpreter stops in front of it and the
 * machine decides when (and, under a relaxed model, with which value) it happens. Byte indexes are
 * absolute within the shared block; {@code target} and {@code index} name the element as the source
 * wrote it ({@code ia}, 37) for labels.
 */
public sealed interface Request {
    Pos pos();

    String target();

    int index();

    int block();

    int byteIndex();

    /** What the agent is about to do, e.g. {@code ia[37] = 123456} or {@code Atomics.load(ia, 37)}. */
    String label();

    static String num(double v) {
        return JsNumbers.toJsString(v);
    }

    /** A plain or SeqCst load ({@code ia[i]} or {@code Atomics.load}). */
    record Read(Pos pos, String target, int index, int block, ElementType type, int byteIndex, boolean seqCst)
        implements Request {
        @Override
        public String label() {
            return seqCst ? "Atomics.load(" + target + ", " + index + ")" : "read " + target + "[" + index + "]";
        }
    }

    /**
     * A plain or SeqCst store. {@code result} is what the JavaScript expression evaluates to
     * afterwards (the assigned value, or for Atomics.store the integer it returns).
     */
    record Write(Pos pos, String target, int index, int block, ElementType type, int byteIndex, long raw, boolean seqCst,
                 Object result) implements Request {
        @Override
        public String label() {
            String v = num(type.fromRaw(raw));
            return seqCst ? "Atomics.store(" + target + ", " + index + ", " + v + ")" : target + "[" + index + "] = " + v;
        }

        public Write withResult(Object r) {
            return new Write(pos, target, index, block, type, byteIndex, raw, seqCst, r);
        }
    }

    /** An Atomics read-modify-write; its value is the old element. */
    record Rmw(Pos pos, String target, int index, int block, ElementType type, int byteIndex, RmwOp op, long operand,
               long replacement) implements Request {
        @Override
        public String label() {
            String args = op == RmwOp.COMPARE_EXCHANGE
                ? num(type.fromRaw(operand)) + ", " + num(type.fromRaw(replacement)) : num(type.fromRaw(operand));
            return "Atomics." + op.jsName() + "(" + target + ", " + index + ", " + args + ")";
        }
    }

    /** Atomics.wait: sleeps while the Int32 element equals {@code expected}. timeout in ms (may be infinite). */
    record Wait(Pos pos, String target, int index, int block, ElementType type, int byteIndex, long expected,
                double timeout) implements Request {
        @Override
        public String label() {
            return "Atomics.wait(" + target + ", " + index + ", " + num(type.fromRaw(expected))
                + (Double.isInfinite(timeout) ? "" : ", " + num(timeout)) + ")";
        }
    }

    /** Atomics.notify: wakes up to {@code count} waiters (Infinity for all) on the element. */
    record Notify(Pos pos, String target, int index, int block, int byteIndex, double count, String name)
        implements Request {
        @Override
        public String label() {
            return "Atomics." + name + "(" + target + ", " + index + (Double.isInfinite(count) ? "" : ", " + num(count)) + ")";
        }
    }
}
