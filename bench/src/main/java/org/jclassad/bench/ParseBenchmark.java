package org.jclassad.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jclassad.ClassAd;
import org.jclassad.eval.ExpressionCache;
import org.jclassad.format.LongFormReader;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdStreamOptions;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;
import org.jclassad.parse.ParseOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Long-format parse of the 205 real slot ads (4.4 MB). The score is milliseconds per pool;
 * run.sh turns it into MB/s with {@link #POOL_BYTES}. C++: 36-54 MB/s; targets 100 MB/s (cached) and
 * 150 MB/s (uncached).
 * {@link #parseLongFormPool} is a reader in steady state (the shared expression cache knows the
 * pool's repeated expressions); {@link #parseLongFormPoolUncached} reads every text afresh.
 * {@link #readLongFormPoolStream} reads the pool file's bytes as {@code jclassad transform} and
 * {@code route} read their input: the stream reader, whose literal fast path takes most lines.
 */
@State(org.openjdk.jmh.annotations.Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseBenchmark {
    /** Bytes of the unpacked pool file (checked at setup). */
    public static final long POOL_BYTES = 4_423_781L;

    private List<String> adTexts;
    private byte[] poolBytes;

    @Setup
    public void setUp() {
        String text = PoolData.text();
        if (text.length() != POOL_BYTES) {
            throw new IllegalStateException("pool file has " + text.length() + " bytes, expected " + POOL_BYTES);
        }
        adTexts = PoolData.adTexts(text);
        poolBytes = text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Benchmark
    public void parseLongFormPool(Blackhole bh) {
        for (String ad : adTexts) {
            bh.consume(PoolData.parse(ad));
        }
    }

    /**
     * The same without the expression cache: every value text parsed and planned afresh, as a
     * reader that never saw the pool before (the grammar's own speed on the complex values).
     */
    @Benchmark
    public void parseLongFormPoolUncached(Blackhole bh) {
        for (String ad : adTexts) {
            bh.consume(LongFormReader.parseAd(ad, ParseOptions.defaults(), ExpressionCache.none()));
        }
    }

    /** The pool file's bytes through the long-format stream reader ({@link AdStreams#open}). */
    @Benchmark
    public void readLongFormPoolStream(Blackhole bh) throws IOException {
        try (AdStreamReader ads = AdStreams.open(new ByteArrayInputStream(poolBytes), AdFormat.LONG,
                AdStreamOptions.defaults())) {
            while (ads.hasNext()) {
                bh.consume(ads.next());
            }
        }
    }

    /** Parses a pool and returns the ads (for the memory tool and tests). */
    static List<ClassAd> parseAll(List<String> texts) {
        return texts.stream().map(PoolData::parse).toList();
    }
}
