package org.atomiscope.compile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.atomiscope.lang.Ast.*;

/**
 * Which names a function's nested functions (and classes) mention. A binding whose name is not among
 * them cannot be captured by a closure, so it may live in a frame register instead of a heap scope:
 * much faster, and invisible to copying. Matching by name over-approximates, which is safe.
 */
final class Captures {
    private final Set<String> names = new HashSet<>();
    private int depth;

    private Captures() {}

    /** Names used inside functions nested in this body (parameters' defaults included). */
    static Set<String> of(List<Pattern> params, Pattern rest, List<Stmt> body, Expr expressionBody) {
        Captures c = new Captures();
        for (Pattern p : params) {
            c.pattern(p);
        }
        if (rest != null) {
            c.pattern(rest);
        }
        c.stmts(body);
        if (expressionBody != null) {
            c.expr(expressionBody);
        }
        return c.names;
    }

    private void stmts(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        if (s == null) {
            return;
        }
        if (s instanceof ExprStmt e) {
            expr(e.expr());
        } else if (s instanceof VarDecl v) {
            v.declarations().forEach(d -> {
                pattern(d.target());
                expr(d.init());
            });
        } else if (s instanceof FunctionDecl f) {
            function(f.function());
        } else if (s instanceof ClassDecl c) {
            cls(c.cls());
        } else if (s instanceof Block b) {
            stmts(b.body());
        } else if (s instanceof If i) {
            expr(i.test());
            stmt(i.then());
            stmt(i.otherwise());
        } else if (s instanceof While w) {
            expr(w.test());
            stmt(w.body());
        } else if (s instanceof DoWhile d) {
            stmt(d.body());
            expr(d.test());
        } else if (s instanceof For f) {
            stmt(f.init());
            expr(f.test());
            expr(f.update());
            stmt(f.body());
        } else if (s instanceof ForOf f) {
            pattern(f.target());
            expr(f.iterable());
            stmt(f.body());
        } else if (s instanceof ForIn f) {
            pattern(f.target());
            expr(f.object());
            stmt(f.body());
        } else if (s instanceof Return r) {
            expr(r.value());
        } else if (s instanceof Throw t) {
            expr(t.value());
        } else if (s instanceof Try t) {
            stmt(t.block());
            pattern(t.catchParam());
            stmt(t.handler());
            stmt(t.finalizer());
        } else if (s instanceof Switch sw) {
            expr(sw.discriminant());
            for (Case c : sw.cases()) {
                expr(c.test());
                stmts(c.body());
            }
        } else if (s instanceof Labeled l) {
            stmt(l.body());
        }
    }

    private void function(FunctionNode fn) {
        depth++;
        for (Pattern p : fn.params()) {
            pattern(p);
        }
        if (fn.rest() != null) {
            pattern(fn.rest());
        }
        stmts(fn.body());
        expr(fn.expressionBody());
        depth--;
    }

    private void cls(ClassNode c) {
        depth++;
        expr(c.superclass());
        if (c.constructor() != null) {
            function(c.constructor());
        }
        for (ClassMember m : c.members()) {
            expr(m.computedKey());
            if (m.function() != null) {
                function(m.function());
            }
            expr(m.fieldInit());
        }
        if (c.name() != null) {
            names.add(c.name());
        }
        depth--;
    }

    private void pattern(Pattern p) {
        if (p == null) {
            return;
        }
        if (p instanceof Ident id) {
            use(id.name());
        } else if (p instanceof Member m) {
            expr(m);
        } else if (p instanceof Index i) {
            expr(i);
        } else if (p instanceof DefaultPattern d) {
            pattern(d.target());
            expr(d.fallback());
        } else if (p instanceof ObjectPattern o) {
            for (PatternProp pp : o.properties()) {
                expr(pp.computedKey());
                pattern(pp.value());
            }
            pattern(o.rest());
        } else if (p instanceof ArrayPattern a) {
            for (Pattern e : a.elements()) {
                pattern(e);
            }
            pattern(a.rest());
        }
    }

    private void use(String name) {
        if (depth > 0) {
            names.add(name);
        }
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        if (e instanceof Ident id) {
            use(id.name());
        } else if (e instanceof TemplateLit t) {
            t.exprs().forEach(this::expr);
        } else if (e instanceof ArrayLit a) {
            a.elements().forEach(this::expr);
        } else if (e instanceof ObjectLit o) {
            o.properties().forEach(p -> {
                expr(p.computedKey());
                expr(p.value());
            });
        } else if (e instanceof FunctionExpr f) {
            function(f.function());
        } else if (e instanceof ClassExpr c) {
            cls(c.cls());
        } else if (e instanceof Unary u) {
            expr(u.operand());
        } else if (e instanceof Update u) {
            expr(u.target());
        } else if (e instanceof Binary b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Logical l) {
            expr(l.left());
            expr(l.right());
        } else if (e instanceof Assign a) {
            pattern(a.target());
            expr(a.value());
        } else if (e instanceof Conditional c) {
            expr(c.test());
            expr(c.then());
            expr(c.otherwise());
        } else if (e instanceof Call c) {
            expr(c.callee());
            c.args().forEach(this::expr);
        } else if (e instanceof New n) {
            expr(n.callee());
            n.args().forEach(this::expr);
        } else if (e instanceof Member m) {
            expr(m.object());
        } else if (e instanceof Index i) {
            expr(i.object());
            expr(i.index());
        } else if (e instanceof Sequence s) {
            s.exprs().forEach(this::expr);
        } else if (e instanceof Spread s) {
            expr(s.argument());
        }
    }
}
