package org.jclassad.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Bytes as chars (ISO-8859-1, the library's byte-string convention), handed on as soon as they are
 * read. Unlike {@link java.io.InputStreamReader}, which keeps filling its buffer and drops what it
 * decoded when a later read fails, every byte read before a failure (a gzip stream cut short)
 * reaches the reader.
 */
final class Latin1Reader extends Reader {
    private final InputStream in;
    private final byte[] bytes = new byte[1 << 16];

    Latin1Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = in.read(bytes, 0, Math.min(len, bytes.length));
        if (n > 0) {
            // through a string: the JDK widens its bytes to chars with vector instructions
            new String(bytes, 0, n, StandardCharsets.ISO_8859_1).getChars(0, n, cbuf, off);
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
