package org.jclassad.parser;

import org.antlr.v4.runtime.Token;
import org.jclassad.grammar.ClassAdLexer;
import org.jclassad.grammar.TokenRules;

/**
 * The tokens of {@code ClassAdLexer.g4} for {@link DescentParser}, one at a time, with the same
 * types, extents, lines and columns as the grammar's lexer (including its two hand-written
 * quirks: a {@code -} joined to the number after it, and old-syntax strings). It reads only the
 * tokens ads are commonly made of and gives up, with {@link Unhandled}, at anything else:
 * comments, quoted names, {@code ..}, hexadecimal and octal numbers, and every malformed token.
 */
final class DescentLexer {
    /** Thrown where the hand-written reading stops and the grammar must read the text. */
    static final class Unhandled extends RuntimeException {
        static final Unhandled INSTANCE = new Unhandled();

        private Unhandled() {
            super("left to the grammar", null, false, false);
        }
    }

    private final String text;
    private final int length;
    private final boolean oldSyntax;
    private int pos;
    private int line = 1;
    private int lineStart;
    private int previousType = Token.INVALID_TYPE;
    private int count;

    /** The current token: its type, extent {@code [start, end)}, 1-based line, 0-based column and index. */
    int type;
    int start;
    int end;
    int tokenLine;
    int column;
    int index;
    /** For a string: its value is the text between its first and last character. */
    boolean plainString;

    DescentLexer(String text, boolean oldSyntax) {
        this.text = text;
        this.length = text.length();
        this.oldSyntax = oldSyntax;
    }

    static Unhandled unhandled() {
        return Unhandled.INSTANCE;
    }

    /** The current token's text. */
    String text() {
        return text.substring(start, end);
    }

    /**
     * Whether the token after the current one is {@code (}: the one place the grammar looks two
     * tokens ahead (a name followed by an argument list is a call).
     */
    boolean nextIsOpenParen() {
        int i = skipSpace(pos);
        return i < length && text.charAt(i) == '(';
    }

    /** Moves to the next token. */
    void next() {
        pos = skipSpaceCountingLines(pos);
        start = pos;
        tokenLine = line;
        column = pos - lineStart;
        index = count++;
        plainString = false;
        if (pos >= length) {
            type = Token.EOF;
            end = pos;
            return;
        }
        char c = text.charAt(pos);
        int t;
        if (isNameStart(c)) {
            t = name();
        } else if (isDigit(c) || c == '.' && pos + 1 < length && isDigit(text.charAt(pos + 1))) {
            t = number(pos);
        } else if (c == '"') {
            t = oldSyntax ? oldString() : string();
        } else if (c == '-' && minusMayStartNumber() && startsNumber(pos + 1)) {
            t = number(pos + 1);
        } else {
            t = operator(c);
        }
        type = t;
        end = pos;
        previousType = t;
    }

    // ------------------------------------------------------------------ white space

