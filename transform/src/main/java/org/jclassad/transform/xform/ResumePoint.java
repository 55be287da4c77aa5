package org.jclassad.transform.xform;

/**
 * Where HTCondor's ClassAd lexer stands after it has read one token: the offset of the next
 * character it would read from the text.
 *
 * <p>HTCondor reads a list of old-style routes by parsing one ad at a time from an offset; when a
 * parse fails, the next parse starts wherever the lexer stopped. That is not always the end of
 * the token: to see where most tokens end the lexer reads one character more (after a name, a
 * number, a lone {@code =} or {@code &}), after a string literal it reads on past white space to
 * the next character (to join adjacent literals), and after {@code ?} past white space to look for
 * {@code :}. Single-character punctuation is read without look-ahead. So a failed parse leaves the
 * reader after the offending token plus, for most tokens, one more character, and a broken route
 * list is walked token by token — which is what makes HTCondor print one empty route for each
 * step. This class computes that position; it does not build tokens.
 */
final class ResumePoint {
    private static final int EOF = -1;
    private static final int EMPTY = -2;

    private final String text;
    private int pos;
    private int ch = EMPTY;

    private ResumePoint(String text, int start) {
        this.text = text;
        this.pos = start;
    }

    /**
     * The offset after the lexer has read the token that starts at or after {@code start} (white
     * space and comments before it skipped).
     *
     * @param afterOperand whether the token before it was a value, a name or a closing bracket
     *        (then {@code -} is an operator; otherwise {@code -} may start a number)
     */
    static int afterToken(String text, int start, boolean afterOperand) {
        ResumePoint r = new ResumePoint(text, start);
        r.token(afterOperand);
        return r.pos;
    }

    /** Whether the text just before {@code offset} ends an operand (see {@link #afterToken}). */
    static boolean endsOperand(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && isSpace(text.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') {
            return true;
        }
        if (!isAlnum(c) && c != '_') {
            return false;
        }
        int b = i;
        while (b > 0 && (isAlnum(text.charAt(b - 1)) || text.charAt(b - 1) == '_')) {
            b--;
        }
        String word = text.substring(b, i + 1);
        return !word.equalsIgnoreCase("is") && !word.equalsIgnoreCase("isnt");
    }

    // ------------------------------------------------------------------ the character source

    private int read() {
        if (pos >= text.length() || text.charAt(pos) == 0) {
            return EOF;
        }
        return text.charAt(pos++) & 0xFF;
    }

    /** Steps back one character, unconditionally (even after a read at the end returned nothing). */
    private void unread() {
        if (pos > 0) {
            pos--;
        }
    }

    private void fetch() {
        if (ch == EMPTY) {
            ch = read();
        }
    }

    /** Moves past the current character, reading the next one unless {@code lookAhead} is false. */
    private void wind(boolean lookAhead) {
        if (ch == EOF) {
            return;
        }
        ch = lookAhead ? read() : EMPTY;
    }

    private void wind() {
        wind(true);
    }

    // ------------------------------------------------------------------ one token

    private void token(boolean afterOperand) {
        fetch();
        while (true) {
            if (isSpace(ch)) {
                wind();
            } else if (ch == '/') {
                wind();
                if (ch == '/') {
                    while (ch > 0 && ch != '\n') {
                        wind();
                    }
                } else if (ch == '*') {
                    int previous;
                    ch = '\n';
                    do {
                        previous = ch;
                        wind();
                    } while ((previous != '*' || ch != '/') && ch > 0);
                    if (ch == EOF) {
                        return; // unterminated comment
                    }
                    wind();
                } else {
                    return; // a division operator, its look-ahead read
                }
            } else {
                break;
            }
        }
        if (ch <= 0) {
            return;
        }
        if (ch == '-') {
            if (afterOperand) {
                punctuation();
            } else {
                number();
            }
        } else if (isDigit(ch) || ch == '.') {
            number();
        } else if (isAlpha(ch) || ch == '_') {
            name();
        } else if (ch == '"' || ch == '\'') {
            quoted(ch);
        } else {
            punctuation();
        }
    }

