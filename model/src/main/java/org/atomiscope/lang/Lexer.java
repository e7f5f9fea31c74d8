package org.atomiscope.lang;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns scenario source into tokens, one at a time, when the parser asks for the next one.
 *
 * <p>Lexing on demand matters for two JavaScript quirks. A {@code /} is always lexed as the
 * division operator; when the parser meets it where an expression must start, that is where a
 * regular-expression literal would begin and it reports the construct as unsupported before the
 * lexer has looked at the (possibly unlexable) pattern text. And a {@code }} either closes a
 * brace or resumes a template literal after a {@code ${...}} substitution; a stack of open braces
 * tells which.
 */
final class Lexer {
    private static final List<String> KEYWORD_LIST = List.of(
            "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete",
            "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if",
            "import", "in", "instanceof", "let", "new", "null", "return", "super", "switch", "this",
            "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield");
    /** Maps each keyword to one shared instance, so that token texts compare by identity first. */
    private static final Map<String, String> KEYWORDS =
            KEYWORD_LIST.stream().collect(Collectors.toMap(Function.identity(), Function.identity()));

    private static final String[] PUNCTUATORS = {
            "{", "}", "(", ")", "[", "]", ";", ",", "~", ":", ".", "...", "?", "??", "?.", "??=",
            "=", "==", "===", "=>", "!", "!=", "!==", "<", "<=", "<<", "<<=", ">", ">=", ">>", ">>=",
            ">>>", ">>>=", "+", "++", "+=", "-", "--", "-=", "*", "*=", "**", "**=", "/", "/=",
            "%", "%=", "&", "&&", "&=", "&&=", "|", "||", "|=", "||=", "^", "^="};
    /** Punctuators by first character, longest first, so the first match is the longest. */
    private static final String[][] PUNCT_BY_CHAR = new String[128][];

