package org.atomiscope.lang;

import java.util.ArrayList;
import java.util.List;

import org.atomiscope.lang.Ast.Block;
import org.atomiscope.lang.Ast.Break;
import org.atomiscope.lang.Ast.Case;
import org.atomiscope.lang.Ast.ClassDecl;
import org.atomiscope.lang.Ast.ClassNode;
import org.atomiscope.lang.Ast.Continue;
import org.atomiscope.lang.Ast.Declarator;
import org.atomiscope.lang.Ast.DoWhile;
import org.atomiscope.lang.Ast.Empty;
import org.atomiscope.lang.Ast.Expr;
import org.atomiscope.lang.Ast.ExprStmt;
import org.atomiscope.lang.Ast.For;
import org.atomiscope.lang.Ast.ForIn;
import org.atomiscope.lang.Ast.ForOf;
import org.atomiscope.lang.Ast.FunctionDecl;
import org.atomiscope.lang.Ast.FunctionNode;
import org.atomiscope.lang.Ast.Ident;
import org.atomiscope.lang.Ast.If;
import org.atomiscope.lang.Ast.Labeled;
import org.atomiscope.lang.Ast.Pattern;
import org.atomiscope.lang.Ast.Program;
import org.atomiscope.lang.Ast.Return;
import org.atomiscope.lang.Ast.Sequence;
import org.atomiscope.lang.Ast.Stmt;
import org.atomiscope.lang.Ast.Switch;
import org.atomiscope.lang.Ast.Throw;
import org.atomiscope.lang.Ast.Try;
import org.atomiscope.lang.Ast.VarDecl;
import org.atomiscope.lang.Ast.While;

/**
 * Parses scenario source (a JavaScript subset) into an {@link Ast}. Statements are here; the
 * expression grammar is in the superclasses.
 *
 * <p>Every problem is a {@link ScenarioSyntaxError} with a position and a sentence; constructs
 * the scenario language leaves out are reported as "not supported in scenarios: ...". A
 * parser object is used for one source only.
 */
public final class Parser extends FunctionParser {

    private Parser(String file, String source) {
        super(file, source);
    }

    /** Parses a whole scenario file. */
    public static Program parse(String file, String source) {
        Parser p = new Parser(file, source);
        try {
            List<Stmt> body = new ArrayList<>();
            while (!p.atEof()) {
                body.add(p.parseStatement(true));
            }
            p.checkNoCoverInitializers();
            Program program = new Program(file, List.copyOf(body));
            DeclarationChecker.check(program);
            return program;
        } catch (StackOverflowError e) {
            // A backstop only: MAX_DEPTH should stop runaway nesting long before the stack ends.
            throw new ScenarioSyntaxError(p.cur.pos(), "The scenario is nested too deeply.");
        }
    }

    /** Parses a single expression, e.g. for a watch expression or an expectation. */
    public static Expr parseExpression(String file, String source) {
        Parser p = new Parser(file, source);
        try {
            Expr e = p.parseExpression(false);
            if (!p.atEof()) {
                throw p.error(p.cur.pos(), "Unexpected token " + p.cur.describe() + " after the expression.");
            }
            p.checkNoCoverInitializers();
            return e;
        } catch (StackOverflowError e) {
            throw new ScenarioSyntaxError(p.cur.pos(), "The scenario is nested too deeply.");
        }
    }

    @Override
    List<Stmt> parseStatementsUntilBrace() {
        List<Stmt> body = new ArrayList<>();
        while (!at("}")) {
            if (atEof()) {
                expect("}", "");
            }
            body.add(parseStatement(true));
        }
        return List.copyOf(body);
    }

    // ------------------------------------------------------------------ statements

    /**
     * One statement. {@code declarationAllowed} is false for the body of an if, a loop or a
     * label, where JavaScript forbids let, const, class and function declarations.
     */
    private Stmt parseStatement(boolean declarationAllowed) {
        enter();
        Token t = cur;
        // Labels written directly before this statement; a loop makes them targets for continue.
        List<Label> labels = ctx.pendingLabels.isEmpty() ? List.of() : List.copyOf(ctx.pendingLabels);
        ctx.pendingLabels.clear();
        Stmt s = switch (t.type()) {
            case PUNCT -> t.text().equals("{") ? parseBlock()
                    : t.text().equals(";") ? parseEmpty(t)
                    : parseExpressionStatement();
            case KEYWORD -> parseKeywordStatement(t, declarationAllowed, labels);
            case NAME -> parseNameStatement(t, labels);
            default -> parseExpressionStatement();
        };
        exit();
        return s;
    }

