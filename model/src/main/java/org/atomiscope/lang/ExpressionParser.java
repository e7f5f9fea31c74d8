package org.atomiscope.lang;

import java.util.ArrayList;
import java.util.List;

import org.atomiscope.lang.Ast.Assign;
import org.atomiscope.lang.Ast.Binary;
import org.atomiscope.lang.Ast.BoolLit;
import org.atomiscope.lang.Ast.Call;
import org.atomiscope.lang.Ast.Conditional;
import org.atomiscope.lang.Ast.Expr;
import org.atomiscope.lang.Ast.Ident;
import org.atomiscope.lang.Ast.Index;
import org.atomiscope.lang.Ast.Logical;
import org.atomiscope.lang.Ast.Member;
import org.atomiscope.lang.Ast.New;
import org.atomiscope.lang.Ast.NullLit;
import org.atomiscope.lang.Ast.NumberLit;
import org.atomiscope.lang.Ast.Pattern;
import org.atomiscope.lang.Ast.Sequence;
import org.atomiscope.lang.Ast.Spread;
import org.atomiscope.lang.Ast.StringLit;
import org.atomiscope.lang.Ast.Super;
import org.atomiscope.lang.Ast.This;
import org.atomiscope.lang.Ast.Unary;
import org.atomiscope.lang.Ast.Update;

/**
 * Expressions, by recursive descent with precedence climbing for the binary operators.
 *
 * <p>Every node's position is its first token, parentheses included: in {@code (a + b) * c}
 * the product starts at the '(' while the sum starts at 'a'. The {@code noIn} flag implements
 * the for-statement rule that a bare {@code in} in the initializer ends the expression.
 */
abstract class ExpressionParser extends LiteralParser {
    /** The first token of the assignment expression being parsed: only there may an arrow start. */
    private Token assignmentStart;

    ExpressionParser(String file, String source) {
        super(file, source);
    }

    // Functions and classes live in FunctionParser; expressions need them.
    abstract Expr parseFunctionExpression();

    abstract Expr parseClassExpression();

    abstract Expr parseArrowFunction(Pos pos, List<Pattern> params, Pattern rest, boolean noIn);

    /** Expression, comma operator included. */
    @Override
    Expr parseExpression(boolean noIn) {
        Token start = cur;
        Expr first = parseAssignment(noIn);
        if (!at(",")) {
            return first;
        }
        List<Expr> exprs = new ArrayList<>();
        exprs.add(first);
        while (at(",")) {
            advance();
            exprs.add(parseAssignment(noIn));
        }
        return new Sequence(start.pos(), List.copyOf(exprs));
    }

    @Override
    Expr parseAssignment(boolean noIn) {
        enter();
        Token start = cur;
        assignmentStart = start;
        Expr result;
        if (start.type() == TokenType.NAME && isPunct(peek(), "=>")) {
            if (peek().newlineBefore()) {
                throw error(peek().pos(), "A line break is not allowed before '=>'.");
            }
            Ident param = bindingIdentifier("a parameter name");
            result = parseArrowFunction(start.pos(), List.of(param), null, noIn);
        } else {
            Expr left = parseConditional(noIn);
            if (!isBareArrow(left) && cur.type() == TokenType.PUNCT && isAssignmentOperator(cur.text())) {
                String op = cur.text();
                Pattern target = op.equals("=") ? toAssignmentTarget(left)
                        : toSimpleTarget(left, "Invalid assignment target.");
                advance();
                result = new Assign(start.pos(), op, target, parseAssignment(noIn));
            } else {
                result = left;
            }
        }
        exit();
        return result;
    }

    private static boolean isAssignmentOperator(String op) {
        return switch (op) {
            case "=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^=",
                    "&&=", "||=", "??=" -> true;
            default -> false;
        };
    }

    private Expr parseConditional(boolean noIn) {
        Token start = cur;
        Expr test = parseBinary(1, noIn);
        if (isBareArrow(test) || !at("?")) {
            return test;
        }
        advance();
        Expr then = parseAssignment(false);
        expect(":", "after the first branch of this conditional (?:) expression");
        Expr otherwise = parseAssignment(noIn);
        return new Conditional(start.pos(), test, then, otherwise);
    }

    // ------------------------------------------------------------------ binary operators

