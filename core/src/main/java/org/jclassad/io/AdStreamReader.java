package org.jclassad.io;

import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jclassad.ClassAd;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.eval.Planner;

/**
 * Ads read one at a time from a character stream, in constant memory: only the ad being read is
 * held. Subclasses read one format each; {@link AdStreams} opens files and detects the format.
 *
 * <p>A malformed ad makes {@link #next()} throw an {@link AdParseException} naming the ad's ordinal
 * and {@code line:column}; the reader has already moved past that ad, so iteration may go on.
 * With {@link AdStreamOptions#skipMalformed()} malformed ads are skipped (and reported to the
 * listener) and every well-formed ad is still returned.
 *
 * <pre>{@code
 * try (AdStreamReader ads = AdStreams.open(Path.of("pool.ads.gz"))) {
 *     ads.stream().filter(ad -> ad.contains("GPUs")).forEach(...);
 * }
 * }</pre>
 *
 * Not thread-safe.
 */
public abstract class AdStreamReader implements Iterator<ClassAd>, Closeable {
    final TextCursor cursor;
    final AdStreamOptions options;
    final Planner planner = new Planner(FunctionRegistry.global());
    private ClassAd next;
    private boolean done;
    private long ordinal;
    private long skipped;
    private long lastAdLine;

    AdStreamReader(TextCursor cursor, AdStreamOptions options) {
        this.cursor = cursor;
        this.options = options;
    }

    /** The format this reader reads. */
    public abstract AdFormat format();

    /**
     * Reads the next ad, or returns {@code null} at the end. Throws {@link AdParseException} for a
     * malformed ad after moving past it.
     */
    abstract ClassAd readAd();

    /** Counts an ad begun and returns its ordinal. */
    final long beginAd(long line) {
        lastAdLine = line;
        return ++ordinal;
    }

    /** Ads begun so far (returned or malformed). */
    public final long adsBegun() {
        return ordinal;
    }

    /** Malformed ads skipped so far. */
    public final long skipped() {
        return skipped;
    }

    /** The line the most recently begun ad starts on. */
    public final long lastAdLine() {
        return lastAdLine;
    }

    @Override
    public final boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (done) {
            return false;
        }
        while (true) {
            ClassAd ad;
            try {
                ad = readAd();
            } catch (AdParseException e) {
                if (!options.skipMalformed()) {
                    throw e;
                }
                skipped++;
                if (options.onMalformed() != null) {
                    options.onMalformed().accept(e);
                }
                continue;
            }
            if (ad == null) {
                done = true;
                return false;
            }
            next = ad;
            return true;
        }
    }

    @Override
    public final ClassAd next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ClassAd ad = next;
        next = null;
        return ad;
    }

    /** The remaining ads as a sequential stream; closing the stream closes this reader. */
    public final Stream<ClassAd> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    @Override
    public void close() {
        cursor.close();
    }

    /** An error at {@code line:column} of a text that began at {@code startLine:startColumn}. */
    static long[] shift(long startLine, int startColumn, int line, int column) {
        if (line <= 1) {
            return new long[] {startLine, startColumn + Math.max(column, 1) - 1};
        }
        return new long[] {startLine + line - 1, column};
    }
}
