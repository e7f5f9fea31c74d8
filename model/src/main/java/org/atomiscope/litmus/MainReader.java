package org.atomiscope.litmus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.lang.Ast.Assign;
import org.atomiscope.lang.Ast.Call;
import org.atomiscope.lang.Ast.Declarator;
import org.atomiscope.lang.Ast.Empty;
import org.atomiscope.lang.Ast.Expr;
import org.atomiscope.lang.Ast.ExprStmt;
import org.atomiscope.lang.Ast.FunctionExpr;
import org.atomiscope.lang.Ast.FunctionNode;
import org.atomiscope.lang.Ast.Ident;
import org.atomiscope.lang.Ast.Index;
import org.atomiscope.lang.Ast.New;
import org.atomiscope.lang.Ast.Program;
import org.atomiscope.lang.Ast.Stmt;
import org.atomiscope.lang.Ast.StringLit;
import org.atomiscope.lang.Ast.VarDecl;
import org.atomiscope.litmus.Layout.Location;
import org.atomiscope.litmus.Layout.View;

/**
 * Reads the main file's top level as a litmus test's setup: shared buffers, typed-array views
 * with constant arguments, number constants, initial values written before any agent starts
 * (the litmus initial state), and {@code agent(name, () => ...)} declarations (the threads).
 * The main agent may do nothing else: anything it ran alongside the agents would be a thread
 * of its own.
 */
final class MainReader {
    private static final String WHERE = "the main agent";

    private final Layout layout = new Layout();
    private final List<LitmusThread> threads = new ArrayList<>();

    private MainReader() {}

    static MainReader read(Program program) throws NotLitmusShaped {
        MainReader r = new MainReader();
        for (Stmt s : program.body()) {
            r.statement(s);
        }
        return r;
    }

    Layout layout() {
        return layout;
    }

    List<LitmusThread> threads() {
        return threads;
    }

    private void statement(Stmt s) throws NotLitmusShaped {
        if (s instanceof Empty) {
            return;
        }
        if (s instanceof VarDecl d) {
            for (Declarator dec : d.declarations()) {
                declaration(dec);
            }
            return;
        }
        if (s instanceof ExprStmt es && es.expr() instanceof Call c && c.callee() instanceof Ident id
                && id.name().equals("agent")) {
            agent(c);
            return;
        }
        if (s instanceof ExprStmt es && isInitialWrite(es.expr())) {
            if (!threads.isEmpty()) {
                throw new NotLitmusShaped(s.pos(), "The main agent writes shared memory after starting agents; "
                        + "only writes before the first agent(...) call export, as the initial state.");
            }
            initialWrite(es.expr());
            return;
        }
        throw new NotLitmusShaped(s.pos(), "The main agent has " + Shapes.describe(s) + "; besides agent(...) calls "
                + "only a SharedArrayBuffer, typed-array views, constants and initial writes export as a litmus test.");
    }

    private void declaration(Declarator dec) throws NotLitmusShaped {
        if (!(dec.target() instanceof Ident id) || dec.init() == null) {
            throw new NotLitmusShaped(dec.pos(), "A declaration in the main agent has no single name with a value.");
        }
        Expr init = dec.init();
        if (init instanceof New n && n.callee() instanceof Ident ctor) {
            if (ctor.name().equals("SharedArrayBuffer")) {
                layout.addBuffer(id.name(), bufferLength(n));
                return;
            }
            Optional<ElementType> type = ElementType.byConstructorName(ctor.name());
            if (type.isPresent()) {
                layout.addView(view(id.name(), type.get(), n));
                return;
            }
        }
        Long constant = layout.constant(init);
        if (constant != null) {
            layout.addConstant(id.name(), constant);
            return;
        }
        throw new NotLitmusShaped(init.pos(), "The main agent gives " + id.name() + " " + Shapes.describe(init)
                + "; only a SharedArrayBuffer, typed-array views over it and integer constants export as a litmus test.");
    }

    private long bufferLength(New n) throws NotLitmusShaped {
        Long length = n.args().size() == 1 ? layout.constant(n.args().get(0)) : null;
        if (length == null || length < 0) {
            throw new NotLitmusShaped(n.pos(), "The SharedArrayBuffer needs one constant length to export as a litmus test.");
        }
        return length;
    }

