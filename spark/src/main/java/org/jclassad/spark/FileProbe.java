package org.jclassad.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

import org.jclassad.io.AdFormat;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;

/**
 * What a file holds, looked at from its head: whether it is gzip-compressed and, when the read
 * does not name the format, which format it is. The core's detection decides the format
 * (HTCondor's rule, on the first meaningful line); a long-format file is a history file when a
 * line starting with {@code ***} comes before the first whitespace-only line, as in
 * {@code condor_history}'s files, where a banner line ends every ad.
 *
 * <p>One read of the file's first {@link #HEAD} bytes decides in all but odd cases (a first line
 * or a first ad longer than that), which read further.
 */
final class FileProbe {
    /** How much of a file's (decompressed) start is looked at first. */
    static final int HEAD = 1 << 18;

    /** The outcome: the file's format and compression. */
    record Result(SourceOptions.FileFormat format, boolean compressed) {
    }

    private FileProbe() {
    }

    /**
     * Probes a file. {@code open} opens the file from its first byte; {@code declared} is the
     * format the read names ({@code AUTO} to detect).
     */
    static Result probe(IOSupplier open, SourceOptions.FileFormat declared, SourceOptions o) throws IOException {
        byte[] raw;
        boolean compressed;
        String text;
        boolean whole;
        try (InputStream in = open.get()) {
            raw = in.readNBytes(HEAD);
            compressed = raw.length >= 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b;
            if (declared != SourceOptions.FileFormat.AUTO) {
                return new Result(declared, compressed);
            }
            InputStream plain = compressed ? AdStreams.decompressed(new SequenceInputStream(new ByteArrayInputStream(raw), in))
                    : new ByteArrayInputStream(raw);
            byte[] head = compressed ? plain.readNBytes(HEAD) : raw;
            whole = compressed ? plain.read() < 0 : raw.length < HEAD;
            text = new String(head, StandardCharsets.ISO_8859_1);
        }
        if (!whole) {
            int lastLine = text.lastIndexOf('\n');
            text = lastLine < 0 ? "" : text.substring(0, lastLine + 1);
        }
        AdFormat f = whole || completeLines(text) >= 2 ? AdStreams.detect(text) : detectFromStream(open, o);
        if (f != AdFormat.LONG) {
            return new Result(SourceOptions.FileFormat.valueOf(f.name()), compressed);
        }
        Boolean history = historyFromHead(text);
        if (history == null) {
            if (whole) {
                history = false;
            } else {
                try (InputStream in = AdStreams.decompressed(open.get())) {
                    history = isHistory(in, o.maxAdChars);
                }
            }
        }
        return new Result(history ? SourceOptions.FileFormat.HISTORY : SourceOptions.FileFormat.LONG, compressed);
    }

    private static int completeLines(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < 2; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static AdFormat detectFromStream(IOSupplier open, SourceOptions o) throws IOException {
        try (AdStreamReader r = AdStreams.open(open.get(), null, o.streamOptions(SourceOptions.FileFormat.LONG))) {
            return r.format();
        }
    }

    /** {@code true}/{@code false} when the text decides (a {@code ***} line or a blank line comes first), else {@code null}. */
    private static Boolean historyFromHead(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                return null;
            }
            if (text.startsWith("***", start)) {
                return true;
            }
            if (blank(text, start, end)) {
                return false;
            }
            start = end + 1;
        }
        return null;
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line starting with {@code ***} comes before the first whitespace-only line (within {@code limit} bytes). */
    static boolean isHistory(InputStream in, int limit) throws IOException {
        byte[] b = new byte[1 << 16];
        boolean atLineStart = true;
        boolean blank = true;
        int stars = 0;
        int read = 0;
        while (read < limit) {
            int n = in.read(b, 0, Math.min(b.length, limit - read));
            if (n < 0) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                int c = b[i] & 0xff;
                if (c == '\n') {
                    if (blank) {
                        return false;
                    }
                    atLineStart = true;
                    blank = true;
                    stars = 0;
                } else if (atLineStart && c == '*') {
                    if (++stars == 3) {
                        return true;
                    }
                    blank = false;
                } else {
                    atLineStart = false;
                    if (!(c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B)) {
                        blank = false;
                    }
                }
            }
            read += n;
        }
        return false;
    }

    /** Opens a stream; may throw {@link IOException}. */
    interface IOSupplier {
        InputStream get() throws IOException;
    }
}
