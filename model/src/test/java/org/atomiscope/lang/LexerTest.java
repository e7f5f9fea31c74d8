package org.atomiscope.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexerTest {

    private static List<Token> lex(String source) {
        return Lexer.tokenize("l.js", source);
    }

    private static Token single(String source) {
        List<Token> tokens = lex(source);
        assertThat(tokens).hasSize(2);
        assertThat(tokens.get(1).type()).isEqualTo(TokenType.EOF);
        return tokens.get(0);
    }

    @Test
    void punctuatorsAreLexedLongestFirst() {
        String all = "{ } ( ) [ ] ; , ~ : . ... ? ?? ?. ??= = == === => ! != !== < <= << <<= > >= >> >>= >>> >>>= "
                + "+ ++ += - -- -= * *= ** **= / /= % %= & && &= &&= | || |= ||= ^ ^=";
        List<Token> tokens = lex(all);
        assertThat(tokens.subList(0, tokens.size() - 1)).extracting(Token::text)
                .containsExactly(all.split(" "));
        assertThat(tokens).extracting(Token::type).filteredOn(t -> t != TokenType.EOF).containsOnly(TokenType.PUNCT);
        assertThat(lex("a>>>=b")).extracting(Token::text).containsExactly("a", ">>>=", "b", "");
        assertThat(lex("a?.5:1")).extracting(Token::text).containsExactly("a", "?", ".5", ":", "1", "");
        assertThat(lex("a?.b")).extracting(Token::text).containsExactly("a", "?.", "b", "");
    }

    @Test
    void namesAndKeywords() {
        assertThat(lex("if iff $x _y é日本 of let static"))
                .extracting(Token::type, Token::text)
                .containsExactly(tuple(TokenType.KEYWORD, "if"), tuple(TokenType.NAME, "iff"),
                        tuple(TokenType.NAME, "$x"), tuple(TokenType.NAME, "_y"), tuple(TokenType.NAME, "é日本"),
                        tuple(TokenType.NAME, "of"), tuple(TokenType.KEYWORD, "let"),
                        tuple(TokenType.NAME, "static"), tuple(TokenType.EOF, ""));
        assertThat(Lexer.isKeyword("instanceof")).isTrue();
        assertThat(Lexer.isKeyword("await")).isFalse();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '§', textBlock = """
            0             § 0
            42            § 42
            3.25          § 3.25
            .5            § 0.5
            5.            § 5
            1e3           § 1000
            1E-2          § 0.01
            2.5e+2        § 250
            1_000_000     § 1000000
            0x1F          § 31
            0XfF          § 255
            0o17          § 15
            0b1010        § 10
            0b1_0         § 2
            0xFFFFFFFFFFFFFFFFF § 2.9514790517935283E20
            1e400         § Infinity
            """)
    void numbers(String source, double value) {
        Token t = single(source);
        assertThat(t.type()).isEqualTo(TokenType.NUMBER);
        assertThat(t.number()).isEqualTo(value);
        assertThat(t.text()).isEqualTo(source);
    }

    @Test
    void numberErrors() {
        assertThatThrownBy(() -> lex("017")).hasMessageStartingWith("l.js:1:1: Numbers cannot start with 0 followed by digits");
        assertThatThrownBy(() -> lex("08")).hasMessageContaining("legacy octal");
        assertThatThrownBy(() -> lex("0_1")).hasMessageContaining("legacy octal");
        assertThatThrownBy(() -> lex("1__0")).hasMessage("l.js:1:2: A numeric separator '_' is only allowed between two digits.");
        assertThatThrownBy(() -> lex("1._5")).hasMessage("l.js:1:3: A numeric separator '_' is only allowed between two digits.");
        assertThatThrownBy(() -> lex("0x")).hasMessage("l.js:1:1: Missing digits after '0x' in this number.");
        assertThatThrownBy(() -> lex("1e+")).hasMessage("l.js:1:1: Missing digits in the exponent of this number.");
        assertThatThrownBy(() -> lex("0b12")).hasMessage("l.js:1:4: Invalid character '2' in the number '0b1'.");
        assertThatThrownBy(() -> lex("12n")).hasMessage("l.js:1:1: not supported in scenarios: BigInt literals");
        assertThat(single("0.5").number()).isEqualTo(0.5);
    }

    @Test
    void stringEscapes() {
        assertThat(single("'a\\nb\\tc\\rd\\be\\ff\\vg\\0h'").value()).isEqualTo("a\nb\tc\rd\be\ff\u000Bg\0h");
        assertThat(single("\"\\x41\\u0042\\u{43}\\u{1F600}\"").value()).isEqualTo("ABC\uD83D\uDE00");
        assertThat(single("'it\\'s \"quoted\" \\\\ \\q'").value()).isEqualTo("it's \"quoted\" \\ q");
        assertThat(single("'line\\\ncontinued\\\r\nagain'").value()).isEqualTo("linecontinuedagain");
        assertThat(single("'para\u2028sep'").value()).isEqualTo("para\u2028sep");
        assertThat(single("''").value()).isEmpty();
        Token s = single("'abc'");
        assertThat(s.type()).isEqualTo(TokenType.STRING);
        assertThat(s.text()).isEqualTo("'abc'");
    }

    @Test
    void stringErrors() {
        assertThatThrownBy(() -> lex("x = 'abc")).hasMessage("l.js:1:5: Unterminated string literal.");
        assertThatThrownBy(() -> lex("'abc\n'")).hasMessage("l.js:1:1: Unterminated string literal.");
        assertThatThrownBy(() -> lex("'\\u12'")).hasMessageStartingWith("l.js:1:2: Invalid Unicode escape");
        assertThatThrownBy(() -> lex("'\\u{110000}'")).hasMessage("l.js:1:2: Invalid Unicode escape: code points end at \\u{10FFFF}.");
        assertThatThrownBy(() -> lex("'\\01'")).hasMessageContaining("Octal escape sequences like '\\01'");
        assertThatThrownBy(() -> lex("'\\8'")).hasMessageContaining("Octal escape sequences");
    }

    @Test
    void templateParts() {
        List<Token> tokens = lex("`a${b}c${ {d} }e`");
        assertThat(tokens).extracting(Token::type).containsExactly(TokenType.TEMPLATE, TokenType.NAME,
                TokenType.TEMPLATE_CONT, TokenType.PUNCT, TokenType.NAME, TokenType.PUNCT,
                TokenType.TEMPLATE_CONT, TokenType.EOF);
        assertThat(tokens.get(0).value()).isEqualTo("a");
        assertThat(tokens.get(0).templateTail()).isFalse();
        assertThat(tokens.get(2).value()).isEqualTo("c");
        assertThat(tokens.get(6).value()).isEqualTo("e");
        assertThat(tokens.get(6).templateTail()).isTrue();
        assertThat(tokens.get(6).pos()).isEqualTo(new Pos("l.js", 1, 15));
        Token multiLine = single("`one\r\ntwo\rthree\\n$ {}`");
        assertThat(multiLine.value()).isEqualTo("one\ntwo\nthree\n$ {}");
        assertThat(lex("`x\ny`\nz").get(1).pos()).isEqualTo(new Pos("l.js", 3, 1));
    }

    @Test
    void positionsCountLinesAndUtf16Columns() {
        List<Token> tokens = lex("a\n\tb  c\r\nd\re\u2028f /* x\n */ g // h\n𝑥 y");
        assertThat(tokens).extracting(t -> t.pos().line() + ":" + t.pos().column())
                .containsExactly("1:1", "2:2", "2:5", "3:1", "4:1", "5:1", "6:5", "7:1", "7:4", "7:5");
        assertThat(tokens).extracting(Token::newlineBefore)
                .containsExactly(false, true, false, true, true, true, true, true, false, false);
        assertThat(tokens.get(7).text()).isEqualTo("𝑥");
    }

    @Test
    void commentsAndHashbang() {
        assertThat(lex("#!/usr/bin/env node\nx")).extracting(Token::text).containsExactly("x", "");
        assertThat(lex("a /* b */ c // d")).extracting(Token::text).containsExactly("a", "c", "");
        assertThat(lex("a /* b */ c").get(1).newlineBefore()).isFalse();
        assertThatThrownBy(() -> lex("a #!b")).hasMessage("l.js:1:3: not supported in scenarios: private class members (#names)");
        assertThatThrownBy(() -> lex("/* open")).hasMessage("l.js:1:1: Unterminated comment: a '*/' is missing.");
        assertThatThrownBy(() -> lex("a\u0007")).hasMessage("l.js:1:2: Unexpected character U+0007.");
    }

    @Test
    void unusualWhitespaceIsSkipped() {
        assertThat(lex("a\u00A0\uFEFF\u000B\f\u2003b")).extracting(Token::text).containsExactly("a", "b", "");
    }
}
