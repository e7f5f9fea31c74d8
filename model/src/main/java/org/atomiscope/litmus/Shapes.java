package org.atomiscope.litmus;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.atomiscope.js.JsNumbers;
import org.atomiscope.lang.Ast;
import org.atomiscope.lang.Ast.Assign;
import org.atomiscope.lang.Ast.Binary;
import org.atomiscope.lang.Ast.Call;
import org.atomiscope.lang.Ast.Expr;
import org.atomiscope.lang.Ast.Ident;
import org.atomiscope.lang.Ast.Index;
import org.atomiscope.lang.Ast.Member;
import org.atomiscope.lang.Ast.New;
import org.atomiscope.lang.Ast.NumberLit;
import org.atomiscope.lang.Ast.Stmt;
import org.atomiscope.lang.Ast.Update;
import org.atomiscope.lang.Pos;

/** Small helpers for reading the syntax tree and naming what was found in messages. */
final class Shapes {
    private Shapes() {}

    /** The method name of an {@code Atomics.op(...)} call, or null. */
    static String atomicsCall(Expr e) {
        if (e instanceof Call c && !c.optional() && c.callee() instanceof Member m && !m.optional()
                && m.object() instanceof Ident id && id.name().equals("Atomics")) {
            return m.name();
        }
        return null;
    }

    private static final Map<Class<?>, String> STATEMENTS = Map.ofEntries(
            Map.entry(Ast.While.class, "a loop (while)"),
            Map.entry(Ast.DoWhile.class, "a loop (do-while)"),
            Map.entry(Ast.For.class, "a loop (for)"),
            Map.entry(Ast.ForOf.class, "a loop (for-of)"),
            Map.entry(Ast.ForIn.class, "a loop (for-in)"),
            Map.entry(Ast.If.class, "a branch (if)"),
            Map.entry(Ast.Switch.class, "a branch (switch)"),
            Map.entry(Ast.Try.class, "a try statement"),
            Map.entry(Ast.FunctionDecl.class, "a function declaration"),
            Map.entry(Ast.ClassDecl.class, "a class declaration"),
            Map.entry(Ast.Block.class, "a nested block"),
            Map.entry(Ast.Return.class, "a return statement"),
            Map.entry(Ast.Throw.class, "a throw statement"),
            Map.entry(Ast.Break.class, "a break statement"),
            Map.entry(Ast.Continue.class, "a continue statement"),
            Map.entry(Ast.Labeled.class, "a labelled statement"),
            Map.entry(Ast.VarDecl.class, "a declaration"),
            Map.entry(Ast.Empty.class, "an empty statement"));

    /** A statement kind as a noun phrase for "has ...". */
    static String describe(Stmt s) {
        if (s instanceof Ast.ExprStmt e) {
            return describe(e.expr());
        }
        return STATEMENTS.getOrDefault(s.getClass(), "a statement");
    }

    /** An expression as a noun phrase. */
    static String describe(Expr e) {
        if (e instanceof Ident id) {
            return id.name();
        }
        if (e instanceof NumberLit n) {
            return "the number " + JsNumbers.toJsString(n.value());
        }
        if (e instanceof Ast.StringLit) {
            return "a string";
        }
        if (e instanceof Index ix) {
            return "an element of " + describe(ix.object());
        }
        if (e instanceof Member m) {
            return describe(m.object()) + "." + m.name();
        }
        if (e instanceof Call c) {
            return "a call of " + describe(c.callee());
        }
        if (e instanceof New n) {
            return "new " + describe(n.callee());
        }
        if (e instanceof Update u) {
            return "an update (" + u.op() + ")";
        }
        if (e instanceof Assign a) {
            return a.op().equals("=") ? "an assignment" : "a compound assignment (" + a.op() + ")";
        }
        if (e instanceof Binary b) {
            return "a computation (" + b.op() + ")";
        }
        if (e instanceof Ast.FunctionExpr) {
            return "a function";
        }
        return "an expression";
    }

    static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The position of the first {@code new Worker(...)} anywhere in a tree of syntax records, or
     * null. A generic walk over record components, so it need not know every node type.
     */
    static Pos firstWorker(Object node) {
        if (node instanceof New n && n.callee() instanceof Ident id && id.name().equals("Worker")) {
            return n.pos();
        }
        if (node instanceof List<?> list) {
            for (Object child : list) {
                Pos p = firstWorker(child);
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        if (node == null || !node.getClass().isRecord() || node instanceof Pos) {
            return null;
        }
        for (RecordComponent rc : node.getClass().getRecordComponents()) {
            try {
                Pos p = firstWorker(rc.getAccessor().invoke(node));
                if (p != null) {
                    return p;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }
}
