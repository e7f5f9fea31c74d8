package org.atomiscope.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Error sentences and their positions: what a student sees when a scenario does not parse. */
class SyntaxErrorTest {

    private static ScenarioSyntaxError errorOf(String source) {
        ScenarioSyntaxError e = catchThrowableOfType(ScenarioSyntaxError.class, () -> Parser.parse("e.js", source));
        assertThat(e).as("expected a syntax error for: %s", source).isNotNull();
        return e;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '¤', textBlock = """
            f(a {                     § 1 § 5 § Expected ')' after the arguments of this call but found '{'.
            let s = 'abc              § 1 § 9 § Unterminated string literal.
            function f() {            § 1 § 15 § Unexpected end of input: a '}' is missing.
            if (a) b; c; else d;      § 1 § 14 § Unexpected token 'else'.
            const x;                  § 1 § 7 § Missing initializer in const declaration.
            1 = 2;                    § 1 § 1 § Invalid assignment target.
            a + b = 3;                § 1 § 1 § Invalid assignment target.
            let x = ;                 § 1 § 9 § Unexpected token ';'.
            if (a { }                 § 1 § 7 § Expected ')' after the condition of this if statement but found '{'.
            let a = [1, 2             § 1 § 14 § Unexpected end of input: a ']' is missing.
            let o = {a: 1 b: 2}       § 1 § 15 § Expected '}' after the properties of this object literal but found 'b'.
            x = 012;                  § 1 § 5 § Numbers cannot start with 0 followed by digits (legacy octal); write 0o17 for an octal number or drop the leading 0.
            x = 1_;                   § 1 § 6 § A numeric separator '_' is only allowed between two digits.
            x = 3in y;                § 1 § 6 § Invalid character 'i' in the number '3'.
            x = 'a\\qb' + "\\1";      § 1 § 15 § Octal escape sequences like '\\1' are not allowed; use '\\x' or '\\u' escapes.
            x = '\\xZZ';              § 1 § 6 § Invalid hexadecimal escape: '\\x' needs two hex digits.
            /* never closed           § 1 § 1 § Unterminated comment: a '*/' is missing.
            a ?? b || c               § 1 § 8 § Cannot mix '??' with '&&' or '||' without parentheses; add parentheses to say which comes first.
            -2 ** 2                   § 1 § 1 § Unary '-' before '**' needs parentheses: write (-x) ** y or -(x ** y).
            typeof x ** 2             § 1 § 1 § Unary 'typeof' before '**' needs parentheses: write (typeof x) ** y or typeof (x ** y).
            return 1;                 § 1 § 1 § 'return' is only allowed inside a function.
            let if = 1;               § 1 § 5 § 'if' is a reserved word and cannot be used as a variable name.
            x = @;                    § 1 § 5 § Unexpected character '@'.
            (a, b) => a; (a, a) => a  § 1 § 18 § Duplicate parameter name 'a'.
            function f(a, [a]) {}     § 1 § 16 § Duplicate parameter name 'a'.
            ({a = 1});                § 1 § 3 § Invalid shorthand property initializer: '=' is only allowed here when destructuring; use ':' in an object literal.
            try {} x                  § 1 § 8 § Missing 'catch' or 'finally' after the 'try' block.
            switch (x) { foo }        § 1 § 14 § Expected 'case', 'default' or '}' in this switch statement but found 'foo'.
            a.;                       § 1 § 3 § Expected a property name after '.' but found ';'.
            x = a ? b;                § 1 § 10 § Expected ':' after the first branch of this conditional (?:) expression but found ';'.
            ()                        § 1 § 2 § Unexpected token ')'.
            a => {} ()                § 1 § 9 § Unexpected token '('.
            x = a + (b) => b          § 1 § 9 § An arrow function must be wrapped in parentheses here.
            x = `a${}`                § 1 § 9 § Expected an expression inside '${ }' in this template literal.
            x = `abc                  § 1 § 5 § Unterminated template literal: a closing '`' is missing.
            x = `a${b                 § 1 § 5 § Unterminated template literal: a closing '`' is missing.
            delete x;                 § 1 § 1 § 'delete' of a plain variable is not allowed; delete works on properties.
            a\\n=> 1                  § 2 § 1 § A line break is not allowed before '=>'.
            f(...)                    § 1 § 6 § Unexpected token ')'.
            let [a, ...b, c] = d;     § 1 § 13 § A rest element must be the last element of a destructuring pattern.
            function f(...a, b) {}    § 1 § 16 § A rest parameter must be the last parameter.
            x = 'line\\nbreak'        § 1 § 5 § Unterminated string literal.
            if (a) {} else            § 1 § 15 § Unexpected end of input: an expression is missing.
            let static = 1;           § 1 § 5 § 'static' is a reserved word and cannot be used as a variable name.
            x = private + 1;          § 1 § 5 § 'private' is a reserved word and cannot be used as a name.
            public: for (;;) ;        § 1 § 1 § 'public' is a reserved word and cannot be used as a label.
            function f(eval) {}       § 1 § 12 § 'eval' cannot be declared or assigned to.
            arguments = [];           § 1 § 1 § 'arguments' cannot be declared or assigned to.
            ({eval = 1} = o);         § 1 § 3 § 'eval' cannot be declared or assigned to.
            """)
    void sentencesAndPositions(String source, int line, int column, String sentence) {
        ScenarioSyntaxError e = errorOf(source.replace("\\n", "\n").replace("\\\\", "\\"));
        assertThat(e.sentence()).isEqualTo(sentence.replace("\\\\", "\\"));
        assertThat(e.pos()).isEqualTo(new Pos("e.js", line, column));
        assertThat(e.getMessage()).isEqualTo("e.js:" + line + ":" + column + ": " + e.sentence());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '¤', textBlock = """
            let r = /ab+c/g;                     § 1 § 9  § regular expression literals
            if (x) /re/.test(s);                 § 1 § 8  § regular expression literals
            x = a / b; y = /=/;                  § 1 § 16 § regular expression literals
            function* gen() {}                   § 1 § 1  § generators and yield
            x = function* () {};                 § 1 § 5  § generators and yield
            ({ *gen() {} });                     § 1 § 4  § generators and yield
            class A { *gen() {} }                § 1 § 11 § generators and yield
            function f() { yield 1; }            § 1 § 16 § generators and yield
            async function f() {}                § 1 § 1  § async functions and await
            x = async () => 1;                   § 1 § 5  § async functions and await
            x = async x => 1;                    § 1 § 5  § async functions and await
            ({ async m() {} });                  § 1 § 4  § async functions and await
            class A { async m() {} }             § 1 § 11 § async functions and await
            x = await p;                         § 1 § 5  § async functions and await
            for await (const x of y) {}          § 1 § 5  § async functions and await
            import fs from 'fs';                 § 1 § 1  § import and export
            export const a = 1;                  § 1 § 1  § import and export
            x = import('m');                     § 1 § 5  § import and export
            with (o) { a; }                      § 1 § 1  § with statements
            x = 10n;                             § 1 § 5  § BigInt literals
            x = 0xFFn;                           § 1 § 5  § BigInt literals
            x = tag`hello ${a}`;                 § 1 § 5  § tagged templates
            x = a.b.c`t`;                        § 1 § 5  § tagged templates
            function F() { return new.target; }  § 1 § 23 § new.target
            class A { #secret = 1; }             § 1 § 11 § private class members (#names)
            class A { m() { return this.#x; } }  § 1 § 29 § private class members (#names)
            class A { static { init(); } }       § 1 § 11 § static initialization blocks
            ({ m() { return super.m(); } });     § 1 § 17 § 'super' in object literal methods
            x = (a?.b).c;                        § 1 § 6  § continuing a parenthesized optional chain, as in (a?.b).c
            let caf\\u00e9 = 1;                  § 1 § 8  § Unicode escapes in names
            """)
    void unsupportedConstructs(String source, int line, int column, String what) {
        ScenarioSyntaxError e = errorOf(source.replace("\\\\", "\\"));
        assertThat(e.sentence()).isEqualTo("not supported in scenarios: " + what);
        assertThat(e.pos()).isEqualTo(new Pos("e.js", line, column));
    }

    @Test
    void errorsOnLaterLinesPointAtTheRightColumn() {
        ScenarioSyntaxError e = errorOf("let a = 1;\r\nlet b = 2;\n\tlet c = ;\n");
        assertThat(e.pos()).isEqualTo(new Pos("e.js", 3, 10));
        ScenarioSyntaxError eof = errorOf("function f() {\n  if (x) {\n    y();\n  }\n");
        assertThat(eof.sentence()).isEqualTo("Unexpected end of input: a '}' is missing.");
        assertThat(eof.pos()).isEqualTo(new Pos("e.js", 5, 1));
    }

    @Test
    void parseExpressionRejectsTrailingTokens() {
        ScenarioSyntaxError e = catchThrowableOfType(ScenarioSyntaxError.class,
                () -> Parser.parseExpression("w", "a b"));
        assertThat(e.getMessage()).isEqualTo("w:1:3: Unexpected token 'b' after the expression.");
    }
}
