package org.atomiscope.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.atomiscope.js.Undefined;
import org.atomiscope.lang.Ast.*;
import org.atomiscope.lang.Pos;
import org.atomiscope.lang.ScenarioSyntaxError;

/** Expressions, assignment targets and binding patterns of one function. */
abstract class ExpressionCompiler {
    /** How a pattern binds what it receives. */
    enum Bind { ASSIGN, VAR, LET, CONST }

    final CodeBuilder b = new CodeBuilder();
    CompileScope scope;
    final List<Unwind> unwind = new ArrayList<>();
    boolean usesThis;

    private static final Map<String, Integer> BINARY = Map.ofEntries(
        Map.entry("+", Op.ADD), Map.entry("-", Op.SUB), Map.entry("*", Op.MUL), Map.entry("/", Op.DIV),
        Map.entry("%", Op.MOD), Map.entry("**", Op.EXP), Map.entry("==", Op.EQ), Map.entry("!=", Op.NE),
        Map.entry("===", Op.SEQ), Map.entry("!==", Op.SNE), Map.entry("<", Op.LT), Map.entry("<=", Op.LE),
        Map.entry(">", Op.GT), Map.entry(">=", Op.GE), Map.entry("<<", Op.SHL), Map.entry(">>", Op.SHR),
        Map.entry(">>>", Op.USHR), Map.entry("&", Op.BAND), Map.entry("|", Op.BOR), Map.entry("^", Op.BXOR),
        Map.entry("in", Op.IN), Map.entry("instanceof", Op.INSTANCEOF));

    abstract Code compileFunction(FunctionNode fn, List<ClassMember> fields, boolean classCtor, boolean derived);

    abstract Code defaultConstructor(ClassNode cls, List<ClassMember> fields);

    /** A function expression: a named one sees its own name inside (ECMA-262 §15.2.5). */
    abstract Code compileFunctionExpression(FunctionNode fn);

    /** Field initialisers to run after super() returns, in a derived class constructor. */
    abstract List<ClassMember> pendingFields();

    abstract void emitFieldInits(List<ClassMember> fields);

    // ------------------------------------------------------------------ names

    /**
     * Where a binding lives: {REGISTER, register, const} or {SCOPE, hops, slot, const}, or null when the
     * name is global. Only materialised scopes count as hops: the others do not exist at run time.
     */
    int[] resolve(String name) {
        int hops = 0;
        for (CompileScope s = scope; s != null; s = s.parent) {
            Integer reg = s.register(name);
            if (reg != null) {
                return new int[] {REGISTER, reg, 0, s.isConstRegister(name) ? 1 : 0};
            }
            Integer slot = s.slot(name);
            if (slot != null) {
                return new int[] {SCOPE, hops, slot, s.isConst(slot) ? 1 : 0};
            }
            if (s.materialized()) {
                hops++;
            }
        }
        return null;
    }

    static final int SCOPE = 0, REGISTER = 1;

    /** Whether this code is an arrow function, a script, or an ordinary function (for `arguments`). */
    abstract boolean hasOwnArguments();

    void load(String name) {
        int[] r = resolve(name);
        if (r == null) {
            if (name.equals("arguments") && hasOwnArguments()) {
                b.emit(Op.ARGUMENTS);
            } else if (name.equals("undefined")) {
                b.emit(Op.UNDEF);
            } else {
                b.emit(Op.GET_GLOBAL, b.constant(name));
            }
        } else if (r[0] == REGISTER) {
            b.emit(Op.GET_REG, r[1]);
        } else {
            b.emit(Op.GET_VAR, r[1], r[2]);
        }
    }

    /** Assigns the value on the stack to a name, leaving it there. */
    void store(String name) {
        int[] r = resolve(name);
        if (r == null) {
            b.emit(Op.SET_GLOBAL, b.constant(name));
        } else if (r[3] == 1) {
            load(name); // still a ReferenceError inside the dead zone
            b.emit(Op.POP);
            b.emit(Op.THROW_ERROR, b.constant("TypeError"), b.constant("Assignment to constant variable '" + name + "'"));
        } else if (r[0] == REGISTER) {
            b.emit(Op.SET_REG, r[1]);
        } else {
            b.emit(Op.SET_VAR, r[1], r[2]);
        }
    }

