package org.atomiscope.lang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.atomiscope.lang.Ast.ArrayLit;
import org.atomiscope.lang.Ast.ArrayPattern;
import org.atomiscope.lang.Ast.Assign;
import org.atomiscope.lang.Ast.Call;
import org.atomiscope.lang.Ast.DefaultPattern;
import org.atomiscope.lang.Ast.Expr;
import org.atomiscope.lang.Ast.FunctionExpr;
import org.atomiscope.lang.Ast.Ident;
import org.atomiscope.lang.Ast.Index;
import org.atomiscope.lang.Ast.Member;
import org.atomiscope.lang.Ast.ObjectLit;
import org.atomiscope.lang.Ast.ObjectPattern;
import org.atomiscope.lang.Ast.Pattern;
import org.atomiscope.lang.Ast.PatternProp;
import org.atomiscope.lang.Ast.PropKind;
import org.atomiscope.lang.Ast.Property;
import org.atomiscope.lang.Ast.Spread;

/**
 * Destructuring: binding patterns written directly ({@code let {a, b: [c]} = x}, parameters,
 * catch clauses), and the conversion of an already parsed object or array literal into a
 * pattern once an {@code =} or {@code =>} shows it was one ({@code [a, b] = [b, a]},
 * {@code ({data: buffer}) => ...}).
 */
abstract class PatternParser extends ParserBase {

    PatternParser(String file, String source) {
        super(file, source);
    }

    abstract Expr parseAssignment(boolean noIn);

    /** A property name in an object literal, object pattern or class body. */
    record PropertyKey(Token token, String name, Expr computed) {
        /** Whether the key is a plain identifier, so {@code {a}} may be shorthand for {@code {a: a}}. */
        boolean isIdentifier() {
            return computed == null && token.type() == TokenType.NAME;
        }
    }

    PropertyKey parsePropertyKey() {
        Token t = cur;
        switch (t.type()) {
            case NAME, KEYWORD -> {
                advance();
                return new PropertyKey(t, t.text(), null);
            }
            case STRING -> {
                advance();
                return new PropertyKey(t, t.value(), null);
            }
            case NUMBER -> {
                advance();
                return new PropertyKey(t, numberToString(t.number()), null);
            }
            default -> {
                if (at("[")) {
                    advance();
                    Expr key = parseAssignment(false);
                    expect("]", "after the computed property name");
                    return new PropertyKey(t, null, key);
                }
                if (atEof()) {
                    throw error(t.pos(), "Unexpected end of input: a property name is missing.");
                }
                throw error(t.pos(), "Expected a property name but found " + t.describe() + ".");
            }
        }
    }

    // ------------------------------------------------------------------ binding patterns

    /** A name or a destructuring pattern, as declared by let/const/var, parameters or catch. */
    Pattern parseBindingTarget() {
        if (at("[")) {
            enter();
            Pattern p = parseArrayBindingPattern();
            exit();
            return p;
        }
        if (at("{")) {
            enter();
            Pattern p = parseObjectBindingPattern();
            exit();
            return p;
        }
        return bindingIdentifier("a variable name");
    }

    /** A binding target with an optional default value: {@code x = 1}, {@code [a, b] = []}. */
    Pattern parseBindingElement() {
        Token start = cur;
        Pattern target = parseBindingTarget();
        if (at("=")) {
            advance();
            return new DefaultPattern(start.pos(), target, parseAssignment(false));
        }
        return target;
    }

    private Pattern parseArrayBindingPattern() {
        Token open = cur;
        advance();
        List<Pattern> elements = new ArrayList<>();
        Pattern rest = null;
        while (!at("]")) {
            if (at(",")) {
                advance();
                elements.add(null);
                continue;
            }
            if (at("...")) {
                advance();
                rest = parseBindingTarget();
                if (at(",")) {
                    throw error(cur.pos(), "A rest element must be the last element of a destructuring pattern.");
                }
                break;
            }
            elements.add(parseBindingElement());
            if (at(",")) {
                advance();
            } else if (!at("]")) {
                expect("]", "after the elements of this destructuring pattern");
            }
        }
        expect("]", "after the elements of this destructuring pattern");
        return new ArrayPattern(open.pos(), nullable(elements), rest);
    }

