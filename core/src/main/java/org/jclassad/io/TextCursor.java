package org.jclassad.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * A byte stream read once, front to back, with a fixed-size buffer: it knows the line and
 * column of the next character, reads lines the way HTCondor does (split at {@code \n} only, one
 * {@code \r} before it dropped), and can take back text it just gave out (with the position that
 * text started at) so a reader can rescan after a failure.
 *
 * <p>A line is handed out where the buffer holds it ({@link #nextLine}): a reader of millions of
 * short lines (the long format) examines most of them in place and makes strings only of what it
 * keeps. A line running past the buffer's end is moved to its front first; only a line longer
 * than the buffer, or one in text given back, is copied out.
 *
 * <p>Characters are bytes, the library's byte-string convention: {@link #read()} gives a byte as
 * the char ISO-8859-1 decodes it to, and strings are made the same way. The buffer holds the bytes
 * as read (nothing is widened to chars), and lines are found eight bytes at a time
 * ({@link ByteSearch}). A {@link Reader} is read through {@link ReaderBytes}.
 */
final class TextCursor implements Closeable {
    private final InputStream in;
    private final byte[] buf;
    private int pos;
    private int lim;
    private boolean eof;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private long line = 1;
    private int column = 1;
    private long offset;
    private UncheckedIOException failure;
    private long lastLineNumber;
    private boolean tooLong;
    /** The line {@link #nextLine} read: {@code lineBytes[lineStart, lineEnd)}. */
    private byte[] lineBytes;
    private int lineStart;
    private int lineEnd;

    private static final class Pending {
        final String text;
        int at;

        Pending(String text) {
            this.text = text;
        }
    }

    TextCursor(InputStream in) {
        this(in, 1 << 16);
    }

    /** A cursor with a buffer of {@code bufferSize} bytes (tests use small ones). */
    TextCursor(InputStream in, int bufferSize) {
        this.in = in;
        this.buf = new byte[bufferSize];
    }

    /** A cursor over the byte-chars of {@code in} (see {@link ReaderBytes}). */
    TextCursor(Reader in) {
        this(new ReaderBytes(in));
    }

    /** A cursor over the byte-chars of {@code in}, with a buffer of {@code bufferSize} bytes. */
    TextCursor(Reader in, int bufferSize) {
        this(new ReaderBytes(in), bufferSize);
    }

    /**
     * A cursor over the first {@code length} bytes of {@code text} (a piece cut from a longer
     * text, see {@link #appendLine}), whose first line is numbered {@code firstLine}. The array
     * becomes the cursor's buffer: it is read in place, not copied.
     */
    TextCursor(byte[] text, int length, long firstLine) {
        this.in = InputStream.nullInputStream();
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

    /** Bytes read so far (less those given back): how far into the stream the cursor is. */
    long offset() {
        return offset;
    }

    /** The number of the line the last {@link #readLine} returned. */
    long lastLineNumber() {
        return lastLineNumber;
    }

    /** The next character, or -1 at the end. */
    int read() {
        int c;
        Pending p = pending.peek();
        if (p != null) {
            c = p.text.charAt(p.at++);
            if (p.at == p.text.length()) {
                pending.pop();
            }
        } else {
            if (pos >= lim && !fillMore()) {
                return -1;
            }
            c = buf[pos++] & 0xFF;
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
        if (pos >= lim && !fillMore()) {
            return -1;
        }
        return buf[pos] & 0xFF;
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
        return nextLine(max) ? new String(lineBytes, lineStart, lineEnd - lineStart, StandardCharsets.ISO_8859_1) : null;
    }

    /**
     * Reads the next line as {@link #readLine} does, without making a string of it: returns whether
     * there was one (within {@code max}); the line is then {@code lineBytes()[lineStart(),
     * lineEnd())}, valid until the cursor is used again. A line that lies whole in the buffer
     * (the common case) is not copied: the range points into the buffer itself.
     */
    boolean nextLine(int max) {
        tooLong = false;
        if (peek() < 0) {
            return false;
        }
        lastLineNumber = line;
        if (pending.isEmpty()) {
            int end;
            try {
                end = endOfLineInBuffer();
            } catch (UncheckedIOException e) {
                skip(lim - pos); // what was read is consumed, as when the line is gathered
                throw e;
            }
            if (end >= 0) {
                int n = end - pos;
                boolean newline = end < lim;
                tooLong = n > max;
                lineBytes = buf;
                lineStart = pos;
                lineEnd = newline && n > 0 && buf[end - 1] == '\r' ? end - 1 : end;
                take(n, newline);
                return !tooLong;
            }
        }
        return gatherLine(max);
    }

    /** The array holding the line {@link #nextLine} read. */
    byte[] lineBytes() {
        return lineBytes;
    }

    /** Where the line {@link #nextLine} read starts in {@link #lineBytes()}. */
    int lineStart() {
        return lineStart;
    }

    /** Where the line {@link #nextLine} read ends in {@link #lineBytes()} (its line end excluded). */
    int lineEnd() {
        return lineEnd;
    }

    /** Takes {@code n} bytes of the buffer that hold no newline. */
    private void skip(int n) {
        pos += n;
        offset += n;
        column += n;
    }

    /**
     * {@link #nextLine} for a line that is not whole in the buffer (text given back is pending,
     * or the line is longer than the buffer): copied, up to {@code max} characters, into an array
     * of its own.
     */
    private boolean gatherLine(int max) {
        ByteRun gathered = new ByteRun(Math.min(max, 256));
        boolean ended = false;
        while (!ended) {
            if (!pending.isEmpty()) {
                int c = read();
                if (c == '\n') {
                    ended = true;
                } else if (gathered.length() < max) {
                    gathered.append(c);
                } else {
                    tooLong = true;
                }
                continue;
            }
            if (pos >= lim && !fillMore()) {
                break;
            }
            int i = indexOfNewline(pos);
            int n = (i < 0 ? lim : i) - pos;
            int room = Math.max(max - gathered.length(), 0);
            if (n > room) {
                tooLong = true;
            }
            gathered.append(buf, pos, Math.min(n, room));
            ended = i >= 0;
            take(n, ended);
        }
        lineBytes = gathered.array();
        lineStart = 0;
        lineEnd = gathered.length();
        if (ended && lineEnd > 0 && lineBytes[lineEnd - 1] == '\r') {
            lineEnd--;
        }
        return !tooLong;
    }

    /**
     * Appends the next line exactly as it is, its {@code \n} included when it has one, to
     * {@code to}; returns the characters appended, {@code 0} at the end of the input, or
     * {@code -1} (taking nothing) when the line does not fit in the buffer or text given back is
     * pending: such a line is left for {@link #readLine}, which knows what to do with it.
     */
    int appendLine(ByteRun to) {
        if (!pending.isEmpty()) {
            return -1;
        }
        if (pos >= lim && !fillMore()) {
            return 0;
        }
        int end = endOfLineInBuffer();
        if (end < 0) {
            return -1;
        }
        boolean newline = end < lim;
        int n = end - pos + (newline ? 1 : 0);
        to.append(buf, pos, n);
        take(end - pos, newline);
        return n;
    }

    /**
     * Appends to {@code to}, in one copy, the whole lines that follow in the buffer for as long as
     * each starts with a byte not marked in {@code stops} (indexed by unsigned byte) and its newline
     * is in the buffer, taking at most {@code max} bytes; returns the bytes taken (newlines
     * included), {@code 0} when the next line does not qualify or text given back is pending.
     */
    int appendLinesNotStartingWith(ByteRun to, boolean[] stops, int max) {
        if (!pending.isEmpty()) {
            return 0;
        }
        int start = pos;
        int limit = lim - pos > max ? pos + max : lim;
        int p = pos;
        int lines = 0;
        while (p < limit && !stops[buf[p] & 0xFF]) {
            int nl = ByteSearch.indexOf(buf, p, limit, (byte) '\n');
            if (nl < 0) {
                break;
            }
            p = nl + 1;
            lines++;
        }
        int n = p - start;
        if (n > 0) {
            to.append(buf, start, n);
            pos = p;
            offset += n;
            line += lines;
            column = 1;
        }
        return n;
    }

    /**
     * Where the line at {@code pos} ends in the buffer: the index of its newline, {@code lim} for
     * the input's last line when it has none, or {@code -1} when the line does not fit in the
     * buffer. A line running past the buffer's end is first moved to its front and read on.
     */
    private int endOfLineInBuffer() {
        int i = indexOfNewline(pos);
        while (i < 0 && !eof && lim - pos < buf.length) {
            int scanned = lim - pos;
            fillMore();
            i = indexOfNewline(pos + scanned);
        }
        return i >= 0 ? i : eof ? lim : -1;
    }

    /** Takes the {@code n} characters of a line from the buffer, and its newline if it has one. */
    private void take(int n, boolean newline) {
        skip(n);
        if (newline) {
            pos++;
            offset++;
            line++;
            column = 1;
        }
    }

    private int indexOfNewline(int from) {
        return ByteSearch.indexOf(buf, from, lim, (byte) '\n');
    }

    /** Moves the unread bytes to the front of the buffer and reads more after them. */
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