    /** Initialises a declared binding with the value on the stack, consuming it. */
    void initialise(String name) {
        int[] r = resolve(name);
        if (r == null) {
            throw new IllegalStateException("undeclared " + name);
        }
        if (r[0] == REGISTER) {
            b.emit(Op.INIT_REG, r[1]);
        } else {
            b.emit(Op.INIT_VAR, r[1], r[2]);
        }
    }

    // ------------------------------------------------------------------ expressions

    void expr(Expr e) {
        Pos saved = b.current();
        b.at(e.pos());
        exprAt(e);
        b.at(saved);
    }

    private void exprAt(Expr e) {
        if (e instanceof NumberLit n) {
            b.emit(Op.CONST, b.constant(n.value()));
        } else if (e instanceof StringLit s) {
            b.emit(Op.CONST, b.constant(s.value()));
        } else if (e instanceof BoolLit bl) {
            b.emit(bl.value() ? Op.TRUE : Op.FALSE);
        } else if (e instanceof NullLit) {
            b.emit(Op.NULL);
        } else if (e instanceof Ident id) {
            load(id.name());
        } else if (e instanceof This) {
            usesThis = true;
            b.emit(Op.THIS);
        } else if (e instanceof TemplateLit t) {
            template(t);
        } else if (e instanceof ArrayLit a) {
            arrayLiteral(a);
        } else if (e instanceof ObjectLit o) {
            objectLiteral(o);
        } else if (e instanceof FunctionExpr f) {
            b.emit(Op.CLOSURE, b.constant(new FunctionTemplate(compileFunctionExpression(f.function()))));
        } else if (e instanceof ClassExpr c) {
            classValue(c.cls());
        } else if (e instanceof Unary u) {
            unary(u);
        } else if (e instanceof Update u) {
            update(u);
        } else if (e instanceof Binary bin) {
            expr(bin.left());
            expr(bin.right());
            b.at(bin.pos());
            b.emit(BINARY.get(bin.op()));
        } else if (e instanceof Logical l) {
            expr(l.left());
            int j = b.emitJump(l.op().equals("&&") ? Op.JF_KEEP : l.op().equals("||") ? Op.JT_KEEP : Op.JNN_KEEP);
            expr(l.right());
            b.patchHere(j);
        } else if (e instanceof Assign a) {
            assign(a);
        } else if (e instanceof Conditional c) {
            expr(c.test());
            int j = b.emitJump(Op.JF);
            expr(c.then());
            int end = b.emitJump(Op.JUMP);
            b.patchHere(j);
            expr(c.otherwise());
            b.patchHere(end);
        } else if (e instanceof Call || e instanceof Member || e instanceof Index) {
            List<Integer> shortCircuits = new ArrayList<>();
            chain(e, shortCircuits);
            for (int j : shortCircuits) {
                b.patchHere(j);
            }
        } else if (e instanceof New n) {
            expr(n.callee());
            if (hasSpread(n.args())) {
                spreadArgs(n.args());
                b.at(n.pos());
                b.note(sourceText(n.callee()));
                b.emit(Op.NEW_SPREAD);
            } else {
                for (Expr a : n.args()) {
                    expr(a);
                }
                b.at(n.pos());
                b.note(sourceText(n.callee()));
                b.emit(Op.NEW, n.args().size());
            }
        } else if (e instanceof Sequence s) {
            for (int i = 0; i < s.exprs().size(); i++) {
                expr(s.exprs().get(i));
                if (i < s.exprs().size() - 1) {
                    b.emit(Op.POP);
                }
            }
        } else if (e instanceof Spread) {
            throw new ScenarioSyntaxError(e.pos(), "A spread '...' is only allowed in calls, arrays and objects.");
        } else if (e instanceof Super) {
            throw new ScenarioSyntaxError(e.pos(), "'super' may only be used as super(...) or super.name.");
        } else {
            throw new ScenarioSyntaxError(e.pos(), "not supported in scenarios: this expression.");
        }
    }

