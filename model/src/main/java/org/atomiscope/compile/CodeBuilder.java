package org.atomiscope.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atomiscope.lang.Pos;

/** Accumulates one function's instructions, constants, positions and jump labels. */
final class CodeBuilder {
    private int[] ops = new int[64];
    private Pos[] pos = new Pos[64];
    private String[] notes = new String[64];
    private boolean[] isOpStart = new boolean[64];
    private String note;
    private int size;
    private final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private Pos current;

    /** Attaches a note (the callee's source text) to the next instruction, for error messages. */
    void note(String text) {
        note = text;
    }

    void at(Pos p) {
        current = p;
    }

    Pos current() {
        return current;
    }

    int size() {
        return size;
    }

    void emit(int op) {
        put(op, true);
    }

    void emit(int op, int a) {
        put(op, true);
        put(a, false);
    }

    void emit(int op, int a, int b) {
        put(op, true);
        put(a, false);
        put(b, false);
    }

    /** Emits a jump with a placeholder target; returns the operand index to patch. */
    int emitJump(int op) {
        put(op, true);
        put(-1, false);
        return size - 1;
    }

    void patch(int operandIndex, int target) {
        ops[operandIndex] = target;
    }

    void patchHere(int operandIndex) {
        ops[operandIndex] = size;
    }

    private void put(int v, boolean isOp) {
        if (size == ops.length) {
            ops = Arrays.copyOf(ops, size * 2);
            pos = Arrays.copyOf(pos, size * 2);
            notes = Arrays.copyOf(notes, size * 2);
            isOpStart = Arrays.copyOf(isOpStart, size * 2);
        }
        isOpStart[size] = isOp;
        pos[size] = isOp ? current : null;
        if (isOp) {
            notes[size] = note;
            note = null;
        }
        ops[size++] = v;
    }

    /** Strings and numbers are pooled; other constants (templates) are added as they come. */
    int constant(Object c) {
        if (c instanceof String || c instanceof Double) {
            Integer i = constIndex.get(c);
            if (i != null) {
                return i;
            }
            consts.add(c);
            constIndex.put(c, consts.size() - 1);
            return consts.size() - 1;
        }
        consts.add(c);
        return consts.size() - 1;
    }

    int[] ops() {
        return Arrays.copyOf(ops, size);
    }

    /** Positions, with each operand slot given its instruction's position (so lookups are direct). */
    Pos[] positions() {
        Pos[] out = Arrays.copyOf(pos, size);
        for (int i = 1; i < size; i++) {
            if (!isOpStart[i]) {
                out[i] = out[i - 1];
            }
        }
        return out;
    }

    /** Notes, with each operand slot given its instruction's note. */
    String[] notes() {
        String[] out = Arrays.copyOf(notes, size);
        for (int i = 1; i < size; i++) {
            if (!isOpStart[i]) {
                out[i] = out[i - 1];
            }
        }
        return out;
    }

    Object[] consts() {
        return consts.toArray();
    }
}
