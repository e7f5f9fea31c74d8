package org.atomiscope.vm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.atomiscope.buffer.Owner;
import org.atomiscope.compile.Code;
import org.atomiscope.compile.FunctionTemplate;
import org.atomiscope.compile.Op;
import org.atomiscope.compile.ScopeTemplate;
import org.atomiscope.js.*;
import org.atomiscope.lang.Pos;

/**
 * Runs one agent's code for one step: from where it stopped until it is poised at its next visible
 * event (a {@link Request}), finishes its current task, or throws. All state lives in the frames and
 * the heap, so the machine can keep the state between steps and copy it to branch.
 */
public final class Interpreter extends Operations {
    /** Frames deeper than this are a RangeError, as in engines. */
    public static final int MAX_FRAMES = 2_000;

    public sealed interface Result {}

    /** Poised at a visible event. */
    public record Suspended(Request request) implements Result {}

    /** The task's outermost function returned. */
    public record Finished(Object value) implements Result {}

    /** An exception nobody caught; text is "TypeError: message". */
    public record Threw(Object value, Pos pos, String text) implements Result {}

    /** Ran its instruction budget without reaching a visible event. */
    public record OutOfBudget(Pos pos) implements Result {}

    private Frame[] frames;
    private int depth;
    private long budget;
    /** Set while a native is called as a constructor (new X or super()). */
    public Ref newTarget;
    private Pos throwPos;
    private final ShareReader shared;
    /** The scope of the outermost frame this interpreter pushed (a script's top-level scope). */
    private Ref rootScope;

    /** How built-ins read and write shared memory outside the event stream. */
    public interface ShareReader {
        long read(int block, org.atomiscope.buffer.ElementType type, int byteIndex);

        void write(int block, org.atomiscope.buffer.ElementType type, int byteIndex, long raw);
    }

    public Interpreter(Heap heap, Realm realm, Host host, Owner owner, Frame[] frames, long budget, ShareReader shared) {
        super(heap, realm, host, owner);
        this.frames = new Frame[Math.max(8, frames.length + 4)];
        // Only the top frame changes at once; callers are copied when control returns to them.
        System.arraycopy(frames, 0, this.frames, 0, frames.length);
        if (frames.length > 0) {
            Frame top = frames[frames.length - 1].copy();
            top.owner = owner;
            this.frames[frames.length - 1] = top;
        }
        this.depth = frames.length;
        this.budget = budget;
        this.shared = shared;
    }

    /** The frames as they stand (the machine freezes them into the agent's state). */
    public Frame[] frames() {
        for (int i = 0; i < depth; i++) {
            frames[i].owner = null; // frozen: a later step copies before changing it
        }
        return Arrays.copyOf(frames, depth);
    }

    /** The frame at depth-1, made writable for this step. */
    private Frame top() {
        Frame f = frames[depth - 1];
        if (f.owner != owner) {
            f = f.copy();
            f.owner = owner;
            frames[depth - 1] = f;
        }
        return f;
    }

    public int depth() {
        return depth;
    }

    /** The file of the built-ins written in JavaScript: positions inside it are not the user's. */
    public static final String PRELUDE = "prelude.js";

    /**
     * The position of the instruction being executed, in the user's code: inside a built-in written
     * in JavaScript (forEach's callback loop, say) it is the position of the call into it.
     */
    @Override
    public Pos currentPos() {
        Pos fallback = null;
        for (int i = depth - 1; i >= 0; i--) {
            Frame f = frames[i];
            Pos p = f.code.posAt(Math.max(0, f.pc - 1));
            if (p != null && !PRELUDE.equals(p.file())) {
                return p;
            }
            if (fallback == null) {
                fallback = p;
            }
        }
        return fallback;
    }

    /** Pushes the value a visible event produced, so the suspended instruction completes. */
    public void resume(Object value) {
        top().push(value);
    }

    /** Starts a task: a call of {@code fn} (closure or native) with the given receiver and arguments. */
    public Result start(Object fn, Object thisValue, Object[] args) {
        try {
            Object r = invoke(fn, thisValue, args, Frame.NORMAL, null);
            if (r != null) {
                return finishNative(r);
            }
        } catch (JsThrow t) {
            return uncaught(t.value);
        }
        return run();
    }

    private Result finishNative(Object r) {
        if (r instanceof Suspend s) {
            return new Suspended(s.request());
        }
        return new Finished(r);
    }

    public Result run() {
        Object r = loop(0);
        return (Result) r;
    }

    // ------------------------------------------------------------------ nested calls

    @Override
    public Object call(Object fn, Object thisValue, Object... args) {
        int base = depth;
        Object r = invoke(fn, thisValue, args, Frame.NORMAL, null);
        if (r != null) {
            return nestedValue(r);
        }
        return nestedValue(loop(base));
    }

    @Override
    public Object construct(Object fn, Object[] args) {
        int base = depth;
        Object r = constructCall(fn, args, fn instanceof Ref rf ? rf : null);
        if (r != null) {
            return nestedValue(r);
        }
        return nestedValue(loop(base));
    }

    private Object nestedValue(Object r) {
        if (r instanceof Finished f) {
            return f.value();
        }
        if (r instanceof Suspend || r instanceof Suspended) {
            throw typeError("not supported in scenarios: a shared-memory access or wait inside a callback "
                + "that a built-in calls (valueOf, toString, a getter called by a built-in, a sort comparator). "
                + "Do the access in ordinary code instead.");
        }
        if (r instanceof OutOfBudget) {
            throw new BudgetExhausted();
        }
        return r;
    }

