package org.atomiscope.vm;

import java.util.Arrays;
import org.atomiscope.compile.Code;
import org.atomiscope.js.Ref;

/**
 * One activation: code, program counter, operand stack, scope and exception handlers. Frames are
 * mutable while their agent runs a step and are copied (by {@link #copy()}) when a step starts from a
 * kept machine, so a machine's frames never change once it exists.
 */
public final class Frame {
    public static final int NORMAL = 0, CONSTRUCT = 1, SUPER = 2, DISCARD = 3;

    public final Code code;
    public int pc;
    public Object[] stack;
    public int sp;
    /** Bindings no closure captures (see the compiler's register allocation). */
    public Object[] regs;
    public Ref scope;
    public Object thisValue;
    public final Ref function;
    public final Object[] args;
    public final Ref newTarget;
    /** What RETURN does with the value: see the constants. */
    public final int mode;
    /** For DISCARD (setters): the value to push instead of the return value. */
    public Object saved;
    int[] handlerPc = NO_INTS;
    int[] handlerSp = NO_INTS;
    Ref[] handlerScope = NO_REFS;
    int handlers;
    /** The step token this frame may be mutated under (frames of kept machines are never mutated). */
    Object owner;

    public Frame(Code code, Ref scope, Object thisValue, Ref function, Object[] args, Ref newTarget, int mode) {
        this.code = code;
        this.scope = scope;
        this.thisValue = thisValue;
        this.function = function;
        this.args = args;
        this.newTarget = newTarget;
        this.mode = mode;
        this.stack = new Object[8];
        this.regs = code.registers == 0 ? NO_REGS : new Object[code.registers];
        java.util.Arrays.fill(regs, org.atomiscope.js.Undefined.UNDEFINED);
    }

    private static final Object[] NO_REGS = new Object[0];

    private Frame(Frame o) {
        this.code = o.code;
        this.scope = o.scope;
        this.thisValue = o.thisValue;
        this.function = o.function;
        this.args = o.args;
        this.newTarget = o.newTarget;
        this.mode = o.mode;
        this.pc = o.pc;
        this.stack = Arrays.copyOf(o.stack, Math.max(o.sp + 4, 8));
        this.sp = o.sp;
        this.regs = o.regs.length == 0 ? o.regs : o.regs.clone();
        this.saved = o.saved;
        if (o.handlers == 0) {
            this.handlerPc = NO_INTS;
            this.handlerSp = NO_INTS;
            this.handlerScope = NO_REFS;
        } else {
            this.handlerPc = o.handlerPc.clone();
            this.handlerSp = o.handlerSp.clone();
            this.handlerScope = o.handlerScope.clone();
        }
        this.handlers = o.handlers;
    }

    private static final int[] NO_INTS = new int[0];
    private static final Ref[] NO_REFS = new Ref[0];

    public Frame copy() {
        return new Frame(this);
    }

    void push(Object v) {
        if (sp == stack.length) {
            stack = Arrays.copyOf(stack, sp * 2);
        }
        stack[sp++] = v;
    }

    Object pop() {
        Object v = stack[--sp];
        stack[sp] = null;
        return v;
    }

    void pushHandler(int pc, Ref scope) {
        if (handlers == handlerPc.length) {
            int n = Math.max(2, handlers * 2);
            handlerPc = Arrays.copyOf(handlerPc, n);
            handlerSp = Arrays.copyOf(handlerSp, n);
            handlerScope = Arrays.copyOf(handlerScope, n);
        }
        handlerPc[handlers] = pc;
        handlerSp[handlers] = sp;
        handlerScope[handlers] = scope;
        handlers++;
    }

    /** Structural equality of two frames (used to recognise equal machine states). */
    public boolean sameAs(Frame o) {
        if (code != o.code || pc != o.pc || sp != o.sp || !Ref.same(scope, o.scope) || !Ref.same(function, o.function)
                || mode != o.mode || handlers != o.handlers || !Ref.same(newTarget, o.newTarget)) {
            return false;
        }
        for (int i = 0; i < sp; i++) {
            if (!Values.sameForState(stack[i], o.stack[i])) {
                return false;
            }
        }
        for (int i = 0; i < regs.length; i++) {
            if (!Values.sameForState(regs[i], o.regs[i])) {
                return false;
            }
        }
        for (int i = 0; i < handlers; i++) {
            if (!Ref.same(handlerScope[i], o.handlerScope[i]) || handlerSp[i] != o.handlerSp[i]) {
                return false;
            }
        }
        return Values.sameForState(thisValue, o.thisValue) && Values.sameForState(saved, o.saved)
            && Arrays.equals(handlerPc, 0, handlers, o.handlerPc, 0, handlers);
    }
}
