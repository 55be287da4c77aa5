package org.jclassad.io;

import java.io.Reader;
import java.util.SplittableRandom;

/** A reader giving its text in pieces of random sizes (1 to {@code maxPiece}), as pipes and decompressors do. */
final class ChunkedReader extends Reader {
    private final String text;
    private final SplittableRandom random;
    private final int maxPiece;
    private int at;

    ChunkedReader(String text, long seed, int maxPiece) {
        this.text = text;
        this.random = new SplittableRandom(seed);
        this.maxPiece = maxPiece;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
        if (at == text.length()) {
            return -1;
        }
        int n = Math.min(Math.min(len, 1 + random.nextInt(maxPiece)), text.length() - at);
        text.getChars(at, at + n, cbuf, off);
        at += n;
        return n;
    }

    @Override
    public void close() {
    }
}