    /** Thrown through nested calls when the step's instruction budget runs out. */
    static final class BudgetExhausted extends RuntimeException {
        BudgetExhausted() {
            super(null, null, false, false);
        }
    }

    // ------------------------------------------------------------------ shared memory outside events

    @Override
    public long sharedRead(int block, org.atomiscope.buffer.ElementType type, int byteIndex) {
        return shared.read(block, type, byteIndex);
    }

    @Override
    public void sharedWrite(int block, org.atomiscope.buffer.ElementType type, int byteIndex, long raw) {
        shared.write(block, type, byteIndex, raw);
    }


    // ------------------------------------------------------------------ calls

    private void pushFrame(Frame f) {
        if (depth == MAX_FRAMES) {
            throw rangeError("Maximum call stack size exceeded");
        }
        if (depth == frames.length) {
            frames = Arrays.copyOf(frames, depth * 2);
        }
        f.owner = owner;
        frames[depth++] = f;
    }

    private Ref newScope(Ref parent, ScopeTemplate t) {
        return heap.alloc(new Scope(parent, t.initial().clone(), t.names()));
    }

    /**
     * Calls fn. A closure gets a frame (returns null: the loop continues in it); a native returns its
     * value, or a Suspend.
     */
    Object invoke(Object fn, Object thisValue, Object[] args, int mode, Object saved) {
        if (!(fn instanceof Ref r) || !(heap.get(r) instanceof JsFunction f)) {
            throw typeError(describe(fn) + " is not a function");
        }
        switch (f.kind) {
            case CLOSURE: {
                Code code = f.code;
                if (code.classConstructor) {
                    throw typeError("Class constructor " + code.name + " cannot be invoked without 'new'");
                }
                Object self = code.arrow ? f.capturedThis : thisValue;
                Frame frame = new Frame(code, newScope(f.scope, code.scope), self, r, args, null, mode);
                frame.saved = saved;
                if (depth == 0) {
                    rootScope = frame.scope;
                }
                pushFrame(frame);
                return null;
            }
            case NATIVE: {
                Object result = f.nativeImpl.call(this, thisValue, args);
                if (result instanceof TailCall tc) {
                    return invoke(tc.function(), tc.thisValue(), tc.args(), mode, saved);
                }
                if (mode == Frame.DISCARD && !(result instanceof Suspend)) {
                    return saved;
                }
                return result;
            }
            default: {
                Object[] all = concat(f.boundArgs, args);
                return invoke(f.target, f.boundThis, all, mode, saved);
            }
        }
    }