    private void template(TemplateLit t) {
        b.emit(Op.CONST, b.constant(t.quasis().get(0)));
        for (int i = 0; i < t.exprs().size(); i++) {
            expr(t.exprs().get(i));
            b.emit(Op.TO_STRING);
            b.emit(Op.ADD);
            String q = t.quasis().get(i + 1);
            if (!q.isEmpty()) {
                b.emit(Op.CONST, b.constant(q));
                b.emit(Op.ADD);
            }
        }
    }

    private void arrayLiteral(ArrayLit a) {
        if (a.elements().stream().allMatch(x -> x != null && !(x instanceof Spread))) {
            for (Expr x : a.elements()) {
                expr(x);
            }
            b.emit(Op.NEW_ARRAY, a.elements().size());
            return;
        }
        b.emit(Op.NEW_ARRAY, 0);
        for (Expr x : a.elements()) {
            if (x == null) {
                b.emit(Op.ARRAY_HOLE);
            } else if (x instanceof Spread s) {
                expr(s.argument());
                b.emit(Op.ARRAY_SPREAD);
            } else {
                expr(x);
                b.emit(Op.ARRAY_APPEND);
            }
        }
    }

    private void objectLiteral(ObjectLit o) {
        b.emit(Op.NEW_OBJECT);
        for (Property p : o.properties()) {
            b.at(p.pos());
            switch (p.kind()) {
                case SPREAD -> {
                    expr(p.value());
                    b.emit(Op.SPREAD_OBJ);
                }
                case INIT -> {
                    if (p.computedKey() != null) {
                        expr(p.computedKey());
                        valueNamed(p.value(), null);
                        b.emit(Op.DEFINE_ELEM);
                    } else {
                        valueNamed(p.value(), p.key());
                        if (p.value() instanceof FunctionExpr f && f.function().method()) {
                            b.emit(Op.METHOD, b.constant(p.key()), 0);
                        } else {
                            b.emit(Op.DEFINE, b.constant(p.key()));
                        }
                    }
                }
                case GETTER, SETTER -> {
                    int kind = p.kind() == PropKind.GETTER ? 1 : 2;
                    if (p.computedKey() != null) {
                        expr(p.computedKey());
                        expr(p.value());
                        b.emit(Op.METHOD_ELEM, kind);
                    } else {
                        expr(p.value());
                        b.emit(Op.METHOD, b.constant(p.key()), kind);
                    }
                }
            }
        }
    }

    /** Compiles a value; an anonymous function or class takes the name it is assigned to. */
    void valueNamed(Expr value, String name) {
        if (name != null && value instanceof FunctionExpr f && f.function().name() == null) {
            FunctionNode fn = f.function();
            FunctionNode named = new FunctionNode(fn.pos(), name, fn.params(), fn.rest(), fn.body(),
                fn.expressionBody(), fn.arrow(), fn.method());
            Pos saved = b.current();
            b.at(f.pos());
            b.emit(Op.CLOSURE, b.constant(new FunctionTemplate(compileFunction(named, List.of(), false, false))));
            b.at(saved);
        } else if (name != null && value instanceof ClassExpr c && c.cls().name() == null) {
            ClassNode k = c.cls();
            classValue(new ClassNode(k.pos(), name, k.superclass(), k.constructor(), k.members()));
        } else {
            expr(value);
        }
    }

