package org.jclassad.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * The chars of a {@link Reader} as the bytes the readers work on. A reader handed to
 * {@link AdStreams#open(Reader, AdFormat, AdStreamOptions)} is meant to hold byte-chars (each char
 * one byte, as ISO-8859-1 decodes them), and those become their byte; a char above {@code 0xFF}
 * (text that was never bytes) becomes the bytes of its UTF-8 encoding, as
 * {@link org.jclassad.value.Value#of(String)} turns text into a byte string, and a lone surrogate
 * becomes {@code ?}. Chars are handed on as soon as they are read: what a reader gave before it
 * failed is all read before the failure is seen.
 */
final class ReaderBytes extends InputStream {
    private final Reader in;
    private final char[] chars = new char[1 << 14];
    private int at;
    private int count;
    /** Bytes of an encoded char not yet handed out. */
    private final byte[] held = new byte[8];
    private int heldAt;
    private int heldCount;
    /** A high surrogate waiting for the low one after it, or -1. */
    private int high = -1;
    private boolean eof;

    ReaderBytes(Reader in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            if (heldAt < heldCount) {
                b[off + n++] = held[heldAt++];
                continue;
            }
            if (at == count) {
                if (n > 0 || eof) {
                    break;
                }
                int r = in.read(chars, 0, chars.length);
                if (r < 0) {
                    eof = true;
                    if (high >= 0) {
                        high = -1;
                        hold('?');
                    }
                    continue;
                }
                at = 0;
                count = r;
                continue;
            }
            char c = chars[at++];
            if (high >= 0) {
                int h = high;
                high = -1;
                if (Character.isLowSurrogate(c)) {
                    encode(Character.toCodePoint((char) h, c));
                    continue;
                }
                hold('?');
                at--; // c is read again, after the lone surrogate's '?'
                continue;
            }
            if (c <= 0xFF) {
                b[off + n++] = (byte) c;
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                hold('?');
            } else {
                encode(c);
            }
        }
        return n == 0 && eof ? -1 : n;
    }

    private void hold(int b) {
        heldAt = 0;
        heldCount = 1;
        held[0] = (byte) b;
    }

    /** Holds the UTF-8 bytes of {@code codePoint} (above 0xFF). */
    private void encode(int codePoint) {
        heldAt = 0;
        if (codePoint < 0x800) {
            held[0] = (byte) (0xC0 | codePoint >> 6);
            held[1] = (byte) (0x80 | codePoint & 0x3F);
            heldCount = 2;
        } else if (codePoint < 0x10000) {
            held[0] = (byte) (0xE0 | codePoint >> 12);
            held[1] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            held[2] = (byte) (0x80 | codePoint & 0x3F);
            heldCount = 3;
        } else {
            held[0] = (byte) (0xF0 | codePoint >> 18);
            held[1] = (byte) (0x80 | codePoint >> 12 & 0x3F);
            held[2] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            held[3] = (byte) (0x80 | codePoint & 0x3F);
            heldCount = 4;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
