package org.jclassad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * The text of the long-format ads that one split of a file owns, as a character stream for the
 * core's long-format reader, with the file offset of every line it delivers.
 *
 * <p>In long format (and in history files) a delimiter line — a whitespace-only line, or a line
 * starting with the delimiter such as {@code ***} — always ends an ad, whatever came before it,
 * so delimiter lines are safe places to cut. A split {@code [start, end)} owns the ads that follow
 * the first delimiter line starting at or after {@code start} (the first split: the ads from the
 * top of the file), up to the first delimiter line starting at or after {@code end}; the next
 * split starts after that same line. Every ad therefore belongs to exactly one split, whatever the
 * split size, and the splits of a file together give the ads of one sequential read.
 *
 * <p>Bytes are delivered one per char (ISO-8859-1), the library's byte-string convention.
 */
final class SplitText extends Reader {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    /** The file offset of {@code buf[pos]}. */
    private long offset;
    private final long end;
    private final boolean blankDelimits;
    private final byte[] prefix;
    private boolean finished;
    private final long syncStart;

    // the line being read
    private long lineStart;
    private boolean lineBlank = true;
    private int prefixMatched;
    private boolean prefixBroken;

    // file offsets of the lines delivered: line firstLine + i starts at starts[i]
    private long[] starts = new long[256];
    private long firstLine = 1;
    private int count;

    /**
     * @param in        the file's (decompressed) bytes, positioned at {@code position}
     * @param position  {@code start - 1} for a split after the first (the byte before it tells whether
     *                  {@code start} begins a line), else {@code 0}
     * @param start     the split's first byte
     * @param end       the split's end (exclusive); {@code Long.MAX_VALUE} to read to the end of the file
     * @param delimiter {@code "\n"} (whitespace-only lines end ads) or the start of an ad-ending line
     */
    SplitText(InputStream in, long position, long start, long end, String delimiter) throws IOException {
        this.in = in;
        this.offset = position;
        this.end = end;
        this.blankDelimits = "\n".equals(delimiter);
        this.prefix = delimiter.getBytes(StandardCharsets.ISO_8859_1);
        if (start == 0) {
            syncStart = 0;
        } else {
            syncStart = resynchronise(start);
        }
        lineStart = syncStart;
        starts[0] = syncStart;
        count = 1;
    }

    /** The offset after the first delimiter line starting at or after {@code start}; marks the split empty if there is none before {@code end}. */
    private long resynchronise(long start) throws IOException {
        int first = nextByte();
        if (first < 0) {
            finished = true;
            return start;
        }
        if (first != '\n') {
            int b;
            do {
                b = nextByte();
            } while (b >= 0 && b != '\n');
            if (b < 0) {
                finished = true;
                return offset;
            }
        }
        lineStart = offset;
        resetLine();
        while (true) {
            int b = nextByte();
            if (b < 0) {
                finished = true;
                return offset;
            }
            if (b == '\n') {
                boolean delimiter = lineIsDelimiter();
                if (delimiter) {
                    if (lineStart >= end) {
                        finished = true;
                    }
                    resetLine();
                    return offset;
                }
                lineStart = offset;
                resetLine();
            } else {
                track(b);
            }
        }
    }

    private int nextByte() throws IOException {
        if (pos >= lim && !fill()) {
            return -1;
        }
        offset++;
        return buf[pos++] & 0xff;
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }

    private void resetLine() {
        lineBlank = true;
        prefixMatched = 0;
        prefixBroken = false;
    }

    private void track(int b) {
        if (blankDelimits) {
            if (lineBlank && !isCSpace(b)) {
                lineBlank = false;
            }
        } else if (!prefixBroken && prefixMatched < prefix.length) {
            if ((byte) b == prefix[prefixMatched]) {
                prefixMatched++;
            } else {
                prefixBroken = true;
            }
        }
    }

    private boolean lineIsDelimiter() {
        return blankDelimits ? lineBlank : prefixMatched == prefix.length;
    }

    /** The characters the core's reader treats as white space in a delimiter line (C's isspace). */
    private static boolean isCSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (finished) {
            return -1;
        }
        int n = 0;
        while (n < len) {
            if (pos >= lim && !fill()) {
                finished = true;
                break;
            }
            int b = buf[pos++] & 0xff;
            offset++;
            cbuf[off + n++] = (char) b;
            if (b == '\n') {
                boolean stop = lineStart >= end && lineIsDelimiter();
                lineStart = offset;
                resetLine();
                addLineStart(offset);
                if (stop) {
                    finished = true;
                    break;
                }
            } else {
                track(b);
            }
        }
        return n == 0 ? -1 : n;
    }

    private void addLineStart(long at) {
        if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = at;
    }

    /** The file offset of the text's line {@code line} (1-based, counted from {@link #syncStart()}). */
    long lineOffset(long line) {
        long i = line - firstLine;
        if (i < 0 || i >= count) {
            throw new IllegalStateException("line " + line + " is no longer known (lines " + firstLine + ".."
                    + (firstLine + count - 1) + " are)");
        }
        return starts[(int) i];
    }

    /** Forgets the offsets of lines before {@code line}: the reader is past them. */
    void forgetLinesBefore(long line) {
        int drop = (int) Math.min(count - 1, Math.max(0, line - firstLine));
        if (drop > 0 && drop * 2 >= count) {
            System.arraycopy(starts, drop, starts, 0, count - drop);
            count -= drop;
            firstLine += drop;
        }
    }

    /** Where this split's text starts in the file. */
    long syncStart() {
        return syncStart;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