    private Pattern parseObjectBindingPattern() {
        Token open = cur;
        advance();
        List<PatternProp> props = new ArrayList<>();
        Pattern rest = null;
        while (!at("}")) {
            Token start = cur;
            if (at("...")) {
                advance();
                rest = bindingIdentifier("a variable name");
                if (!at("}")) {
                    throw error(cur.pos(), "A rest element must be the last element of a destructuring pattern.");
                }
                break;
            }
            PropertyKey key = parsePropertyKey();
            Pattern value;
            if (at(":")) {
                advance();
                value = parseBindingElement();
            } else {
                value = shorthandBinding(key);
                if (at("=")) {
                    advance();
                    value = new DefaultPattern(start.pos(), value, parseAssignment(false));
                }
            }
            props.add(new PatternProp(start.pos(), key.name(), key.computed(), value));
            if (at(",")) {
                advance();
            } else if (!at("}")) {
                expect("}", "after the properties of this destructuring pattern");
            }
        }
        expect("}", "after the properties of this destructuring pattern");
        return new ObjectPattern(open.pos(), List.copyOf(props), rest);
    }

    private Ident shorthandBinding(PropertyKey key) {
        Token t = key.token();
        if (key.isIdentifier()) {
            checkName(t, "a variable name");
            Ident id = new Ident(t.pos(), t.text());
            checkAssignable(id);
            return id;
        }
        if (key.computed() == null && t.type() == TokenType.KEYWORD) {
            throw error(t.pos(), "'" + t.text() + "' is a reserved word and cannot be used as a variable name.");
        }
        throw error(cur.pos(), "Expected ':' after the property name in this destructuring pattern but found "
                + cur.describe() + ".");
    }

    // ------------------------------------------------------------------ expression to pattern

    /**
     * The target of {@code =} or of a for-in/of head: a name, a property, an element, or an
     * object/array literal read as a destructuring pattern.
     */
    Pattern toAssignmentTarget(Expr e) {
        return toTarget(e, false, "Invalid assignment target.");
    }

    /** The target of a compound assignment or of ++/--: a name, a property or an element. */
    Pattern toSimpleTarget(Expr e, String message) {
        if (e instanceof Ident id) {
            checkAssignable(id);
            return id;
        }
        if ((e instanceof Member || e instanceof Index) && !inOptionalChain(e)) {
            return (Pattern) e;
        }
        throw error(e.pos(), message);
    }

    /** Arrow-function parameters, converted from the parenthesized list parsed before the '=>'. */
    Pattern toParameter(Expr e) {
        return toElement(e, true, "Invalid parameter: only names, destructuring patterns and defaults are allowed.");
    }

    private Pattern toTarget(Expr e, boolean binding, String message) {
        if (e instanceof Ident id) {
            if (binding && isParenthesized(e)) {
                throw error(e.pos(), message);
            }
            checkAssignable(id);
            return id;
        }
        if (!binding && (e instanceof Member || e instanceof Index) && !inOptionalChain(e)) {
            return (Pattern) e;
        }
        if (!isParenthesized(e)) {
            if (e instanceof ObjectLit o) {
                return objectPattern(o, binding, message);
            }
            if (e instanceof ArrayLit a) {
                return arrayPattern(a, binding, message);
            }
        }
        throw error(e.pos(), message);
    }

    /** An element of a pattern, where {@code target = fallback} gives a default. */
    private Pattern toElement(Expr e, boolean binding, String message) {
        if (e instanceof Assign a && a.op().equals("=") && !isParenthesized(e)) {
            if (binding) {
                checkBinding(a.target(), message);
            }
            return new DefaultPattern(a.pos(), a.target(), a.value());
        }
        return toTarget(e, binding, message);
    }

    private Pattern objectPattern(ObjectLit o, boolean binding, String message) {
        List<PatternProp> props = new ArrayList<>();
        Pattern rest = null;
        List<Property> properties = o.properties();
        for (int i = 0; i < properties.size(); i++) {
            Property p = properties.get(i);
            if (p.kind() == PropKind.SPREAD) {
                checkRestIsLast(o, p.pos(), i == properties.size() - 1);
                if (p.value() instanceof ObjectLit || p.value() instanceof ArrayLit) {
                    throw error(p.value().pos(), "The rest element of an object pattern must be a name.");
                }
                rest = toTarget(p.value(), binding, message);
            } else if (p.kind() != PropKind.INIT || p.value() instanceof FunctionExpr f && f.function().method()) {
                throw error(p.pos(), message);
            } else if (coverInitializers.remove(p.value())) {
                Assign a = (Assign) p.value();
                checkAssignable((Ident) a.target());
                props.add(new PatternProp(p.pos(), p.key(), null, new DefaultPattern(a.pos(), a.target(), a.value())));
            } else {
                props.add(new PatternProp(p.pos(), p.key(), p.computedKey(), toElement(p.value(), binding, message)));
            }
        }
        return new ObjectPattern(o.pos(), List.copyOf(props), rest);
    }