    private int skipSpace(int i) {
        while (i < length) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f') {
                i++;
            } else if (c == '/' && i + 1 < length && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '*')) {
                throw unhandled(); // a comment
            } else {
                break;
            }
        }
        return i;
    }

    private int skipSpaceCountingLines(int i) {
        int to = skipSpace(i);
        countLines(i, to);
        return to;
    }

    private void countLines(int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
    }

    // ------------------------------------------------------------------ names and keywords

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private int name() {
        int from = pos;
        int i = pos + 1;
        while (i < length && isNamePart(text.charAt(i))) {
            i++;
        }
        pos = i;
        switch (i - from) {
            case 2:
                return is(from, "is") ? ClassAdLexer.IS : ClassAdLexer.NAME;
            case 4:
                return is(from, "true") ? ClassAdLexer.TRUE : is(from, "isnt") ? ClassAdLexer.ISNT : ClassAdLexer.NAME;
            case 5:
                return is(from, "false") ? ClassAdLexer.FALSE : is(from, "error") ? ClassAdLexer.ERROR : ClassAdLexer.NAME;
            case 9:
                return is(from, "undefined") ? ClassAdLexer.UNDEFINED : ClassAdLexer.NAME;
            default:
                return ClassAdLexer.NAME;
        }
    }

    /** ASCII case-insensitive, as the keyword rules are. */
    private boolean is(int from, String lowerKeyword) {
        for (int k = 0; k < lowerKeyword.length(); k++) {
            char c = text.charAt(from + k);
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            if (c != lowerKeyword.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ numbers

    /** A {@code -} joins a number unless the previous token ends an operand ({@link TokenRules}). */
    private boolean minusMayStartNumber() {
        return !TokenRules.endsOperand(previousType);
    }

    /** Whether a number token (or a malformed one) starts at {@code i}. */
    private boolean startsNumber(int i) {
        if (i >= length) {
            return false;
        }
        char c = text.charAt(i);
        if (isDigit(c)) {
            return true;
        }
        // '.5' is a number; '..' (a selection token, or HTCondor's '..5') is left to the grammar
        if (c == '.' && i + 1 < length) {
            char d = text.charAt(i + 1);
            if (d == '.') {
                throw unhandled();
            }
            return isDigit(d);
        }
        return false;
    }

    /**
     * {@code INTEGER} ({@code 0} or {@code [1-9][0-9]*}) or {@code REAL} ({@code d+.d+}, {@code .d+},
     * {@code d+} with an exponent) from {@code from}, by the longest match the grammar's rules
     * make; a hexadecimal or octal integer or anything {@code BAD_NUMBER} would match is unhandled.
     */
    private int number(int from) {
        int i = from;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
        }
        int digits = i - from;
        boolean real = false;
        if (i < length && text.charAt(i) == '.') {
            if (i + 1 >= length || !isDigit(text.charAt(i + 1))) {
                throw unhandled(); // '1.' and '1..' are BAD_NUMBER
            }
            i += 2;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
            real = true;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i = exponent(i + 1);
            real = true;
        }
        if (!real) {
            char first = text.charAt(from);
            if (first == '0' && (digits > 1 || i < length && (text.charAt(i) == 'x' || text.charAt(i) == 'X'))) {
                throw unhandled(); // octal, hexadecimal, or BAD_NUMBER
            }
        }
        pos = i;
        return real ? ClassAdLexer.REAL : ClassAdLexer.INTEGER;
    }

    /** The digits of an exponent after its {@code e}; without digits the token is a BAD_NUMBER. */
    private int exponent(int i) {
        if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = i;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == digits) {
            throw unhandled();
        }
        return i;
    }

    // ------------------------------------------------------------------ strings

    /** A new-syntax string: quoted segments, with only white space between them, make one token. */
    private int string() {
        int i = segmentEnd(pos);
        boolean plain = i > 0;
        if (!plain) {
            i = -i;
        }
        while (true) {
            int next = skipSpace(i);
            if (next >= length || text.charAt(next) != '"') {
                break;
            }
            int after = segmentEnd(next);
            plain = false;
            i = after > 0 ? after : -after;
        }
        countLines(pos, i);
        pos = i;
        plainString = plain;
        return ClassAdLexer.STRING;
    }

    /**
     * The end (after the closing quote) of the quoted segment opening at {@code quote}, negated if
     * the segment holds a backslash; unhandled if it is unterminated.
     */
    private int segmentEnd(int quote) {
        boolean escapes = false;
        for (int i = quote + 1; i < length; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                return escapes ? -(i + 1) : i + 1;
            }
            if (c == '\\') {
                escapes = true;
                i++;
            }
        }
        throw unhandled();
    }

    /**
     * An old-syntax string: to the next quote, where a quote after a backslash is part of the
     * string unless it is the last character of the text or of its line.
     */
    private int oldString() {
        char previous = '"';
        boolean backslash = false;
        for (int i = pos + 1; i < length; i++) {
            char c = text.charAt(i);
            if (c == '"' && (previous != '\\' || i + 1 >= length || text.charAt(i + 1) == '\n')) {
                countLines(pos, i + 1);
                pos = i + 1;
                plainString = !backslash;
                return ClassAdLexer.OLD_STRING;
            }
            if (c == '\\') {
                backslash = true;
            }
            previous = c;
        }
        throw unhandled();
    }

    // ------------------------------------------------------------------ operators and punctuation

    private int operator(char c) {
        int i = pos;
        char d = i + 1 < length ? text.charAt(i + 1) : '\0';
        int t;
        int size = 1;
        switch (c) {
            case '?': {
                int colon = skipSpace(i + 1);
                if (colon < length && text.charAt(colon) == ':') {
                    countLines(i, colon);
                    pos = colon + 1;
                    return ClassAdLexer.ELVIS;
                }
                t = ClassAdLexer.QMARK;
                break;
            }
            case '=':
                if (d == '?') {
                    if (i + 2 < length && text.charAt(i + 2) == '=') {
                        t = ClassAdLexer.META_EQ;
                        size = 3;
                        break;
                    }
                    throw unhandled(); // BAD_META
                }
                if (d == '!' && i + 2 < length && text.charAt(i + 2) == '=') {
                    t = ClassAdLexer.META_NE;
                    size = 3;
                } else if (d == '=') {
                    t = ClassAdLexer.EQ;
                    size = 2;
                } else {
                    t = ClassAdLexer.ASSIGN;
                }
                break;
            case '!':
                t = d == '=' ? ClassAdLexer.NE : ClassAdLexer.BANG;
                size = d == '=' ? 2 : 1;
                break;
            case '<':
                if (d == '=') {
                    t = ClassAdLexer.LE;
                    size = 2;
                } else if (d == '<') {
                    t = ClassAdLexer.SHL;
                    size = 2;
                } else {
                    t = ClassAdLexer.LT;
                }
                break;
            case '>':
                if (d == '=') {
                    t = ClassAdLexer.GE;
                    size = 2;
                } else if (d == '>') {
                    boolean unsigned = i + 2 < length && text.charAt(i + 2) == '>';
                    t = unsigned ? ClassAdLexer.USHR : ClassAdLexer.SHR;
                    size = unsigned ? 3 : 2;
                } else {
                    t = ClassAdLexer.GT;
                }
                break;
            case '&':
                t = d == '&' ? ClassAdLexer.ANDAND : ClassAdLexer.AMP;
                size = d == '&' ? 2 : 1;
                break;
            case '|':
                t = d == '|' ? ClassAdLexer.OROR : ClassAdLexer.BAR;
                size = d == '|' ? 2 : 1;
                break;
            case '.':
                if (d == '.') {
                    throw unhandled(); // '..'
                }
                t = ClassAdLexer.DOT;
                break;
            case ':': t = ClassAdLexer.COLON; break;
            case '^': t = ClassAdLexer.CARET; break;
            case '~': t = ClassAdLexer.TILDE; break;
            case '+': t = ClassAdLexer.PLUS; break;
            case '-': t = ClassAdLexer.MINUS; break;
            case '*': t = ClassAdLexer.STAR; break;
            case '/': t = ClassAdLexer.SLASH; break;
            case '%': t = ClassAdLexer.PERCENT; break;
            case ',': t = ClassAdLexer.COMMA; break;
            case ';': t = ClassAdLexer.SEMI; break;
            case '(': t = ClassAdLexer.LPAREN; break;
            case ')': t = ClassAdLexer.RPAREN; break;
            case '[': t = ClassAdLexer.LBRACK; break;
            case ']': t = ClassAdLexer.RBRACK; break;
            case '{': t = ClassAdLexer.LBRACE; break;
            case '}': t = ClassAdLexer.RBRACE; break;
            default:
                throw unhandled(); // quoted names and illegal characters
        }
        pos = i + size;
        return t;
    }
}
