package org.atomiscope.lang;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atomiscope.lang.Ast.*;

/**
 * The early errors about names declared twice (ECMA-262 §14.2.1, §15.2.1, strict mode):
 * {@code let x; let x;}, {@code let x; var x;}, {@code function f(a) { let a; }}. A student who
 * writes {@code let} twice gets a sentence at the second declaration instead of a surprise later.
 *
 * <p>Runs over the finished tree. Each block, function body, switch body and catch clause is a
 * scope; {@code var} and top-level function declarations belong to the enclosing function but
 * still clash with {@code let}/{@code const}/{@code class} names of every block they pass through.
 */
final class DeclarationChecker {

    private static final class Scope {
        /** Names declared with let, const, class, or function inside a block. */
        final Map<String, Pos> lexical = new HashMap<>();
        /** Names declared with var (or a top-level function) in this scope or a nested block. */
        final Map<String, Pos> vars = new HashMap<>();
        /** Parameter or catch-parameter names, which let/const in the same body may not reuse. */
        final Set<String> params = new HashSet<>();
        /** Whether this is a function body or the program, where var declarations stop rising. */
        final boolean function;

        Scope(boolean function) {
            this.function = function;
        }
    }

    private final Deque<Scope> scopes = new ArrayDeque<>();

    private DeclarationChecker() {}

    static void check(Program program) {
        DeclarationChecker c = new DeclarationChecker();
        c.scopes.push(new Scope(true));
        c.statements(program.body(), true);
    }

    // ------------------------------------------------------------------ declaring

    private void declareLexical(Ident id) {
        Scope scope = scopes.peek();
        Pos earlier = scope.lexical.containsKey(id.name()) ? scope.lexical.get(id.name()) : scope.vars.get(id.name());
        if (earlier != null) {
            throw duplicate(id, earlier);
        }
        if (scope.params.contains(id.name())) {
            throw duplicate(id, id.pos());
        }
        scope.lexical.put(id.name(), id.pos());
    }

    private void declareVar(Ident id) {
        for (Scope scope : scopes) { // innermost first
            if (scope.lexical.containsKey(id.name())) {
                throw duplicate(id, scope.lexical.get(id.name()));
            }
            scope.vars.putIfAbsent(id.name(), id.pos());
            if (scope.function) {
                return;
            }
        }
    }

    private static ScenarioSyntaxError duplicate(Ident id) {
        return duplicate(id, id.pos());
    }

    /** Reported at whichever of the two declarations comes second in the source. */
    private static ScenarioSyntaxError duplicate(Ident id, Pos other) {
        Pos p = id.pos();
        boolean otherLater = other.line() > p.line() || (other.line() == p.line() && other.column() > p.column());
        return new ScenarioSyntaxError(otherLater ? other : p, "'" + id.name() + "' has already been declared in this scope.");
    }

    private static List<Ident> boundNames(Pattern p) {
        List<Ident> names = new ArrayList<>();
        collect(p, names);
        return names;
    }

    private static void collect(Pattern p, List<Ident> out) {
        if (p instanceof Ident id) {
            out.add(id);
        } else if (p instanceof DefaultPattern d) {
            collect(d.target(), out);
        } else if (p instanceof ObjectPattern o) {
            o.properties().forEach(prop -> collect(prop.value(), out));
            if (o.rest() != null) {
                collect(o.rest(), out);
            }
        } else if (p instanceof ArrayPattern a) {
            a.elements().forEach(el -> {
                if (el != null) {
                    collect(el, out);
                }
            });
            if (a.rest() != null) {
                collect(a.rest(), out);
            }
        }
    }

    // ------------------------------------------------------------------ statements