    private void unary(Unary u) {
        switch (u.op()) {
            case "typeof" -> {
                if (u.operand() instanceof Ident id && resolve(id.name()) == null) {
                    b.emit(Op.TYPEOF_GLOBAL, b.constant(id.name()));
                } else {
                    expr(u.operand());
                    b.emit(Op.TYPEOF);
                }
            }
            case "delete" -> {
                if (u.operand() instanceof Member m) {
                    expr(m.object());
                    b.emit(Op.DELETE_PROP, b.constant(m.name()));
                } else if (u.operand() instanceof Index i) {
                    expr(i.object());
                    expr(i.index());
                    b.emit(Op.DELETE_ELEM);
                } else {
                    expr(u.operand());
                    b.emit(Op.POP);
                    b.emit(Op.TRUE);
                }
            }
            case "void" -> {
                expr(u.operand());
                b.emit(Op.POP);
                b.emit(Op.UNDEF);
            }
            default -> {
                expr(u.operand());
                b.at(u.pos());
                b.emit(switch (u.op()) {
                    case "-" -> Op.NEG;
                    case "+" -> Op.PLUS;
                    case "!" -> Op.NOT;
                    case "~" -> Op.BITNOT;
                    default -> throw new ScenarioSyntaxError(u.pos(), "not supported in scenarios: the operator " + u.op());
                });
            }
        }
    }

    private void update(Update u) {
        int step = u.op().equals("++") ? Op.INC : Op.DEC;
        Expr t = u.target();
        if (t instanceof Ident id) {
            load(id.name());
            b.emit(Op.TO_NUMERIC);
            if (u.prefix()) {
                b.emit(step);
                store(id.name());
            } else {
                b.emit(Op.DUP);
                b.emit(step);
                store(id.name());
                b.emit(Op.POP);
            }
        } else if (t instanceof Member m) {
            expr(m.object());
            b.emit(Op.DUP);
            b.at(m.pos());
            b.emit(Op.GET_PROP, b.constant(m.name()));
            b.emit(Op.TO_NUMERIC);
            if (u.prefix()) {
                b.emit(step);
                b.at(u.pos());
                b.emit(Op.SET_PROP, b.constant(m.name()));
            } else {
                b.emit(Op.DUP);
                b.emit(step);
                b.at(u.pos());
                b.emit(Op.POST_SET_PROP, b.constant(m.name()));
            }
        } else if (t instanceof Index i) {
            expr(i.object());
            expr(i.index());
            b.emit(Op.DUP2);
            b.at(i.pos());
            b.note(sourceText(i.object()));
            b.emit(Op.GET_ELEM);
            b.emit(Op.TO_NUMERIC);
            if (u.prefix()) {
                b.emit(step);
                b.at(u.pos());
                b.note(sourceText(i.object()));
                b.emit(Op.SET_ELEM);
            } else {
                b.emit(Op.DUP);
                b.emit(step);
                b.at(u.pos());
                b.note(sourceText(i.object()));
                b.emit(Op.POST_SET_ELEM);
            }
        } else {
            throw new ScenarioSyntaxError(u.pos(), "Invalid target for " + u.op() + ".");
        }
    }