    private Stmt parseEmpty(Token t) {
        advance();
        return new Empty(t.pos());
    }

    private Stmt parseKeywordStatement(Token t, boolean declarationAllowed, List<Label> labels) {
        switch (t.text()) {
            case "var":
                return parseVarStatement();
            case "let", "const", "class", "function":
                if (!declarationAllowed) {
                    throw error(t.pos(), "A '" + t.text() + "' declaration cannot be the body of an if, a loop "
                            + "or a label; put it inside a block { }.");
                }
                if (t.text().equals("class")) {
                    ClassNode cls = parseClass(true);
                    return new ClassDecl(cls.pos(), cls);
                }
                if (t.text().equals("function")) {
                    FunctionNode fn = parseFunction(true);
                    return new FunctionDecl(fn.pos(), fn);
                }
                return parseVarStatement();
            case "if":
                return parseIf();
            case "while":
                return parseWhile(labels);
            case "do":
                return parseDoWhile(labels);
            case "for":
                return parseFor(labels);
            case "return":
                return parseReturn();
            case "break":
            case "continue":
                return parseBreakContinue();
            case "throw":
                return parseThrow();
            case "try":
                return parseTry();
            case "switch":
                return parseSwitch();
            case "debugger":
                advance();
                consumeSemicolon();
                return new Empty(t.pos());
            case "import", "export":
                throw unsupported(t.pos(), "import and export");
            case "with":
                throw unsupported(t.pos(), "with statements");
            default:
                return parseExpressionStatement();
        }
    }

    private Stmt parseNameStatement(Token t, List<Label> labels) {
        Token next = peek();
        if (isPunct(next, ":")) {
            return parseLabeled(labels);
        }
        if (t.text().equals("async") && next.is(TokenType.KEYWORD, "function") && !next.newlineBefore()) {
            throw unsupported(t.pos(), "async functions and await");
        }
        return parseExpressionStatement();
    }

    private Stmt parseExpressionStatement() {
        Token start = cur;
        Expr e = parseExpression(false);
        consumeSemicolon();
        return new ExprStmt(start.pos(), e);
    }

    private Block parseBlock() {
        Token open = expect("{", "before this block");
        List<Stmt> body = parseStatementsUntilBrace();
        advance();
        return new Block(open.pos(), body);
    }

    /** {@code name: statement}; {@code outer} are labels directly before this one, as in {@code a: b: for}. */
    private Stmt parseLabeled(List<Label> outer) {
        Token t = cur;
        String name = t.text();
        checkName(t, "a label");
        for (Label l : ctx.labels) {
            if (l.name.equals(name)) {
                throw error(t.pos(), "The label '" + name + "' is already in use here.");
            }
        }
        advance();
        advance(); // ':'
        Label label = new Label(name);
        ctx.labels.add(label);
        ctx.pendingLabels.addAll(outer);
        ctx.pendingLabels.add(label);
        Stmt body = parseStatement(false);
        ctx.labels.remove(label);
        return new Labeled(t.pos(), name, body);
    }

    // ------------------------------------------------------------------ declarations

    private Stmt parseVarStatement() {
        Token kind = cur;
        advance();
        List<Declarator> declarations = parseDeclarators(kind.text(), false);
        checkInitializers(kind.text(), declarations);
        consumeSemicolon();
        return new VarDecl(kind.pos(), kind.text(), declarations);
    }

    private List<Declarator> parseDeclarators(String kind, boolean noIn) {
        List<Declarator> declarations = new ArrayList<>();
        do {
            if (!declarations.isEmpty()) {
                advance(); // ','
            }
            Token start = cur;
            Pattern target = parseBindingTarget();
            Expr init = null;
            if (at("=")) {
                advance();
                init = parseAssignment(noIn);
            }
            declarations.add(new Declarator(start.pos(), target, init));
        } while (at(","));
        return List.copyOf(declarations);
    }

