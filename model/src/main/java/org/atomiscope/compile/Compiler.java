package org.atomiscope.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.atomiscope.lang.Ast.*;
import org.atomiscope.lang.Pos;
import org.atomiscope.lang.ScenarioSyntaxError;

/**
 * Compiles one function (or a whole script) to {@link Code}. Every binding lives in a runtime scope
 * object, so closures, per-iteration {@code let} bindings and cloning a closure into a new agent
 * need no special cases.
 */
public final class Compiler extends ExpressionCompiler {
    private final String name;
    private final boolean arrow;
    private List<ClassMember> fields = List.of();
    /** Names that nested functions mention: bindings with these names live in heap scopes. */
    private java.util.Set<String> captured = java.util.Set.of();
    /** A script's own top-level bindings always live in its scope (agents and @observe reach them). */
    private boolean script;
    private int registers;
    private final List<String> registerNames = new ArrayList<>();

    private Compiler(CompileScope enclosing, String name, boolean arrow) {
        this.scope = new CompileScope(enclosing, true);
        this.name = name;
        this.arrow = arrow;
    }

    private void declare(CompileScope s, String n, String kind) {
        if ((script && s.functionScope) || captured.contains(n)) {
            s.declare(n, kind);
        } else {
            if (!s.hasRegister(n)) {
                registerNames.add(n);
                s.declareRegister(n, kind, registers++);
            } else {
                s.declareRegister(n, kind, s.register(n));
            }
        }
    }

    /** Compiles a script: its top-level bindings form the scope agents' closures capture. */
    public static Code compileScript(Program program) {
        Compiler c = new Compiler(null, "<script>", false);
        c.script = true;
        c.captured = Captures.of(List.of(), null, program.body(), null);
        Pos start = new Pos(program.file(), 1, 1);
        c.b.at(start);
        c.hoist(program.body());
        c.statements(program.body());
        c.b.emit(Op.UNDEF);
        c.b.emit(Op.RETURN);
        return c.finish(0, false, false, start);
    }

    /**
     * Compiles an expression to run in an existing scope (an @observe expression in main's top-level
     * scope): a function whose enclosing scope has the given binding names, in slot order.
     */
    public static Code compileIn(Expr expr, java.util.List<String> scopeNames) {
        CompileScope outer = new CompileScope(null, true);
        for (String n : scopeNames) {
            outer.declare(n, "var");
        }
        Compiler c = new Compiler(outer, "<observe>", true);
        c.b.at(expr.pos());
        c.expr(expr);
        c.b.emit(Op.RETURN);
        return c.finish(0, false, false, expr.pos());
    }

    @Override
    Code compileFunctionExpression(FunctionNode fn) {
        if (fn.name() == null || fn.arrow()) {
            return compileFunction(fn, List.of(), false, false);
        }
        // The name lives in a scope of its own between the closure and the function's scope.
        CompileScope named = new CompileScope(scope, false);
        named.declare(fn.name(), "const");
        CompileScope saved = scope;
        scope = named;
        try {
            Code code = compileFunction(fn, List.of(), false, false);
            return new Code(code.name, code.ops, code.consts, code.pos, code.notes, code.scope, code.paramCount, code.arrow,
                code.classConstructor, code.derived, code.usesThis, code.start, code.registerNames, true);
        } finally {
            scope = saved;
        }
    }

    @Override
    Code compileFunction(FunctionNode fn, List<ClassMember> classFields, boolean classCtor, boolean derived) {
        Compiler c = new Compiler(scope, fn.name() == null ? "" : fn.name(), fn.arrow());
        c.fields = classFields;
        c.captured = Captures.of(fn.params(), fn.rest(), fn.body(), fn.expressionBody());
        if (!classFields.isEmpty()) {
            // field initialisers are compiled into the constructor; treat their names as captured
            c.captured = new java.util.HashSet<>(c.captured);
            for (ClassMember f : classFields) {
                if (f.fieldInit() != null) {
                    c.captured.addAll(Captures.of(List.of(), null, List.of(), f.fieldInit()));
                }
            }
        }
        c.b.at(fn.pos());
        for (Pattern p : fn.params()) {
            Declarations.names(p, (n, pos) -> c.declare(c.scope, n, "param"));
        }
        if (fn.rest() != null) {
            Declarations.names(fn.rest(), (n, pos) -> c.declare(c.scope, n, "param"));
        }
        List<Stmt> body = fn.body();
        if (fn.expressionBody() == null) {
            c.hoist(body);
        }
        for (int i = 0; i < fn.params().size(); i++) {
            Pattern p = fn.params().get(i);
            c.b.at(p.pos());
            c.b.emit(Op.ARG, i);
            c.bind(p, Bind.LET);
        }
        if (fn.rest() != null) {
            c.b.emit(Op.ARGS_REST, fn.params().size());
            c.bind(fn.rest(), Bind.LET);
        }
        if (classCtor && !derived) {
            c.emitFieldInits(classFields);
        }
        if (fn.expressionBody() != null) {
            c.expr(fn.expressionBody());
            c.b.emit(Op.RETURN);
        } else {
            c.statements(body);
            c.b.emit(Op.UNDEF);
            c.b.emit(Op.RETURN);
        }
        int simpleParams = 0;
        for (Pattern p : fn.params()) {
            if (!(p instanceof Ident)) {
                break;
            }
            simpleParams++;
        }
        return c.finish(simpleParams, classCtor, derived, fn.pos());
    }

