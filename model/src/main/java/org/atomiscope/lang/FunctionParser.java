package org.atomiscope.lang;

import java.util.ArrayList;
import java.util.List;

import org.atomiscope.lang.Ast.ClassMember;
import org.atomiscope.lang.Ast.ClassNode;
import org.atomiscope.lang.Ast.Expr;
import org.atomiscope.lang.Ast.FunctionExpr;
import org.atomiscope.lang.Ast.FunctionNode;
import org.atomiscope.lang.Ast.MemberKind;
import org.atomiscope.lang.Ast.Pattern;
import org.atomiscope.lang.Ast.PropKind;
import org.atomiscope.lang.Ast.Stmt;

/**
 * Functions of every form (declarations, expressions, arrows, methods, accessors) and classes.
 * Each function body gets a fresh {@link Context}: labels and loops never reach across it, and
 * it decides where {@code return} and {@code super} are allowed.
 */
abstract class FunctionParser extends ExpressionParser {

    FunctionParser(String file, String source) {
        super(file, source);
    }

    /** Statements up to (not including) the closing '}' of a block or body. */
    abstract List<Stmt> parseStatementsUntilBrace();

    private record Params(List<Pattern> params, Pattern rest) {}

    // ------------------------------------------------------------------ functions

    /** {@code function name(params) { body }} after checking for the unsupported {@code function*}. */
    FunctionNode parseFunction(boolean nameRequired) {
        Token keyword = cur;
        advance();
        if (at("*")) {
            throw unsupported(keyword.pos(), "generators and yield");
        }
        String name = null;
        if (!at("(")) {
            name = bindingIdentifier("a function name").name();
        } else if (nameRequired) {
            throw error(cur.pos(), "A function declaration needs a name.");
        }
        return parseFunctionRest(keyword.pos(), name, false, new Context(true, false, false));
    }

    @Override
    Expr parseFunctionExpression() {
        FunctionNode fn = parseFunction(false);
        return new FunctionExpr(fn.pos(), fn);
    }

    private FunctionNode parseFunctionRest(Pos pos, String name, boolean method, Context inner) {
        Params params = parseParams();
        List<Stmt> body = parseFunctionBody(inner);
        return new FunctionNode(pos, name, params.params(), params.rest(), body, null, false, method);
    }

    private Params parseParams() {
        expect("(", "before the parameters of this function");
        List<Pattern> params = new ArrayList<>();
        Pattern rest = null;
        while (!at(")")) {
            if (atEof()) {
                break;
            }
            if (at("...")) {
                advance();
                rest = parseBindingTarget();
                if (!at(")")) {
                    throw error(cur.pos(), "A rest parameter must be the last parameter.");
                }
                break;
            }
            params.add(parseBindingElement());
            if (at(",")) {
                advance();
            } else if (!at(")")) {
                break;
            }
        }
        expect(")", "after the parameters of this function");
        checkParameterNames(params, rest);
        return new Params(List.copyOf(params), rest);
    }

    private List<Stmt> parseFunctionBody(Context inner) {
        expect("{", "before the body of this function");
        Context outer = ctx;
        ctx = inner;
        List<Stmt> body = parseStatementsUntilBrace();
        ctx = outer;
        expect("}", "at the end of this function body");
        return body;
    }

    @Override
    Expr parseArrowFunction(Pos pos, List<Pattern> params, Pattern rest, boolean noIn) {
        checkParameterNames(params, rest);
        expect("=>", "after the parameters of this arrow function");
        // Arrows see the surrounding this and super, so they inherit what super may do.
        Context inner = new Context(true, ctx.superProperty, ctx.superCall);
        inner.objectMethod = ctx.objectMethod;
        FunctionNode fn;
        if (at("{")) {
            fn = new FunctionNode(pos, null, params, rest, parseFunctionBody(inner), null, true, false);
        } else {
            Context outer = ctx;
            ctx = inner;
            Expr body = parseAssignment(noIn);
            ctx = outer;
            fn = new FunctionNode(pos, null, params, rest, List.of(), body, true, false);
        }
        return new FunctionExpr(pos, fn);
    }

    @Override
    Expr parseObjectMethod(Token start, PropertyKey key, PropKind kind) {
        Context inner = new Context(true, false, false);
        inner.objectMethod = true;
        FunctionNode fn = parseFunctionRest(start.pos(), key.name(), true, inner);
        checkAccessor(kind == PropKind.GETTER, kind == PropKind.SETTER, fn, start.pos());
        return new FunctionExpr(start.pos(), fn);
    }

