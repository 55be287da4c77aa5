package org.jclassad.io;

import java.io.Closeable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
 * <p>A malformed ad makes {@link #next()} throw an {@link AdParseException} naming the input, the
 * ad's ordinal and {@code line:column}; the reader has already moved past that ad, so iteration may
 * go on. With {@link AdStreamOptions#skipMalformed()} malformed ads are skipped (and reported to
 * the listener) and every well-formed ad is still returned. Either way every ad begun is accounted
 * for: {@link #adsBegun()} {@code ==} {@link #returned()} {@code +} {@link #malformed()}.
 *
 * <p>Input that cannot be read at all (a corrupt or truncated gzip member, an I/O error) is
 * reported the same way, as a malformed ad at the place reading stopped, and ends the stream.
 *
 * <pre>{@code
 * Path pool = Files.writeString(Files.createTempFile("pool", ".ads"), "[ Name = \"a\"; GPUs = 1 ]\n[ Name = \"b\" ]\n");
 * try (AdStreamReader ads = AdStreams.open(pool)) {
 *     long withGpus = ads.stream().filter(ad -> ad.contains("GPUs")).count();   // 1
 *     if (withGpus != 1) throw new AssertionError(withGpus);
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
    private long returned;
    private long malformed;
    private long skipped;
    private long truncated;
    private long lastAdLine;
    private String source;

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

    /**
     * Splits the rest of the stream into parts of at most {@code ads} ads, each a reader of its
     * own that may be read on another thread: a pool of threads can then parse the parts at once,
     * each ad on the thread that goes on to use it. The parts cover the stream in order; their
     * ads carry the ordinals and line numbers they have in the whole stream, their errors name
     * this reader's {@link #source()}, and together they give exactly what reading this reader
     * would (the same ads, the same errors in the same places).
     *
     * <p>The long format is cut between ads without parsing them, so the parsing itself happens
     * in the parts; other formats are parsed here and handed over as parsed ads. Fetch the parts
     * from one thread at a time. This reader's own counters ({@link #returned()} and the rest)
     * then count only the ads it parsed itself; each part counts its own.
     *
     * <pre>{@code
     * String jobs = "ClusterId = 1\n\nClusterId = 2\n\nClusterId = 3\n";
     * ExecutorService workers = Executors.newFixedThreadPool(2);
     * List<Future<Long>> sums = new ArrayList<>();
     * Iterator<AdStreamReader> parts = AdStreams.open(new StringReader(jobs), AdFormat.LONG, AdStreamOptions.defaults()).parts(2);
     * while (parts.hasNext()) {
     *     AdStreamReader part = parts.next();   // parsed on a worker thread
     *     sums.add(workers.submit(() -> part.stream().mapToLong(ad -> ad.getLong("ClusterId")).sum()));
     * }
     * long total = 0;
     * for (Future<Long> f : sums) total += f.get();
     * workers.shutdown();
     * if (total != 6) throw new AssertionError(total);
     * }</pre>
     */
    public final Iterator<AdStreamReader> parts(int ads) {
        if (ads < 1) {
            throw new IllegalArgumentException("a part holds at least one ad: " + ads);
        }
        return new Iterator<>() {
            private AdStreamReader next;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    next = nextPart(ads);
                }
                return next != null;
            }

            @Override
            public AdStreamReader next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                AdStreamReader part = next;
                next = null;
                return part;
            }
        };
    }

    /**
     * The next part of at most {@code ads} ads, or {@code null} at the end. This default parses
     * them here; a format that can find where its ads end without parsing them does better.
     */
    AdStreamReader nextPart(int ads) {
        return parsedPart(ads);
    }

    /** Up to {@code ads} ads (or the errors reading them threw) parsed here, as a part. */
    final AdStreamReader parsedPart(int ads) {
        List<Object> items = new ArrayList<>();
        List<long[]> places = new ArrayList<>();
        while (items.size() < ads) {
            try {
                if (!hasNext()) {
                    break;
                }
                items.add(next());
                places.add(new long[] {ordinal, lastAdLine});
            } catch (AdParseException e) {
                items.add(e);
                places.add(new long[] {ordinal, lastAdLine});
            }
        }
        return items.isEmpty() ? null : new ParsedPart(items, places, this);
    }

    /** Ordinals of this reader's ads continue after {@code ordinal} (for a part of a longer stream). */
    final void continueAfter(long ordinal) {
        this.ordinal = ordinal;
    }

    /** Marks {@code n} more ads as begun elsewhere (in a part cut from this stream). */
    final long skipAds(long n) {
        long before = ordinal;
        ordinal += n;
        return before;
    }

    /** Counts an ad begun and returns its ordinal. */
    final long beginAd(long line) {
        lastAdLine = line;
        return ++ordinal;
    }

    /** Ads begun so far (returned or malformed). */
    public final long adsBegun() {
        return ordinal;
    }

    /** Ads returned by {@link #next()} so far. */
    public final long returned() {
        return returned;
    }

    /** Malformed ads so far, whether skipped or thrown. */
    public final long malformed() {
        return malformed;
    }

    /** Malformed ads skipped so far. */
    public final long skipped() {
        return skipped;
    }

    /**
     * Ads returned cut short at a line that did not parse (only with
     * {@link AdStreamOptions#jobAdFile()}); each was told to the listener.
     */
    public final long truncated() {
        return truncated;
    }

    /** Tells the listener of an ad returned with only the attributes before a bad line. */
    final void reportTruncated(AdParseException e) {
        truncated++;
        if (options.onMalformed() != null) {
            options.onMalformed().accept(e.in(source));
        }
    }

    /** The input's name used in error messages (a file name), or {@code null}. */
    public final String source() {
        return source;
    }

    /** Names the input in the errors this reader reports (for readers opened on a stream). */
    public final AdStreamReader named(String sourceName) {
        this.source = sourceName;
        return this;
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
            long begunBefore = ordinal;
            try {
                ad = readAd();
            } catch (AdParseException e) {
                report(e.in(source));
                continue;
            } catch (UncheckedIOException e) {
                // nothing more can be read; the ad in progress (or the one due) is the casualty
                done = true;
                long n = ordinal > begunBefore ? ordinal : beginAd(cursor.line());
                report(new AdParseException(source, n, cursor.line(), cursor.column(),
                        "the input cannot be read any further: " + describe(e.getCause())));
                return false;
            }
            if (ad == null) {
                done = true;
                return false;
            }
            next = ad;
            returned++;
            return true;
        }
    }

    /** Counts a malformed ad, then skips it (telling the listener) or throws it. */
    private void report(AdParseException e) {
        malformed++;
        if (!options.skipMalformed()) {
            throw e;
        }
        skipped++;
        if (options.onMalformed() != null) {
            options.onMalformed().accept(e);
        }
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
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
