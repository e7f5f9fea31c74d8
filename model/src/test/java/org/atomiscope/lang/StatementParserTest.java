package org.atomiscope.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.atomiscope.lang.Ast.ClassDecl;
import org.atomiscope.lang.Ast.ClassMember;
import org.atomiscope.lang.Ast.MemberKind;
import org.atomiscope.lang.Ast.Program;
import org.atomiscope.lang.Ast.Stmt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementParserTest {

    private static Program parse(String source) {
        return Parser.parse("s.js", source);
    }

    private static String sexp(String source) {
        return Sexp.of(parse(source));
    }

    @ParameterizedTest(name = "{0}  =>  {1}")
    @CsvSource(delimiter = '§', quoteCharacter = '¤', textBlock = """
            var a;                                  § (var a)
            let a = 1, b, [c] = d, {e} = f;         § (let (a 1) b ([c]p d) ({e: e}p f))
            const {data: buffer, ...rest} = ev;     § (const ({data: buffer, ...rest}p ev))
            function f(a, b = 2, ...c) { return a } § (function f (a (default b 2) ...c) {(return a)})
            class A {}                              § (class A)
            x;                                      § x;
            {}                                      § {}
            { a; { b } }                            § {a; {b;}}
            ;                                       § ;
            debugger;                               § ;
            if (a) b; else if (c) d; else e;        § (if a b; (if c d; e;))
            if (a) if (b) c; else d;                § (if a (if b c; d;))
            while (a) b();                          § (while a (call b);)
            do { a++ } while (a < 3);               § (do {(post++ a);} (< a 3))
            for (;;) {}                             § (for _ _ _ {})
            for (i = 0, j = 1; i < j; i++, j--) ;   § (for (, (= i 0) (= j 1)); (< i j) (, (post++ i) (post-- j)) ;)
            for (var i = 0, n = a.length; i < n; ++i) x; § (for (var (i 0) (n (. a length))) (< i n) (++pre i) x;)
            for (const x of xs) f(x);               § (for-of const x xs (call f x);)
            for (let [k, v] of m) ;                 § (for-of let [k v]p m ;)
            for (x of a, b) ;                       § ERROR
            for (a.b of c) ;                        § (for-of null (. a b) c ;)
            for ([a, b] of c) ;                     § (for-of null [a b]p c ;)
            for (var k in o) ;                      § (for-in var k o ;)
            for (k in o, p) ;                       § (for-in null k (, o p) ;)
            for (let i = ('a' in o); ;) break;      § (for (let (i (in "a" o))) _ _ (break))
            for (x = y => y in z;;) break;          § ERROR
            a: for (;;) { break a; }                § (label a (for _ _ _ {(break a)}))
            a: b: for (;;) { continue a; }          § (label a (label b (for _ _ _ {(continue a)})))
            a: { break a; }                         § (label a {(break a)})
            for (;;) { continue; }                  § (for _ _ _ {(continue)})
            switch (x) { case 1: case 2: a; break; default: b; } § (switch x (case 1) (case 2 a; (break)) (default b;))
            switch (x) {}                           § (switch x)
            throw new Error('boom');                § (throw (new Error "boom"))
            try { a } catch (e) { b } finally { c } § (try {a;} e {b;} {c;})
            try { a } catch { b }                   § (try {a;} _ {b;} _)
            try { a } finally { c }                 § (try {a;} _ _ {c;})
            try {} catch ([a, b]) {}                § (try {} [a b]p {} _)
            """)
    void statementForms(String source, String tree) {
        if (tree.equals("ERROR")) {
            assertThatThrownBy(() -> parse(source)).isInstanceOf(ScenarioSyntaxError.class);
        } else {
            assertThat(sexp(source)).isEqualTo(tree);
        }
    }

    @Test
    void classMembers() {
        ClassDecl c = (ClassDecl) parse("""
                class Counter extends Base {
                  count = 0;
                  static instances = 0
                  static create() { return new Counter(); }
                  get value() { return this.count; }
                  set value(v) { this.count = v; }
                  ['computed' + 1]() {}
                  'quoted'() {}
                  42() {}
                  static
                  fromStatic = 1;
                  static() {}
                  get() {}
                  constructor() { super(); Counter.instances++; }
                }""").body().get(0);
        assertThat(c.cls().name()).isEqualTo("Counter");
        assertThat(c.cls().constructor()).isNotNull();
        assertThat(c.cls().constructor().name()).isEqualTo("Counter");
        assertThat(c.cls().constructor().method()).isTrue();
        List<ClassMember> members = c.cls().members();
        assertThat(members).extracting(ClassMember::key)
                .containsExactly("count", "instances", "create", "value", "value", null, "quoted", "42",
                        "fromStatic", "static", "get");
        assertThat(members).extracting(ClassMember::kind).containsExactly(MemberKind.FIELD, MemberKind.FIELD,
                MemberKind.METHOD, MemberKind.GETTER, MemberKind.SETTER, MemberKind.METHOD, MemberKind.METHOD,
                MemberKind.METHOD, MemberKind.FIELD, MemberKind.METHOD, MemberKind.METHOD);
        assertThat(members).extracting(ClassMember::isStatic)
                .containsExactly(false, true, true, false, false, false, false, false, true, false, false);
        assertThat(members.get(0).fieldInit()).isNotNull();
        assertThat(members.get(5).computedKey()).isNotNull();
        assertThat(members.get(1).pos()).isEqualTo(new Pos("s.js", 3, 3));
    }

    @Test
    void classMemberErrors() {
        assertThatThrownBy(() -> parse("class A { constructor() {} constructor() {} }"))
                .hasMessage("s.js:1:28: A class may only have one constructor.");
        assertThatThrownBy(() -> parse("class A { get constructor() {} }"))
                .hasMessage("s.js:1:11: A class constructor cannot be a getter or a setter.");
        assertThatThrownBy(() -> parse("class A { m() { super(); } }"))
                .hasMessage("s.js:1:17: 'super(...)' is only allowed in the constructor of a class that extends another class.");
        assertThatThrownBy(() -> parse("class A { constructor() { super(); } }"))
                .hasMessage("s.js:1:27: 'super(...)' is only allowed in the constructor of a class that extends another class.");
        assertThatThrownBy(() -> parse("function f() { super.x; }"))
                .hasMessage("s.js:1:16: 'super' is only allowed inside the methods of a class.");
        assertThatThrownBy(() -> parse("class A { get x(a) {} }")).hasMessage("s.js:1:11: A getter cannot have parameters.");
        assertThatThrownBy(() -> parse("({ set x() {} })")).hasMessage("s.js:1:4: A setter must have exactly one parameter.");
        assertThatThrownBy(() -> parse("class { }")).hasMessage("s.js:1:7: A class declaration needs a name.");
        assertThatThrownBy(() -> parse("function () {}")).hasMessage("s.js:1:10: A function declaration needs a name.");
    }

    @Test
    void automaticSemicolonInsertion() {
        assertThat(sexp("a = 1\nb = 2")).isEqualTo("(= a 1); (= b 2);");
        assertThat(sexp("{ a } b")).isEqualTo("{a;} b;");
        assertThat(sexp("a\n++b")).isEqualTo("a; (++pre b);");
        assertThat(sexp("a\n(b)")).isEqualTo("(call a b);"); // no insertion: the call continues
        assertThat(sexp("a\n[0]")).isEqualTo("([] a 0);");
        assertThat(sexp("a\n.b")).isEqualTo("(. a b);");
        assertThat(sexp("function f() { return\n1 }")).isEqualTo("(function f () {(return) 1;})");
        assertThat(sexp("function f() { return }")).isEqualTo("(function f () {(return)})");
        assertThat(sexp("for (;;) { break\nfoo }")).isEqualTo("(for _ _ _ {(break) foo;})");
        assertThat(sexp("foo: for (;;) { continue\nfoo }")).isEqualTo("(label foo (for _ _ _ {(continue) foo;}))");
        assertThat(sexp("do x++\nwhile (x) y")).isEqualTo("(do (post++ x); x) y;");
        assertThat(sexp("let x = 1\nlet y = 2")).isEqualTo("(let (x 1)) (let (y 2))");
        assertThat(sexp("var f = () => {}\nf()")).isEqualTo("(var (f (=> () {}))) (call f);");
        assertThat(sexp("x = 1 /* comment\n */ y = 2")).isEqualTo("(= x 1); (= y 2);");
        assertThat(sexp("class A { a = 1\n b = 2 }")).isEqualTo("(class A (field a 1) (field b 2))");
        assertThatThrownBy(() -> parse("a = 1 b = 2")).hasMessage("s.js:1:7: Missing ';' before 'b'.");
        assertThatThrownBy(() -> parse("for (a\n b;;) {}")).isInstanceOf(ScenarioSyntaxError.class);
        assertThatThrownBy(() -> parse("throw\nnew Error()"))
                .hasMessage("s.js:1:1: A line break is not allowed after 'throw'; put the thrown value on the same line.");
    }

    @Test
    void labelsAndJumps() {
        assertThatThrownBy(() -> parse("a: { continue a; }"))
                .hasMessage("s.js:1:15: Cannot continue 'a': the label does not name a loop.");
        assertThatThrownBy(() -> parse("for (;;) { break nope; }")).hasMessage("s.js:1:18: Undefined label 'nope'.");
        assertThatThrownBy(() -> parse("break;")).hasMessage("s.js:1:1: 'break' is only allowed inside a loop or a switch statement.");
        assertThatThrownBy(() -> parse("switch (x) { case 1: continue; }"))
                .hasMessage("s.js:1:22: 'continue' is only allowed inside a loop.");
        assertThatThrownBy(() -> parse("a: a: ;")).hasMessage("s.js:1:4: The label 'a' is already in use here.");
        assertThatThrownBy(() -> parse("while (1) { (() => { break; })(); }"))
                .hasMessage("s.js:1:22: 'break' is only allowed inside a loop or a switch statement.");
        assertThat(sexp("a: ; a: ;")).isEqualTo("(label a ;) (label a ;)");
    }

    @Test
    void declarationsNeedABlockInsideSingleStatementBodies() {
        assertThatThrownBy(() -> parse("if (a) let x = 1;")).hasMessage(
                "s.js:1:8: A 'let' declaration cannot be the body of an if, a loop or a label; put it inside a block { }.");
        assertThatThrownBy(() -> parse("while (a) function f() {}")).hasMessageContaining("'function' declaration cannot");
        assertThat(sexp("if (a) var x = 1;")).isEqualTo("(if a (var (x 1)))");
    }

    @Test
    void forHeadRules() {
        assertThatThrownBy(() -> parse("for (let a = 1 of b) ;"))
                .hasMessage("s.js:1:10: The variable of a for-of loop cannot have an initializer.");
        assertThatThrownBy(() -> parse("for (var a = 1 in b) ;"))
                .hasMessage("s.js:1:10: The variable of a for-in loop cannot have an initializer.");
        assertThatThrownBy(() -> parse("for (let a, b of c) ;"))
                .hasMessage("s.js:1:13: A for-of loop must declare exactly one variable.");
        assertThatThrownBy(() -> parse("for (const a;;) ;")).hasMessage("s.js:1:12: Missing initializer in const declaration.");
        assertThatThrownBy(() -> parse("for (f() of b) ;")).hasMessage("s.js:1:6: Invalid assignment target.");
        assertThat(sexp("for (const k in o) ;")).isEqualTo("(for-in const k o ;)");
    }

    @Test
    void statementPositions() {
        Program p = parse("let a = 1;\n\tif (a) {\n  a++;\n}\r\nlabel: while (a) break label;");
        List<Stmt> body = p.body();
        assertThat(body.get(0).pos()).isEqualTo(new Pos("s.js", 1, 1));
        assertThat(((Ast.VarDecl) body.get(0)).declarations().get(0).pos()).isEqualTo(new Pos("s.js", 1, 5));
        assertThat(body.get(1).pos()).isEqualTo(new Pos("s.js", 2, 2));
        Ast.If ifStmt = (Ast.If) body.get(1);
        assertThat(ifStmt.then().pos()).isEqualTo(new Pos("s.js", 2, 9));
        assertThat(((Ast.Block) ifStmt.then()).body().get(0).pos()).isEqualTo(new Pos("s.js", 3, 3));
        Ast.Labeled labeled = (Ast.Labeled) body.get(2);
        assertThat(labeled.pos()).isEqualTo(new Pos("s.js", 5, 1));
        Ast.While loop = (Ast.While) labeled.body();
        assertThat(loop.pos()).isEqualTo(new Pos("s.js", 5, 8));
        assertThat(loop.body().pos()).isEqualTo(new Pos("s.js", 5, 18));
        assertThat(p.file()).isEqualTo("s.js");
    }

    @Test
    void hashbangAndComments() {
        assertThat(sexp("#!/usr/bin/env node\n// line\n/* block */ a /* more */ // end")).isEqualTo("a;");
        assertThat(parse("#!/usr/bin/env node\nx").body().get(0).pos()).isEqualTo(new Pos("s.js", 2, 1));
        assertThat(sexp("")).isEmpty();
        assertThat(sexp("  // only a comment")).isEmpty();
    }
}
