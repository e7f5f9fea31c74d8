package org.atomiscope.lang;

import java.util.List;
import java.util.stream.Collectors;

import org.atomiscope.lang.Ast.*;

/**
 * Renders syntax trees as compact S-expressions so tests can state tree shapes in one line:
 * {@code a + b * c} is {@code (+ a (* b c))}. Positions are left out; tests check them apart.
 */
final class Sexp {
    private Sexp() {}

    static String of(Program p) {
        return p.body().stream().map(Sexp::of).collect(Collectors.joining(" "));
    }

    static String of(Object n) {
        if (n == null) {
            return "_";
        }
        // ------------------------------------------------ expressions
        if (n instanceof NumberLit x) {
            double v = x.value();
            return v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15
                    ? Long.toString((long) v) : Double.toString(v);
        }
        if (n instanceof StringLit x) {
            return quote(x.value());
        }
        if (n instanceof BoolLit x) {
            return Boolean.toString(x.value());
        }
        if (n instanceof NullLit) {
            return "null";
        }
        if (n instanceof Ident x) {
            return x.name();
        }
        if (n instanceof This) {
            return "this";
        }
        if (n instanceof Super) {
            return "super";
        }
        if (n instanceof TemplateLit x) {
            StringBuilder sb = new StringBuilder("(`");
            for (int i = 0; i < x.quasis().size(); i++) {
                sb.append(' ').append(quote(x.quasis().get(i)));
                if (i < x.exprs().size()) {
                    sb.append(' ').append(of(x.exprs().get(i)));
                }
            }
            return sb.append(')').toString();
        }
        if (n instanceof ArrayLit x) {
            return "[" + join(x.elements(), " ") + "]";
        }
        if (n instanceof ObjectLit x) {
            return "{" + x.properties().stream().map(Sexp::property).collect(Collectors.joining(", ")) + "}";
        }
        if (n instanceof FunctionExpr x) {
            return function(x.function());
        }
        if (n instanceof ClassExpr x) {
            return cls(x.cls());
        }
        if (n instanceof Unary x) {
            return "(" + x.op() + " " + of(x.operand()) + ")";
        }
        if (n instanceof Update x) {
            return x.prefix() ? "(" + x.op() + "pre " + of(x.target()) + ")" : "(post" + x.op() + " " + of(x.target()) + ")";
        }
        if (n instanceof Binary x) {
            return "(" + x.op() + " " + of(x.left()) + " " + of(x.right()) + ")";
        }
        if (n instanceof Logical x) {
            return "(" + x.op() + " " + of(x.left()) + " " + of(x.right()) + ")";
        }
        if (n instanceof Assign x) {
            return "(" + x.op() + " " + of(x.target()) + " " + of(x.value()) + ")";
        }
        if (n instanceof Conditional x) {
            return "(? " + of(x.test()) + " " + of(x.then()) + " " + of(x.otherwise()) + ")";
        }
        if (n instanceof Call x) {
            return "(" + (x.optional() ? "?.call " : "call ") + of(x.callee()) + args(x.args()) + ")";
        }
        if (n instanceof New x) {
            return "(new " + of(x.callee()) + args(x.args()) + ")";
        }
        if (n instanceof Member x) {
            return "(" + (x.optional() ? "?." : ".") + " " + of(x.object()) + " " + x.name() + ")";
        }
        if (n instanceof Index x) {
            return "(" + (x.optional() ? "?.[]" : "[]") + " " + of(x.object()) + " " + of(x.index()) + ")";
        }
        if (n instanceof Sequence x) {
            return "(, " + join(x.exprs(), " ") + ")";
        }
        if (n instanceof Spread x) {
            return "..." + of(x.argument());
        }
        // ------------------------------------------------ patterns
        if (n instanceof DefaultPattern x) {
            return "(default " + of(x.target()) + " " + of(x.fallback()) + ")";
        }
        if (n instanceof ObjectPattern x) {
            String props = x.properties().stream()
                    .map(p -> (p.computedKey() != null ? "[" + of(p.computedKey()) + "]" : p.key()) + ": " + of(p.value()))
                    .collect(Collectors.joining(", "));
            return "{" + props + (x.rest() != null ? (props.isEmpty() ? "..." : ", ...") + of(x.rest()) : "") + "}p";
        }
        if (n instanceof ArrayPattern x) {
            String els = join(x.elements(), " ");
            return "[" + els + (x.rest() != null ? (els.isEmpty() ? "..." : " ...") + of(x.rest()) : "") + "]p";
        }
        // ------------------------------------------------ statements
        if (n instanceof VarDecl x) {
            return "(" + x.kind() + " " + x.declarations().stream()
                    .map(d -> d.init() == null ? of(d.target()) : "(" + of(d.target()) + " " + of(d.init()) + ")")
                    .collect(Collectors.joining(" ")) + ")";
        }
        if (n instanceof FunctionDecl x) {
            return function(x.function());
        }
        if (n instanceof ClassDecl x) {
            return cls(x.cls());
        }
        if (n instanceof ExprStmt x) {
            return of(x.expr()) + ";";
        }
        if (n instanceof Block x) {
            return "{" + join(x.body(), " ") + "}";
        }
        if (n instanceof Empty) {
            return ";";
        }
        if (n instanceof If x) {
            return "(if " + of(x.test()) + " " + of(x.then()) + (x.otherwise() != null ? " " + of(x.otherwise()) : "") + ")";
        }
        if (n instanceof While x) {
            return "(while " + of(x.test()) + " " + of(x.body()) + ")";
        }
        if (n instanceof DoWhile x) {
            return "(do " + of(x.body()) + " " + of(x.test()) + ")";
        }
        if (n instanceof For x) {
            return "(for " + of(x.init()) + " " + of(x.test()) + " " + of(x.update()) + " " + of(x.body()) + ")";
        }
        if (n instanceof ForOf x) {
            return "(for-of " + x.declKind() + " " + of(x.target()) + " " + of(x.iterable()) + " " + of(x.body()) + ")";
        }
        if (n instanceof ForIn x) {
            return "(for-in " + x.declKind() + " " + of(x.target()) + " " + of(x.object()) + " " + of(x.body()) + ")";
        }
        if (n instanceof Break x) {
            return x.label() == null ? "(break)" : "(break " + x.label() + ")";
        }
        if (n instanceof Continue x) {
            return x.label() == null ? "(continue)" : "(continue " + x.label() + ")";
        }
        if (n instanceof Return x) {
            return x.value() == null ? "(return)" : "(return " + of(x.value()) + ")";
        }
        if (n instanceof Throw x) {
            return "(throw " + of(x.value()) + ")";
        }
        if (n instanceof Try x) {
            return "(try " + of(x.block()) + " " + of(x.catchParam()) + " " + of(x.handler()) + " " + of(x.finalizer()) + ")";
        }
        if (n instanceof Switch x) {
            return "(switch " + of(x.discriminant()) + x.cases().stream()
                    .map(c -> (c.test() == null ? " (default" : " (case " + of(c.test())) + (c.body().isEmpty() ? "" : " " + join(c.body(), " ")) + ")")
                    .collect(Collectors.joining()) + ")";
        }
        if (n instanceof Labeled x) {
            return "(label " + x.label() + " " + of(x.body()) + ")";
        }
        throw new IllegalArgumentException("unknown node " + n);
    }