    private void assign(Assign a) {
        Pattern t = a.target();
        String op = a.op();
        if (op.equals("=")) {
            if (t instanceof Ident id) {
                valueNamed(a.value(), id.name());
                b.at(a.pos());
                store(id.name());
            } else if (t instanceof Member m) {
                expr(m.object());
                expr(a.value());
                b.at(a.pos());
                b.emit(Op.SET_PROP, b.constant(m.name()));
            } else if (t instanceof Index i) {
                expr(i.object());
                expr(i.index());
                expr(a.value());
                b.at(a.pos());
                b.note(sourceText(i.object()));
                b.emit(Op.SET_ELEM);
            } else {
                expr(a.value());
                b.emit(Op.DUP);
                bind(t, Bind.ASSIGN);
            }
            return;
        }
        boolean logical = op.equals("&&=") || op.equals("||=") || op.equals("??=");
        String base = op.substring(0, op.length() - 1);
        if (t instanceof Ident id) {
            load(id.name());
            if (logical) {
                int j = b.emitJump(logicalJump(base));
                valueNamed(a.value(), id.name());
                store(id.name());
                b.patchHere(j);
            } else {
                expr(a.value());
                b.at(a.pos());
                b.emit(BINARY.get(base));
                store(id.name());
            }
        } else if (t instanceof Member m) {
            expr(m.object());
            b.emit(Op.DUP);
            b.emit(Op.GET_PROP, b.constant(m.name()));
            if (logical) {
                int j = b.emitJump(logicalJump(base));
                expr(a.value());
                b.emit(Op.SET_PROP, b.constant(m.name()));
                int end = b.emitJump(Op.JUMP);
                b.patchHere(j);
                b.emit(Op.SWAP);
                b.emit(Op.POP);
                b.patchHere(end);
            } else {
                expr(a.value());
                b.at(a.pos());
                b.emit(BINARY.get(base));
                b.emit(Op.SET_PROP, b.constant(m.name()));
            }
        } else if (t instanceof Index i) {
            expr(i.object());
            expr(i.index());
            b.emit(Op.DUP2);
            b.note(sourceText(i.object()));
            b.emit(Op.GET_ELEM);
            if (logical) {
                int j = b.emitJump(logicalJump(base));
                expr(a.value());
                b.emit(Op.SET_ELEM);
                int end = b.emitJump(Op.JUMP);
                b.patchHere(j);
                b.emit(Op.ROT3);  // o k v -> k v o
                b.emit(Op.POP);
                b.emit(Op.SWAP);
                b.emit(Op.POP);
                b.patchHere(end);
            } else {
                expr(a.value());
                b.at(a.pos());
                b.emit(BINARY.get(base));
                b.note(sourceText(i.object()));
                b.emit(Op.SET_ELEM);
            }
        } else {
            throw new ScenarioSyntaxError(a.pos(), "Invalid assignment target.");
        }
    }

    /** For x ||= y: jump (keeping x) when the assignment must not happen. */
    private static int logicalJump(String base) {
        return switch (base) {
            case "&&" -> Op.JF_KEEP;
            case "||" -> Op.JT_KEEP;
            default -> Op.JNN_KEEP;
        };
    }

    /** Member, index and call chains; optional links jump to the chain's end with undefined. */
    private void chain(Expr e, List<Integer> shortCircuits) {
        if (e instanceof Member m) {
            if (m.object() instanceof Super) {
                usesThis = true;
                b.emit(Op.SUPER_GET, b.constant(m.name()));
                return;
            }
            chainPart(m.object(), shortCircuits);
            if (m.optional()) {
                shortCircuits.add(b.emitJump(Op.JNULLISH));
            }
            b.at(m.pos());
            b.emit(Op.GET_PROP, b.constant(m.name()));
        } else if (e instanceof Index i) {
            chainPart(i.object(), shortCircuits);
            if (i.optional()) {
                shortCircuits.add(b.emitJump(Op.JNULLISH));
            }
            expr(i.index());
            b.at(i.pos());
            b.note(sourceText(i.object()));
            b.emit(Op.GET_ELEM);
        } else if (e instanceof Call c) {
            call(c, shortCircuits);
        } else {
            expr(e);
        }
    }

    private void chainPart(Expr e, List<Integer> shortCircuits) {
        if (e instanceof Member || e instanceof Index || e instanceof Call) {
            chain(e, shortCircuits);
        } else {
            expr(e);
        }
    }

