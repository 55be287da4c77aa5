package org.jclassad.parser;

import org.jclassad.parse.ParseOptions;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.Position;
import org.jclassad.text.CNumbers;
import org.jclassad.value.Value;

/**
 * The common values of long-format ads ({@code 42}, {@code -1}, {@code 0.5}, {@code "X86_64"},
 * {@code true}) read without the grammar. It recognises only text the grammar would read as
 * that one literal token and nothing after it but white space, and builds exactly the tree
 * {@link ExprParser#parseExpression(String, ParseOptions, Reading)} builds (positions
 * included); everything else, including every malformed or merely unusual literal, is left to
 * the grammar, which remains the definition of the language. A property test holds the two to
 * the same result.
 */
public final class LiteralFastPath {
    /** Positions are values; literals at the usual columns share one instance (a million ads hold many). */
    private static final Position[] FIRST_LINE = new Position[64];

    static {
        for (int i = 0; i < FIRST_LINE.length; i++) {
            FIRST_LINE[i] = new Position(1, i + 1);
        }
    }

    private LiteralFastPath() {
    }

    /**
     * The expression {@code ExprParser.parseExpression(text, options, full)} returns when
     * {@code text} is a single simple literal, or {@code null} to say "use the parser".
     */
    public static Expr tryParse(String text, ParseOptions options) {
        if (options.nestingLimit() < 3 || text.length() > options.maxChars()) {
            return null;
        }
        int n = text.length();
        int start = 0;
        while (start < n && isSpace(text.charAt(start))) {
            start++;
        }
        int end = n;
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return null;
        }
        for (int i = 0; i < start; i++) {
            if (text.charAt(i) == '\n') {
                return null; // positions would need line counting: leave it to the parser
            }
        }
        Position at = start < FIRST_LINE.length ? FIRST_LINE[start] : new Position(1, start + 1);
        char c = text.charAt(start);
        Value v;
        if (c == '"') {
            v = options.oldSyntax() ? oldString(text, start, end) : null;
        } else if (c == '-' || c == '.' || (c >= '0' && c <= '9')) {
            v = number(text.substring(start, end), options);
        } else {
            v = keyword(text, start, end);
        }
        return v == null ? null : new Literal(v, at);
    }

    /** White space the lexer skips, but not a newline (the caller's lines have none) and never NUL. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u000B' || c == '\f';
    }

    /**
     * An old-syntax string: the first quote that ends it by the old-syntax rule (not escaped by
     * a backslash, unless it is the last character) must be the last character before the
     * trailing white space.
     */
    private static Value oldString(String text, int start, int end) {
        int size = text.length();
        for (int i = start + 1; i < size; i++) {
            char ch = text.charAt(i);
            if (ch == '\0' || ch == '\n') {
                return null;
            }
            if (ch == '"' && (text.charAt(i - 1) != '\\' || i + 1 >= size || text.charAt(i + 1) == '\n')) {
                if (i != end - 1) {
                    return null;
                }
                return Value.ofBytes(StringLiterals.oldSyntaxBody(text.substring(start, end), '"'));
            }
        }
        return null;
    }

    /** {@code -?(0|[1-9][0-9]*)} as an integer, {@code -?(d+.d+|.d+|d+)(e[+-]?d+)} as a real. */
    private static Value number(String t, ParseOptions options) {
        int i = t.startsWith("-") ? 1 : 0;
        int n = t.length();
        int digitsStart = i;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
        }
        int intDigits = i - digitsStart;
        if (i == n) {
            if (intDigits == 0 || (intDigits > 1 && t.charAt(digitsStart) == '0')) {
                return null; // octal, or a compat-mode error: the parser says which
            }
            return Value.of(CNumbers.integerValue(t));
        }
        boolean fraction = false;
        if (t.charAt(i) == '.') {
            int f = ++i;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
            }
            if (i == f) {
                return null;
            }
            fraction = true;
        } else if (intDigits == 0) {
            return null;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                i++;
            }
            int e = i;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
            }
            if (i == e) {
                return null;
            }
        } else if (!fraction) {
            return null;
        }
        if (i != n) {
            return null;
        }
        return Value.of(CNumbers.realValue(t));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Value keyword(String text, int start, int end) {
        switch (end - start) {
            case 4:
                return is(text, start, "true") ? Value.TRUE : null;
            case 5:
                return is(text, start, "false") ? Value.FALSE : is(text, start, "error") ? Value.ERROR : null;
            case 9:
                return is(text, start, "undefined") ? Value.UNDEFINED : null;
            default:
                return null;
        }
    }

    /** ASCII case-insensitive, as the lexer's keyword rules are. */
    private static boolean is(String text, int start, String lowerKeyword) {
        for (int k = 0; k < lowerKeyword.length(); k++) {
            char c = text.charAt(start + k);
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            if (c != lowerKeyword.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
