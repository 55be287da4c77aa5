package org.jclassad.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.jclassad.io.AdFormat;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;

/**
 * What a file holds, looked at from its head: whether it is gzip-compressed and, when the read
 * does not name the format, which format it is. The core's detection decides the format
 * (HTCondor's rule, on the first meaningful line); a long-format file is a history file when a
 * line starting with {@code ***} comes before the first whitespace-only line, as in
 * {@code condor_history}'s files, where a banner line ends every ad.
 */
final class FileProbe {
    /** The outcome: the file's format and compression. */
    record Result(SourceOptions.FileFormat format, boolean compressed) {
    }

    private FileProbe() {
    }

    /**
     * Probes a file's head. {@code open} opens the file from its first byte (it is called at most
     * twice); {@code declared} is the format the read names ({@code AUTO} to detect).
     */
    static Result probe(IOSupplier open, SourceOptions.FileFormat declared, SourceOptions o) throws IOException {
        boolean compressed;
        try (InputStream raw = open.get()) {
            int b0 = raw.read();
            int b1 = raw.read();
            compressed = b0 == 0x1f && b1 == 0x8b;
        }
        if (declared != SourceOptions.FileFormat.AUTO) {
            return new Result(declared, compressed);
        }
        AdFormat f;
        try (AdStreamReader r = AdStreams.open(open.get(), null, o.streamOptions(SourceOptions.FileFormat.LONG))) {
            f = r.format();
        }
        if (f != AdFormat.LONG) {
            return new Result(SourceOptions.FileFormat.valueOf(f.name()), compressed);
        }
        try (InputStream in = AdStreams.decompressed(open.get())) {
            return new Result(isHistory(in, o.maxAdChars) ? SourceOptions.FileFormat.HISTORY : SourceOptions.FileFormat.LONG,
                    compressed);
        }
    }

    /** Whether a line starting with {@code ***} comes before the first whitespace-only line (within {@code limit} bytes). */
    static boolean isHistory(InputStream raw, int limit) throws IOException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        boolean atLineStart = true;
        boolean blank = true;
        int stars = 0;
        for (int read = 0; read < limit; read++) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            if (b == '\n') {
                if (blank) {
                    return false;
                }
                atLineStart = true;
                blank = true;
                stars = 0;
                continue;
            }
            if (atLineStart && b == '*') {
                if (++stars == 3) {
                    return true;
                }
                blank = false;
                continue;
            }
            atLineStart = false;
            if (!(b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == 0x0B)) {
                blank = false;
            }
        }
        return false;
    }

    /** Opens a stream; may throw {@link IOException}. */
    interface IOSupplier {
        InputStream get() throws IOException;
    }
}
