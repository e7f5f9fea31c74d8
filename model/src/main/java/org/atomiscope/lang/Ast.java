package org.atomiscope.lang;

import java.util.List;

/**
 * The scenario language's syntax tree: immutable records, each carrying the position of
 * its first token. Produced by {@link Parser}, consumed by the compiler.
 */
public final class Ast {
    private Ast() {}

    public sealed interface Node permits Expr, Stmt, Pattern {
        Pos pos();
    }

    /** A whole source file. */
    public record Program(String file, List<Stmt> body) {}

    // ---------------------------------------------------------------- functions, classes

    /**
     * A function of any form. {@code body} holds the statements; an arrow function with an
     * expression body has {@code expressionBody} set and {@code body} empty.
     */
    public record FunctionNode(Pos pos, String name, List<Pattern> params, Pattern rest,
                               List<Stmt> body, Expr expressionBody, boolean arrow,
                               boolean method) {}

    public enum MemberKind { METHOD, GETTER, SETTER, FIELD }

    /** {@code key} is the property name; {@code computedKey} is set instead for {@code [expr]}. */
    public record ClassMember(Pos pos, String key, Expr computedKey, boolean isStatic,
                              MemberKind kind, FunctionNode function, Expr fieldInit) {}

    public record ClassNode(Pos pos, String name, Expr superclass, FunctionNode constructor,
                            List<ClassMember> members) {}

    // ---------------------------------------------------------------- expressions

    public sealed interface Expr extends Node {}

    /** Assignment targets and binding patterns. Ident, Member and Index are both. */
    public sealed interface Pattern extends Node {}

    public record NumberLit(Pos pos, double value) implements Expr {}
    public record StringLit(Pos pos, String value) implements Expr {}
    public record BoolLit(Pos pos, boolean value) implements Expr {}
    public record NullLit(Pos pos) implements Expr {}
    /** {@code quasis.size() == exprs.size() + 1}; quasis are cooked strings. */
    public record TemplateLit(Pos pos, List<String> quasis, List<Expr> exprs) implements Expr {}
    public record Ident(Pos pos, String name) implements Expr, Pattern {}
    public record This(Pos pos) implements Expr {}
    /** {@code super(...)} calls and {@code super.x} accesses, inside class bodies. */
    public record Super(Pos pos) implements Expr {}
    /** Elements may be {@link Spread}, or null for a hole. */
    public record ArrayLit(Pos pos, List<Expr> elements) implements Expr {}

    public enum PropKind { INIT, GETTER, SETTER, SPREAD }

    /**
     * An object-literal entry. {@code key} is the name (identifier, string or number
     * literal turned to its string); {@code computedKey} is set for {@code [expr]: v}.
     * For SPREAD only {@code value} is set.
     */
    public record Property(Pos pos, String key, Expr computedKey, Expr value, PropKind kind) {}
    public record ObjectLit(Pos pos, List<Property> properties) implements Expr {}

    public record FunctionExpr(Pos pos, FunctionNode function) implements Expr {}
    public record ClassExpr(Pos pos, ClassNode cls) implements Expr {}