    private void checkInitializers(String kind, List<Declarator> declarations) {
        for (Declarator d : declarations) {
            if (d.init() == null && kind.equals("const")) {
                throw error(d.pos(), "Missing initializer in const declaration.");
            }
            if (d.init() == null && !(d.target() instanceof Ident)) {
                throw error(d.pos(), "Missing initializer in destructuring declaration.");
            }
        }
    }

    // ------------------------------------------------------------------ control flow

    private Stmt parseIf() {
        Token t = cur;
        advance();
        expect("(", "after 'if'");
        Expr test = parseExpression(false);
        expect(")", "after the condition of this if statement");
        Stmt then = parseStatement(false);
        Stmt otherwise = null;
        if (atKeyword("else")) {
            advance();
            otherwise = parseStatement(false);
        }
        return new If(t.pos(), test, then, otherwise);
    }

    private Stmt parseWhile(List<Label> labels) {
        Token t = cur;
        advance();
        expect("(", "after 'while'");
        Expr test = parseExpression(false);
        expect(")", "after the condition of this while loop");
        return new While(t.pos(), test, parseLoopBody(labels));
    }

    private Stmt parseDoWhile(List<Label> labels) {
        Token t = cur;
        advance();
        Stmt body = parseLoopBody(labels);
        expectKeyword("while", "after the body of this do-while loop");
        expect("(", "after 'while'");
        Expr test = parseExpression(false);
        expect(")", "after the condition of this do-while loop");
        // ES2015 inserts the semicolon after do-while even without a line break.
        if (at(";")) {
            advance();
        }
        return new DoWhile(t.pos(), body, test);
    }

    private Stmt parseLoopBody(List<Label> labels) {
        for (Label l : labels) {
            l.loop = true;
        }
        ctx.loops++;
        Stmt body = parseStatement(false);
        ctx.loops--;
        return body;
    }

    private Stmt parseFor(List<Label> labels) {
        Token t = cur;
        advance();
        if (atName("await")) {
            throw unsupported(cur.pos(), "async functions and await");
        }
        expect("(", "after 'for'");
        Stmt init = null;
        if (atKeyword("var") || atKeyword("let") || atKeyword("const")) {
            Token kind = cur;
            advance();
            List<Declarator> declarations = parseDeclarators(kind.text(), true);
            boolean of = atName("of");
            if (of || atKeyword("in")) {
                Declarator d = declarations.get(0);
                if (declarations.size() > 1) {
                    throw error(declarations.get(1).pos(), "A for-" + (of ? "of" : "in")
                            + " loop must declare exactly one variable.");
                }
                if (d.init() != null) {
                    throw error(d.pos(), "The variable of a for-" + (of ? "of" : "in")
                            + " loop cannot have an initializer.");
                }
                return parseForInOf(t, kind.text(), d.target(), labels);
            }
            checkInitializers(kind.text(), declarations);
            init = new VarDecl(kind.pos(), kind.text(), declarations);
        } else if (!at(";")) {
            Token start = cur;
            Expr e = parseExpression(true);
            if (atName("of") || atKeyword("in")) {
                if (e instanceof Sequence) {
                    throw error(e.pos(), "Invalid assignment target.");
                }
                return parseForInOf(t, null, toAssignmentTarget(e), labels);
            }
            init = new ExprStmt(start.pos(), e);
        }
        expect(";", "after the initialization of this for loop");
        Expr test = at(";") ? null : parseExpression(false);
        expect(";", "after the condition of this for loop");
        Expr update = at(")") ? null : parseExpression(false);
        expect(")", "after the update of this for loop");
        return new For(t.pos(), init, test, update, parseLoopBody(labels));
    }

    private Stmt parseForInOf(Token t, String declKind, Pattern target, List<Label> labels) {
        boolean of = atName("of");
        advance();
        // for-of takes one assignment expression; for-in a whole expression (ECMA-262 §14.7.5).
        Expr source = of ? parseAssignment(false) : parseExpression(false);
        expect(")", "after the head of this for-" + (of ? "of" : "in") + " loop");
        Stmt body = parseLoopBody(labels);
        return of ? new ForOf(t.pos(), declKind, target, source, body)
                : new ForIn(t.pos(), declKind, target, source, body);
    }

