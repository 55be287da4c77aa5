package org.jclassad.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A buffered writer of byte strings (one {@code char} per byte) to a byte stream: each char is
 * written as one byte, a char above 255 as {@code ?}, exactly as an ISO-8859-1
 * {@code OutputStreamWriter} writes them. It exists for speed: whole strings, the form ads are
 * printed in, are copied into the buffer as bytes in one go instead of being widened to chars
 * and encoded back one by one, which made writing gigabytes of ads cost more than printing them.
 * A surrogate pair becomes one {@code ?} when it arrives in one call (two when split across
 * {@link #write(int)} calls). Not thread-safe.
 */
public final class ByteStringWriter extends Writer {
    private final OutputStream out;
    private final byte[] buf;
    private int count;
    private boolean closed;

    public ByteStringWriter(OutputStream out, int bufferSize) {
        if (bufferSize < 1) {
            throw new IllegalArgumentException("buffer size " + bufferSize);
        }
        this.out = out;
        this.buf = new byte[bufferSize];
    }

    public ByteStringWriter(OutputStream out) {
        this(out, 1 << 16);
    }

    @Override
    public void write(int c) throws IOException {
        ensureOpen();
        if (count == buf.length) {
            drain();
        }
        buf[count++] = (byte) (c <= 0xFF ? c : '?');
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        ensureOpen();
        if (len <= 0) {
            return;
        }
        // the JDK copies a compact (one byte per char) string's bytes as they are
        byte[] bytes = off == 0 && len == s.length() ? s.getBytes(StandardCharsets.ISO_8859_1)
                : s.substring(off, off + len).getBytes(StandardCharsets.ISO_8859_1);
        writeBytes(bytes);
    }

    /**
     * Writes a byte string, one whose chars are all bytes (at most {@code 0xFF}, as every string
     * the library prints is), copied straight into the buffer: {@link #write(String)} first makes
     * an array of its bytes, to replace any char above {@code 0xFF} with {@code ?}. Here such a
     * char would be written as its low byte.
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the copy this method exists for
    public void writeByteString(String s) throws IOException {
        ensureOpen();
        int len = s.length();
        if (len > buf.length - count) {
            drain();
            if (len > buf.length) {
                writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
                return;
            }
        }
        s.getBytes(0, len, buf, count);
        count += len;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        if (len > 0) {
            writeBytes(new String(cbuf, off, len).getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private void writeBytes(byte[] bytes) throws IOException {
        if (bytes.length > buf.length - count) {
            drain();
            if (bytes.length >= buf.length) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buf, count, bytes.length);
        count += bytes.length;
    }

    private void drain() throws IOException {
        if (count > 0) {
            out.write(buf, 0, count);
            count = 0;
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("the writer is closed");
        }
    }

    @Override
    public void flush() throws IOException {
        ensureOpen();
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            drain();
            out.flush();
        } finally {
            closed = true;
            out.close();
        }
    }
}