    private static String property(Property p) {
        String key = p.computedKey() != null ? "[" + of(p.computedKey()) + "]" : p.key();
        return switch (p.kind()) {
            case SPREAD -> "..." + of(p.value());
            case GETTER -> "get " + key + " " + of(p.value());
            case SETTER -> "set " + key + " " + of(p.value());
            case INIT -> key + ": " + of(p.value());
        };
    }

    static String function(FunctionNode f) {
        String params = "(" + join(f.params(), " ") + (f.rest() != null ? (f.params().isEmpty() ? "..." : " ...") + of(f.rest()) : "") + ")";
        String body = f.expressionBody() != null ? of(f.expressionBody()) : "{" + join(f.body(), " ") + "}";
        if (f.arrow()) {
            return "(=> " + params + " " + body + ")";
        }
        return "(" + (f.method() ? "method " : "function ") + (f.name() == null ? "" : f.name() + " ") + params + " " + body + ")";
    }

    private static String cls(ClassNode c) {
        StringBuilder sb = new StringBuilder("(class");
        if (c.name() != null) {
            sb.append(' ').append(c.name());
        }
        if (c.superclass() != null) {
            sb.append(" extends ").append(of(c.superclass()));
        }
        if (c.constructor() != null) {
            sb.append(" (constructor ").append(function(c.constructor())).append(')');
        }
        for (ClassMember m : c.members()) {
            sb.append(" (").append(m.isStatic() ? "static " : "").append(m.kind().name().toLowerCase()).append(' ')
                    .append(m.computedKey() != null ? "[" + of(m.computedKey()) + "]" : m.key());
            if (m.function() != null) {
                sb.append(' ').append(function(m.function()));
            }
            if (m.fieldInit() != null) {
                sb.append(' ').append(of(m.fieldInit()));
            }
            sb.append(')');
        }
        return sb.append(')').toString();
    }

    private static String args(List<Expr> args) {
        return args.isEmpty() ? "" : " " + join(args, " ");
    }

    private static String join(List<?> nodes, String sep) {
        return nodes.stream().map(Sexp::of).collect(Collectors.joining(sep));
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
