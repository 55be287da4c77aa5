package org.jclassad.transform.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Logical lines of config or rules text, as HTCondor's {@code getline_trim} reads them: each
 * physical line is trimmed; a trailing {@code \} joins the next line (the backslash removed,
 * nothing inserted); a comment line ends in a backslash does not continue; and a line starting
 * with {@code #} <em>inside</em> a continuation is reduced to its last character (HTCondor's
 * quirk, kept so that rules files read the same).
 */
public final class LineReader {
    /** A logical line and the number of the physical line it starts on (1-based). */
    public record Line(String text, int number, int lastNumber) {
    }

    private final String text;
    private int pos;
    private int lineNumber;

    public LineReader(String text) {
        this.text = text;
    }

    /** The logical lines of {@code text}, read as they are iterated (nothing is held but the text). */
    public static Iterable<Line> lines(String text) {
        return () -> new java.util.Iterator<>() {
            private final LineReader reader = new LineReader(text);
            private Line next = reader.next();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Line next() {
                if (next == null) {
                    throw new java.util.NoSuchElementException();
                }
                Line l = next;
                next = reader.next();
                return l;
            }
        };
    }

    /** Every logical line of {@code text}. */
    public static List<Line> readAll(String text) {
        LineReader r = new LineReader(text);
        List<Line> out = new ArrayList<>();
        Line l;
        while ((l = r.next()) != null) {
            out.add(l);
        }
        return out;
    }

    /** Number of the last physical line read. */
    public int lineNumber() {
        return lineNumber;
    }

    /** The next physical line, untrimmed, or {@code null} at the end. */
    public String nextRaw() {
        if (pos >= text.length()) {
            return null;
        }
        int nl = text.indexOf('\n', pos);
        String raw;
        if (nl < 0) {
            raw = text.substring(pos);
            pos = text.length();
        } else {
            raw = text.substring(pos, nl);
            pos = nl + 1;
        }
        lineNumber++;
        return raw;
    }

    /** The next logical line, or {@code null} at the end. */
    public Line next() {
        StringBuilder buf = new StringBuilder();
        int first = -1;
        boolean any = false;
        while (true) {
            String raw = nextRaw();
            if (raw == null) {
                return any ? new Line(buf.toString(), first, lineNumber) : null;
            }
            any = true;
            if (first < 0) {
                first = lineNumber;
            }
            String t = trim(raw);
            boolean atStart = buf.length() == 0 && first == lineNumber;
            boolean inComment = !t.isEmpty() && t.charAt(0) == '#';
            if (inComment && !atStart) {
                // a comment inside a continuation: HTCondor keeps only its last character
                t = t.substring(t.length() - 1);
                inComment = false;
            }
            buf.append(t);
            if (buf.length() > 0 && buf.charAt(buf.length() - 1) == '\\') {
                buf.setLength(buf.length() - 1);
                if (!inComment) {
                    continue;
                }
            }
            return new Line(buf.toString(), first, lineNumber);
        }
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** Trims C {@code isspace} characters from the start. */
    public static String trimStart(String s) {
        int b = 0;
        while (b < s.length() && isSpace(s.charAt(b))) {
            b++;
        }
        return s.substring(b);
    }

    /** Trims C {@code isspace} characters from both ends. */
    public static String trim(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }
}