    private void checkAccessor(boolean getter, boolean setter, FunctionNode fn, Pos pos) {
        if (getter && (!fn.params().isEmpty() || fn.rest() != null)) {
            throw error(pos, "A getter cannot have parameters.");
        }
        if (setter && (fn.params().size() != 1 || fn.rest() != null)) {
            throw error(pos, "A setter must have exactly one parameter.");
        }
    }

    // ------------------------------------------------------------------ classes

    @Override
    Expr parseClassExpression() {
        ClassNode cls = parseClass(false);
        return new Ast.ClassExpr(cls.pos(), cls);
    }

    ClassNode parseClass(boolean nameRequired) {
        Token keyword = cur;
        advance();
        String name = null;
        if (!atKeyword("extends") && !at("{")) {
            name = bindingIdentifier("a class name").name();
        } else if (nameRequired) {
            throw error(cur.pos(), "A class declaration needs a name.");
        }
        Expr superclass = null;
        if (atKeyword("extends")) {
            advance();
            superclass = parseLeftHandSide();
        }
        expect("{", "before the class body");
        ClassBody body = new ClassBody(name, superclass != null);
        while (!at("}")) {
            if (atEof()) {
                expect("}", "at the end of the class body");
            }
            if (at(";")) {
                advance();
                continue;
            }
            parseClassMember(body);
        }
        advance();
        return new ClassNode(keyword.pos(), name, superclass, body.constructor, List.copyOf(body.members));
    }

    /** What a class body has collected so far. */
    private static final class ClassBody {
        final String name;
        final boolean derived;
        FunctionNode constructor;
        final List<ClassMember> members = new ArrayList<>();

        ClassBody(String name, boolean derived) {
            this.name = name;
            this.derived = derived;
        }
    }

    /** Whether the token after a word ends that word as a class element name: {@code static() {}}. */
    private static boolean endsClassElementName(Token t) {
        return t.type() == TokenType.EOF || t.type() == TokenType.PUNCT && switch (t.text()) {
            case "(", "=", ";", "}" -> true;
            default -> false;
        };
    }

    private void parseClassMember(ClassBody body) {
        Token start = cur;
        boolean isStatic = false;
        if (atName("static") && !endsClassElementName(peek())) {
            advance();
            isStatic = true;
            if (at("{")) {
                throw unsupported(start.pos(), "static initialization blocks");
            }
        }
        if (at("*")) {
            throw unsupported(cur.pos(), "generators and yield");
        }
        if (atName("async") && !endsClassElementName(peek()) && !peek().newlineBefore()) {
            throw unsupported(cur.pos(), "async functions and await");
        }
        MemberKind kind = MemberKind.METHOD;
        if ((atName("get") || atName("set")) && !endsClassElementName(peek())) {
            kind = atName("get") ? MemberKind.GETTER : MemberKind.SETTER;
            advance();
        }
        Token keyToken = cur;
        PropertyKey key = parsePropertyKey();
        boolean named = key.computed() == null;
        if (isStatic && named && key.name().equals("prototype")) {
            throw error(keyToken.pos(), "A static class member cannot be named 'prototype'.");
        }
        boolean isConstructor = !isStatic && named && key.name().equals("constructor")
                && keyToken.type() != TokenType.NUMBER;
        if (at("(")) {
            if (isConstructor) {
                if (kind != MemberKind.METHOD) {
                    throw error(start.pos(), "A class constructor cannot be a getter or a setter.");
                }
                if (body.constructor != null) {
                    throw error(start.pos(), "A class may only have one constructor.");
                }
                Context inner = new Context(true, true, body.derived);
                body.constructor = parseFunctionRest(start.pos(), body.name, true, inner);
                return;
            }
            FunctionNode fn = parseFunctionRest(start.pos(), key.name(), true, new Context(true, true, false));
            checkAccessor(kind == MemberKind.GETTER, kind == MemberKind.SETTER, fn, start.pos());
            body.members.add(new ClassMember(start.pos(), key.name(), key.computed(), isStatic, kind, fn, null));
            return;
        }
        if (kind != MemberKind.METHOD) {
            expect("(", "after the name of this " + (kind == MemberKind.GETTER ? "getter" : "setter"));
        }
        if (isConstructor) {
            throw error(keyToken.pos(), "A class field cannot be named 'constructor'.");
        }
        Expr init = null;
        if (at("=")) {
            advance();
            Context outer = ctx;
            ctx = new Context(false, true, false);
            init = parseAssignment(false);
            ctx = outer;
        }
        consumeSemicolon();
        body.members.add(new ClassMember(start.pos(), key.name(), key.computed(), isStatic, MemberKind.FIELD, null, init));
    }
}