    private Stmt parseReturn() {
        Token t = cur;
        if (!ctx.function) {
            throw error(t.pos(), "'return' is only allowed inside a function.");
        }
        advance();
        Expr value = null;
        // Restricted production: "return" followed by a line break returns undefined.
        if (!at(";") && !at("}") && !atEof() && !cur.newlineBefore()) {
            value = parseExpression(false);
        }
        consumeSemicolon();
        return new Return(t.pos(), value);
    }

    private Stmt parseBreakContinue() {
        Token t = cur;
        boolean isBreak = t.text().equals("break");
        advance();
        String label = null;
        if (cur.type() == TokenType.NAME && !cur.newlineBefore()) {
            label = cur.text();
            Label target = findLabel(label);
            if (target == null) {
                throw error(cur.pos(), "Undefined label '" + label + "'.");
            }
            if (!isBreak && !target.loop) {
                throw error(cur.pos(), "Cannot continue '" + label + "': the label does not name a loop.");
            }
            advance();
        } else if (isBreak && ctx.loops == 0 && ctx.switches == 0) {
            throw error(t.pos(), "'break' is only allowed inside a loop or a switch statement.");
        } else if (!isBreak && ctx.loops == 0) {
            throw error(t.pos(), "'continue' is only allowed inside a loop.");
        }
        consumeSemicolon();
        return isBreak ? new Break(t.pos(), label) : new Continue(t.pos(), label);
    }

    private Label findLabel(String name) {
        for (Label l : ctx.labels) {
            if (l.name.equals(name)) {
                return l;
            }
        }
        return null;
    }

    private Stmt parseThrow() {
        Token t = cur;
        advance();
        if (cur.newlineBefore() || atEof()) {
            throw error(t.pos(), "A line break is not allowed after 'throw'; put the thrown value on the same line.");
        }
        Expr value = parseExpression(false);
        consumeSemicolon();
        return new Throw(t.pos(), value);
    }

    private Stmt parseTry() {
        Token t = cur;
        advance();
        Block block = parseBlockAfter("after 'try'");
        Pattern param = null;
        Block handler = null;
        Block finalizer = null;
        if (atKeyword("catch")) {
            advance();
            if (at("(")) {
                advance();
                param = parseBindingTarget();
                expect(")", "after the parameter of this catch clause");
            }
            handler = parseBlockAfter("after 'catch'");
        }
        if (atKeyword("finally")) {
            advance();
            finalizer = parseBlockAfter("after 'finally'");
        }
        if (handler == null && finalizer == null) {
            throw error(cur.pos(), "Missing 'catch' or 'finally' after the 'try' block.");
        }
        return new Try(t.pos(), block, param, handler, finalizer);
    }

    private Block parseBlockAfter(String where) {
        if (!at("{")) {
            expect("{", where);
        }
        return parseBlock();
    }

    private Stmt parseSwitch() {
        Token t = cur;
        advance();
        expect("(", "after 'switch'");
        Expr discriminant = parseExpression(false);
        expect(")", "after the value of this switch statement");
        expect("{", "before the cases of this switch statement");
        List<Case> cases = new ArrayList<>();
        boolean hasDefault = false;
        ctx.switches++;
        while (!at("}")) {
            Token c = cur;
            Expr test = null;
            if (atKeyword("case")) {
                advance();
                test = parseExpression(false);
            } else if (atKeyword("default")) {
                if (hasDefault) {
                    throw error(c.pos(), "A switch statement may only have one 'default' clause.");
                }
                hasDefault = true;
                advance();
            } else if (atEof()) {
                expect("}", "");
            } else {
                throw error(c.pos(), "Expected 'case', 'default' or '}' in this switch statement but found "
                        + c.describe() + ".");
            }
            expect(":", test == null ? "after 'default'" : "after the value of this case");
            List<Stmt> body = new ArrayList<>();
            while (!at("}") && !atKeyword("case") && !atKeyword("default")) {
                if (atEof()) {
                    expect("}", "");
                }
                body.add(parseStatement(true));
            }
            cases.add(new Case(c.pos(), test, List.copyOf(body)));
        }
        ctx.switches--;
        advance();
        return new Switch(t.pos(), discriminant, List.copyOf(cases));
    }
}
