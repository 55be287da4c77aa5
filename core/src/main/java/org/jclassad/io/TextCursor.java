package org.jclassad.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;

/**
 * A character stream read once, front to back, with a fixed-size buffer: it knows the line and
 * column of the next character, reads lines the way HTCondor does (split at {@code \n} only, one
 * {@code \r} before it dropped), and can take back text it just gave out (with the position that
 * text started at) so a reader can rescan after a failure.
 *
 * <p>Characters are bytes: readers are meant to be opened with ISO-8859-1, which turns each byte
 * into one char, the library's byte-string convention.
 */
final class TextCursor implements Closeable {
    private final Reader in;
    private final char[] buf;
    private int pos;
    private int lim;
    private boolean eof;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private long line = 1;
    private int column = 1;
    private long offset;
    private UncheckedIOException failure;
    private long lastLineNumber;

    private static final class Pending {
        final String text;
        int at;

        Pending(String text) {
            this.text = text;
        }
    }

    TextCursor(Reader in) {
        this.in = in;
        this.buf = new char[1 << 16];
    }

    /**
     * A cursor over the first {@code length} characters of {@code text} (a piece cut from a longer
     * text, see {@link #appendLine}), whose first line is numbered {@code firstLine}. The array
     * becomes the cursor's buffer: it is read in place, not copied.
     */
    TextCursor(char[] text, int length, long firstLine) {
        this.in = Reader.nullReader();
        this.buf = text;
        this.lim = length;
        this.line = firstLine;
    }

    /** Line of the next character (1-based). */
    long line() {
        return line;
    }

    /** Column of the next character (1-based). */
    int column() {
        return column;
    }

    /** Characters read so far (less those given back): how far into the stream the cursor is. */
    long offset() {
        return offset;
    }

    /** The number of the line the last {@link #readLine} returned. */
    long lastLineNumber() {
        return lastLineNumber;
    }

    private boolean fill() {
        if (eof) {
            return false;
        }
        if (failure != null) {
            throw failure; // the stream broke: it is not read again
        }
        try {
            int n;
            do {
                n = in.read(buf, 0, buf.length);
            } while (n == 0);
            if (n < 0) {
                eof = true;
                return false;
            }
            pos = 0;
            lim = n;
            return true;
        } catch (IOException e) {
            failure = new UncheckedIOException(e);
            throw failure;
        }
    }

    /** The next character, or -1 at the end. */
    int read() {
        char c;
        Pending p = pending.peek();
        if (p != null) {
            c = p.text.charAt(p.at++);
            if (p.at == p.text.length()) {
                pending.pop();
            }
        } else {
            if (pos >= lim && !fill()) {
                return -1;
            }
            c = buf[pos++];
        }
        offset++;
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }

    /** The next character without taking it, or -1 at the end. */
    int peek() {
        Pending p = pending.peek();
        if (p != null) {
            return p.text.charAt(p.at);
        }
        if (pos >= lim && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    boolean atEnd() {
        return peek() < 0;
    }

    /**
     * The next line without its {@code \n} (and a {@code \r} before that), or {@code null} at the
     * end. A line longer than {@code max} characters is consumed and reported as {@code null}
     * with {@link #lastLineTooLong()} set.
     */
    String readLine(int max) {
        tooLong = false;
        if (peek() < 0) {
            return null;
        }
        lastLineNumber = line;
        StringBuilder sb = null;
        while (true) {
            if (!pending.isEmpty()) {
                int c = read();
                if (c < 0) {
                    break;
                }
                if (c == '\n') {
                    return tooLong ? null : chomp(sb == null ? "" : sb.toString());
                }
                if (sb == null) {
                    sb = new StringBuilder();
                }
                if (sb.length() < max) {
                    sb.append((char) c);
                } else {
                    tooLong = true;
                }
                continue;
            }
            if (pos >= lim && !fill()) {
                break;
            }
            int i = pos;
            while (i < lim && buf[i] != '\n') {
                i++;
            }
            int n = i - pos;
            if (i < lim) {
                String s;
                if (sb == null) {
                    s = n <= max ? new String(buf, pos, n) : null;
                    tooLong = n > max;
                } else {
                    appendCapped(sb, n, max);
                    s = sb.toString();
                }
                offset += n + 1;
                pos = i + 1;
                line++;
                column = 1;
                return tooLong ? null : chomp(s);
            }
            if (sb == null) {
                sb = new StringBuilder(Math.min(n * 2, max) + 16);
            }
            appendCapped(sb, n, max);
            column += n;
            offset += n;
            pos = lim;
        }
        return tooLong ? null : (sb == null ? "" : sb.toString());
    }

    private boolean tooLong;

    /**
     * Appends the next line exactly as it is, its {@code \n} included when it has one, to
     * {@code to}; returns the characters appended, {@code 0} at the end of the input, or
     * {@code -1} (taking nothing) when the line does not fit in the buffer or text given back is
     * pending: such a line is left for {@link #readLine}, which knows what to do with it.
     */
    int appendLine(CharRun to) {
        if (!pending.isEmpty()) {
            return -1;
        }
        if (pos >= lim && !fill()) {
            return 0;
        }
        int i = indexOfNewline(pos);
        while (i < 0) {
            if (eof || !fillMore()) {
                break;
            }
            i = indexOfNewline(pos);
            if (i < 0 && lim - pos == buf.length) {
                return -1;
            }
        }
        if (i < 0) {
            // the last line, without a newline
            int n = lim - pos;
            to.append(buf, pos, n);
            pos = lim;
            offset += n;
            column += n;
            return n;
        }
        int n = i + 1 - pos;
        to.append(buf, pos, n);
        pos = i + 1;
        offset += n;
        line++;
        column = 1;
        return n;
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < lim; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Moves the unread characters to the front of the buffer and reads more after them. */
    private boolean fillMore() {
        if (eof) {
            return false;
        }
        if (failure != null) {
            throw failure;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        if (lim == buf.length) {
            return false;
        }
        try {
            int n;
            do {
                n = in.read(buf, lim, buf.length - lim);
            } while (n == 0);
            if (n < 0) {
                eof = true;
                return false;
            }
            lim += n;
            return true;
        } catch (IOException e) {
            failure = new UncheckedIOException(e);
            throw failure;
        }
    }

    /** Whether the last {@link #readLine} skipped a line over the limit. */
    boolean lastLineTooLong() {
        return tooLong;
    }

    private void appendCapped(StringBuilder sb, int n, int max) {
        int room = max - sb.length();
        if (n > room) {
            tooLong = true;
            n = Math.max(room, 0);
        }
        sb.append(buf, pos, n);
    }

    private static String chomp(String s) {
        int n = s.length();
        if (n > 0 && s.charAt(n - 1) == '\r') {
            return s.substring(0, n - 1);
        }
        return s;
    }

    /** Gives back text just read; it is read again next, starting at {@code line:column}. */
    void unread(String text, long atLine, int atColumn) {
        if (text.isEmpty()) {
            return;
        }
        pending.push(new Pending(text));
        offset -= text.length();
        line = atLine;
        column = atColumn;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
