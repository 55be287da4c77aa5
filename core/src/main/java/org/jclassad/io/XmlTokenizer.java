package org.jclassad.io;

import java.util.HashMap;
import java.util.Map;

/**
 * The tokens of HTCondor's XML ad format, read as HTCondor's XML lexer reads them: tags (start,
 * end, empty, or invalid when an attribute value holds a {@code \0} escape) with their attributes,
 * and text. Only {@code &amp; &lt; &gt;} are entities; white space between tags is dropped, inside
 * {@code <s>} kept. No XML library is involved.
 *
 * <p>It also counts the {@code <c>} elements open, and notes for each token whether it is the
 * first thing on its line, which is what recovery after a malformed ad goes by.
 */
final class XmlTokenizer {
    enum Kind { START, END, EMPTY, INVALID }

    /** A tag or a run of text, where it starts, and whether only blanks precede it on its line. */
    record Token(boolean tag, Kind kind, String name, Map<String, String> attributes, String text,
                 long line, int column, boolean firstOnLine) {

        boolean is(String n, Kind k) {
            return tag && kind == k && name.equals(n);
        }

        String describe() {
            if (!tag) {
                return "text";
            }
            return "<" + (kind == Kind.END ? "/" : "") + name + (kind == Kind.EMPTY ? "/" : "") + ">";
        }
    }

    /** A problem with the input at a place. */
    static final class Problem extends RuntimeException {
        final long line;
        final int column;
        /** The token at the problem begins the next ad (the current one was left unclosed). */
        final boolean nextAdBegins;

        Problem(String reason, long line, int column) {
            this(reason, line, column, false);
        }

        Problem(String reason, long line, int column, boolean nextAdBegins) {
            super(reason, null, false, false);
            this.line = line;
            this.column = column;
            this.nextAdBegins = nextAdBegins;
        }
    }

    private final TextCursor cursor;
    private final int maxChars;
    private Token peeked;
    private Token last;
    private int openAds;
    /** Whether a character other than a blank has been read on the current line. */
    private boolean lineHasContent;

    XmlTokenizer(TextCursor cursor, int maxChars) {
        this.cursor = cursor;
        this.maxChars = maxChars;
    }

    /** The next token without taking it, or {@code null} at the end. */
    Token peek() {
        if (peeked == null) {
            peeked = grab();
        }
        return peeked;
    }

    /** Takes the next token, or returns {@code null} at the end. */
    Token consume() {
        Token t = peek();
        peeked = null;
        if (t != null) {
            last = t;
            if (t.tag() && t.name().equals("c")) {
                if (t.kind() == Kind.START) {
                    openAds++;
                } else if (t.kind() == Kind.END && openAds > 0) {
                    openAds--;
                }
            }
        }
        return t;
    }

    /** {@code <c>} elements opened and not yet closed. */
    int openAds() {
        return openAds;
    }

    /** Forgets the open {@code <c>} elements (after giving up on a malformed ad). */
    void resetOpenAds() {
        openAds = 0;
    }

    /** How far into the stream reading has got, in characters. */
    long offset() {
        return cursor.offset();
    }

    private int read() {
        int c = cursor.read();
        if (c == '\n') {
            lineHasContent = false;
        } else if (c >= 0 && c != ' ' && c != '\t' && c != '\r') {
            lineHasContent = true;
        }
        return c;
    }

    private Token grab() {
        boolean keepSpace = last != null && last.is("s", Kind.START);
        int c;
        while (true) {
            c = cursor.peek();
            if (c < 0) {
                return null;
            }
            if (keepSpace || !isSpace(c)) {
                break;
            }
            read();
        }
        long line = cursor.line();
        int column = cursor.column();
        boolean first = !lineHasContent;
        if (c == '<') {
            read();
            return tag(line, column, first);
        }
        return new Token(false, null, "", Map.of(), text(line, column), line, column, first);
    }

    private Token tag(long line, int column, boolean first) {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = cursor.peek()) >= 0 && isSpace(c)) {
            read();
        }
        while (true) {
            c = read();
            if (c < 0) {
                throw new Problem("unclosed tag", line, column);
            }
            if (c == '>') {
                break;
            }
            if (sb.length() >= maxChars) {
                throw new Problem("tag longer than " + maxChars + " characters", line, column);
            }
            sb.append((char) c);
        }
        String s = sb.toString();
        int n = s.length();
        int i = 0;
        Kind kind;
        if (n > 0 && s.charAt(0) == '/') {
            kind = Kind.END;
            i = 1;
        } else if (n > 0 && s.charAt(n - 1) == '/') {
            kind = Kind.EMPTY;
            n--;
        } else {
            kind = Kind.START;
        }
        int start = i;
        while (i < n && !isSpace(s.charAt(i))) {
            i++;
        }
        String name = s.substring(start, i);
        Map<String, String> attributes = new HashMap<>();
        while (i < n) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            int nameStart = i;
            while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '=') {
                i++;
            }
            String attribute = s.substring(nameStart, i);
            while (i < n && (isSpace(s.charAt(i)) || s.charAt(i) == '=')) {
                i++;
            }
            if (i >= n || s.charAt(i) != '"') {
                i++;
                continue;
            }
            i++;
            StringBuilder value = new StringBuilder();
            char prev = 0;
            while (i < n && (s.charAt(i) != '"' || prev == '\\')) {
                prev = s.charAt(i);
                value.append(prev);
                i++;
            }
            i++;
            String decoded = XmlText.unescape(XmlText.entities(value.toString()));
            if (decoded == null) {
                kind = Kind.INVALID;
            } else if (!attribute.isEmpty() && !decoded.isEmpty()) {
                attributes.put(attribute, decoded);
            }
        }
        return new Token(true, kind, name, attributes, null, line, column, first);
    }

    private String text(long line, int column) {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = cursor.peek();
            if (c < 0 || c == '<') {
                break;
            }
            read();
            if (sb.length() >= maxChars) {
                throw new Problem("text longer than " + maxChars + " characters", line, column);
            }
            if (c != '&') {
                sb.append((char) c);
                continue;
            }
            StringBuilder entity = new StringBuilder("&");
            while (true) {
                int d = cursor.peek();
                if (d < 0 || d == '<' || d == '&') {
                    sb.append(entity);
                    break;
                }
                read();
                entity.append((char) d);
                if (d == ' ') {
                    sb.append(entity);
                    break;
                }
                if (d == ';') {
                    sb.append(XmlText.entity(entity.toString()));
                    break;
                }
            }
        }
        return sb.toString();
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }
}
