package org.atomiscope.lang;

/**
 * One token of scenario source.
 *
 * @param text the source text of the token (for punctuators and keywords a shared constant)
 * @param value the cooked value of a string or template part, else null
 * @param number the value of a number literal, else 0
 * @param newlineBefore whether a line terminator precedes the token; automatic semicolon
 *        insertion and the restricted productions ({@code return}, postfix {@code ++}, ...) need it
 * @param templateTail for template parts: whether the part ends the literal (a backtick)
 *        rather than opening a substitution ({@code ${})
 */
record Token(TokenType type, String text, String value, double number, Pos pos,
             boolean newlineBefore, boolean templateTail) {

    boolean is(TokenType t, String s) {
        return type == t && text.equals(s);
    }

    /** How an error message names this token, e.g. {@code 'else'} or {@code the end of the input}. */
    String describe() {
        return switch (type) {
            case EOF -> "the end of the input";
            case STRING -> "a string";
            case TEMPLATE -> "a template literal";
            case TEMPLATE_CONT -> "'}'";
            default -> "'" + text + "'";
        };
    }
}