    private void call(Call c, List<Integer> shortCircuits) {
        Expr callee = c.callee();
        if (callee instanceof Super) {
            usesThis = true;
            if (hasSpread(c.args())) {
                spreadArgs(c.args());
                b.at(c.pos());
                b.emit(Op.SUPER_CALL_SPREAD);
            } else {
                for (Expr a : c.args()) {
                    expr(a);
                }
                b.at(c.pos());
                b.emit(Op.SUPER_CALL, c.args().size());
            }
            emitFieldInits(pendingFields());
            return;
        }
        if (callee instanceof Member m && m.object() instanceof Super) {
            usesThis = true;
            b.emit(Op.SUPER_GET, b.constant(m.name()));
            b.emit(Op.THIS);
        } else if (callee instanceof Member m) {
            chainPart(m.object(), shortCircuits);
            if (m.optional()) {
                shortCircuits.add(b.emitJump(Op.JNULLISH));
            }
            b.emit(Op.DUP);
            b.at(m.pos());
            b.emit(Op.GET_PROP, b.constant(m.name()));
            b.emit(Op.SWAP);
        } else if (callee instanceof Index i) {
            chainPart(i.object(), shortCircuits);
            if (i.optional()) {
                shortCircuits.add(b.emitJump(Op.JNULLISH));
            }
            b.emit(Op.DUP);
            expr(i.index());
            b.at(i.pos());
            b.emit(Op.GET_ELEM);
            b.emit(Op.SWAP);
        } else {
            chainPart(callee, shortCircuits);
            b.emit(Op.UNDEF);
        }
        if (c.optional()) {
            // f?.(): when f is nullish the result is undefined; the receiver goes too.
            b.emit(Op.SWAP);
            int notNull = b.emitJump(Op.JNN_KEEP);
            b.emit(Op.POP);
            b.emit(Op.UNDEF);
            shortCircuits.add(b.emitJump(Op.JUMP));
            b.patchHere(notNull);
            b.emit(Op.SWAP);
        }
        if (hasSpread(c.args())) {
            spreadArgs(c.args());
            b.at(c.pos());
            b.note(callNote(c));
            b.emit(Op.CALL_SPREAD);
        } else {
            for (Expr a : c.args()) {
                expr(a);
            }
            b.at(c.pos());
            b.note(callNote(c));
            b.emit(Op.CALL, c.args().size());
        }
    }

    /** A short rendering of a callee expression: {@code w.postMessage}, {@code ia[0]}, {@code f}. */
    static String sourceText(Expr e) {
        if (e instanceof Ident id) {
            return id.name();
        }
        if (e instanceof Member m) {
            return sourceText(m.object()) + (m.optional() ? "?." : ".") + m.name();
        }
        if (e instanceof Index i) {
            return sourceText(i.object()) + "[" + (i.index() instanceof NumberLit n
                ? org.atomiscope.js.JsNumbers.toJsString(n.value())
                : i.index() instanceof StringLit s ? "\"" + s.value() + "\"" : "...") + "]";
        }
        if (e instanceof This) {
            return "this";
        }
        if (e instanceof Call c) {
            return sourceText(c.callee()) + "(...)";
        }
        return "expression";
    }

    private static String callNote(Call c) {
        return c.args().isEmpty() ? sourceText(c.callee()) : sourceText(c.callee()) + "\t" + sourceText(c.args().get(0));
    }

    static boolean hasSpread(List<Expr> args) {
        for (Expr a : args) {
            if (a instanceof Spread) {
                return true;
            }
        }
        return false;
    }

    private void spreadArgs(List<Expr> args) {
        b.emit(Op.NEW_ARRAY, 0);
        for (Expr a : args) {
            if (a instanceof Spread s) {
                expr(s.argument());
                b.emit(Op.ARRAY_SPREAD);
            } else {
                expr(a);
                b.emit(Op.ARRAY_APPEND);
            }
        }
    }

    // ------------------------------------------------------------------ classes

