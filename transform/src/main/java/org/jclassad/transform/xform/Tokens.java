package org.jclassad.transform.xform;

/**
 * Splits a statement line into words as HTCondor's {@code tokener} does: words are separated by
 * white space; a word starting with {@code "} or {@code '} runs to the next identical quote (no
 * escapes) and excludes the quotes.
 */
final class Tokens {
    private static final String SEP = " \t\r\n";

    private final String line;
    private int cur;
    private int cch;
    private int next;
    private char quote;

    Tokens(String line) {
        this.line = line;
    }

    private int firstNotOf(int from) {
        if (from < 0) {
            return -1;
        }
        for (int i = from; i < line.length(); i++) {
            if (SEP.indexOf(line.charAt(i)) < 0) {
                return i;
            }
        }
        return -1;
    }

    private int firstOf(int from) {
        for (int i = from; i < line.length(); i++) {
            if (SEP.indexOf(line.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Advances to the next word; false at the end of the line. */
    boolean next() {
        quote = 0;
        cur = firstNotOf(next);
        if (cur < 0) {
            return false;
        }
        char c = line.charAt(cur);
        if (c == '"' || c == '\'') {
            next = line.indexOf(c, cur + 1);
            quote = c;
            cur += 1;
            cch = (next < 0 ? line.length() : next) - cur;
            if (next >= 0) {
                next += 1;
            }
        } else {
            next = firstOf(cur);
            cch = (next < 0 ? line.length() : next) - cur;
        }
        return true;
    }

    String token() {
        return line.substring(cur, cur + cch);
    }

    boolean matches(String s) {
        return token().equals(s);
    }

    /** Offset of the current word (after its opening quote). */
    int offset() {
        return cur;
    }

    boolean isQuoted() {
        return cur > 0 && quote != 0 && line.charAt(cur - 1) == quote;
    }

    boolean isRegex() {
        return cur >= 0 && cur < line.length() && line.charAt(cur) == '/';
    }

    /** A regex word {@code /re/flags}; {@code null} when malformed or a flag is unknown. */
    Regex copyRegex() {
        if (!isRegex()) {
            return null;
        }
        int ix = line.indexOf('/', cur + 1);
        if (ix < 0) {
            return null;
        }
        cur += 1;
        cch = ix - cur;
        String value = line.substring(cur, cur + cch);
        next = ix + 1;
        int end = firstOf(next);
        if (end < 0) {
            end = line.length();
        }
        boolean multiline = false;
        boolean ungreedy = false;
        while (next < end) {
            switch (line.charAt(next++)) {
                case 'g':
                    break;
                case 'm':
                    multiline = true;
                    break;
                case 'i':
                    break;
                case 'U':
                    ungreedy = true;
                    break;
                default:
                    return null;
            }
        }
        return new Regex(value, multiline, ungreedy);
    }

    /** A {@code /pattern/} word: the pattern and its flags (matching is always caseless). */
    record Regex(String pattern, boolean multiline, boolean ungreedy) {
    }
}
