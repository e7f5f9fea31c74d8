package org.atomiscope.app.code;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Syntax colouring for scenario JavaScript: keywords, strings, numbers, comments, and the
 * shared-memory names a lesson is about (SharedArrayBuffer, the typed arrays, Atomics) stand out.
 * A regular-expression scan, as RichTextFX's own demos do: a scenario is a screenful, so it is
 * recoloured whole on every change.
 */
final class Highlighter {
    private static final String KEYWORDS = String.join("|", List.of("break", "case", "catch", "class", "const",
        "continue", "default", "delete", "do", "else", "extends", "finally", "for", "function", "if", "in",
        "instanceof", "let", "new", "of", "return", "super", "switch", "this", "throw", "try", "typeof", "var",
        "void", "while", "true", "false", "null", "undefined"));
    private static final String SHARED = "Atomics|SharedArrayBuffer|ArrayBuffer|Worker|postMessage|onmessage|agent"
        + "|(?:Big)?(?:Int|Uint)(?:8|16|32|64)(?:Clamped)?Array|Float(?:32|64)Array";

    private static final Pattern PATTERN = Pattern.compile(
        "(?<COMMENT>//[^\n]*|/\\*(?s:.*?)(?:\\*/|$))"
            + "|(?<STRING>\"(?:[^\"\\\\\n]|\\\\.)*\"?|'(?:[^'\\\\\n]|\\\\.)*'?|`(?:[^`\\\\]|\\\\.)*`?)"
            + "|(?<SHARED>\\b(?:" + SHARED + ")\\b)"
            + "|(?<KEYWORD>\\b(?:" + KEYWORDS + ")\\b)"
            + "|(?<NUMBER>\\b(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|\\d[\\d_]*(?:\\.\\d*)?(?:[eE][+-]?\\d+)?n?)\\b)");

    private Highlighter() {
    }

    static StyleSpans<Collection<String>> spans(String text) {
        Matcher m = PATTERN.matcher(text);
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int last = 0;
        while (m.find()) {
            String style = m.group("COMMENT") != null ? "js-comment"
                : m.group("STRING") != null ? "js-string"
                : m.group("SHARED") != null ? "js-shared"
                : m.group("KEYWORD") != null ? "js-keyword" : "js-number";
            b.add(List.of(), m.start() - last);
            b.add(List.of(style), m.end() - m.start());
            last = m.end();
        }
        b.add(List.of(), text.length() - last);
        return b.create();
    }
}
