package org.atomiscope.compile;

import org.atomiscope.lang.Pos;

/**
 * A compiled function body (or script). Immutable after compilation; shared by every closure,
 * every agent and every machine that runs it.
 */
public final class Code {
    public final String name;
    public final int[] ops;
    public final Object[] consts;
    /** Source position of the instruction starting at each index (null between instructions). */
    public final Pos[] pos;
    /** Source text of the callee at call instructions (for "x.y is not a function"). */
    public final String[] notes;
    public final ScopeTemplate scope;
    public final int paramCount;
    public final boolean arrow;
    public final boolean classConstructor;
    public final boolean derived;
    public final boolean usesThis;
    public final Pos start;
    /** Frame registers: bindings no closure can capture. */
    public final int registers;
    public final String[] registerNames;
    /**
     * A named function expression: its closure gets a scope of its own holding its name, bound to the
     * closure itself, between the captured scope and the function's scope.
     */
    public final boolean selfScope;

    public Code(String name, int[] ops, Object[] consts, Pos[] pos, String[] notes, ScopeTemplate scope, int paramCount,
                boolean arrow, boolean classConstructor, boolean derived, boolean usesThis, Pos start,
                String[] registerNames, boolean selfScope) {
        this.name = name;
        this.ops = ops;
        this.consts = consts;
        this.pos = pos;
        this.notes = notes;
        this.scope = scope;
        this.paramCount = paramCount;
        this.arrow = arrow;
        this.classConstructor = classConstructor;
        this.derived = derived;
        this.usesThis = usesThis;
        this.start = start;
        this.registers = registerNames.length;
        this.registerNames = registerNames;
        this.selfScope = selfScope;
    }

    /** The position of the instruction at or before {@code pc}. */
    public Pos posAt(int pc) {
        for (int i = Math.min(pc, pos.length - 1); i >= 0; i--) {
            if (pos[i] != null) {
                return pos[i];
            }
        }
        return start;
    }

    /** The note of the instruction at {@code pc} (operand slots carry their instruction's note). */
    public String noteAt(int pc) {
        return pc >= 0 && pc < notes.length ? notes[pc] : null;
    }

    @Override
    public String toString() {
        return "Code(" + name + ")";
    }
}
