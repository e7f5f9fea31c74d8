package org.atomiscope.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeclarationCheckerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '¤', textBlock = """
            let x = 1; let x = 2;                    § 1 § 16 § x
            let x; var x;                            § 1 § 12 § x
            var x; const x = 1;                      § 1 § 14 § x
            let x; { var x; }                        § 1 § 14 § x
            { var x; } let x;                        § 1 § 16 § x
            class A {} class A {}                    § 1 § 12 § A
            let f; function f() {}                   § 1 § 8  § f
            { function g() {} function g() {} }      § 1 § 19 § g
            function f(a) { let a; }                 § 1 § 21 § a
            const h = (a) => { const a = 1; };       § 1 § 26 § a
            try {} catch (e) { let e; }              § 1 § 24 § e
            try {} catch ([e, e]) {}                 § 1 § 19 § e
            switch (x) { case 1: let y; case 2: let y; } § 1 § 41 § y
            for (const k of ks) { var k; }           § 1 § 27 § k
            let [a, {b: a}] = c;                     § 1 § 13 § a
            """)
    void duplicateDeclarations(String source, int line, int column, String name) {
        ScenarioSyntaxError e = catchThrowableOfType(ScenarioSyntaxError.class, () -> Parser.parse("d.js", source));
        assertThat(e).isNotNull();
        assertThat(e.sentence()).isEqualTo("'" + name + "' has already been declared in this scope.");
        assertThat(e.pos()).isEqualTo(new Pos("d.js", line, column));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "var x; var x;",
        "function f() {} function f() {} var f;",
        "let x; { let x; }",
        "let x; function g() { let x; var y; }",
        "function f(a) { var a; }",
        "for (let i = 0;;) { let i; break; }",
        "for (let i of a) ; for (let i of b) ;",
        "try {} catch (e) { var e; }",
        "try {} catch (e) {} let e;",
        "let g = function g() { let g; };",
        "class A { m() { let A; } }",
        "{ let x; } { let x; }",
        "switch (x) { case 1: { let y; } case 2: { let y; } }",
    })
    void legalRedeclarations(String source) {
        assertThatCode(() -> Parser.parse("d.js", source)).doesNotThrowAnyException();
    }
}
