package org.atomiscope.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atomiscope.js.Undefined;

/** A compile-time scope; each one becomes a runtime {@code Scope} when entered. */
final class CompileScope {
    final CompileScope parent;
    /** True for a function's own top scope: the closure's captured scope is its parent. */
    final boolean functionScope;
    private final Map<String, Integer> slots = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<Object> initial = new ArrayList<>();
    private final List<Boolean> constant = new ArrayList<>();
    /** Bindings kept in frame registers (never captured by a closure): name → register. */
    private final Map<String, Integer> registers = new HashMap<>();
    private final Map<String, Boolean> registerConst = new HashMap<>();
    private final List<Integer> lexicalRegisters = new ArrayList<>();

    CompileScope(CompileScope parent, boolean functionScope) {
        this.parent = parent;
        this.functionScope = functionScope;
    }

    /** Declares a binding in a register; lexical ones start in the dead zone when the scope is entered. */
    void declareRegister(String name, String kind, int register) {
        boolean lexical = kind.equals("let") || kind.equals("const") || kind.equals("class");
        Integer existing = registers.get(name);
        if (existing == null) {
            registers.put(name, register);
            existing = register;
        }
        registerConst.put(name, kind.equals("const"));
        if (lexical && !lexicalRegisters.contains(existing)) {
            lexicalRegisters.add(existing);
        }
    }

    Integer register(String name) {
        return registers.get(name);
    }

    boolean isConstRegister(String name) {
        return registerConst.getOrDefault(name, false);
    }

    List<Integer> lexicalRegisters() {
        return lexicalRegisters;
    }

    boolean hasRegister(String name) {
        return registers.containsKey(name);
    }

    /** Declares a binding (once; a repeated var keeps its slot). kind: var, let, const, class, param, function. */
    int declare(String name, String kind) {
        Integer existing = slots.get(name);
        boolean lexical = kind.equals("let") || kind.equals("const") || kind.equals("class");
        if (existing != null) {
            if (lexical) {
                initial.set(existing, Undefined.TDZ);
                constant.set(existing, kind.equals("const"));
            }
            return existing;
        }
        int s = names.size();
        slots.put(name, s);
        names.add(name);
        initial.add(lexical ? Undefined.TDZ : Undefined.UNDEFINED);
        constant.add(kind.equals("const"));
        return s;
    }

    Integer slot(String name) {
        return slots.get(name);
    }

    boolean isConst(int slot) {
        return constant.get(slot);
    }

    /** Whether this scope needs a runtime scope object (it has heap bindings, or is a function's). */
    boolean materialized() {
        return functionScope || !names.isEmpty();
    }

    ScopeTemplate template() {
        boolean[] c = new boolean[constant.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = constant.get(i);
        }
        return new ScopeTemplate(List.copyOf(names), initial.toArray(), c);
    }
}