    /** op: "-", "+", "!", "~", "typeof", "void", "delete". */
    public record Unary(Pos pos, String op, Expr operand) implements Expr {}
    /** op: "++" or "--"; target is an Ident, Member or Index. */
    public record Update(Pos pos, String op, boolean prefix, Expr target) implements Expr {}
    /**
     * op: "+", "-", "*", "/", "%", "**", "==", "!=", "===", "!==", "<", "<=", ">", ">=",
     * "<<", ">>", ">>>", "&", "|", "^", "in", "instanceof".
     */
    public record Binary(Pos pos, String op, Expr left, Expr right) implements Expr {}
    /** op: "&&", "||", "??". */
    public record Logical(Pos pos, String op, Expr left, Expr right) implements Expr {}
    /** op: "=", "+=", "-=", ... "&&=", "||=", "??="; only "=" takes a destructuring target. */
    public record Assign(Pos pos, String op, Pattern target, Expr value) implements Expr {}
    public record Conditional(Pos pos, Expr test, Expr then, Expr otherwise) implements Expr {}
    /** Arguments may be {@link Spread}. {@code optional} for {@code f?.()}. */
    public record Call(Pos pos, Expr callee, List<Expr> args, boolean optional) implements Expr {}
    public record New(Pos pos, Expr callee, List<Expr> args) implements Expr {}
    /** {@code object.name}, or {@code object?.name} when optional. */
    public record Member(Pos pos, Expr object, String name, boolean optional) implements Expr, Pattern {}
    /** {@code object[index]}, or {@code object?.[index]} when optional. */
    public record Index(Pos pos, Expr object, Expr index, boolean optional) implements Expr, Pattern {}
    public record Sequence(Pos pos, List<Expr> exprs) implements Expr {}
    public record Spread(Pos pos, Expr argument) implements Expr {}

    // ---------------------------------------------------------------- patterns

    /** {@code target = fallback} inside a pattern or parameter list. */
    public record DefaultPattern(Pos pos, Pattern target, Expr fallback) implements Pattern {}
    /** One entry of an object pattern: {@code key: value} ({@code computedKey} for {@code [e]: v}). */
    public record PatternProp(Pos pos, String key, Expr computedKey, Pattern value) {}
    public record ObjectPattern(Pos pos, List<PatternProp> properties, Pattern rest) implements Pattern {}
    /** Elements may be null for a hole. */
    public record ArrayPattern(Pos pos, List<Pattern> elements, Pattern rest) implements Pattern {}

    // ---------------------------------------------------------------- statements

    public sealed interface Stmt extends Node {}

    public record Declarator(Pos pos, Pattern target, Expr init) {}
    /** kind: "var", "let" or "const". */
    public record VarDecl(Pos pos, String kind, List<Declarator> declarations) implements Stmt {}
    public record FunctionDecl(Pos pos, FunctionNode function) implements Stmt {}
    public record ClassDecl(Pos pos, ClassNode cls) implements Stmt {}
    public record ExprStmt(Pos pos, Expr expr) implements Stmt {}
    public record Block(Pos pos, List<Stmt> body) implements Stmt {}
    public record Empty(Pos pos) implements Stmt {}
    public record If(Pos pos, Expr test, Stmt then, Stmt otherwise) implements Stmt {}
    public record While(Pos pos, Expr test, Stmt body) implements Stmt {}
    public record DoWhile(Pos pos, Stmt body, Expr test) implements Stmt {}
    /** init is a VarDecl, an ExprStmt or null; test and update may be null. */
    public record For(Pos pos, Stmt init, Expr test, Expr update, Stmt body) implements Stmt {}
    /**
     * {@code for (kind target of iterable)} / {@code for (... in ...)}. declKind is "var",
     * "let", "const", or null when the target is an assignment target.
     */
    public record ForOf(Pos pos, String declKind, Pattern target, Expr iterable, Stmt body) implements Stmt {}
    public record ForIn(Pos pos, String declKind, Pattern target, Expr object, Stmt body) implements Stmt {}
    public record Break(Pos pos, String label) implements Stmt {}
    public record Continue(Pos pos, String label) implements Stmt {}
    public record Return(Pos pos, Expr value) implements Stmt {}
    public record Throw(Pos pos, Expr value) implements Stmt {}
    /** catchParam may be null ({@code catch {}} or no catch); handler or finalizer may be null. */
    public record Try(Pos pos, Block block, Pattern catchParam, Block handler, Block finalizer) implements Stmt {}
    /** test is null for {@code default:}. */
    public record Case(Pos pos, Expr test, List<Stmt> body) {}
    public record Switch(Pos pos, Expr discriminant, List<Case> cases) implements Stmt {}
    public record Labeled(Pos pos, String label, Stmt body) implements Stmt {}
}
