package org.atomiscope.lang;

import java.util.ArrayList;
import java.util.List;

import org.atomiscope.lang.Ast.ArrayLit;
import org.atomiscope.lang.Ast.Assign;
import org.atomiscope.lang.Ast.Expr;
import org.atomiscope.lang.Ast.Ident;
import org.atomiscope.lang.Ast.ObjectLit;
import org.atomiscope.lang.Ast.PropKind;
import org.atomiscope.lang.Ast.Property;
import org.atomiscope.lang.Ast.Spread;
import org.atomiscope.lang.Ast.TemplateLit;

/**
 * Literals with parts: template literals, array literals and object literals. An object or
 * array literal may later turn out to be a destructuring pattern ({@code [a, b] = [b, a]}), so
 * this records what the conversion in {@link PatternParser} needs to know.
 */
abstract class LiteralParser extends PatternParser {

    LiteralParser(String file, String source) {
        super(file, source);
    }

    abstract Expr parseExpression(boolean noIn);

    abstract Expr parseObjectMethod(Token start, PropertyKey key, PropKind kind);

    /** {@code `a${x}b`}: the lexer hands over the cooked text parts, the substitutions are parsed here. */
    Expr parseTemplate() {
        Token head = cur;
        List<String> quasis = new ArrayList<>();
        List<Expr> exprs = new ArrayList<>();
        quasis.add(head.value());
        boolean tail = head.templateTail();
        advance();
        while (!tail) {
            if (cur.type() == TokenType.TEMPLATE_CONT) {
                throw error(cur.pos(), "Expected an expression inside '${ }' in this template literal.");
            }
            exprs.add(parseExpression(false));
            if (cur.type() != TokenType.TEMPLATE_CONT) {
                if (atEof()) {
                    throw error(head.pos(), "Unterminated template literal: a closing '`' is missing.");
                }
                throw error(cur.pos(), "Expected '}' after the expression in this template literal but found "
                        + cur.describe() + ".");
            }
            quasis.add(cur.value());
            tail = cur.templateTail();
            advance();
        }
        return new TemplateLit(head.pos(), List.copyOf(quasis), List.copyOf(exprs));
    }

    /** {@code [a, , ...b]}: holes are null elements; a trailing comma adds no hole. */
    Expr parseArrayLiteral() {
        Token open = cur;
        advance();
        List<Expr> elements = new ArrayList<>();
        boolean commaAfterSpreadSeen = false;
        while (!at("]")) {
            if (atEof()) {
                expect("]", "after the elements of this array");
            }
            if (at(",")) {
                advance();
                elements.add(null);
                continue;
            }
            Expr element;
            if (at("...")) {
                Token dots = cur;
                advance();
                element = new Spread(dots.pos(), parseAssignment(false));
            } else {
                element = parseAssignment(false);
            }
            elements.add(element);
            if (at(",")) {
                commaAfterSpreadSeen |= element instanceof Spread;
                advance();
            } else if (!at("]")) {
                expect("]", "after the elements of this array");
            }
        }
        advance();
        ArrayLit a = new ArrayLit(open.pos(), nullable(elements));
        if (commaAfterSpreadSeen) {
            commaAfterSpread.add(a);
        }
        return a;
    }

    /** {@code {a, b: 1, [k]: v, m() {}, get x() {}, ...o}}. */
    Expr parseObjectLiteral() {
        Token open = cur;
        advance();
        List<Property> props = new ArrayList<>();
        boolean commaAfterSpreadSeen = false;
        while (!at("}")) {
            if (atEof()) {
                expect("}", "after the properties of this object literal");
            }
            Property p = parseProperty();
            props.add(p);
            if (at(",")) {
                commaAfterSpreadSeen |= p.kind() == PropKind.SPREAD;
                advance();
            } else if (!at("}")) {
                expect("}", "after the properties of this object literal");
            }
        }
        advance();
        ObjectLit o = new ObjectLit(open.pos(), List.copyOf(props));
        if (commaAfterSpreadSeen) {
            commaAfterSpread.add(o);
        }
        return o;
    }

    private Property parseProperty() {
        Token start = cur;
        if (at("...")) {
            advance();
            return new Property(start.pos(), null, null, parseAssignment(false), PropKind.SPREAD);
        }
        if (at("*")) {
            throw unsupported(start.pos(), "generators and yield");
        }
        if (cur.type() == TokenType.NAME && !endsPropertyName(peek())) {
            if (atName("async") && !peek().newlineBefore()) {
                throw unsupported(start.pos(), "async functions and await");
            }
            if (atName("get") || atName("set")) {
                PropKind kind = atName("get") ? PropKind.GETTER : PropKind.SETTER;
                advance();
                PropertyKey key = parsePropertyKey();
                return new Property(start.pos(), key.name(), key.computed(), parseObjectMethod(start, key, kind), kind);
            }
        }
        PropertyKey key = parsePropertyKey();
        if (at("(")) {
            return new Property(start.pos(), key.name(), key.computed(),
                    parseObjectMethod(start, key, PropKind.INIT), PropKind.INIT);
        }
        if (at(":")) {
            advance();
            return new Property(start.pos(), key.name(), key.computed(), parseAssignment(false), PropKind.INIT);
        }
        if (!key.isIdentifier()) {
            if (key.computed() == null && key.token().type() == TokenType.KEYWORD
                    && (at(",") || at("}") || at("="))) {
                throw error(key.token().pos(), "'" + key.name() + "' is a reserved word and cannot be used as a variable name.");
            }
            throw error(cur.pos(), "Expected ':' after the property name but found " + cur.describe() + ".");
        }
        Ident name = identifierFrom(key.token());
        if (at("=")) {
            // {a = 1}: only meaningful if this object turns out to be a destructuring pattern.
            advance();
            Assign init = new Assign(start.pos(), "=", name, parseAssignment(false));
            coverInitializers.add(init);
            return new Property(start.pos(), key.name(), null, init, PropKind.INIT);
        }
        return new Property(start.pos(), key.name(), null, name, PropKind.INIT);
    }

    /** Whether the token after a word ends that word as a property name: {@code {get: 1}}, {@code {get}}. */
    private static boolean endsPropertyName(Token t) {
        return t.type() == TokenType.PUNCT && switch (t.text()) {
            case "(", ":", ",", "}", "=" -> true;
            default -> false;
        } || t.type() == TokenType.EOF;
    }

    private Ident identifierFrom(Token t) {
        checkName(t, "a name");
        return new Ident(t.pos(), t.text());
    }
}