    /** Binding power of a binary operator token, or 0 if the token is not one. */
    private static int precedence(Token t, boolean noIn) {
        if (t.type() == TokenType.KEYWORD) {
            return switch (t.text()) {
                case "instanceof" -> 7;
                case "in" -> noIn ? 0 : 7;
                default -> 0;
            };
        }
        if (t.type() != TokenType.PUNCT) {
            return 0;
        }
        return switch (t.text()) {
            case "??", "||" -> 1;
            case "&&" -> 2;
            case "|" -> 3;
            case "^" -> 4;
            case "&" -> 5;
            case "==", "!=", "===", "!==" -> 6;
            case "<", ">", "<=", ">=" -> 7;
            case "<<", ">>", ">>>" -> 8;
            case "+", "-" -> 9;
            case "*", "/", "%" -> 10;
            case "**" -> 11;
            default -> 0;
        };
    }

    /** Operators binding at least as tightly as {@code minPrecedence}; left-associative except '**'. */
    private Expr parseBinary(int minPrecedence, boolean noIn) {
        Token start = cur;
        Expr left = parseUnary();
        int chain = 0;
        while (!isBareArrow(left)) {
            int prec = precedence(cur, noIn);
            if (prec == 0 || prec < minPrecedence) {
                break;
            }
            // A chain a + b + c + ... nests to the left; count it so the tree stays shallow.
            enter();
            chain++;
            Token opToken = cur;
            String op = opToken.text();
            advance();
            Expr right;
            if (op.equals("**")) {
                // ECMA-262 §13.6: -a ** b is ambiguous and therefore an error; (-a) ** b is fine.
                if (left instanceof Unary u && !isParenthesized(left)) {
                    String space = Character.isLetter(u.op().charAt(0)) ? " " : "";
                    throw error(left.pos(), "Unary '" + u.op() + "' before '**' needs parentheses: write ("
                            + u.op() + space + "x) ** y or " + u.op() + space + "(x ** y).");
                }
                enter();
                right = parseBinary(prec, noIn);
                exit();
            } else {
                right = parseBinary(prec + 1, noIn);
            }
            left = makeBinary(start.pos(), opToken, left, right);
        }
        exit(chain);
        return left;
    }

    private Expr makeBinary(Pos pos, Token opToken, Expr left, Expr right) {
        String op = opToken.text();
        if (op.equals("&&") || op.equals("||") || op.equals("??")) {
            // ECMA-262 §13.13: ?? does not mix with && or || unless parentheses say which goes first.
            if (mixesNullish(op, left) || mixesNullish(op, right)) {
                throw error(opToken.pos(), "Cannot mix '??' with '&&' or '||' without parentheses; "
                        + "add parentheses to say which comes first.");
            }
            return new Logical(pos, op, left, right);
        }
        return new Binary(pos, op, left, right);
    }

    private boolean mixesNullish(String op, Expr operand) {
        if (!(operand instanceof Logical l) || isParenthesized(operand)) {
            return false;
        }
        return op.equals("??") != l.op().equals("??");
    }

    // ------------------------------------------------------------------ unary, update

    private Expr parseUnary() {
        enter();
        Token t = cur;
        Expr result;
        String op = unaryOperator(t);
        if (op != null) {
            advance();
            Expr operand = parseUnary();
            if (op.equals("delete") && operand instanceof Ident && !isParenthesized(operand)) {
                throw error(t.pos(), "'delete' of a plain variable is not allowed; delete works on properties.");
            }
            result = new Unary(t.pos(), op, operand);
        } else if (at("++") || at("--")) {
            advance();
            Expr operand = parseUnary();
            result = new Update(t.pos(), t.text(), true, (Expr) toSimpleTarget(operand, updateMessage(t.text())));
        } else if (t.type() == TokenType.NAME && t.text().equals("await")) {
            throw unsupported(t.pos(), "async functions and await");
        } else {
            result = parsePostfix();
        }
        exit();
        return result;
    }

    private static String unaryOperator(Token t) {
        if (t.type() == TokenType.PUNCT) {
            return switch (t.text()) {
                case "-", "+", "!", "~" -> t.text();
                default -> null;
            };
        }
        if (t.type() == TokenType.KEYWORD) {
            return switch (t.text()) {
                case "typeof", "void", "delete" -> t.text();
                default -> null;
            };
        }
        return null;
    }

    private static String updateMessage(String op) {
        return "Invalid target for '" + op + "': it must be a variable, a property or an array element.";
    }

