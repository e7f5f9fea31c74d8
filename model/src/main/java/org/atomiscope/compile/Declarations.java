package org.atomiscope.compile;

import java.util.List;
import java.util.function.BiConsumer;
import org.atomiscope.lang.Ast.*;
import org.atomiscope.lang.Pos;

/** Finds the bindings a scope must hold before its code runs (hoisting). */
final class Declarations {
    private Declarations() {}

    /** Every {@code var} in these statements, not looking into nested functions. */
    static void vars(List<Stmt> body, BiConsumer<String, Pos> out) {
        for (Stmt s : body) {
            vars(s, out);
        }
    }

    private static void vars(Stmt s, BiConsumer<String, Pos> out) {
        if (s == null) {
            return;
        }
        if (s instanceof VarDecl v) {
            if (v.kind().equals("var")) {
                for (Declarator d : v.declarations()) {
                    names(d.target(), out);
                }
            }
        } else if (s instanceof Block b) {
            vars(b.body(), out);
        } else if (s instanceof If i) {
            vars(i.then(), out);
            vars(i.otherwise(), out);
        } else if (s instanceof While w) {
            vars(w.body(), out);
        } else if (s instanceof DoWhile d) {
            vars(d.body(), out);
        } else if (s instanceof For f) {
            vars(f.init(), out);
            vars(f.body(), out);
        } else if (s instanceof ForOf f) {
            if ("var".equals(f.declKind())) {
                names(f.target(), out);
            }
            vars(f.body(), out);
        } else if (s instanceof ForIn f) {
            if ("var".equals(f.declKind())) {
                names(f.target(), out);
            }
            vars(f.body(), out);
        } else if (s instanceof Try t) {
            vars(t.block(), out);
            vars(t.handler(), out);
            vars(t.finalizer(), out);
        } else if (s instanceof Switch sw) {
            for (Case c : sw.cases()) {
                vars(c.body(), out);
            }
        } else if (s instanceof Labeled l) {
            vars(l.body(), out);
        }
    }

    /** The let/const/class/function declarations directly in a statement list. */
    static void lexical(List<Stmt> body, Decl out) {
        for (Stmt s : body) {
            if (s instanceof VarDecl v && !v.kind().equals("var")) {
                for (Declarator d : v.declarations()) {
                    names(d.target(), (n, p) -> out.declare(n, v.kind()));
                }
            } else if (s instanceof ClassDecl c) {
                out.declare(c.cls().name(), "class");
            } else if (s instanceof FunctionDecl f) {
                out.declare(f.function().name(), "function");
            }
        }
    }

    interface Decl {
        void declare(String name, String kind);
    }

    /** The names a binding pattern binds. */
    static void names(Pattern p, BiConsumer<String, Pos> out) {
        if (p instanceof Ident id) {
            out.accept(id.name(), id.pos());
        } else if (p instanceof DefaultPattern d) {
            names(d.target(), out);
        } else if (p instanceof ObjectPattern o) {
            for (PatternProp pp : o.properties()) {
                names(pp.value(), out);
            }
            if (o.rest() != null) {
                names(o.rest(), out);
            }
        } else if (p instanceof ArrayPattern a) {
            for (Pattern e : a.elements()) {
                if (e != null) {
                    names(e, out);
                }
            }
            if (a.rest() != null) {
                names(a.rest(), out);
            }
        }
    }

    static boolean hasLexical(List<Stmt> body) {
        for (Stmt s : body) {
            if ((s instanceof VarDecl v && !v.kind().equals("var")) || s instanceof ClassDecl
                    || s instanceof FunctionDecl) {
                return true;
            }
        }
        return false;
    }
}