    static {
        for (char c = 0; c < 128; c++) {
            final char first = c;
            String[] candidates = Arrays.stream(PUNCTUATORS).filter(p -> p.charAt(0) == first)
                    .sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);
            PUNCT_BY_CHAR[c] = candidates.length == 0 ? null : candidates;
        }
    }

    private final String file;
    private final String src;
    private final int length;
    private int offset;
    private int line = 1;
    private int lineStart;

    /** Open braces: true for a template substitution's {@code ${}, false for a plain {@code {}. */
    private boolean[] braces = new boolean[32];
    /** For each open template substitution, where its template literal began (for errors). */
    private Pos[] templateStarts = new Pos[32];
    private int braceDepth;

    Lexer(String file, String source) {
        this.file = file;
        this.src = source;
        this.length = source.length();
        if (source.startsWith("#!")) {
            // A hashbang line ("#!/usr/bin/env node") is a comment, but only at the very start.
            while (offset < length && !isLineTerminator(src.charAt(offset))) {
                offset++;
            }
        }
    }

    static boolean isKeyword(String word) {
        return KEYWORDS.containsKey(word);
    }

    /** Lexes and returns the next token; at the end, returns EOF tokens forever. */
    Token next() {
        boolean newline = skipTrivia();
        Pos pos = here();
        if (offset >= length) {
            return new Token(TokenType.EOF, "", null, 0, pos, newline, false);
        }
        int start = offset;
        char c = src.charAt(offset);
        if (c == '\'' || c == '"') {
            String value = lexString(c, pos);
            return new Token(TokenType.STRING, src.substring(start, offset), value, 0, pos, newline, false);
        }
        if (c == '`') {
            offset++;
            return lexTemplatePart(TokenType.TEMPLATE, start, pos, pos, newline);
        }
        if (isDigit(c) || (c == '.' && offset + 1 < length && isDigit(src.charAt(offset + 1)))) {
            double value = lexNumber(pos);
            return new Token(TokenType.NUMBER, src.substring(start, offset), null, value, pos, newline, false);
        }
        int cp = src.codePointAt(offset);
        if (isIdentifierStart(cp)) {
            offset += Character.charCount(cp);
            while (offset < length) {
                int p = src.codePointAt(offset);
                if (!isIdentifierPart(p)) {
                    break;
                }
                offset += Character.charCount(p);
            }
            if (offset < length && src.charAt(offset) == '\\') {
                throw unsupported(here(), "Unicode escapes in names");
            }
            String word = src.substring(start, offset);
            String keyword = KEYWORDS.get(word);
            return keyword != null
                    ? new Token(TokenType.KEYWORD, keyword, null, 0, pos, newline, false)
                    : new Token(TokenType.NAME, word, null, 0, pos, newline, false);
        }
        if (c == '}' && braceDepth > 0 && braces[braceDepth - 1]) {
            braceDepth--;
            offset++;
            return lexTemplatePart(TokenType.TEMPLATE_CONT, start, pos, templateStarts[braceDepth], newline);
        }
        if (c == '#') {
            throw unsupported(pos, "private class members (#names)");
        }
        if (c == '\\') {
            throw unsupported(pos, "Unicode escapes in names");
        }
        String punct = matchPunctuator(c);
        if (punct == null) {
            throw error(pos, "Unexpected character " + describeChar(cp) + ".");
        }
        offset += punct.length();
        if (punct.equals("{")) {
            pushBrace(false, null);
        } else if (punct.equals("}") && braceDepth > 0) {
            braceDepth--;
        }
        return new Token(TokenType.PUNCT, punct, null, 0, pos, newline, false);
    }

    private String matchPunctuator(char c) {
        if (c >= 128 || PUNCT_BY_CHAR[c] == null) {
            return null;
        }
        for (String p : PUNCT_BY_CHAR[c]) {
            if (src.startsWith(p, offset)) {
                // "a?.5:b" is a conditional with the number .5, not optional chaining.
                if (p.equals("?.") && offset + 2 < length && isDigit(src.charAt(offset + 2))) {
                    continue;
                }
                return p;
            }
        }
        return null;
    }

    private void pushBrace(boolean template, Pos templateStart) {
        if (braceDepth == braces.length) {
            braces = Arrays.copyOf(braces, braceDepth * 2);
            templateStarts = Arrays.copyOf(templateStarts, braceDepth * 2);
        }
        braces[braceDepth] = template;
        templateStarts[braceDepth] = templateStart;
        braceDepth++;
    }

    // ------------------------------------------------------------------ whitespace, comments

    /** Skips whitespace and comments; returns whether a line terminator was among them. */
    private boolean skipTrivia() {
        boolean newline = false;
        while (offset < length) {
            char c = src.charAt(offset);
            if (isLineTerminator(c)) {
                newLine();
                newline = true;
            } else if (c == ' ' || c == '\t' || isOtherWhitespace(c)) {
                offset++;
            } else if (c == '/' && offset + 1 < length && src.charAt(offset + 1) == '/') {
                while (offset < length && !isLineTerminator(src.charAt(offset))) {
                    offset++;
                }
            } else if (c == '/' && offset + 1 < length && src.charAt(offset + 1) == '*') {
                Pos start = here();
                offset += 2;
                while (true) {
                    if (offset >= length) {
                        throw error(start, "Unterminated comment: a '*/' is missing.");
                    }
                    char d = src.charAt(offset);
                    if (d == '*' && offset + 1 < length && src.charAt(offset + 1) == '/') {
                        offset += 2;
                        break;
                    }
                    if (isLineTerminator(d)) {
                        newLine();
                        newline = true;
                    } else {
                        offset++;
                    }
                }
            } else {
                break;
            }
        }
        return newline;
    }

    /** Consumes one line terminator ({@code \r\n} counts as one) and starts a new line. */
    private void newLine() {
        if (src.charAt(offset) == '\r' && offset + 1 < length && src.charAt(offset + 1) == '\n') {
            offset++;
        }
        offset++;
        line++;
        lineStart = offset;
    }

    private Pos here() {
        return new Pos(file, line, offset - lineStart + 1);
    }

    // ------------------------------------------------------------------ numbers

    private double lexNumber(Pos pos) {
        int start = offset;
        char c = src.charAt(offset);
        double value;
        if (c == '0' && offset + 1 < length && "xXoObB".indexOf(src.charAt(offset + 1)) >= 0) {
            char kind = Character.toLowerCase(src.charAt(offset + 1));
            int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
            offset += 2;
            String digits = readDigits(radix);
            if (digits.isEmpty()) {
                throw error(pos, "Missing digits after '0" + kind + "' in this number.");
            }
            value = new BigInteger(digits, radix).doubleValue();
        } else {
            if (c == '0' && offset + 1 < length && (isDigit(src.charAt(offset + 1)) || src.charAt(offset + 1) == '_')) {
                throw error(pos, "Numbers cannot start with 0 followed by digits (legacy octal); "
                        + "write 0o17 for an octal number or drop the leading 0.");
            }
            StringBuilder text = new StringBuilder(readDigits(10));
            if (offset < length && src.charAt(offset) == '.') {
                offset++;
                text.append('.').append(readDigits(10));
            }
            if (offset < length && (src.charAt(offset) == 'e' || src.charAt(offset) == 'E')) {
                offset++;
                text.append('e');
                if (offset < length && (src.charAt(offset) == '+' || src.charAt(offset) == '-')) {
                    text.append(src.charAt(offset++));
                }
                String exponent = readDigits(10);
                if (exponent.isEmpty()) {
                    throw error(pos, "Missing digits in the exponent of this number.");
                }
                text.append(exponent);
            }
            value = Double.parseDouble(text.toString());
        }
        if (offset < length && src.charAt(offset) == 'n') {
            throw unsupported(pos, "BigInt literals");
        }
        if (offset < length && (isDigit(src.charAt(offset)) || isIdentifierStart(src.codePointAt(offset)))) {
            throw error(here(), "Invalid character " + describeChar(src.codePointAt(offset))
                    + " in the number '" + src.substring(start, offset) + "'.");
        }
        return value;
    }

    /** Reads digits of the radix, allowing single '_' separators between two digits. */
    private String readDigits(int radix) {
        StringBuilder digits = new StringBuilder();
        while (offset < length) {
            char c = src.charAt(offset);
            if (Character.digit(c, radix) >= 0 && c < 128) {
                digits.append(c);
                offset++;
            } else if (c == '_') {
                boolean between = !digits.isEmpty() && offset + 1 < length
                        && Character.digit(src.charAt(offset + 1), radix) >= 0;
                if (!between) {
                    throw error(here(), "A numeric separator '_' is only allowed between two digits.");
                }
                offset++;
            } else {
                break;
            }
        }
        return digits.toString();
    }

    // ------------------------------------------------------------------ strings, templates

    private String lexString(char quote, Pos pos) {
        offset++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (offset >= length) {
                throw error(pos, "Unterminated string literal.");
            }
            char c = src.charAt(offset);
            if (c == quote) {
                offset++;
                return out.toString();
            }
            if (c == '\\') {
                readEscape(out, false);
            } else if (c == '\n' || c == '\r') {
                // U+2028 and U+2029 are allowed inside strings since ES2019; \n and \r are not.
                throw error(pos, "Unterminated string literal.");
            } else {
                out.append(c);
                offset++;
            }
        }
    }

    /**
     * Lexes template characters from the current offset (just after the backtick or the
     * {@code }}) up to and including the next {@code ${} or closing backtick.
     */
    private Token lexTemplatePart(TokenType type, int start, Pos pos, Pos literalStart, boolean newline) {
        StringBuilder out = new StringBuilder();
        while (true) {
            if (offset >= length) {
                throw error(literalStart, "Unterminated template literal: a closing '`' is missing.");
            }
            char c = src.charAt(offset);
            if (c == '`') {
                offset++;
                return new Token(type, src.substring(start, offset), out.toString(), 0, pos, newline, true);
            }
            if (c == '$' && offset + 1 < length && src.charAt(offset + 1) == '{') {
                offset += 2;
                pushBrace(true, literalStart);
                return new Token(type, src.substring(start, offset), out.toString(), 0, pos, newline, false);
            }
            if (c == '\\') {
                readEscape(out, true);
            } else if (isLineTerminator(c)) {
                // The cooked value of any line break in a template is "\n" (\r\n and \r too).
                out.append(c == '\u2028' || c == '\u2029' ? c : '\n');
                newLine();
            } else {
                out.append(c);
                offset++;
            }
        }
    }

    /** Reads one escape sequence starting at the backslash and appends its cooked value. */
    private void readEscape(StringBuilder out, boolean template) {
        Pos pos = here();
        offset++;
        if (offset >= length) {
            throw error(pos, template ? "Unterminated template literal." : "Unterminated string literal.");
        }
        char c = src.charAt(offset);
        if (isLineTerminator(c)) {
            newLine(); // a line continuation contributes nothing
            return;
        }
        offset++;
        switch (c) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'v' -> out.append('\u000B');
            case '0' -> {
                if (offset < length && isDigit(src.charAt(offset))) {
                    throw error(pos, "Octal escape sequences like '\\0" + src.charAt(offset)
                            + "' are not allowed; use '\\x' or '\\u' escapes.");
                }
                out.append('\0');
            }
            case '1', '2', '3', '4', '5', '6', '7', '8', '9' -> throw error(pos, "Octal escape sequences like '\\"
                    + c + "' are not allowed; use '\\x' or '\\u' escapes.");
            case 'x' -> out.append((char) readHex(2, pos, "Invalid hexadecimal escape: '\\x' needs two hex digits."));
            case 'u' -> {
                String bad = "Invalid Unicode escape: write '\\u' followed by four hex digits or '\\u{...}'.";
                if (offset < length && src.charAt(offset) == '{') {
                    offset++;
                    int close = src.indexOf('}', offset);
                    if (close < 0 || close == offset || close - offset > 8) {
                        throw error(pos, bad);
                    }
                    int cp = readHex(close - offset, pos, bad);
                    if (cp > 0x10FFFF) {
                        throw error(pos, "Invalid Unicode escape: code points end at \\u{10FFFF}.");
                    }
                    offset++;
                    out.appendCodePoint(cp);
                } else {
                    out.append((char) readHex(4, pos, bad));
                }
            }
            default -> out.append(c);
        }
    }

    private int readHex(int count, Pos pos, String message) {
        int value = 0;
        for (int i = 0; i < count; i++) {
            int d = offset < length ? Character.digit(src.charAt(offset), 16) : -1;
            if (d < 0 || src.charAt(offset) >= 128) {
                throw error(pos, message);
            }
            value = value * 16 + d;
            offset++;
        }
        return value;
    }

    // ------------------------------------------------------------------ characters

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isOtherWhitespace(char c) {
        return c == '\u000B' || c == '\f' || c == '\u00A0' || c == '\uFEFF'
                || (c > 127 && Character.getType(c) == Character.SPACE_SEPARATOR);
    }

    private static boolean isIdentifierStart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '$' || cp == '_';
        }
        return Character.isUnicodeIdentifierStart(cp);
    }

    private static boolean isIdentifierPart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    || cp == '$' || cp == '_';
        }
        return cp == 0x200C || cp == 0x200D
                || (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
    }

    private static String describeChar(int cp) {
        if (cp < 32 || cp == 127 || Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT) {
            return String.format("U+%04X", cp);
        }
        return "'" + new String(Character.toChars(cp)) + "'";
    }

    // ------------------------------------------------------------------ errors

    private static ScenarioSyntaxError error(Pos pos, String sentence) {
        return new ScenarioSyntaxError(pos, sentence);
    }

    private static ScenarioSyntaxError unsupported(Pos pos, String what) {
        return new ScenarioSyntaxError(pos, "not supported in scenarios: " + what);
    }

    /** Lexes a whole source; for tests and tools. */
    static List<Token> tokenize(String file, String source) {
        Lexer lexer = new Lexer(file, source);
        List<Token> tokens = new ArrayList<>();
        Token t;
        do {
            t = lexer.next();
            tokens.add(t);
        } while (t.type() != TokenType.EOF);
        return tokens;
    }
}
