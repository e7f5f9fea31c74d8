package org.atomiscope.lang;

/** The kinds of token the {@link Lexer} produces. */
enum TokenType {
    /** An identifier, including contextual words such as {@code of}, {@code get}, {@code static}. */
    NAME,
    /** A reserved word: {@code if}, {@code this}, {@code true}, {@code let}, ... */
    KEYWORD,
    NUMBER,
    STRING,
    /** The start of a template literal: from the backtick to the first {@code ${} or the closing backtick. */
    TEMPLATE,
    /** A template literal continued after a substitution: from its {@code }} to the next {@code ${} or backtick. */
    TEMPLATE_CONT,
    /** Any operator or punctuation, e.g. {@code (}, {@code ?.}, {@code >>>=}. */
    PUNCT,
    EOF
}
