package org.atomiscope.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The parser's token cursor, error helpers, nesting limit and per-function context.
 *
 * <p>The parser is split along the grammar, as Babel's is: this base, then
 * {@link PatternParser} (destructuring), {@link LiteralParser} (templates, arrays, objects),
 * {@link ExpressionParser}, {@link FunctionParser} (functions and classes) and {@link Parser}
 * (statements and the public entry points). {@link DeclarationChecker} then looks for names
 * declared twice.
 */
abstract class ParserBase {
    /**
     * How deeply statements and expressions may nest. Real scenarios stay far below; the
     * limit turns a pathological input (10,000 parentheses) into a sentence instead of a
     * StackOverflowError. Long left-leaning chains ({@code a + b + ...}, {@code a.b.c...})
     * count too, so no syntax tree is deeper than about this many nodes and the compiler's
     * recursive walks are safe as well.
     */
    static final int MAX_DEPTH = 400;

    final String file;
    private final Lexer lexer;
    /** The token being looked at; never null (EOF at the end). */
    Token cur;
    private Token peeked;
    private int depth;

    /**
     * Expressions that were written inside parentheses. The tree has no node for parentheses,
     * yet they matter for validity: {@code (a) = 1} is fine but {@code ({a}) = 1} is not,
     * {@code (-a) ** 2} is fine but {@code -a ** 2} is not, and so on.
     */
    final Set<Ast.Expr> parenthesized = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * Shorthand properties with an initializer, {@code {a = 1}}: valid only if the object turns
     * out to be a destructuring pattern, which is known only later. Conversion to a pattern
     * removes them; any left at the end are errors.
     */
    final Set<Ast.Expr> coverInitializers = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Object and array literals whose spread element is followed by a comma: never patterns. */
    final Set<Ast.Expr> commaAfterSpread = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Where the innermost function starts: what return, break, continue and super may do. */
    Context ctx = new Context(false, false, false);

    ParserBase(String file, String source) {
        this.file = file;
        this.lexer = new Lexer(file, source);
        this.cur = lexer.next();
    }

    /** A function body's view of its surroundings; labels never cross function boundaries. */
    static final class Context {
        final boolean function;
        final boolean superProperty;
        final boolean superCall;
        final List<Label> labels = new ArrayList<>();
        /** Labels seen directly before the statement being parsed: {@code a: b: while (...)}. */
        final List<Label> pendingLabels = new ArrayList<>();
        /** Inside an object-literal method, where {@code super.x} would need a home object. */
        boolean objectMethod;
        int loops;
        int switches;

        Context(boolean function, boolean superProperty, boolean superCall) {
            this.function = function;
            this.superProperty = superProperty;
            this.superCall = superCall;
        }
    }

    static final class Label {
        final String name;
        /** Whether the label names a loop, so that {@code continue label} may target it. */
        boolean loop;

        Label(String name) {
            this.name = name;
        }
    }

    // ------------------------------------------------------------------ cursor

    void advance() {
        if (peeked != null) {
            cur = peeked;
            peeked = null;
        } else {
            cur = lexer.next();
        }
    }

    /** The token after {@link #cur}. */
    Token peek() {
        if (peeked == null) {
            peeked = lexer.next();
        }
        return peeked;
    }

    boolean at(String punct) {
        return cur.type() == TokenType.PUNCT && cur.text().equals(punct);
    }

    boolean atKeyword(String keyword) {
        return cur.type() == TokenType.KEYWORD && cur.text().equals(keyword);
    }

    boolean atName(String name) {
        return cur.type() == TokenType.NAME && cur.text().equals(name);
    }

    boolean atEof() {
        return cur.type() == TokenType.EOF;
    }

    static boolean isPunct(Token t, String punct) {
        return t.type() == TokenType.PUNCT && t.text().equals(punct);
    }

    /**
     * Consumes the punctuator or fails with "Expected 'p' {where} but found ...", e.g.
     * "Expected ')' after the arguments of this call but found '{'.".
     */
    Token expect(String punct, String where) {
        if (!at(punct)) {
            if (atEof()) {
                throw error(cur.pos(), "Unexpected end of input: a '" + punct + "' is missing.");
            }
            throw error(cur.pos(), "Expected '" + punct + "' " + where + " but found " + cur.describe() + ".");
        }
        Token t = cur;
        advance();
        return t;
    }

    void expectKeyword(String keyword, String where) {
        if (!atKeyword(keyword)) {
            if (atEof()) {
                throw error(cur.pos(), "Unexpected end of input: '" + keyword + "' is missing.");
            }
            throw error(cur.pos(), "Expected '" + keyword + "' " + where + " but found " + cur.describe() + ".");
        }
        advance();
    }

    /** A name used as an identifier reference; reserved words are refused. */
    Ast.Ident identifier(String what) {
        Token t = cur;
        if (t.type() == TokenType.NAME) {
            checkName(t, what);
            advance();
            return new Ast.Ident(t.pos(), t.text());
        }
        if (t.type() == TokenType.KEYWORD) {
            if (t.text().equals("yield")) {
                throw unsupported(t.pos(), "generators and yield");
            }
            throw error(t.pos(), "'" + t.text() + "' is a reserved word and cannot be used as " + what + ".");
        }
        if (t.type() == TokenType.EOF) {
            throw error(t.pos(), "Unexpected end of input: " + what + " is missing.");
        }
        throw error(t.pos(), "Expected " + what + " but found " + t.describe() + ".");
    }