    private void number() {
        int first = ch;
        wind();
        if (first == '-') {
            if (isDigit(ch)) {
                first = ch;
                wind();
            } else if (ch == '.') {
                int second = read();
                if (second >= 0) {
                    unread();
                }
                if (!isDigit(second)) {
                    return; // a minus sign
                }
            } else {
                return; // a minus sign
            }
        }
        boolean isInteger = false;
        boolean isReal = false;
        if (first == '0') {
            if (ch == 'x' || ch == 'X') {
                isInteger = true;
                wind();
                if (!isHexDigit(ch)) {
                    return;
                }
                while (isHexDigit(ch)) {
                    wind();
                }
            } else {
                isInteger = true;
                while (isDigit(ch)) {
                    if (isInteger && ch > '7') {
                        isInteger = false;
                        isReal = true;
                    }
                    wind();
                }
                if (ch == '.' || ch == 'e' || ch == 'E') {
                    isInteger = false;
                    isReal = true;
                } else if (isReal) {
                    return; // a malformed octal number
                }
            }
        } else if (isDigit(first)) {
            while (isDigit(ch)) {
                wind();
            }
            isReal = ch == '.' || ch == 'e' || ch == 'E';
            isInteger = !isReal;
        }
        if (first == '.' || ch == '.') {
            if (ch == '.') {
                wind();
            }
            if (isDigit(ch)) {
                isReal = true;
                while (isDigit(ch)) {
                    wind();
                }
            } else {
                return; // a selection operator, or a number ending in '.'
            }
        }
        if (isReal && (ch == 'e' || ch == 'E')) {
            wind();
            if (ch == '+' || ch == '-') {
                wind();
            }
            while (isDigit(ch)) {
                wind();
            }
        }
    }

    private void name() {
        while (isAlpha(ch)) {
            wind();
        }
        if (isDigit(ch) || ch == '_') {
            wind();
            while (isAlnum(ch) || ch == '_') {
                wind();
            }
        }
    }

    /** A string literal or a quoted name (new syntax: backslash escapes; adjacent literals join). */
    private void quoted(int delim) {
        wind();
        while (true) {
            boolean oddBackslashes = false;
            int previous = 0;
            while (ch > 0 && (ch != delim || (previous == '\\' && oddBackslashes))) {
                oddBackslashes = !oddBackslashes && ch == '\\';
                previous = ch;
                wind();
            }
            if (ch != delim) {
                return; // unterminated
            }
            int next = ' ';
            while (isSpace(next)) {
                next = read();
            }
            if (next != delim) {
                ch = next;
                return;
            }
            wind(); // an adjacent literal continues this one
        }
    }

    private void punctuation() {
        int first = ch;
        wind(false);
        switch (first) {
            case '?':
                fetch();
                while (isSpace(ch)) {
                    wind();
                }
                if (ch == ':') {
                    wind(false);
                }
                break;
            case '&':
            case '|':
                fetch();
                if (ch == first) {
                    wind(false);
                }
                break;
            case '<':
                fetch();
                if (ch == '=' || ch == '<') {
                    wind(false);
                }
                break;
            case '>':
                fetch();
                if (ch == '=') {
                    wind(false);
                } else if (ch == '>') {
                    wind();
                    if (ch == '>') {
                        wind(false);
                    }
                }
                break;
            case '=':
                fetch();
                if (ch == '=') {
                    wind(false);
                } else if (ch == '?') {
                    wind();
                    if (ch == '=') {
                        wind(false);
                    }
                } else if (ch == '!') {
                    int next = read();
                    unread();
                    if (next == '=') {
                        wind();
                        wind(false);
                    }
                }
                break;
            case '!':
                fetch();
                if (ch == '=') {
                    wind(false);
                }
                break;
            default:
                break; // one character, no look-ahead
        }
    }

    // ------------------------------------------------------------------ C character classes

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAlnum(int c) {
        return isAlpha(c) || isDigit(c);
    }
}