    /** Declarations of a statement list first (they are hoisted), then the statements themselves. */
    private void statements(List<Stmt> body, boolean functionLevel) {
        for (Stmt s : body) {
            if (s instanceof FunctionDecl f) {
                Ident name = new Ident(f.pos(), f.function().name());
                if (functionLevel) {
                    declareVar(name);
                } else {
                    declareLexical(name);
                }
            } else if (s instanceof ClassDecl c) {
                declareLexical(new Ident(c.pos(), c.cls().name()));
            } else if (s instanceof VarDecl v && !v.kind().equals("var")) {
                v.declarations().forEach(d -> boundNames(d.target()).forEach(this::declareLexical));
            }
        }
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void inBlock(List<Stmt> body) {
        scopes.push(new Scope(false));
        statements(body, false);
        scopes.pop();
    }

    private void statement(Stmt s) {
        if (s instanceof VarDecl v) {
            for (Declarator d : v.declarations()) {
                if (v.kind().equals("var")) {
                    boundNames(d.target()).forEach(this::declareVar);
                }
                pattern(d.target());
                expr(d.init());
            }
        } else if (s instanceof FunctionDecl f) {
            function(f.function());
        } else if (s instanceof ClassDecl c) {
            cls(c.cls());
        } else if (s instanceof ExprStmt e) {
            expr(e.expr());
        } else if (s instanceof Block b) {
            inBlock(b.body());
        } else if (s instanceof If i) {
            expr(i.test());
            statement(i.then());
            optional(i.otherwise());
        } else if (s instanceof While w) {
            expr(w.test());
            statement(w.body());
        } else if (s instanceof DoWhile d) {
            statement(d.body());
            expr(d.test());
        } else if (s instanceof For f) {
            scopes.push(new Scope(false)); // let in the head is scoped to the loop
            if (f.init() instanceof VarDecl v && !v.kind().equals("var")) {
                v.declarations().forEach(d -> boundNames(d.target()).forEach(this::declareLexical));
            }
            optional(f.init());
            expr(f.test());
            expr(f.update());
            statement(f.body());
            scopes.pop();
        } else if (s instanceof ForOf f) {
            forInOf(f.declKind(), f.target(), f.iterable(), f.body());
        } else if (s instanceof ForIn f) {
            forInOf(f.declKind(), f.target(), f.object(), f.body());
        } else if (s instanceof Return r) {
            expr(r.value());
        } else if (s instanceof Throw t) {
            expr(t.value());
        } else if (s instanceof Try t) {
            inBlock(t.block().body());
            if (t.handler() != null) {
                scopes.push(new Scope(false));
                if (t.catchParam() != null) {
                    for (Ident id : boundNames(t.catchParam())) {
                        if (!scopes.peek().params.add(id.name())) {
                            throw duplicate(id);
                        }
                    }
                    pattern(t.catchParam());
                }
                statements(t.handler().body(), false);
                scopes.pop();
            }
            if (t.finalizer() != null) {
                inBlock(t.finalizer().body());
            }
        } else if (s instanceof Switch sw) {
            expr(sw.discriminant());
            scopes.push(new Scope(false)); // all cases share one block
            List<Stmt> all = new ArrayList<>();
            sw.cases().forEach(c -> all.addAll(c.body()));
            statements(all, false);
            sw.cases().forEach(c -> expr(c.test()));
            scopes.pop();
        } else if (s instanceof Labeled l) {
            statement(l.body());
        }
    }

    private void optional(Stmt s) {
        if (s != null) {
            statement(s);
        }
    }

    private void forInOf(String kind, Pattern target, Expr source, Stmt body) {
        expr(source);
        scopes.push(new Scope(false));
        if (kind != null) {
            for (Ident id : boundNames(target)) {
                if (kind.equals("var")) {
                    declareVar(id);
                } else {
                    declareLexical(id);
                }
            }
        }
        pattern(target);
        statement(body);
        scopes.pop();
    }

    // ------------------------------------------------------------------ functions, classes

    private void function(FunctionNode f) {
        Scope scope = new Scope(true);
        for (Pattern p : f.params()) {
            boundNames(p).forEach(id -> scope.params.add(id.name()));
        }
        if (f.rest() != null) {
            boundNames(f.rest()).forEach(id -> scope.params.add(id.name()));
        }
        scopes.push(scope);
        f.params().forEach(this::pattern);
        pattern(f.rest());
        if (f.expressionBody() != null) {
            expr(f.expressionBody());
        } else {
            statements(f.body(), true);
        }
        scopes.pop();
    }

    private void cls(ClassNode c) {
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
    }

    // ------------------------------------------------------------------ expressions

    /** Default values inside patterns may hold functions with their own declarations. */
    private void pattern(Pattern p) {
        if (p instanceof DefaultPattern d) {
            pattern(d.target());
            expr(d.fallback());
        } else if (p instanceof ObjectPattern o) {
            o.properties().forEach(prop -> {
                expr(prop.computedKey());
                pattern(prop.value());
            });
            pattern(o.rest());
        } else if (p instanceof ArrayPattern a) {
            a.elements().forEach(this::pattern);
            pattern(a.rest());
        } else if (p instanceof Expr e) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        if (e instanceof FunctionExpr f) {
            function(f.function());
        } else if (e instanceof ClassExpr c) {
            cls(c.cls());
        } else if (e instanceof TemplateLit t) {
            t.exprs().forEach(this::expr);
        } else if (e instanceof ArrayLit a) {
            a.elements().forEach(this::expr);
        } else if (e instanceof ObjectLit o) {
            o.properties().forEach(p -> {
                expr(p.computedKey());
                expr(p.value());
            });
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
