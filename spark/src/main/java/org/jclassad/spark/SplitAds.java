package org.jclassad.spark;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.jclassad.ClassAd;
import org.jclassad.io.AdParseException;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;
import org.jclassad.io.AdFormat;
import org.jclassad.value.Value;

/**
 * The ads of one split of one file, one record at a time: an ad, or a malformed ad with where it
 * went wrong ({@code file:line:column}) and why. Long-format and history files are read through
 * {@link SplitText} (so a split may start anywhere in the file) and each ad's ordinal is the
 * offset of its first line; other formats are read whole by the split at offset 0, the ordinal
 * being the ad's number in the file.
 */
final class SplitAds implements Closeable {
    private final FileSystem fs;
    private final Path path;
    private final String source;
    private final AdStreamReader reader;
    private final SplitText text;
    private final boolean empty;
    /** Lines before the split's text, counted only when a malformed ad needs a line number. */
    private long linesBefore = -1;

    private ClassAd ad;
    private String error;
    private long ordinal;

    SplitAds(FileSystem fs, AdFiles.FileSplit split, SourceOptions o) throws IOException {
        this.fs = fs;
        this.path = new Path(split.path());
        this.source = split.path();
        FileProbe.Result probe = FileProbe.probe(() -> fs.open(path), o.format, o);
        SourceOptions.FileFormat format = probe.format();
        boolean whole = split.whole() || probe.compressed() || !format.lineOriented();
        if ((whole && split.start() > 0) || (!split.whole() && split.length() == 0)) {
            // a cut of a file that must be read whole (the split at offset 0 reads it all), or an empty cut
            empty = true;
            reader = null;
            text = null;
            return;
        }
        empty = false;
        InputStream in;
        if (format.lineOriented()) {
            long end = whole ? Long.MAX_VALUE : split.end();
            if (whole) {
                in = AdStreams.decompressed(fs.open(path));
                text = new SplitText(in, 0, 0, end, o.delimiterFor(format));
            } else {
                FSDataInputStream raw = fs.open(path);
                long position = split.start() == 0 ? 0 : split.start() - 1;
                raw.seek(position);
                text = new SplitText(raw, position, split.start(), end, o.delimiterFor(format));
            }
            reader = AdStreams.open(text, AdFormat.LONG, o.streamOptions(format));
        } else {
            text = null;
            reader = AdStreams.open(fs.open(path), format.adFormat(), o.streamOptions(format));
        }
    }

    /** The file the ads come from, as given to the read (qualified). */
    String source() {
        return source;
    }

    /** Moves to the next record; {@code false} at the end of the split. */
    boolean next() {
        if (empty) {
            return false;
        }
        ad = null;
        error = null;
        try {
            if (!reader.hasNext()) {
                return false;
            }
            ad = reader.next();
            ordinal = text != null ? text.lineOffset(reader.lastAdLine()) : reader.adsBegun();
        } catch (AdParseException e) {
            ordinal = text != null ? text.lineOffset(reader.lastAdLine()) : e.ordinal();
            error = source + ":" + fileLine(e.line()) + ":" + e.column() + ": " + Value.fromByteString(e.reason());
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("classad: cannot read " + source + ": " + e.getCause().getMessage(), e.getCause());
        }
        if (text != null) {
            text.forgetLinesBefore(reader.lastAdLine());
        }
        return true;
    }

    /** The ad, or {@code null} if the record is a malformed ad. */
    ClassAd ad() {
        return ad;
    }

    /** {@code file:line:column: reason} for a malformed ad, else {@code null}. */
    String error() {
        return error;
    }

    /** The ad's place in its file (see the class comment). */
    long ordinal() {
        return ordinal;
    }

    /** A line of the split's text as a line of the file. */
    private long fileLine(long line) {
        if (text == null || text.syncStart() == 0) {
            return line;
        }
        if (linesBefore < 0) {
            linesBefore = countLines(text.syncStart());
        }
        return linesBefore + line;
    }

    /** Newlines in the file's first {@code bytes} bytes. */
    private long countLines(long bytes) {
        long lines = 0;
        byte[] b = new byte[1 << 16];
        try (InputStream in = fs.open(path)) {
            long left = bytes;
            while (left > 0) {
                int n = in.read(b, 0, (int) Math.min(b.length, left));
                if (n < 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    if (b[i] == '\n') {
                        lines++;
                    }
                }
                left -= n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("classad: cannot read " + source + ": " + e.getMessage(), e);
        }
        return lines;
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
        }
    }
}
