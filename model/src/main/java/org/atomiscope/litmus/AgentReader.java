package org.atomiscope.litmus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.lang.Ast.Assign;
import org.atomiscope.lang.Ast.Call;
import org.atomiscope.lang.Ast.Declarator;
import org.atomiscope.lang.Ast.Empty;
import org.atomiscope.lang.Ast.Expr;
import org.atomiscope.lang.Ast.ExprStmt;
import org.atomiscope.lang.Ast.FunctionNode;
import org.atomiscope.lang.Ast.Ident;
import org.atomiscope.lang.Ast.Index;
import org.atomiscope.lang.Ast.Member;
import org.atomiscope.lang.Ast.Stmt;
import org.atomiscope.lang.Ast.VarDecl;
import org.atomiscope.lang.Pos;
import org.atomiscope.litmus.Layout.Location;
import org.atomiscope.litmus.Layout.View;
import org.atomiscope.litmus.LitmusThread.Load;
import org.atomiscope.litmus.LitmusThread.Op;
import org.atomiscope.litmus.LitmusThread.Rmw;
import org.atomiscope.litmus.LitmusThread.Store;

/**
 * Reads one agent's body as straight-line litmus code: registers declared from element reads and
 * Atomics operations, stores of constants or registers, and {@code console.log} of registers or
 * elements. Registers are renamed {@code r0}, {@code r1}, ... in the order they are first
 * assigned, as herd's tests name them.
 */
final class AgentReader {
    /** Atomics read-modify-writes and the C11 functions with the same meaning (all return the old value). */
    private static final Map<String, String> RMW = Map.of(
            "exchange", "atomic_exchange_explicit",
            "add", "atomic_fetch_add_explicit",
            "sub", "atomic_fetch_sub_explicit",
            "and", "atomic_fetch_and_explicit",
            "or", "atomic_fetch_or_explicit",
            "xor", "atomic_fetch_xor_explicit");

    private final Layout layout;
    private final String agent;
    private final String where;
    private final List<Op> ops = new ArrayList<>();
    private final List<List<Integer>> prints = new ArrayList<>();
    /** JavaScript name to register number. */
    private final Map<String, Integer> registers = new HashMap<>();
    /** Register number to the element type it was read from, so a store of it cannot wrap differently. */
    private final List<ElementType> registerTypes = new ArrayList<>();

    private AgentReader(Layout layout, String agent) {
        this.layout = layout;
        this.agent = agent;
        this.where = "the agent " + agent;
    }

    static LitmusThread read(Layout layout, String agent, FunctionNode fn) throws NotLitmusShaped {
        AgentReader r = new AgentReader(layout, agent);
        List<Stmt> body = fn.expressionBody() != null
                ? List.of(new ExprStmt(fn.expressionBody().pos(), fn.expressionBody())) : fn.body();
        for (Stmt s : body) {
            r.statement(s);
        }
        return new LitmusThread(agent, r.ops, r.prints, r.registerTypes.size());
    }

    private void statement(Stmt s) throws NotLitmusShaped {
        if (s instanceof Empty) {
            return;
        }
        if (s instanceof VarDecl d) {
            for (Declarator dec : d.declarations()) {
                if (!(dec.target() instanceof Ident id) || dec.init() == null) {
                    throw new NotLitmusShaped(dec.pos(), "A declaration in " + where
                            + " has no single name with a value; registers are declared as const r = x[0].");
                }
                registers.put(id.name(), value(dec.init(), id.name()));
            }
            return;
        }
        if (s instanceof ExprStmt es) {
            expressionStatement(es.expr());
            return;
        }
        throw new NotLitmusShaped(s.pos(), Shapes.capitalized(where) + " has " + Shapes.describe(s)
                + "; only straight-line code exports as a litmus test.");
    }

    private void expressionStatement(Expr e) throws NotLitmusShaped {
        if (e instanceof Assign a && a.op().equals("=") && a.target() instanceof Index ix && !ix.optional()) {
            Location loc = element(ix.object(), ix.index(), ix.pos());
            ops.add(new Store(loc, operand(a.value(), loc), false));
            return;
        }
        if (e instanceof Call c && c.callee() instanceof Member m && m.object() instanceof Ident obj
                && obj.name().equals("console") && !registers.containsKey("console")) {
            if (!m.name().equals("log")) {
                throw new NotLitmusShaped(c.pos(), Shapes.capitalized(where) + " calls console." + m.name()
                        + "; only console.log output becomes part of the outcome.");
            }
            List<Integer> printed = new ArrayList<>();
            for (Expr arg : c.args()) {
                printed.add(printed(arg));
            }
            prints.add(printed);
            return;
        }
        if (Shapes.atomicsCall(e) != null) {
            atomics((Call) e, -1);
            return;
        }
        throw new NotLitmusShaped(e.pos(), Shapes.capitalized(where) + " has " + Shapes.describe(e)
                + "; an agent may only read and write elements, call Atomics and console.log.");
    }

    /** A register's initial value: an element read, an Atomics operation, or another register. */
    private int value(Expr init, String name) throws NotLitmusShaped {
        if (init instanceof Index ix && !ix.optional()) {
            Location loc = element(ix.object(), ix.index(), ix.pos());
            int r = newRegister(loc.type);
            ops.add(new Load(r, loc, false));
            return r;
        }
        if (Shapes.atomicsCall(init) != null) {
            int r = atomics((Call) init, 0);
            if (r < 0) {
                throw new NotLitmusShaped(init.pos(), Shapes.capitalized(where) + " keeps the result of Atomics.store in "
                        + name + "; only reads give registers.");
            }
            return r;
        }
        if (init instanceof Ident id && registers.containsKey(id.name())) {
            return registers.get(id.name());
        }
        throw new NotLitmusShaped(init.pos(), Shapes.capitalized(where) + " gives " + name + " a value that is not "
                + "read from shared memory; only element reads and Atomics operations give registers.");
    }