    private Expr parsePostfix() {
        Token start = cur;
        Expr e = parseLeftHandSide();
        // Restricted production: a line break before ++/-- ends the statement instead (a\n++b).
        if (!isBareArrow(e) && (at("++") || at("--")) && !cur.newlineBefore()) {
            String op = cur.text();
            Pattern target = toSimpleTarget(e, updateMessage(op));
            advance();
            return new Update(start.pos(), op, false, (Expr) target);
        }
        return e;
    }

    // ------------------------------------------------------------------ calls and members

    /** Member accesses, calls and optional chains on a primary or {@code new} expression. */
    Expr parseLeftHandSide() {
        Token start = cur;
        Expr e = atKeyword("new") ? parseNew() : parsePrimary();
        if (isBareArrow(e)) {
            return e;
        }
        return parseSubscripts(start, e, true);
    }

    private Expr parseSubscripts(Token start, Expr e, boolean callsAllowed) {
        if (isParenthesized(e) && inOptionalChain(e) && (at(".") || at("[") || at("?.") || (callsAllowed && at("(")))) {
            // The tree has no node for parentheses, so (a?.b).c would read as a?.b.c.
            throw unsupported(e.pos(), "continuing a parenthesized optional chain, as in (a?.b).c");
        }
        int chain = 0;
        while (true) {
            // Like a + b + c, a.b.c(d)[e] nests to the left: count it as nesting.
            enter();
            chain++;
            if (at(".")) {
                advance();
                e = new Member(start.pos(), e, identifierName("after '.'"), false);
            } else if (at("?.")) {
                if (!callsAllowed) {
                    throw error(cur.pos(), "Optional chaining '?.' is not allowed in a 'new' expression.");
                }
                advance();
                if (at("(")) {
                    e = new Call(start.pos(), e, parseArguments(), true);
                } else if (at("[")) {
                    advance();
                    Expr index = parseExpression(false);
                    expect("]", "after the index expression");
                    e = new Index(start.pos(), e, index, true);
                } else if (cur.type() == TokenType.TEMPLATE) {
                    throw unsupported(start.pos(), "tagged templates");
                } else {
                    e = new Member(start.pos(), e, identifierName("after '?.'"), true);
                }
            } else if (at("[")) {
                advance();
                Expr index = parseExpression(false);
                expect("]", "after the index expression");
                e = new Index(start.pos(), e, index, false);
            } else if (at("(") && callsAllowed) {
                e = new Call(start.pos(), e, parseArguments(), false);
            } else if (cur.type() == TokenType.TEMPLATE) {
                throw unsupported(start.pos(), "tagged templates");
            } else {
                exit(chain);
                return e;
            }
        }
    }

    private Expr parseNew() {
        enter();
        Token newToken = cur;
        advance();
        if (at(".")) {
            throw unsupported(newToken.pos(), "new.target");
        }
        Token calleeStart = cur;
        Expr callee = atKeyword("new") ? parseNew() : parsePrimary();
        if (isBareArrow(callee)) {
            throw error(callee.pos(), "An arrow function must be wrapped in parentheses to be used with 'new'.");
        }
        callee = parseSubscripts(calleeStart, callee, false);
        if (callee instanceof Super) {
            throw error(callee.pos(), "'new super(...)' is not allowed.");
        }
        List<Expr> args = at("(") ? parseArguments() : List.of();
        exit();
        return new New(newToken.pos(), callee, args);
    }

    List<Expr> parseArguments() {
        expect("(", "before the arguments");
        List<Expr> args = new ArrayList<>();
        while (!at(")")) {
            if (atEof()) {
                break;
            }
            if (at("...")) {
                Token dots = cur;
                advance();
                args.add(new Spread(dots.pos(), parseAssignment(false)));
            } else {
                args.add(parseAssignment(false));
            }
            if (at(",")) {
                advance();
            } else if (!at(")")) {
                break;
            }
        }
        expect(")", "after the arguments of this call");
        return List.copyOf(args);
    }

    // ------------------------------------------------------------------ primary expressions

