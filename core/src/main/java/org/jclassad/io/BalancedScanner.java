package org.jclassad.io;

import org.jclassad.unparse.Syntax;

/**
 * Cuts one bracketed ad out of a character stream without parsing it: from its opening bracket
 * to the matching close, skipping brackets inside strings, quoted names and comments (HTCondor
 * reads JSON with its ClassAd lexer, so the same tokens hide brackets in both syntaxes). The text
 * is then parsed on its own, so memory holds one ad at a time.
 *
 * <p>After a malformed ad it also finds where the next ad begins: at the first later line whose
 * first non-blank character is an opening bracket no further right than the malformed ad's own
 * (HTCondor's writers start every top-level ad on a line of its own, nested ones indented).
 */
final class BalancedScanner {
    enum Syntax { CLASSAD, JSON }

    private final char open;
    private final char close;

    BalancedScanner(Syntax syntax) {
        this.open = syntax == Syntax.CLASSAD ? '[' : '{';
        this.close = syntax == Syntax.CLASSAD ? ']' : '}';
    }

    /**
     * Result of a scan: the text read, whether it is a complete, balanced ad, and, when the input
     * broke off before the ad ended, why.
     */
    record Cut(String text, boolean complete, boolean tooLong, java.io.UncheckedIOException failure) {
        Cut(String text, boolean complete, boolean tooLong) {
            this(text, complete, tooLong, null);
        }
    }

    /** Reads from the opening bracket (the next character) to its match, at most {@code max} chars. */
    Cut scan(TextCursor in, int max) {
        StringBuilder sb = new StringBuilder(256);
        try {
            return scan(in, max, sb);
        } catch (java.io.UncheckedIOException broken) {
            return new Cut(sb.toString(), false, false, broken);
        }
    }

    private Cut scan(TextCursor in, int max, StringBuilder sb) {
        int depth = 0;
        while (true) {
            int c = in.read();
            if (c < 0) {
                return new Cut(sb.toString(), false, false);
            }
            if (sb.length() >= max) {
                return new Cut(sb.toString(), false, true);
            }
            sb.append((char) c);
            if (c == '"' || c == '\'') {
                if (!quoted(in, sb, (char) c, max)) {
                    return new Cut(sb.toString(), false, sb.length() >= max);
                }
            } else if (c == '/' && (in.peek() == '/' || in.peek() == '*')) {
                if (!comment(in, sb, max)) {
                    return new Cut(sb.toString(), false, sb.length() >= max);
                }
            } else if (c == open) {
                depth++;
            } else if (c == close) {
                depth--;
                if (depth == 0) {
                    return new Cut(sb.toString(), true, false);
                }
            }
        }
    }

    private static boolean quoted(TextCursor in, StringBuilder sb, char quote, int max) {
        while (sb.length() < max) {
            int c = in.read();
            if (c < 0) {
                return false;
            }
            sb.append((char) c);
            if (c == '\\') {
                int d = in.read();
                if (d < 0) {
                    return false;
                }
                sb.append((char) d);
            } else if (c == quote) {
                return true;
            }
        }
        return false;
    }

    private static boolean comment(TextCursor in, StringBuilder sb, int max) {
        int kind = in.read();
        sb.append((char) kind);
        if (kind == '/') {
            while (sb.length() < max) {
                int c = in.peek();
                if (c < 0 || c == '\n') {
                    return true;
                }
                sb.append((char) in.read());
            }
            return false;
        }
        int prev = 0;
        while (sb.length() < max) {
            int c = in.read();
            if (c < 0) {
                return false;
            }
            sb.append((char) c);
            if (prev == '*' && c == '/') {
                return true;
            }
            prev = c;
        }
        return false;
    }

    /** Skips white space and comments between ads. */
    void skipSpace(TextCursor in) {
        while (true) {
            int c = in.peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                in.read();
            } else if (c == '/') {
                long line = in.line();
                int column = in.column();
                in.read();
                int d = in.peek();
                if (d == '/') {
                    while (in.peek() >= 0 && in.peek() != '\n') {
                        in.read();
                    }
                } else if (d == '*') {
                    in.read();
                    int prev = 0;
                    while (true) {
                        int e = in.read();
                        if (e < 0 || (prev == '*' && e == '/')) {
                            break;
                        }
                        prev = e;
                    }
                } else {
                    in.unread("/", line, column);
                    return;
                }
            } else {
                return;
            }
        }
    }

    /**
     * Where, inside {@code text} (an ad's text that began at column {@code column}), a later line
     * begins the next ad; -1 if none does.
     */
    int nextAdStart(String text, int column) {
        int nl = text.indexOf('\n');
        while (nl >= 0) {
            int start = nl + 1;
            if (startsAd(text, start, text.length(), column)) {
                return start;
            }
            nl = text.indexOf('\n', start);
        }
        return -1;
    }

    /** Whether the line at {@code from} (up to {@code to}) opens an ad at a column up to {@code column}. */
    private boolean startsAd(CharSequence s, int from, int to, int column) {
        int i = from;
        while (i < to && i - from < column && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i < to && i - from < column && s.charAt(i) == open;
    }

    /**
     * After a malformed ad that began at {@code column}, skips the rest of the stream's lines up to
     * the next line that begins an ad (which is given back), or to the end.
     */
    void skipToNextAd(TextCursor in, int column, int max) {
        while (true) {
            long at = in.line();
            String next = in.readLine(max);
            if (next == null) {
                if (in.lastLineTooLong()) {
                    continue;
                }
                return;
            }
            if (startsAd(next, 0, next.length(), column)) {
                in.unread(next + "\n", at, 1);
                return;
            }
        }
    }
}