    /** Leaves the class constructor on the stack. */
    void classValue(ClassNode cls) {
        List<ClassMember> fields = new ArrayList<>();
        for (ClassMember m : cls.members()) {
            if (m.kind() == MemberKind.FIELD && !m.isStatic()) {
                fields.add(m);
            }
        }
        boolean derived = cls.superclass() != null;
        Code ctor = cls.constructor() != null
            ? compileFunction(cls.constructor(), fields, true, derived)
            : defaultConstructor(cls, fields);
        b.at(cls.pos());
        b.emit(Op.CLOSURE, b.constant(new FunctionTemplate(ctor)));
        if (derived) {
            expr(cls.superclass());
        } else {
            b.emit(Op.CONST, b.constant(Undefined.HOLE));
        }
        b.emit(Op.CLASS, b.constant(cls.name() == null ? "" : cls.name()));
        for (ClassMember m : cls.members()) {
            b.at(m.pos());
            if (m.kind() == MemberKind.FIELD) {
                if (m.isStatic()) {
                    if (m.computedKey() != null) {
                        throw new ScenarioSyntaxError(m.pos(), "not supported in scenarios: computed static field names.");
                    }
                    b.emit(Op.DUP);
                    if (m.fieldInit() != null) {
                        valueNamed(m.fieldInit(), m.key());
                    } else {
                        b.emit(Op.UNDEF);
                    }
                    b.emit(Op.DEFINE, b.constant(m.key()));
                    b.emit(Op.POP);
                }
                continue;
            }
            b.emit(Op.DUP);
            if (!m.isStatic()) {
                b.emit(Op.GET_PROP, b.constant("prototype"));
            }
            int kind = (m.kind() == MemberKind.GETTER ? 1 : m.kind() == MemberKind.SETTER ? 2 : 0) | 4;
            if (m.computedKey() != null) {
                expr(m.computedKey());
                b.emit(Op.CLOSURE, b.constant(new FunctionTemplate(compileFunction(m.function(), List.of(), false, false))));
                b.emit(Op.METHOD_ELEM, kind);
            } else {
                b.emit(Op.CLOSURE, b.constant(new FunctionTemplate(compileFunction(m.function(), List.of(), false, false))));
                b.emit(Op.METHOD, b.constant(m.key()), kind);
            }
            b.emit(Op.POP);
        }
    }

    // ------------------------------------------------------------------ patterns

    /** Binds the value on top of the stack to a pattern, consuming it. */
    void bind(Pattern p, Bind mode) {
        Pos saved = b.current();
        b.at(p.pos());
        if (p instanceof Ident id) {
            if (mode == Bind.ASSIGN) {
                store(id.name());
                b.emit(Op.POP);
            } else {
                initialise(id.name());
            }
        } else if (p instanceof Member m) {
            requireAssign(p, mode);
            expr(m.object());
            b.emit(Op.SWAP);
            b.emit(Op.SET_PROP, b.constant(m.name()));
            b.emit(Op.POP);
        } else if (p instanceof Index i) {
            requireAssign(p, mode);
            expr(i.object());
            expr(i.index());
            b.emit(Op.ROT3);
            b.emit(Op.SET_ELEM);
            b.emit(Op.POP);
        } else if (p instanceof DefaultPattern d) {
            b.emit(Op.DUP);
            b.emit(Op.UNDEF);
            b.emit(Op.SEQ);
            int skip = b.emitJump(Op.JF);
            b.emit(Op.POP);
            valueNamed(d.fallback(), d.target() instanceof Ident id ? id.name() : null);
            b.patchHere(skip);
            bind(d.target(), mode);
        } else if (p instanceof ObjectPattern o) {
            List<String> used = new ArrayList<>();
            for (PatternProp pp : o.properties()) {
                b.emit(Op.DUP);
                b.at(pp.pos());
                if (pp.computedKey() != null) {
                    expr(pp.computedKey());
                    b.emit(Op.GET_ELEM);
                } else {
                    used.add(pp.key());
                    b.emit(Op.GET_PROP, b.constant(pp.key()));
                }
                bind(pp.value(), mode);
            }
            if (o.rest() != null) {
                b.emit(Op.DUP);
                b.emit(Op.OBJ_REST, b.constant(used.toArray(new String[0])));
                bind(o.rest(), mode);
            }
            b.emit(Op.POP);
        } else if (p instanceof ArrayPattern a) {
            b.emit(Op.ITER);
            for (Pattern e : a.elements()) {
                b.emit(Op.ITER_VALUE);
                if (e == null) {
                    b.emit(Op.POP);
                } else {
                    bind(e, mode);
                }
            }
            if (a.rest() != null) {
                b.emit(Op.ITER_REST);
                bind(a.rest(), mode);
            } else {
                b.emit(Op.POP);
            }
        }
        b.at(saved);
    }

    private static void requireAssign(Pattern p, Bind mode) {
        if (mode != Bind.ASSIGN) {
            throw new ScenarioSyntaxError(p.pos(), "Invalid destructuring target in a declaration.");
        }
    }
}