    /** {@code new Int32Array(buffer [, byteOffset [, length]])}, with the checks the constructor makes. */
    private View view(String name, ElementType type, New n) throws NotLitmusShaped {
        if (!Layout.exportable(type)) {
            throw new NotLitmusShaped(n.pos(), name + " is a " + type.constructorName() + "; only Int8, Uint8, Int16, "
                    + "Uint16, Int32 and Uint32 arrays export, as C ints.");
        }
        List<Expr> args = n.args();
        Integer buffer = null;
        if (!args.isEmpty() && args.get(0) instanceof Ident b) {
            buffer = layout.buffer(b.name());
        } else if (!args.isEmpty() && args.get(0) instanceof New inner && inner.callee() instanceof Ident c
                && c.name().equals("SharedArrayBuffer")) {
            buffer = layout.addBuffer(null, bufferLength(inner));
        }
        if (buffer == null || args.size() > 3) {
            throw new NotLitmusShaped(n.pos(), name + " is not a view over a SharedArrayBuffer of the main agent; "
                    + "only shared memory exports as a litmus test.");
        }
        Long offset = args.size() > 1 ? layout.constant(args.get(1)) : Long.valueOf(0);
        long available = layout.bufferLength(buffer) - (offset == null ? 0 : offset);
        Long length = args.size() > 2 ? layout.constant(args.get(2)) : Long.valueOf(available / type.byteSize());
        if (offset == null || length == null) {
            throw new NotLitmusShaped(n.pos(), "The byte offset and length of " + name
                    + " must be constant numbers to export as a litmus test.");
        }
        if (offset < 0 || offset % type.byteSize() != 0 || length < 0 || length * type.byteSize() > available) {
            throw new NotLitmusShaped(n.pos(), name + " does not fit its buffer (byte offset " + offset + ", "
                    + length + " elements); the scenario would throw a RangeError.");
        }
        return new View(name, type, buffer, offset, length);
    }

    private static boolean isInitialWrite(Expr e) {
        return (e instanceof Assign a && a.op().equals("=") && a.target() instanceof Index ix && !ix.optional())
                || "store".equals(Shapes.atomicsCall(e));
    }

    /** {@code x[i] = c} or {@code Atomics.store(x, i, c)} before the agents start: an initial value. */
    private void initialWrite(Expr e) throws NotLitmusShaped {
        Expr viewExpr;
        Expr index;
        Expr value;
        if (e instanceof Assign a) {
            Index ix = (Index) a.target();
            viewExpr = ix.object();
            index = ix.index();
            value = a.value();
        } else {
            List<Expr> args = ((Call) e).args();
            if (args.size() != 3) {
                throw new NotLitmusShaped(e.pos(), "Atomics.store needs a view, an index and a value.");
            }
            viewExpr = args.get(0);
            index = args.get(1);
            value = args.get(2);
        }
        View view = layout.view(viewExpr);
        if (view == null) {
            throw new NotLitmusShaped(viewExpr.pos(), "The main agent writes to " + Shapes.describe(viewExpr)
                    + ", which is not a typed-array view over the SharedArrayBuffer.");
        }
        Location loc = layout.element(view, index, e.pos(), WHERE);
        Long v = layout.constant(value);
        if (v == null) {
            throw new NotLitmusShaped(value.pos(), "The main agent writes " + Shapes.describe(value) + " to "
                    + loc.mention + "; initial values must be integer constants.");
        }
        loc.initial = Layout.fit(v, loc.type, value.pos(), loc.mention);
    }

    private void agent(Call c) throws NotLitmusShaped {
        if (c.args().size() != 2 || !(c.args().get(0) instanceof StringLit name)
                || !(c.args().get(1) instanceof FunctionExpr fe)) {
            throw new NotLitmusShaped(c.pos(), "agent(...) needs a name in quotes and a function written in place, "
                    + "as in agent('t1', () => { ... }).");
        }
        FunctionNode fn = fe.function();
        if (!fn.params().isEmpty() || fn.rest() != null) {
            throw new NotLitmusShaped(fn.pos(), "The function of the agent " + name.value() + " takes parameters; "
                    + "a litmus thread has none.");
        }
        if (name.value().equals("main") || threads.stream().anyMatch(t -> t.agent().equals(name.value()))) {
            throw new NotLitmusShaped(name.pos(), "There is already an agent named " + name.value()
                    + "; outcomes name agents, so each name must be unique.");
        }
        threads.add(AgentReader.read(layout, name.value(), fn));
    }
}