    private Pattern arrayPattern(ArrayLit a, boolean binding, String message) {
        List<Pattern> elements = new ArrayList<>();
        Pattern rest = null;
        List<Expr> items = a.elements();
        for (int i = 0; i < items.size(); i++) {
            Expr item = items.get(i);
            if (item instanceof Spread s) {
                checkRestIsLast(a, s.pos(), i == items.size() - 1);
                if (s.argument() instanceof Assign && !isParenthesized(s.argument())) {
                    throw error(s.argument().pos(), "A rest element cannot have a default value.");
                }
                rest = toTarget(s.argument(), binding, message);
            } else {
                elements.add(item == null ? null : toElement(item, binding, message));
            }
        }
        return new ArrayPattern(a.pos(), nullable(elements), rest);
    }

    private void checkRestIsLast(Expr literal, Pos rest, boolean last) {
        if (!last) {
            throw error(rest, "A rest element must be the last element of a destructuring pattern.");
        }
        if (commaAfterSpread.contains(literal)) {
            throw error(rest, "A rest element cannot be followed by a comma.");
        }
    }

    /** Checks that an assignment pattern is also a valid binding pattern: names only at the leaves. */
    private void checkBinding(Pattern p, String message) {
        if (p == null) {
            return;
        }
        if (p instanceof Ident id) {
            if (isParenthesized(id)) {
                throw error(id.pos(), message);
            }
        } else if (p instanceof DefaultPattern d) {
            checkBinding(d.target(), message);
        } else if (p instanceof ObjectPattern o) {
            o.properties().forEach(prop -> checkBinding(prop.value(), message));
            checkBinding(o.rest(), message);
        } else if (p instanceof ArrayPattern a) {
            a.elements().forEach(el -> checkBinding(el, message));
            checkBinding(a.rest(), message);
        } else {
            throw error(p.pos(), message);
        }
    }

    /** Whether the member access or call is part of an optional chain such as {@code a?.b.c}. */
    boolean inOptionalChain(Expr e) {
        while (true) {
            if (e instanceof Member m) {
                if (m.optional()) {
                    return true;
                }
                e = m.object();
            } else if (e instanceof Index ix) {
                if (ix.optional()) {
                    return true;
                }
                e = ix.object();
            } else if (e instanceof Call c) {
                if (c.optional()) {
                    return true;
                }
                e = c.callee();
            } else {
                return false;
            }
            if (isParenthesized(e)) {
                return false;
            }
        }
    }

    /** Adds the names a pattern binds, failing on a duplicate: {@code (a, a) => ...}. */
    void collectNames(Pattern p, Set<String> names, String duplicateMessage) {
        if (p instanceof Ident id) {
            if (!names.add(id.name())) {
                throw error(id.pos(), duplicateMessage.replace("%s", id.name()));
            }
        } else if (p instanceof DefaultPattern d) {
            collectNames(d.target(), names, duplicateMessage);
        } else if (p instanceof ObjectPattern o) {
            o.properties().forEach(prop -> collectNames(prop.value(), names, duplicateMessage));
            collectNames(o.rest(), names, duplicateMessage);
        } else if (p instanceof ArrayPattern a) {
            a.elements().forEach(el -> collectNames(el, names, duplicateMessage));
            collectNames(a.rest(), names, duplicateMessage);
        }
    }

    /** Fails if two parameters share a name (always an error for arrows and in strict code). */
    void checkParameterNames(List<Pattern> params, Pattern rest) {
        Set<String> names = new HashSet<>();
        for (Pattern p : params) {
            collectNames(p, names, "Duplicate parameter name '%s'.");
        }
        collectNames(rest, names, "Duplicate parameter name '%s'.");
    }

    /** List.copyOf rejects nulls, and holes are nulls; this keeps them in an unmodifiable list. */
    static <T> List<T> nullable(List<T> list) {
        return list.contains(null) ? java.util.Collections.unmodifiableList(new ArrayList<>(list)) : List.copyOf(list);
    }
}
