package org.jclassad.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing run of bytes, for text cut from a stream line by line and then read in place (see
 * {@link TextCursor#appendLine}): a {@code ByteArrayOutputStream} without its locks, whose array
 * is handed out rather than copied.
 */
final class ByteRun {
    private byte[] bytes;
    private int length;

    ByteRun(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** An empty run written into {@code reuse} (whose old contents are overwritten). */
    ByteRun(byte[] reuse) {
        bytes = reuse;
    }

    int length() {
        return length;
    }

    byte byteAt(int i) {
        return bytes[i];
    }

    /** The bytes; only the first {@link #length()} are the run's. */
    byte[] array() {
        return bytes;
    }

    void append(byte[] from, int offset, int n) {
        if (length + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
        }
        System.arraycopy(from, offset, bytes, length, n);
        length += n;
    }

    void append(int b) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[length++] = (byte) b;
    }

    /** The bytes from {@code from} to the end, as a byte string (one char per byte). */
    String substring(int from) {
        return new String(bytes, from, length - from, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return substring(0);
    }

    void setLength(int n) {
        length = n;
    }
}
