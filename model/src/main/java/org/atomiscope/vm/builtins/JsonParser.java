package org.atomiscope.vm.builtins;

import java.util.ArrayList;
import java.util.List;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Undefined;
import org.atomiscope.vm.Interpreter;
import org.atomiscope.vm.JsThrow;

/**
 * The JSON grammar (ECMA-404) as JSON.parse reads it, building objects in the agent's heap.
 * Errors are SyntaxErrors worded as Node 20 words them ("Unexpected token 'x', "..." is not valid
 * JSON", "Expected ',' or '}' after property value in JSON at position 9").
 */
final class JsonParser {
    private final Interpreter in;
    private final String text;
    private int pos;

    JsonParser(Interpreter in, String text) {
        this.in = in;
        this.text = text;
    }

    Object parseText() {
        skipWhitespace();
        Object v = parseValue();
        skipWhitespace();
        if (pos < text.length()) {
            throw error("Unexpected non-whitespace character after JSON at position " + pos);
        }
        return v;
    }

    private Object parseValue() {
        if (pos >= text.length()) {
            throw unexpectedEnd();
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return parseObject();
            case '[':
                return parseArray();
            case '"':
                return parseString();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", Undefined.NULL);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return parseNumber();
                }
                throw unexpectedToken();
        }
    }

    private Object literal(String word, Object value) {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= text.length()) {
                throw unexpectedEnd();
            }
            if (text.charAt(pos) != word.charAt(i)) {
                throw unexpectedToken();
            }
            pos++;
        }
        return value;
    }

    private Object parseObject() {
        pos++; // {
        Ref obj = in.newObject();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return obj;
        }
        while (true) {
            if (pos >= text.length()) {
                throw unexpectedEnd();
            }
            if (peek() != '"') {
                throw error("Expected property name or '}' in JSON at position " + pos);
            }
            String key = parseString();
            skipWhitespace();
            if (pos >= text.length()) {
                throw unexpectedEnd();
            }
            if (peek() != ':') {
                throw error("Expected ':' after property name in JSON at position " + pos);
            }
            pos++;
            skipWhitespace();
            Object v = parseValue();
            in.define(obj, key, v);
            skipWhitespace();
            if (pos >= text.length()) {
                throw unexpectedEnd();
            }
            char c = text.charAt(pos);
            if (c == '}') {
                pos++;
                return obj;
            }
            if (c != ',') {
                throw error("Expected ',' or '}' after property value in JSON at position " + pos);
            }
            pos++;
            skipWhitespace();
        }
    }

    private Object parseArray() {
        pos++; // [
        List<Object> items = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return in.newArray(items);
        }
        while (true) {
            items.add(parseValue());
            skipWhitespace();
            if (pos >= text.length()) {
                throw unexpectedEnd();
            }
            char c = text.charAt(pos);
            if (c == ']') {
                pos++;
                return in.newArray(items);
            }
            if (c != ',') {
                throw error("Expected ',' or ']' after array element in JSON at position " + pos);
            }
            pos++;
            skipWhitespace();
        }
    }

    private String parseString() {
        pos++; // "
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("Unterminated string in JSON at position " + pos);
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("Bad control character in string literal in JSON at position " + pos);
            }
            if (c != '\\') {
                sb.append(c);
                pos++;
                continue;
            }
            pos++;
            if (pos >= text.length()) {
                throw error("Unterminated string in JSON at position " + pos);
            }
            char e = text.charAt(pos);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    int v = 0;
                    for (int i = 1; i <= 4; i++) {
                        int d = pos + i < text.length() ? Character.digit(text.charAt(pos + i), 16) : -1;
                        if (d < 0) {
                            throw error("Bad Unicode escape in JSON at position " + (pos - 1));
                        }
                        v = v * 16 + d;
                    }
                    sb.append((char) v);
                    pos += 4;
                }
                default -> throw error("Bad escaped character in JSON at position " + (pos - 1));
            }
            pos++;
        }
    }

    private Object parseNumber() {
        int start = pos;
        if (peek() == '-') {
            pos++;
            if (pos >= text.length() || !isDigit(peek())) {
                throw pos >= text.length() ? unexpectedEnd() : error("No number after minus sign in JSON at position " + pos);
            }
        }
        if (peek() == '0') {
            pos++;
        } else {
            while (pos < text.length() && isDigit(peek())) {
                pos++;
            }
        }
        if (pos < text.length() && peek() == '.') {
            pos++;
            if (pos >= text.length() || !isDigit(peek())) {
                throw pos >= text.length() ? unexpectedEnd() : error("Unterminated fractional number in JSON at position " + pos);
            }
            while (pos < text.length() && isDigit(peek())) {
                pos++;
            }
        }
        if (pos < text.length() && (peek() == 'e' || peek() == 'E')) {
            pos++;
            if (pos < text.length() && (peek() == '+' || peek() == '-')) {
                pos++;
            }
            if (pos >= text.length() || !isDigit(peek())) {
                throw pos >= text.length() ? unexpectedEnd() : error("Exponent part is missing a number in JSON at position " + pos);
            }
            while (pos < text.length() && isDigit(peek())) {
                pos++;
            }
        }
        return Double.parseDouble(text.substring(start, pos));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private JsThrow unexpectedEnd() {
        return error("Unexpected end of JSON input");
    }

    /** Node quotes the whole text when it is short, and a window around the token otherwise. */
    private JsThrow unexpectedToken() {
        String token = new String(Character.toChars(text.codePointAt(pos)));
        String shown;
        if (text.length() <= 40) {
            shown = "\"" + text + "\" is not valid JSON";
        } else {
            int from = Math.max(0, pos - 10);
            int to = Math.min(text.length(), pos + 10);
            shown = "\"" + (from > 0 ? "..." : "") + text.substring(from, to) + (to < text.length() ? "..." : "")
                + "\" is not valid JSON";
        }
        return error("Unexpected token '" + token + "', " + shown);
    }

    private JsThrow error(String message) {
        return in.error("SyntaxError", message);
    }
}
