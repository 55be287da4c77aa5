package org.jclassad.io;

import org.jclassad.unparse.Syntax;

/**
 * Cuts one bracketed ad out of a character stream without parsing it: from its opening bracket
 * to the matching close, skipping brackets inside strings (and, for ClassAds, quoted names and
 * comments). The text is then parsed on its own, so memory holds one ad at a time.
 */
final class BalancedScanner {
    enum Syntax { CLASSAD, JSON }

    private final Syntax syntax;
    private final char open;
    private final char close;

    BalancedScanner(Syntax syntax) {
        this.syntax = syntax;
        this.open = syntax == Syntax.CLASSAD ? '[' : '{';
        this.close = syntax == Syntax.CLASSAD ? ']' : '}';
    }

    /** Result of a scan: the text read, and whether it is a complete, balanced ad. */
    record Cut(String text, boolean complete, boolean tooLong) {
    }

    /** Reads from the opening bracket (the next character) to its match, at most {@code max} chars. */
    Cut scan(TextCursor in, int max) {
        StringBuilder sb = new StringBuilder(256);
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
            if (c == '"' || (c == '\'' && syntax == Syntax.CLASSAD)) {
                if (!quoted(in, sb, (char) c, max)) {
                    return new Cut(sb.toString(), false, sb.length() >= max);
                }
            } else if (c == '/' && syntax == Syntax.CLASSAD && (in.peek() == '/' || in.peek() == '*')) {
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

    /** Skips white space and, for ClassAds, comments between ads. */
    void skipSpace(TextCursor in) {
        while (true) {
            int c = in.peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                in.read();
            } else if (c == '/' && syntax == Syntax.CLASSAD) {
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
     * After a failure, gives back everything after the first line of {@code text} (which began at
     * {@code line}) and skips to the next line that starts with the opening bracket.
     */
    void resync(TextCursor in, String text, long line, int max) {
        int nl = text.indexOf('\n');
        if (nl >= 0 && nl + 1 < text.length()) {
            in.unread(text.substring(nl + 1), line + 1, 1);
        } else if (nl < 0) {
            // the rest of the ad's first line is still unread: drop it
            in.readLine(max);
        }
        while (true) {
            long at = in.line();
            String next = in.readLine(max);
            if (next == null) {
                if (in.lastLineTooLong()) {
                    continue;
                }
                return;
            }
            String trimmed = next.stripLeading();
            if (!trimmed.isEmpty() && trimmed.charAt(0) == open) {
                in.unread(next + "\n", at, 1);
                return;
            }
        }
    }
}