    @Override
    Code defaultConstructor(ClassNode cls, List<ClassMember> classFields) {
        Compiler c = new Compiler(scope, cls.name() == null ? "" : cls.name(), false);
        c.fields = classFields;
        c.b.at(cls.pos());
        boolean derived = cls.superclass() != null;
        if (derived) {
            c.b.emit(Op.ARGS_REST, 0);
            c.b.emit(Op.SUPER_CALL_SPREAD);
            c.b.emit(Op.POP);
        }
        c.emitFieldInits(classFields);
        c.b.emit(Op.UNDEF);
        c.b.emit(Op.RETURN);
        return c.finish(0, true, derived, cls.pos());
    }

    @Override
    boolean hasOwnArguments() {
        return !arrow && !script;
    }

    @Override
    List<ClassMember> pendingFields() {
        return fields;
    }

    @Override
    void emitFieldInits(List<ClassMember> list) {
        for (ClassMember f : list) {
            b.at(f.pos());
            b.emit(Op.THIS);
            if (f.computedKey() != null) {
                expr(f.computedKey());
            }
            if (f.fieldInit() != null) {
                valueNamed(f.fieldInit(), f.key());
            } else {
                b.emit(Op.UNDEF);
            }
            if (f.computedKey() != null) {
                b.emit(Op.DEFINE_ELEM);
            } else {
                b.emit(Op.DEFINE, b.constant(f.key()));
            }
            b.emit(Op.POP);
        }
        usesThis |= !list.isEmpty();
    }

    private Code finish(int params, boolean classCtor, boolean derived, Pos start) {
        return new Code(name, b.ops(), b.consts(), b.positions(), b.notes(), scope.template(), params, arrow, classCtor,
            derived, usesThis, start, registerNames.toArray(new String[0]), false);
    }

    // ------------------------------------------------------------------ declarations

    /** Declares a function body's vars and top-level lexical bindings, and creates its functions. */
    private void hoist(List<Stmt> body) {
        CompileScope s = scope;
        Declarations.vars(body, (n, p) -> declare(s, n, "var"));
        Declarations.lexical(body, (n, k) -> declare(s, n, k));
        initRegisters(s);
        declareFunctions(body);
    }

    /** let/const/class registers start each entry of their scope in the temporal dead zone. */
    private void initRegisters(CompileScope s) {
        for (int r : s.lexicalRegisters()) {
            b.emit(Op.CONST, b.constant(org.atomiscope.js.Undefined.TDZ));
            b.emit(Op.INIT_REG, r);
        }
    }