    /** A name being declared: a variable, parameter, function or class name. */
    Ast.Ident bindingIdentifier(String what) {
        Ast.Ident id = identifier(what);
        checkAssignable(id);
        return id;
    }

    /**
     * Refuses the words strict-mode JavaScript reserves (scenarios follow strict mode, like
     * classes and modules do) and {@code await}, which belongs to the unsupported async functions.
     */
    void checkName(Token t, String what) {
        switch (t.text()) {
            case "await" -> throw unsupported(t.pos(), "async functions and await");
            case "implements", "interface", "package", "private", "protected", "public", "static" ->
                    throw error(t.pos(), "'" + t.text() + "' is a reserved word and cannot be used as " + what + ".");
            default -> { }
        }
    }

    /** Strict mode forbids declaring or assigning eval and arguments. */
    void checkAssignable(Ast.Ident id) {
        if (id.name().equals("eval") || id.name().equals("arguments")) {
            throw error(id.pos(), "'" + id.name() + "' cannot be declared or assigned to.");
        }
    }

    /** A property name after '.', where reserved words are fine: {@code a.default}. */
    String identifierName(String where) {
        Token t = cur;
        if (t.type() == TokenType.NAME || t.type() == TokenType.KEYWORD) {
            advance();
            return t.text();
        }
        if (t.type() == TokenType.EOF) {
            throw error(t.pos(), "Unexpected end of input: a property name is missing " + where + ".");
        }
        throw error(t.pos(), "Expected a property name " + where + " but found " + t.describe() + ".");
    }

    /**
     * Ends a statement: a ';', or a semicolon inserted automatically before a line break, a
     * '}' or the end of the input (ECMA-262 §12.10).
     */
    void consumeSemicolon() {
        if (at(";")) {
            advance();
            return;
        }
        if (at("}") || atEof() || cur.newlineBefore()) {
            return;
        }
        throw unexpected(cur);
    }

    /** "Unexpected token 'x'." — or, before something that could start a statement, "Missing ';' before 'x'.". */
    ScenarioSyntaxError unexpected(Token t) {
        if (t.type() == TokenType.EOF) {
            return error(t.pos(), "Unexpected end of input.");
        }
        boolean startsStatement = switch (t.type()) {
            case NAME, NUMBER, STRING, TEMPLATE -> true;
            case KEYWORD -> !List.of("else", "case", "default", "catch", "finally", "extends", "in", "instanceof")
                    .contains(t.text());
            default -> false;
        };
        return startsStatement
                ? error(t.pos(), "Missing ';' before " + t.describe() + ".")
                : error(t.pos(), "Unexpected token " + t.describe() + ".");
    }

    // ------------------------------------------------------------------ nesting

    /** Counts one level of recursion; see {@link #MAX_DEPTH}. Pair with {@link #exit()}. */
    void enter() {
        if (++depth > MAX_DEPTH) {
            throw error(cur.pos(), "The scenario is nested too deeply.");
        }
    }

    void exit() {
        depth--;
    }

    void exit(int levels) {
        depth -= levels;
    }

    // ------------------------------------------------------------------ errors and helpers

    ScenarioSyntaxError error(Pos pos, String sentence) {
        return new ScenarioSyntaxError(pos, sentence);
    }

    ScenarioSyntaxError unsupported(Pos pos, String what) {
        return new ScenarioSyntaxError(pos, "not supported in scenarios: " + what);
    }

    boolean isParenthesized(Ast.Expr e) {
        return parenthesized.contains(e);
    }

    /** An arrow function not wrapped in parentheses: it cannot be an operand or be called. */
    boolean isBareArrow(Ast.Expr e) {
        return e instanceof Ast.FunctionExpr f && f.function().arrow() && !parenthesized.contains(e);
    }

    /** Fails on the first shorthand initializer {@code {a = 1}} that never became a pattern. */
    void checkNoCoverInitializers() {
        Pos first = null;
        for (Ast.Expr e : coverInitializers) {
            Pos p = e.pos();
            if (first == null || p.line() < first.line() || (p.line() == first.line() && p.column() < first.column())) {
                first = p;
            }
        }
        if (first != null) {
            throw error(first, "Invalid shorthand property initializer: '=' is only allowed here when "
                    + "destructuring; use ':' in an object literal.");
        }
    }

    /** A number as JavaScript's Number::toString writes it, for numeric property keys. */
    static String numberToString(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == 0) {
            return "0";
        }
        if (v < 0) {
            return "-" + numberToString(-v);
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(v);
        java.math.BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            java.math.BigDecimal r = exact.round(new java.math.MathContext(p, java.math.RoundingMode.HALF_EVEN));
            if (r.doubleValue() == v) {
                shortest = r;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // v = 0.digits × 10^n
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        String exponent = (n - 1 >= 0 ? "+" : "-") + Math.abs(n - 1);
        return k == 1 ? digits + "e" + exponent : digits.charAt(0) + "." + digits.substring(1) + "e" + exponent;
    }
}