    private static Object[] concat(Object[] a, Object[] b) {
        if (a.length == 0) {
            return b;
        }
        Object[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** [[Construct]]. Returns the object for natives, or null when a constructor frame was pushed. */
    Object constructCall(Object fn, Object[] args, Ref target) {
        if (!(fn instanceof Ref r) || !(heap.get(r) instanceof JsFunction f) || !f.isConstructor()) {
            throw typeError(describe(fn) + " is not a constructor");
        }
        switch (f.kind) {
            case CLOSURE: {
                Object self = Undefined.TDZ;
                if (!f.code.derived) {
                    self = newObject(prototypeFor(target));
                }
                pushFrame(new Frame(f.code, newScope(f.scope, f.code.scope), self, r, args, target, Frame.CONSTRUCT));
                return null;
            }
            case NATIVE: {
                Ref saved = newTarget;
                newTarget = target;
                try {
                    return f.nativeImpl.call(this, null, args);
                } finally {
                    newTarget = saved;
                }
            }
            default:
                return constructCall(f.target, concat(f.boundArgs, args), target == r ? f.target : target);
        }
    }

    /** The prototype for an object made by new.target. */
    public Ref prototypeFor(Ref target) {
        Object p = target == null ? null : get(target, "prototype");
        return p instanceof Ref pr ? pr : realm.objectProto;
    }

    // ------------------------------------------------------------------ exceptions

    private Result uncaught(Object value) {
        return new Threw(value, throwPos != null ? throwPos : currentPos(), errorText(value));
    }

    /** "TypeError: message" for error objects, the value's text otherwise. */
    public String errorText(Object value) {
        if (value instanceof Ref r && heap.get(r) instanceof JsObject o && "Error".equals(o.className)) {
            Object name = get(r, "name");
            Object msg = get(r, "message");
            String m = msg == Undefined.UNDEFINED ? "" : toStr(msg);
            return m.isEmpty() ? toStr(name) : toStr(name) + ": " + m;
        }
        try {
            return value instanceof String s ? s : toStr(value);
        } catch (RuntimeException e) {
            return describe(value);
        }
    }

    /** Finds a handler at or above base; returns false when the exception leaves base. */
    private boolean unwind(Object value, int base) {
        while (depth > base) {
            Frame f = top();
            if (f.handlers > 0) {
                f.handlers--;
                int h = f.handlers;
                while (f.sp > f.handlerSp[h]) {
                    f.pop();
                }
                f.scope = f.handlerScope[h];
                f.push(value);
                f.pc = f.handlerPc[h];
                return true;
            }
            frames[--depth] = null;
        }
        return false;
    }

    // ------------------------------------------------------------------ the loop

    /**
     * Runs until the frame count drops to base (a nested call returned: Finished), or a visible
     * event, an uncaught exception, or the budget ends it.
     */
    private Object loop(int base) {
        while (true) {
            try {
                Object r = execute(base);
                if (r != null) {
                    return r;
                }
            } catch (JsThrow t) {
                if (throwPos == null) {
                    throwPos = currentPos();
                }
                if (unwind(t.value, base)) {
                    throwPos = null;
                    continue;
                }
                if (base == 0) {
                    return uncaught(t.value);
                }
                throw t;
            } catch (BudgetExhausted e) {
                if (base == 0) {
                    return new OutOfBudget(currentPos());
                }
                throw e;
            } catch (StackOverflowError e) {
                JsThrow t = rangeError("Maximum call stack size exceeded");
                if (throwPos == null) {
                    throwPos = currentPos();
                }
                if (unwind(t.value, base)) {
                    continue;
                }
                if (base == 0) {
                    return uncaught(t.value);
                }
                throw t;
            }
        }
    }

    /** Executes instructions; returns a Result/Finished to stop, or throws JsThrow. */
    private Object execute(int base) {
        Frame f = top();
        int[] ops = f.code.ops;
        Object[] k = f.code.consts;
        while (true) {
            int op = ops[f.pc++];
            switch (op) {
                case Op.CONST -> f.push(k[ops[f.pc++]]);
                case Op.UNDEF -> f.push(Undefined.UNDEFINED);
                case Op.NULL -> f.push(Undefined.NULL);
                case Op.TRUE -> f.push(Boolean.TRUE);
                case Op.FALSE -> f.push(Boolean.FALSE);
                case Op.POP -> f.pop();
                case Op.DUP -> f.push(f.stack[f.sp - 1]);
                case Op.GET_VAR -> {
                    Scope s = scopeAt(f.scope, ops[f.pc++]);
                    int slot = ops[f.pc++];
                    Object v = s.slots[slot];
                    if (v == Undefined.TDZ) {
                        throw error("ReferenceError", "Cannot access '" + slotName(s, f, slot) + "' before initialization");
                    }
                    f.push(v);
                }
                case Op.SET_VAR -> {
                    int hops = ops[f.pc++];
                    int slot = ops[f.pc++];
                    Scope s = scopeAt(f.scope, hops);
                    if (s.slots[slot] == Undefined.TDZ) {
                        throw error("ReferenceError", "Cannot access '" + slotName(s, f, slot) + "' before initialization");
                    }
                    writableScope(f.scope, hops).slots[slot] = f.stack[f.sp - 1];
                }
                case Op.INIT_VAR -> {
                    int hops = ops[f.pc++];
                    int slot = ops[f.pc++];
                    writableScope(f.scope, hops).slots[slot] = f.pop();
                }
                case Op.GET_REG -> {
                    int r = ops[f.pc++];
                    Object v = f.regs[r];
                    if (v == Undefined.TDZ) {
                        throw error("ReferenceError", "Cannot access '" + f.code.registerNames[r] + "' before initialization");
                    }
                    f.push(v);
                }
                case Op.SET_REG -> {
                    int r = ops[f.pc++];
                    if (f.regs[r] == Undefined.TDZ) {
                        throw error("ReferenceError", "Cannot access '" + f.code.registerNames[r] + "' before initialization");
                    }
                    f.regs[r] = f.stack[f.sp - 1];
                }
                case Op.INIT_REG -> f.regs[ops[f.pc++]] = f.pop();
                case Op.GET_GLOBAL -> {
                    String name = (String) k[ops[f.pc++]];
                    Object v = lookup(realm.global, name);
                    if (v == null) {
                        throw error("ReferenceError", name + " is not defined");
                    }
                    f.push(v instanceof PropMap.Accessor ? get(realm.global, name) : v);
                }
                case Op.THIS -> {
                    if (f.thisValue == Undefined.TDZ) {
                        throw error("ReferenceError", "Must call super constructor in derived class before accessing 'this'");
                    }
                    f.push(f.code.arrow ? thisOfArrow(f) : f.thisValue);
                }
                case Op.GET_PROP -> {
                    Object key = k[ops[f.pc++]];
                    Object obj = f.pop();
                    Object r = getForOp(f, obj, key);
                    if (r != null) {
                        return r;
                    }
                    if (frames[depth - 1] != f) {
                        f = frames[depth - 1];
                        ops = f.code.ops;
                        k = f.code.consts;
                    }
                }
                case Op.GET_ELEM -> {
                    Object key = f.pop();
                    Object obj = f.pop();
                    Object fast = fastGet(obj, key);
                    if (fast != null) {
                        f.push(fast);
                        continue;
                    }
                    key = toKey(key);
                    Object r = getForOp(f, obj, key);
                    if (r != null) {
                        return r;
                    }
                    if (frames[depth - 1] != f) {
                        f = frames[depth - 1];
                        ops = f.code.ops;
                        k = f.code.consts;
                    }
                }
                case Op.SET_PROP, Op.SET_ELEM, Op.POST_SET_PROP, Op.POST_SET_ELEM -> {
                    Object key;
                    Object value;
                    Object result;
                    if (op == Op.POST_SET_PROP || op == Op.POST_SET_ELEM) {
                        value = f.pop();
                        result = f.pop();
                    } else {
                        value = f.pop();
                        result = value;
                    }
                    key = (op == Op.SET_PROP || op == Op.POST_SET_PROP) ? k[ops[f.pc++]] : f.pop();
                    Object obj = f.pop();
                    if (op == Op.SET_ELEM && fastSet(obj, key, value)) {
                        f.push(value);
                        continue;
                    }
                    key = toKey(key);
                    Object r = assign(obj, key, value);
                    if (r == null) {
                        f.push(result);
                    } else if (r instanceof Suspend s) {
                        return new Suspended(((Request.Write) s.request()).withResult(result));
                    } else {
                        PropMap.Accessor a = (PropMap.Accessor) r;
                        Object done = invoke(a.setter(), obj, new Object[] {value}, Frame.DISCARD, result);
                        if (done != null) {
                            if (done instanceof Suspend s) {
                                return new Suspended(s.request());
                            }
                            f.push(done);
                        } else {
                            f = frames[depth - 1];
                            ops = f.code.ops;
                            k = f.code.consts;
                        }
                    }
                }
                case Op.CALL, Op.CALL_SPREAD -> {
                    Object[] args;
                    if (op == Op.CALL) {
                        int argc = ops[f.pc++];
                        args = new Object[argc];
                        for (int i = argc - 1; i >= 0; i--) {
                            args[i] = f.pop();
                        }
                    } else {
                        args = listFrom(f.pop()).toArray();
                    }
                    Object self = f.pop();
                    Object fn = f.pop();
                    if (!isCallable(fn)) {
                        throw typeError(calleeText(f) + " is not a function");
                    }
                    Object r = invoke(fn, self, args, Frame.NORMAL, null);
                    if (r != null) {
                        if (r instanceof Suspend s) {
                            return new Suspended(s.request());
                        }
                        f.push(r);
                    } else {
                        f = frames[depth - 1];
                        ops = f.code.ops;
                        k = f.code.consts;
                    }
                }
                case Op.RETURN -> {
                    Object v = f.pop();
                    frames[--depth] = null;
                    if (f.mode == Frame.CONSTRUCT) {
                        if (!(v instanceof Ref)) {
                            if (f.thisValue == Undefined.TDZ) {
                                throw error("ReferenceError", "Must call super constructor in derived class before returning");
                            }
                            v = f.thisValue;
                        }
                    } else if (f.mode == Frame.SUPER) {
                        if (!(v instanceof Ref)) {
                            v = f.thisValue;
                        }
                        top().thisValue = v;
                    } else if (f.mode == Frame.DISCARD) {
                        v = f.saved;
                    }
                    if (depth == base) {
                        return new Finished(v);
                    }
                    f = top();
                    ops = f.code.ops;
                    k = f.code.consts;
                    f.push(v);
                }
                case Op.CLOSURE -> {
                    Code code = ((FunctionTemplate) k[ops[f.pc++]]).code();
                    Object captured = code.arrow ? (f.code.arrow ? thisOfArrow(f) : f.thisValue) : null;
                    if (code.selfScope) {
                        Ref own = heap.alloc(new Scope(f.scope, new Object[] {Undefined.UNDEFINED}, java.util.List.of(code.name)));
                        Ref fn = heap.alloc(JsFunction.closure(realm.functionProto, code, own, captured));
                        heap.<Scope>w(own).slots[0] = fn;
                        f.push(fn);
                    } else {
                        f.push(heap.alloc(JsFunction.closure(realm.functionProto, code, f.scope, captured)));
                    }
                }
                case Op.ADD -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    if (a instanceof Double x && b instanceof Double y) {
                        f.push(x + y);
                    } else {
                        f.push(add(a, b));
                    }
                }
                case Op.SUB -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    f.push(num(a) - num(b));
                }
                case Op.MUL -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    f.push(num(a) * num(b));
                }
                case Op.DIV -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    f.push(num(a) / num(b));
                }
                case Op.MOD -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    f.push(num(a) % num(b));
                }
                case Op.EQ, Op.NE -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    boolean eq = looseEquals(a, b);
                    f.push(op == Op.EQ ? eq : !eq);
                }
                case Op.SEQ, Op.SNE -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    boolean eq = Values.strictEquals(a, b);
                    f.push(op == Op.SEQ ? eq : !eq);
                }
                case Op.LT, Op.LE, Op.GT, Op.GE -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    f.push(compare(op, a, b));
                }
                case Op.SHL -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    f.push((double) (toInt32(a) << (toInt32(b) & 31)));
                }
                case Op.SHR -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    f.push((double) (toInt32(a) >> (toInt32(b) & 31)));
                }
                case Op.USHR -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    f.push((double) ((toInt32(a) & 0xffffffffL) >>> (toInt32(b) & 31)));
                }
                case Op.BAND -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    f.push((double) (toInt32(a) & toInt32(b)));
                }
                case Op.BOR -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    f.push((double) (toInt32(a) | toInt32(b)));
                }
                case Op.BXOR -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    f.push((double) (toInt32(a) ^ toInt32(b)));
                }
                case Op.NEG -> f.push(-num(f.pop()));
                case Op.PLUS, Op.TO_NUMERIC -> f.push(num(f.pop()));
                case Op.NOT -> f.push(!Values.truthy(f.pop()));
                case Op.INC -> f.push(num(f.pop()) + 1);
                case Op.DEC -> f.push(num(f.pop()) - 1);
                case Op.JUMP -> {
                    int t = ops[f.pc];
                    // Loops are the only way to run forever without calls: count their iterations.
                    if (t < f.pc && --budget < 0) {
                        return outOfBudget(base);
                    }
                    f.pc = t;
                }
                case Op.JF -> {
                    int t = ops[f.pc++];
                    if (!Values.truthy(f.pop())) {
                        f.pc = t;
                    }
                }
                case Op.JT -> {
                    int t = ops[f.pc++];
                    if (Values.truthy(f.pop())) {
                        if (t < f.pc && --budget < 0) {
                            return outOfBudget(base);
                        }
                        f.pc = t;
                    }
                }
                case Op.ARG -> {
                    int i = ops[f.pc++];
                    f.push(i < f.args.length ? f.args[i] : Undefined.UNDEFINED);
                }
                default -> {
                    Object r = cold(op, f, ops, k, base);
                    if (r != null) {
                        return r;
                    }
                    f = frames[depth - 1];
                    ops = f.code.ops;
                    k = f.code.consts;
                }
            }
        }
    }


    /** The less frequent instructions, kept out of the hot loop so the JIT compiles it well. */
    private Object cold(int op, Frame f, int[] ops, Object[] k, int base) {
        switch (op) {
            case Op.DUP2 -> {
                Object a = f.stack[f.sp - 2];
                Object b = f.stack[f.sp - 1];
                f.push(a);
                f.push(b);
            }
            case Op.SWAP -> {
                Object t = f.stack[f.sp - 1];
                f.stack[f.sp - 1] = f.stack[f.sp - 2];
                f.stack[f.sp - 2] = t;
            }
            case Op.ROT3 -> {
                Object a = f.stack[f.sp - 3];
                f.stack[f.sp - 3] = f.stack[f.sp - 2];
                f.stack[f.sp - 2] = f.stack[f.sp - 1];
                f.stack[f.sp - 1] = a;
            }
            case Op.TYPEOF_GLOBAL -> {
                String name = (String) k[ops[f.pc++]];
                Object v = lookup(realm.global, name);
                f.push(v == null ? "undefined" : typeOf(v));
            }
            case Op.SET_GLOBAL -> {
                String name = (String) k[ops[f.pc++]];
                put(realm.global, name, f.stack[f.sp - 1]);
            }
            case Op.PUSH_SCOPE -> f.scope = newScope(f.scope, (ScopeTemplate) k[ops[f.pc++]]);
            case Op.POP_SCOPE -> f.scope = heap.<Scope>get(f.scope).parent;
            case Op.COPY_SCOPE -> {
                Scope s = heap.get(f.scope);
                f.scope = heap.alloc(new Scope(s.parent, s.slots.clone(), s.names));
            }
            case Op.DELETE_PROP -> {
                Object key = k[ops[f.pc++]];
                f.push(delete(f.pop(), key));
            }
            case Op.DELETE_ELEM -> {
                Object key = toKey(f.pop());
                f.push(delete(f.pop(), key));
            }
            case Op.NEW, Op.NEW_SPREAD -> {
                Object[] args;
                if (op == Op.NEW) {
                    int argc = ops[f.pc++];
                    args = new Object[argc];
                    for (int i = argc - 1; i >= 0; i--) {
                        args[i] = f.pop();
                    }
                } else {
                    args = listFrom(f.pop()).toArray();
                }
                Object fn = f.pop();
                if (!(fn instanceof Ref fr) || !(heap.get(fr) instanceof JsFunction jf) || !jf.isConstructor()) {
                    throw typeError(calleeText(f) + " is not a constructor");
                }
                Object r = constructCall(fn, args, fr);
                if (r != null) {
                    if (r instanceof Suspend s) {
                        return new Suspended(s.request());
                    }
                    f.push(r);
                } else {
                    f = frames[depth - 1];
                    ops = f.code.ops;
                    k = f.code.consts;
                }
            }
            case Op.SUPER_CALL, Op.SUPER_CALL_SPREAD -> {
                Object[] args;
                if (op == Op.SUPER_CALL) {
                    int argc = ops[f.pc++];
                    args = new Object[argc];
                    for (int i = argc - 1; i >= 0; i--) {
                        args[i] = f.pop();
                    }
                } else {
                    args = listFrom(f.pop()).toArray();
                }
                Frame ctorFrame = f;
                if (ctorFrame.thisValue != Undefined.TDZ) {
                    throw error("ReferenceError", "Super constructor may only be called once");
                }
                Ref parent = heap.<JsFunction>get(ctorFrame.function).proto;
                Object r = superConstruct(parent, args, ctorFrame.newTarget);
                if (r != null) {
                    ctorFrame.thisValue = r;
                    f.push(r);
                } else {
                    f = frames[depth - 1];
                    ops = f.code.ops;
                    k = f.code.consts;
                }
            }
            case Op.SUPER_GET, Op.SUPER_GET_ELEM -> {
                Object key = op == Op.SUPER_GET ? k[ops[f.pc++]] : toKey(f.pop());
                Frame owner = f;
                Ref home = heap.<JsFunction>get(owner.function).homeObject;
                if (home == null) {
                    throw error("SyntaxError", "'super' keyword unexpected here");
                }
                Ref proto = heap.<JsObject>get(home).proto;
                Object v = proto == null ? null : lookup(proto, key);
                if (v instanceof PropMap.Accessor a) {
                    v = a.getter() == null ? Undefined.UNDEFINED : call(a.getter(), owner.thisValue);
                }
                f.push(v == null ? Undefined.UNDEFINED : v);
            }
            case Op.CLASS -> {
                String name = (String) k[ops[f.pc++]];
                Object superclass = f.pop();
                Ref ctor = (Ref) f.stack[f.sp - 1];
                defineClass(ctor, superclass, name);
            }
            case Op.METHOD -> {
                String name = (String) k[ops[f.pc++]];
                int kind = ops[f.pc++];
                Object fn = f.pop();
                defineMethod((Ref) f.stack[f.sp - 1], name, (Ref) fn, kind);
            }
            case Op.METHOD_ELEM -> {
                int kind = ops[f.pc++];
                Object fn = f.pop();
                String name = keyString(toKey(f.pop()));
                defineMethod((Ref) f.stack[f.sp - 1], name, (Ref) fn, kind);
            }
            case Op.NEW_OBJECT -> f.push(newObject());
            case Op.DEFINE -> {
                Object v = f.pop();
                define((Ref) f.stack[f.sp - 1], k[ops[f.pc++]], v);
            }
            case Op.DEFINE_ELEM -> {
                Object v = f.pop();
                Object key = toKey(f.pop());
                define((Ref) f.stack[f.sp - 1], key, v);
            }
            case Op.SPREAD_OBJ -> {
                Object src = f.pop();
                Ref target = (Ref) f.stack[f.sp - 1];
                if (src instanceof Ref sr) {
                    for (String key : ownKeys(sr, true)) {
                        define(target, key, get(sr, key));
                    }
                } else if (src instanceof String s) {
                    for (int i = 0; i < s.length(); i++) {
                        define(target, Integer.toString(i), String.valueOf(s.charAt(i)));
                    }
                }
            }
            case Op.NEW_ARRAY -> {
                int n = ops[f.pc++];
                Object[] e = new Object[Math.max(n, 4)];
                Arrays.fill(e, Undefined.HOLE);
                for (int i = n - 1; i >= 0; i--) {
                    e[i] = f.pop();
                }
                f.push(heap.alloc(new JsArray(realm.arrayProto, e, n)));
            }
            case Op.ARRAY_APPEND -> {
                Object v = f.pop();
                heap.<JsArray>w((Ref) f.stack[f.sp - 1]).push(v);
            }
            case Op.ARRAY_HOLE -> {
                JsArray a = heap.w((Ref) f.stack[f.sp - 1]);
                a.setLength(a.length + 1);
            }
            case Op.ARRAY_SPREAD -> {
                List<Object> items = listFrom(f.pop());
                JsArray a = heap.w((Ref) f.stack[f.sp - 1]);
                for (Object v : items) {
                    a.push(v);
                }
            }
            case Op.EXP -> {
                Object b = f.pop();
                Object a = f.pop();
                f.push(Arith.pow(num(a), num(b)));
            }
            case Op.IN -> {
                Object obj = f.pop();
                Object key = toKey(f.pop());
                f.push(has(obj, key));
            }
            case Op.INSTANCEOF -> {
                Object ctor = f.pop();
                Object v = f.pop();
                f.push(instanceOf(v, ctor));
            }
            case Op.BITNOT -> f.push((double) ~toInt32(f.pop()));
            case Op.TYPEOF -> f.push(typeOf(f.pop()));
            case Op.TO_STRING -> f.push(toStr(f.pop()));
            case Op.JF_KEEP -> {
                int t = ops[f.pc++];
                if (!Values.truthy(f.stack[f.sp - 1])) {
                    f.pc = t;
                } else {
                    f.pop();
                }
            }
            case Op.JT_KEEP -> {
                int t = ops[f.pc++];
                if (Values.truthy(f.stack[f.sp - 1])) {
                    f.pc = t;
                } else {
                    f.pop();
                }
            }
            case Op.JNN_KEEP -> {
                int t = ops[f.pc++];
                if (!Values.isNullish(f.stack[f.sp - 1])) {
                    f.pc = t;
                } else {
                    f.pop();
                }
            }
            case Op.JNULLISH -> {
                int t = ops[f.pc++];
                if (Values.isNullish(f.stack[f.sp - 1])) {
                    f.stack[f.sp - 1] = Undefined.UNDEFINED;
                    f.pc = t;
                }
            }
            case Op.THROW -> {
                throwPos = currentPos();
                throw new JsThrow(f.pop());
            }
            case Op.TRY -> f.pushHandler(ops[f.pc++], f.scope);
            case Op.END_TRY -> f.handlers--;
            case Op.ITER -> f.push(iterator(f.pop()));
            case Op.FOR_IN -> f.push(new Iter.Items(forInKeys(f.pop()), 0));
            case Op.ITER_NEXT, Op.ITER_VALUE -> {
                int done = op == Op.ITER_NEXT ? ops[f.pc++] : -1;
                Iter it = (Iter) f.pop();
                Object shared = sharedIterElement(it);
                if (shared instanceof Suspend s) {
                    Iter.Indexed ix = (Iter.Indexed) it;
                    f.push(new Iter.Indexed(ix.target(), ix.index() + 1));
                    return new Suspended(s.request());
                }
                Iter.Next n = it.advance(this);
                if (n == null) {
                    if (op == Op.ITER_NEXT) {
                        f.pc = done;
                    } else {
                        f.push(it);
                        f.push(Undefined.UNDEFINED);
                    }
                } else {
                    f.push(n.iter());
                    f.push(n.value());
                }
            }
            case Op.ITER_REST -> {
                Iter it = (Iter) f.pop();
                List<Object> rest = new ArrayList<>();
                for (Iter.Next n = it.advance(this); n != null; n = n.iter().advance(this)) {
                    rest.add(n.value());
                }
                f.push(newArray(rest));
            }
            case Op.ARGS_REST -> {
                int i = ops[f.pc++];
                f.push(newArray(i < f.args.length ? Arrays.copyOfRange(f.args, i, f.args.length) : new Object[0]));
            }
            case Op.ARGUMENTS -> f.push(newArray(f.args));
            case Op.OBJ_REST -> {
                String[] used = (String[]) k[ops[f.pc++]];
                Object src = f.pop();
                Ref copy = newObject();
                if (src instanceof Ref sr) {
                    List<String> skip = Arrays.asList(used);
                    for (String key : ownKeys(sr, true)) {
                        if (!skip.contains(key)) {
                            define(copy, key, get(sr, key));
                        }
                    }
                }
                f.push(copy);
            }
            case Op.THROW_ERROR -> {
                String type = (String) k[ops[f.pc++]];
                String message = (String) k[ops[f.pc++]];
                throw error(type, message);
            }
            case Op.NOP -> { }
            default -> throw new IllegalStateException("bad opcode " + op + " in " + f.code);
        }
        return null;
    }

    /** Element reads of arrays and local typed arrays by integer index: no lookup, no events. */
    private Object fastGet(Object obj, Object key) {
        if (obj instanceof Ref r && key instanceof Double d) {
            double x = d;
            int i = (int) x;
            if (i != x || i < 0) {
                return null;
            }
            HeapCell c = heap.get(r);
            if (c instanceof JsArray a) {
                if (i < a.length) {
                    Object v = a.elements[i];
                    return v == Undefined.HOLE ? null : v;
                }
            } else if (c instanceof JsTypedArray ta && !ta.shared && i < ta.length) {
                JsArrayBuffer ab = heap.get(ta.buffer);
                return ta.type.fromRaw(ab.bytes.readRaw(ta.byteOffset + i * ta.type.byteSize(), ta.type.byteSize()));
            }
        }
        return null;
    }

    /** Element writes of local typed arrays by integer index with a number value. */
    private boolean fastSet(Object obj, Object key, Object value) {
        if (obj instanceof Ref r && key instanceof Double d && value instanceof Double v) {
            double x = d;
            int i = (int) x;
            if (i != x || i < 0) {
                return false;
            }
            HeapCell c = heap.get(r);
            if (c instanceof JsTypedArray ta && !ta.shared && i < ta.length) {
                JsArrayBuffer ab = heap.w(ta.buffer);
                ab.bytes = ab.bytes.writeRaw(owner, ta.byteOffset + i * ta.type.byteSize(), ta.type.byteSize(), ta.type.toRaw(v));
                return true;
            }
        }
        return false;
    }

    private Object outOfBudget(int base) {
        if (base == 0) {
            return new OutOfBudget(currentPos());
        }
        throw new BudgetExhausted();
    }

    /** A shared typed-array element the iterator would read next, as a read request; else null. */
    private Object sharedIterElement(Iter it) {
        if (it instanceof Iter.Indexed ix && heap.get(ix.target()) instanceof JsTypedArray ta && ta.shared
                && ix.index() < ta.length) {
            return readElement(ta, ix.index());
        }
        return null;
    }

    /** GET_PROP/GET_ELEM: pushes the value, or pushes a getter frame, or returns a Suspended. */
    private Object getForOp(Frame f, Object obj, Object key) {
        if (Values.isNullish(obj)) {
            throw typeError("Cannot read properties of " + obj + " (reading '" + keyString(key) + "')");
        }
        Object v = lookup(obj, key);
        if (v == null) {
            f.push(Undefined.UNDEFINED);
        } else if (v instanceof PropMap.Accessor a) {
            if (a.getter() == null) {
                f.push(Undefined.UNDEFINED);
            } else {
                Object r = invoke(a.getter(), obj, new Object[0], Frame.NORMAL, null);
                if (r instanceof Suspend s) {
                    return new Suspended(s.request());
                } else if (r != null) {
                    f.push(r);
                }
            }
        } else if (v instanceof Suspend s) {
            return new Suspended(s.request());
        } else {
            f.push(v);
        }
        return null;
    }

    private Object superConstruct(Ref parent, Object[] args, Ref target) {
        if (parent == null || !(heap.get(parent) instanceof JsFunction pf) || !pf.isConstructor()) {
            throw typeError("Super constructor is not a constructor");
        }
        if (pf.kind == JsFunction.Kind.CLOSURE) {
            Object self = pf.code.derived ? Undefined.TDZ : newObject(prototypeFor(target));
            pushFrame(new Frame(pf.code, newScope(pf.scope, pf.code.scope), self, parent, args, target, Frame.SUPER));
            return null;
        }
        Object r = constructCall(parent, args, target);
        if (r instanceof Suspend) {
            throw typeError("not supported in scenarios: a constructor that waits");
        }
        return r;
    }

    private Object thisOfArrow(Frame f) {
        return heap.<JsFunction>get(f.function).capturedThis;
    }

    private Scope scopeAt(Ref scope, int hops) {
        Scope s = heap.get(scope);
        for (int i = 0; i < hops; i++) {
            s = heap.get(s.parent);
        }
        return s;
    }

    private Scope writableScope(Ref scope, int hops) {
        Ref r = scope;
        for (int i = 0; i < hops; i++) {
            r = heap.<Scope>get(r).parent;
        }
        return heap.w(r);
    }

    private String slotName(Scope s, Frame f, int slot) {
        return s.names != null && slot < s.names.size() ? s.names.get(slot) : "variable";
    }

    private String calleeText(Frame f) {
        String note = f.code.noteAt(f.pc - 1);
        if (note == null) {
            return "expression";
        }
        int tab = note.indexOf('\t');
        return tab < 0 ? note : note.substring(0, tab);
    }

    @Override
    public String viewName() {
        if (depth == 0) {
            return "view";
        }
        Frame f = frames[depth - 1];
        if (PRELUDE.equals(f.code.start.file())) {
            // Inside a built-in written in JavaScript (ia.join()): name the view the user called it on.
            for (int i = depth - 2; i >= 0; i--) {
                Frame u = frames[i];
                if (!PRELUDE.equals(u.code.start.file())) {
                    String note = calleeText(u);
                    int dot = note.lastIndexOf('.');
                    return dot > 0 ? note.substring(0, dot) : "view";
                }
            }
        }
        String note = f.code.noteAt(Math.max(0, f.pc - 1));
        if (note == null) {
            return "view";
        }
        int tab = note.indexOf('\t');
        return tab < 0 ? note : note.substring(tab + 1);
    }

    /** The position where the current task started running (for messages). */
    public Ref rootScope() {
        return rootScope;
    }

    private void defineClass(Ref ctor, Object superclass, String name) {
        Ref protoParent = realm.objectProto;
        Ref ctorParent = realm.functionProto;
        if (superclass != Undefined.HOLE) {
            if (superclass == Undefined.NULL) {
                protoParent = null;
            } else if (isCallable(superclass) && heap.<JsFunction>get((Ref) superclass).isConstructor()) {
                Object pp = get(superclass, "prototype");
                protoParent = pp instanceof Ref pr ? pr : null;
                ctorParent = (Ref) superclass;
            } else {
                throw typeError("Class extends value " + describe(superclass) + " is not a constructor or null");
            }
        }
        Ref proto = newObject(protoParent);
        heap.<JsObject>w(proto).props.define("constructor", ctor, PropMap.HIDDEN);
        JsFunction f = heap.w(ctor);
        f.proto = ctorParent;
        f.props.define("prototype", proto, (byte) 0);
        f.homeObject = proto;
    }

    /** kind: 0 method, 1 getter, 2 setter; +4 for a class member (not enumerable, unlike object literals'). */
    private void defineMethod(Ref target, String name, Ref fn, int kind) {
        heap.<JsFunction>w(fn).homeObject = target;
        JsObject t = heap.w(target);
        boolean classMember = (kind & 4) != 0;
        kind &= 3;
        if (kind == 0) {
            t.props.define(name, fn, classMember || name.startsWith("@@") ? PropMap.HIDDEN : PropMap.DEFAULT);
            return;
        }
        Object cur = t.props.get(name);
        PropMap.Accessor old = cur instanceof PropMap.Accessor a ? a : new PropMap.Accessor(null, null);
        t.props.define(name, kind == 1 ? new PropMap.Accessor(fn, old.setter()) : new PropMap.Accessor(old.getter(), fn),
            classMember ? PropMap.HIDDEN : PropMap.DEFAULT);
    }

    private Object[] forInKeys(Object obj) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        if (obj instanceof Ref r) {
            for (Ref o = r; o != null; o = heap.<JsObject>get(o).proto) {
                keys.addAll(ownKeys(o, true));
            }
        } else if (obj instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                keys.add(Integer.toString(i));
            }
        }
        return keys.toArray();
    }

    // ------------------------------------------------------------------ operators

    private double num(Object v) {
        return v instanceof Double d ? d : toNumber(v);
    }

    public Object add(Object a, Object b) {
        Object pa = toPrimitive(a, "default");
        Object pb = toPrimitive(b, "default");
        if (pa instanceof String || pb instanceof String) {
            String x = Values.primitiveToString(pa);
            String y = Values.primitiveToString(pb);
            if ((long) x.length() + y.length() > Limits.MAX_STRING_LENGTH) {
                throw rangeError("Invalid string length");
            }
            return x + y;
        }
        return Values.primitiveToNumber(pa) + Values.primitiveToNumber(pb);
    }

    public boolean looseEquals(Object a, Object b) {
        if (Values.isNullish(a) || Values.isNullish(b)) {
            return Values.isNullish(a) && Values.isNullish(b);
        }
        if (a instanceof Ref && b instanceof Ref) {
            return a == b;
        }
        if (a instanceof Ref) {
            a = toPrimitive(a, "default");
        }
        if (b instanceof Ref) {
            b = toPrimitive(b, "default");
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        return Values.primitiveToNumber(a) == Values.primitiveToNumber(b);
    }

    private boolean compare(int op, Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return Arith.compare(op, x, y);
        }
        Object pa = toPrimitive(a, "number");
        Object pb = toPrimitive(b, "number");
        if (pa instanceof String x && pb instanceof String y) {
            int c = x.compareTo(y);
            return switch (op) {
                case Op.LT -> c < 0;
                case Op.LE -> c <= 0;
                case Op.GT -> c > 0;
                default -> c >= 0;
            };
        }
        return Arith.compare(op, Values.primitiveToNumber(pa), Values.primitiveToNumber(pb));
    }

    public boolean instanceOf(Object v, Object ctor) {
        if (!isCallable(ctor)) {
            throw typeError("Right-hand side of 'instanceof' is not callable");
        }
        JsFunction f = heap.get((Ref) ctor);
        if (f.kind == JsFunction.Kind.BOUND) {
            return instanceOf(v, f.target);
        }
        if (!(v instanceof Ref r)) {
            return false;
        }
        Object proto = get(ctor, "prototype");
        for (Ref o = heap.<JsObject>get(r).proto; o != null; o = heap.<JsObject>get(o).proto) {
            if (o == proto) {
                return true;
            }
        }
        return false;
    }
}