    private void declareFunctions(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof FunctionDecl f) {
                b.at(f.pos());
                b.emit(Op.CLOSURE, b.constant(new FunctionTemplate(compileFunction(f.function(), List.of(), false, false))));
                initialise(f.function().name());
            }
        }
    }

    /** Enters a block scope when the statements declare lexical bindings; returns whether it did. */
    private boolean enterBlock(List<Stmt> body) {
        if (!Declarations.hasLexical(body)) {
            return false;
        }
        CompileScope s = new CompileScope(scope, false);
        Declarations.lexical(body, (n, k) -> declare(s, n, k));
        pushScope(s);
        declareFunctions(body);
        return true;
    }

    private void pushScope(CompileScope s) {
        scope = s;
        if (s.materialized()) {
            b.emit(Op.PUSH_SCOPE, b.constant(s.template()));
            unwind.add(new Unwind.ScopeEntry());
        }
        initRegisters(s);
    }

    private void popScope() {
        if (scope.materialized()) {
            b.emit(Op.POP_SCOPE);
            unwind.remove(unwind.size() - 1);
        }
        scope = scope.parent;
    }

    // ------------------------------------------------------------------ statements

    private void statements(List<Stmt> list) {
        for (Stmt s : list) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        b.at(s.pos());
        if (s instanceof ExprStmt e) {
            expr(e.expr());
            b.emit(Op.POP);
        } else if (s instanceof VarDecl v) {
            varDecl(v);
        } else if (s instanceof FunctionDecl) {
            // created when its scope was entered
        } else if (s instanceof ClassDecl c) {
            classValue(c.cls());
            initialise(c.cls().name());
        } else if (s instanceof Block bl) {
            boolean scoped = enterBlock(bl.body());
            statements(bl.body());
            if (scoped) {
                popScope();
            }
        } else if (s instanceof Empty) {
            // nothing
        } else if (s instanceof If i) {
            expr(i.test());
            int j = b.emitJump(Op.JF);
            statement(i.then());
            if (i.otherwise() != null) {
                int end = b.emitJump(Op.JUMP);
                b.patchHere(j);
                statement(i.otherwise());
                b.patchHere(end);
            } else {
                b.patchHere(j);
            }
        } else if (s instanceof While w) {
            loop(Set.of(), w.test(), null, w.body(), false);
        } else if (s instanceof DoWhile d) {
            loop(Set.of(), d.test(), null, d.body(), true);
        } else if (s instanceof For f) {
            forLoop(Set.of(), f);
        } else if (s instanceof ForOf f) {
            forEach(Set.of(), f.pos(), f.declKind(), f.target(), f.iterable(), f.body(), false);
        } else if (s instanceof ForIn f) {
            forEach(Set.of(), f.pos(), f.declKind(), f.target(), f.object(), f.body(), true);
        } else if (s instanceof Labeled l) {
            labeled(l);
        } else if (s instanceof Break br) {
            jumpOut(br.pos(), br.label(), false);
        } else if (s instanceof Continue c) {
            jumpOut(c.pos(), c.label(), true);
        } else if (s instanceof Return r) {
            if (r.value() != null) {
                expr(r.value());
            } else {
                b.emit(Op.UNDEF);
            }
            b.at(r.pos());
            unwindFor(0, true);
            b.emit(Op.RETURN);
        } else if (s instanceof Throw t) {
            expr(t.value());
            b.at(t.pos());
            b.emit(Op.THROW);
        } else if (s instanceof Try t) {
            tryStatement(t);
        } else if (s instanceof Switch sw) {
            switchStatement(Set.of(), sw);
        } else {
            throw new ScenarioSyntaxError(s.pos(), "not supported in scenarios: this statement.");
        }
    }

    private void varDecl(VarDecl v) {
        Bind mode = switch (v.kind()) {
            case "let" -> Bind.LET;
            case "const" -> Bind.CONST;
            default -> Bind.VAR;
        };
        for (Declarator d : v.declarations()) {
            b.at(d.pos());
            if (d.init() == null) {
                if (mode == Bind.VAR) {
                    continue; // `var x;` leaves x as it is
                }
                b.emit(Op.UNDEF);
            } else {
                valueNamed(d.init(), d.target() instanceof Ident id ? id.name() : null);
            }
            if (mode == Bind.VAR && d.target() instanceof Ident id) {
                initialise(id.name());
            } else {
                bind(d.target(), mode);
            }
        }
    }

    private void labeled(Labeled l) {
        List<String> labels = new ArrayList<>();
        Stmt body = l;
        while (body instanceof Labeled ll) {
            labels.add(ll.label());
            body = ll.body();
        }
        Set<String> set = Set.copyOf(labels);
        if (body instanceof While w) {
            loop(set, w.test(), null, w.body(), false);
        } else if (body instanceof DoWhile d) {
            loop(set, d.test(), null, d.body(), true);
        } else if (body instanceof For f) {
            forLoop(set, f);
        } else if (body instanceof ForOf f) {
            forEach(set, f.pos(), f.declKind(), f.target(), f.iterable(), f.body(), false);
        } else if (body instanceof ForIn f) {
            forEach(set, f.pos(), f.declKind(), f.target(), f.object(), f.body(), true);
        } else if (body instanceof Switch sw) {
            switchStatement(set, sw);
        } else {
            Unwind.Target t = new Unwind.Target(set, false);
            unwind.add(t);
            statement(body);
            unwind.remove(unwind.size() - 1);
            patchAll(t.breakJumps);
        }
    }

    private void loop(Set<String> labels, Expr test, Expr update, Stmt body, boolean testAfter) {
        Unwind.Target t = new Unwind.Target(labels, true);
        int top = b.size();
        int exit = -1;
        if (!testAfter) {
            expr(test);
            exit = b.emitJump(Op.JF);
        }
        unwind.add(t);
        statement(body);
        unwind.remove(unwind.size() - 1);
        int cont = b.size();
        patchAll(t.continueJumps, cont);
        if (testAfter) {
            expr(test);
            int again = b.emitJump(Op.JT);
            b.patch(again, top);
        } else {
            b.patch(b.emitJump(Op.JUMP), top);
            b.patchHere(exit);
        }
        patchAll(t.breakJumps);
    }

    private void forLoop(Set<String> labels, For f) {
        boolean scoped = f.init() instanceof VarDecl v && !v.kind().equals("var");
        if (scoped) {
            CompileScope s = new CompileScope(scope, false);
            for (Declarator d : ((VarDecl) f.init()).declarations()) {
                Declarations.names(d.target(), (n, p) -> declare(s, n, ((VarDecl) f.init()).kind()));
            }
            pushScope(s);
        }
        if (f.init() != null) {
            statement(f.init());
        }
        boolean perIteration = scoped && scope.materialized();
        if (perIteration) {
            b.emit(Op.COPY_SCOPE); // each iteration gets its own copy of the let bindings closures captured
        }
        Unwind.Target t = new Unwind.Target(labels, true);
        int top = b.size();
        int exit = -1;
        if (f.test() != null) {
            expr(f.test());
            exit = b.emitJump(Op.JF);
        }
        unwind.add(t);
        statement(f.body());
        unwind.remove(unwind.size() - 1);
        patchAll(t.continueJumps, b.size());
        if (perIteration) {
            b.emit(Op.COPY_SCOPE);
        }
        if (f.update() != null) {
            expr(f.update());
            b.emit(Op.POP);
        }
        b.patch(b.emitJump(Op.JUMP), top);
        if (exit >= 0) {
            b.patchHere(exit);
        }
        patchAll(t.breakJumps);
        if (scoped) {
            popScope();
        }
    }

    private void forEach(Set<String> labels, Pos pos, String declKind, Pattern target, Expr source, Stmt body,
                         boolean keys) {
        expr(source);
        b.at(pos);
        b.emit(keys ? Op.FOR_IN : Op.ITER);
        unwind.add(new Unwind.StackItem());
        Unwind.Target t = new Unwind.Target(labels, true);
        unwind.add(t);
        int top = b.size();
        int done = b.emitJump(Op.ITER_NEXT);
        boolean scoped = declKind != null && !declKind.equals("var");
        if (scoped) {
            CompileScope s = new CompileScope(scope, false);
            Declarations.names(target, (n, p) -> declare(s, n, declKind));
            pushScope(s);
        }
        bind(target, declKind == null ? Bind.ASSIGN : declKind.equals("var") ? Bind.VAR
            : declKind.equals("let") ? Bind.LET : Bind.CONST);
        statement(body);
        if (scoped) {
            popScope();
        }
        patchAll(t.continueJumps, b.size());
        b.patch(b.emitJump(Op.JUMP), top);
        unwind.remove(unwind.size() - 1);
        unwind.remove(unwind.size() - 1);
        // ITER_NEXT drops the iterator when it is done; a break drops it here.
        patchAll(t.breakJumps);
        b.emit(Op.POP);
        b.patchHere(done);
    }

    private void switchStatement(Set<String> labels, Switch sw) {
        expr(sw.discriminant());
        unwind.add(new Unwind.StackItem());
        List<Stmt> all = new ArrayList<>();
        for (Case c : sw.cases()) {
            all.addAll(c.body());
        }
        boolean scoped = enterBlock(all);
        List<Integer> caseJumps = new ArrayList<>();
        for (Case c : sw.cases()) {
            if (c.test() != null) {
                b.at(c.pos());
                b.emit(Op.DUP);
                expr(c.test());
                b.emit(Op.SEQ);
                caseJumps.add(b.emitJump(Op.JT));
            } else {
                caseJumps.add(-1);
            }
        }
        int toDefault = b.emitJump(Op.JUMP);
        Unwind.Target t = new Unwind.Target(labels, false);
        unwind.add(t);
        boolean hasDefault = false;
        for (int i = 0; i < sw.cases().size(); i++) {
            Case c = sw.cases().get(i);
            if (c.test() == null) {
                hasDefault = true;
                b.patchHere(toDefault);
            } else {
                b.patchHere(caseJumps.get(i));
            }
            statements(c.body());
        }
        unwind.remove(unwind.size() - 1);
        if (!hasDefault) {
            b.patchHere(toDefault);
        }
        patchAll(t.breakJumps);
        if (scoped) {
            popScope();
        }
        unwind.remove(unwind.size() - 1);
        b.emit(Op.POP);
    }

    private void tryStatement(Try t) {
        Block fin = t.finalizer();
        int handler = b.emitJump(Op.TRY);
        unwind.add(new Unwind.TryEntry(fin, scope));
        statement(t.block());
        unwind.remove(unwind.size() - 1);
        b.emit(Op.END_TRY);
        if (fin != null) {
            statement(fin);
        }
        List<Integer> ends = new ArrayList<>();
        ends.add(b.emitJump(Op.JUMP));
        b.patchHere(handler);
        if (t.handler() != null) {
            int handler2 = fin != null ? b.emitJump(Op.TRY) : -1;
            if (fin != null) {
                unwind.add(new Unwind.TryEntry(fin, scope));
            }
            CompileScope s = new CompileScope(scope, false);
            if (t.catchParam() != null) {
                Declarations.names(t.catchParam(), (n, p) -> declare(s, n, "let"));
            }
            pushScope(s);
            if (t.catchParam() != null) {
                bind(t.catchParam(), Bind.LET);
            } else {
                b.emit(Op.POP);
            }
            statement(t.handler());
            popScope();
            if (fin != null) {
                unwind.remove(unwind.size() - 1);
                b.emit(Op.END_TRY);
                statement(fin);
                ends.add(b.emitJump(Op.JUMP));
                b.patchHere(handler2);
            }
        }
        if (fin != null) {
            // The exception (or the catch block's exception) sits on the stack while finally runs.
            unwind.add(new Unwind.StackItem());
            statement(fin);
            unwind.remove(unwind.size() - 1);
            b.emit(Op.THROW);
        }
        for (int e : ends) {
            b.patchHere(e);
        }
    }

    /** break/continue: unwinds to the target and jumps. */
    private void jumpOut(Pos pos, String label, boolean isContinue) {
        for (int i = unwind.size() - 1; i >= 0; i--) {
            if (unwind.get(i) instanceof Unwind.Target t) {
                boolean matches = label == null ? (isContinue ? t.loop : (t.loop || t.labels.isEmpty()))
                    : t.labels.contains(label);
                if (label == null && !isContinue && !t.loop && !t.labels.isEmpty()) {
                    matches = false; // an unlabelled break never targets a labelled block
                }
                if (matches) {
                    if (isContinue && !t.loop) {
                        throw new ScenarioSyntaxError(pos, "'continue " + label + "' must name a loop.");
                    }
                    unwindFor(i + 1, false);
                    (isContinue ? t.continueJumps : t.breakJumps).add(b.emitJump(Op.JUMP));
                    return;
                }
            }
        }
        throw new ScenarioSyntaxError(pos, label != null ? "There is no label '" + label + "' around this statement."
            : isContinue ? "'continue' outside a loop." : "'break' outside a loop or switch.");
    }

    /** Emits the undoing of every unwind entry from the top down to {@code depth}. */
    private void unwindFor(int depth, boolean returning) {
        List<Unwind> saved = new ArrayList<>(unwind);
        CompileScope savedScope = scope;
        for (int i = unwind.size() - 1; i >= depth; i--) {
            Unwind u = unwind.get(i);
            if (u instanceof Unwind.ScopeEntry) {
                b.emit(Op.POP_SCOPE);
            } else if (u instanceof Unwind.StackItem) {
                if (!returning) {
                    b.emit(Op.POP);
                } else {
                    b.emit(Op.SWAP); // keep the return value on top
                    b.emit(Op.POP);
                }
            } else if (u instanceof Unwind.TryEntry te) {
                b.emit(Op.END_TRY);
                if (te.finalizer() != null) {
                    // Run finally as if we were outside this try, with the inner entries gone.
                    while (unwind.size() > i) {
                        unwind.remove(unwind.size() - 1);
                    }
                    scope = te.scope();
                    statement(te.finalizer());
                }
            }
        }
        unwind.clear();
        unwind.addAll(saved);
        scope = savedScope;
    }

    private void patchAll(List<Integer> jumps) {
        for (int j : jumps) {
            b.patchHere(j);
        }
    }

    private void patchAll(List<Integer> jumps, int target) {
        for (int j : jumps) {
            b.patch(j, target);
        }
    }
}