    private Expr parsePrimary() {
        Token t = cur;
        switch (t.type()) {
            case NUMBER -> {
                advance();
                return new NumberLit(t.pos(), t.number());
            }
            case STRING -> {
                advance();
                return new StringLit(t.pos(), t.value());
            }
            case TEMPLATE -> {
                return parseTemplate();
            }
            case NAME -> {
                if (t.text().equals("async")) {
                    Token next = peek();
                    if (!next.newlineBefore() && (next.is(TokenType.KEYWORD, "function")
                            || next.type() == TokenType.NAME || isPunct(next, "("))) {
                        throw unsupported(t.pos(), "async functions and await");
                    }
                }
                return identifier("a name");
            }
            case KEYWORD -> {
                return parseKeywordPrimary(t);
            }
            case PUNCT -> {
                switch (t.text()) {
                    case "(" -> {
                        return parseParenthesized();
                    }
                    case "[" -> {
                        return parseArrayLiteral();
                    }
                    case "{" -> {
                        return parseObjectLiteral();
                    }
                    case "/", "/=" -> throw unsupported(t.pos(), "regular expression literals");
                    default -> throw unexpectedInExpression(t);
                }
            }
            case EOF -> throw error(t.pos(), "Unexpected end of input: an expression is missing.");
            default -> throw unexpectedInExpression(t);
        }
    }

    private ScenarioSyntaxError unexpectedInExpression(Token t) {
        if (t.type() == TokenType.TEMPLATE_CONT) {
            return error(t.pos(), "Expected an expression inside '${ }' in this template literal.");
        }
        return error(t.pos(), "Unexpected token " + t.describe() + ".");
    }

    private Expr parseKeywordPrimary(Token t) {
        switch (t.text()) {
            case "this" -> {
                advance();
                return new This(t.pos());
            }
            case "null" -> {
                advance();
                return new NullLit(t.pos());
            }
            case "true", "false" -> {
                advance();
                return new BoolLit(t.pos(), t.text().equals("true"));
            }
            case "function" -> {
                return parseFunctionExpression();
            }
            case "class" -> {
                return parseClassExpression();
            }
            case "super" -> {
                return parseSuper();
            }
            case "yield" -> throw unsupported(t.pos(), "generators and yield");
            case "import" -> throw unsupported(t.pos(), "import and export");
            default -> throw error(t.pos(), "Unexpected token " + t.describe() + ".");
        }
    }

    private Expr parseSuper() {
        Token t = cur;
        advance();
        if (at("(")) {
            if (!ctx.superCall) {
                throw error(t.pos(), "'super(...)' is only allowed in the constructor of a class that extends another class.");
            }
        } else if (at(".") || at("[")) {
            if (!ctx.superProperty) {
                throw ctx.objectMethod
                        ? unsupported(t.pos(), "'super' in object literal methods")
                        : error(t.pos(), "'super' is only allowed inside the methods of a class.");
            }
        } else {
            throw error(t.pos(), "'super' must be followed by '(', '.' or '['.");
        }
        return new Super(t.pos());
    }

    /**
     * A parenthesized expression or an arrow function's parameter list. Both start alike, so
     * the contents are parsed as expressions and turned into parameters if an '=>' follows.
     */
    private Expr parseParenthesized() {
        Token open = cur;
        boolean arrowAllowed = open == assignmentStart;
        advance();
        List<Expr> items = new ArrayList<>();
        Pattern rest = null;
        Token restToken = null;
        Token trailingComma = null;
        Token first = cur;
        while (!at(")")) {
            if (at("...")) {
                restToken = cur;
                advance();
                rest = parseBindingTarget();
                if (at(",")) {
                    throw error(cur.pos(), "A rest parameter must be the last parameter.");
                }
                break;
            }
            items.add(parseAssignment(false));
            if (!at(",")) {
                break;
            }
            trailingComma = cur;
            advance();
            if (!at(")")) {
                trailingComma = null;
            }
        }
        Token close = cur;
        expect(")", "after the expression in parentheses");
        if (at("=>")) {
            if (cur.newlineBefore()) {
                throw error(cur.pos(), "A line break is not allowed before '=>'.");
            }
            if (!arrowAllowed) {
                throw error(open.pos(), "An arrow function must be wrapped in parentheses here.");
            }
            List<Pattern> params = new ArrayList<>();
            for (Expr item : items) {
                params.add(toParameter(item));
            }
            return parseArrowFunction(open.pos(), List.copyOf(params), rest, false);
        }
        if (restToken != null) {
            throw error(restToken.pos(), "Unexpected token '...'.");
        }
        if (items.isEmpty() || trailingComma != null) {
            throw error(close.pos(), "Unexpected token ')'.");
        }
        Expr e = items.size() == 1 ? items.get(0) : new Sequence(first.pos(), List.copyOf(items));
        parenthesized.add(e);
        return e;
    }
}