    /** What console.log prints: a register, or an element read on the spot (which becomes a register). */
    private int printed(Expr arg) throws NotLitmusShaped {
        if (arg instanceof Ident id && registers.containsKey(id.name())) {
            return registers.get(id.name());
        }
        if (arg instanceof Index || (Shapes.atomicsCall(arg) != null && Shapes.atomicsCall(arg).equals("load"))) {
            return value(arg, "a printed value");
        }
        throw new NotLitmusShaped(arg.pos(), Shapes.capitalized(where) + " prints " + Shapes.describe(arg)
                + "; only registers and elements can be printed, so that the outcome is a condition on registers.");
    }

    /**
     * An Atomics call. Returns the register holding its result, or -1 for a store or when
     * {@code keep} is negative (a statement whose result is dropped).
     */
    private int atomics(Call c, int keep) throws NotLitmusShaped {
        String op = Shapes.atomicsCall(c);
        switch (op) {
            case "wait", "waitAsync", "notify", "wake" -> throw new NotLitmusShaped(c.pos(), Shapes.capitalized(where)
                    + " calls Atomics." + op + "; waiting and waking have no litmus-test equivalent.");
            case "compareExchange" -> throw new NotLitmusShaped(c.pos(), Shapes.capitalized(where)
                    + " calls Atomics.compareExchange, which does not export: C's compare-exchange returns a flag, "
                    + "not the old value.");
            default -> { }
        }
        boolean store = op.equals("store");
        if (!op.equals("load") && !store && !RMW.containsKey(op)) {
            throw new NotLitmusShaped(c.pos(), Shapes.capitalized(where) + " calls Atomics." + op
                    + ", which has no litmus-test equivalent.");
        }
        int arity = op.equals("load") ? 2 : 3;
        if (c.args().size() != arity) {
            throw new NotLitmusShaped(c.pos(), "Atomics." + op + " in " + where + " needs exactly " + arity
                    + " arguments here (a view, a constant index" + (arity == 3 ? " and a value)." : ")."));
        }
        Location loc = element(c.args().get(0), c.args().get(1), c.pos());
        if (op.equals("load")) {
            int r = newRegister(loc.type);
            ops.add(new Load(r, loc, true));
            return r;
        }
        String value = operand(c.args().get(2), loc);
        if (store) {
            ops.add(new Store(loc, value, true));
            return -1;
        }
        if ((op.equals("add") || op.equals("sub")) && loc.type != ElementType.INT32) {
            // JavaScript wraps the sum to the element type; a C int would not.
            throw new NotLitmusShaped(c.pos(), "Atomics." + op + " on " + loc.mention + " (" + loc.type.constructorName()
                    + ") in " + where + " may wrap around, which a C int does not; only Int32Array arithmetic exports.");
        }
        String function = RMW.get(op);
        if (op.equals("sub") && layout.constant(c.args().get(2)) != null) {
            // Older herd versions read atomic_fetch_sub_explicit as an add; adding the negation means the same.
            function = RMW.get("add");
            value = value.startsWith("-") ? value.substring(1) : "-" + value;
            value = value.equals("-0") ? "0" : value;
        }
        int r = keep < 0 ? -1 : newRegister(loc.type);
        ops.add(new Rmw(r, function, loc, value));
        return r;
    }

    private Location element(Expr viewExpr, Expr index, Pos pos) throws NotLitmusShaped {
        if (viewExpr instanceof Ident id && registers.containsKey(id.name())) {
            throw new NotLitmusShaped(viewExpr.pos(), id.name() + " in " + where + " is a register, not a typed-array view.");
        }
        View view = layout.view(viewExpr);
        if (view == null) {
            throw new NotLitmusShaped(viewExpr.pos(), Shapes.capitalized(where) + " accesses "
                    + Shapes.describe(viewExpr) + ", which is not a typed-array view made by the main agent.");
        }
        return layout.element(view, index, pos, where);
    }

    /** A stored value as C text: a constant that fits the element, or a register read from the same element type. */
    private String operand(Expr e, Location loc) throws NotLitmusShaped {
        if (e instanceof Ident id && registers.containsKey(id.name())) {
            int r = registers.get(id.name());
            if (registerTypes.get(r) != loc.type) {
                throw new NotLitmusShaped(e.pos(), Shapes.capitalized(where) + " stores " + id.name() + ", read from a "
                        + registerTypes.get(r).constructorName() + ", into " + loc.mention + " ("
                        + loc.type.constructorName() + "), which may convert it; only same-type copies export.");
            }
            return "r" + r;
        }
        Long v = layout.constant(e);
        if (v == null) {
            throw new NotLitmusShaped(e.pos(), Shapes.capitalized(where) + " writes " + Shapes.describe(e) + " to "
                    + loc.mention + "; only integer constants and registers can be written in a litmus test.");
        }
        return Integer.toString(Layout.fit(v, loc.type, e.pos(), loc.mention));
    }

    private int newRegister(ElementType type) {
        registerTypes.add(type);
        return registerTypes.size() - 1;
    }
}
