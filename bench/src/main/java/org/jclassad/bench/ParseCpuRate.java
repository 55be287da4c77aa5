package org.jclassad.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jclassad.eval.ExpressionCache;
import org.jclassad.format.LongFormReader;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdStreamOptions;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;
import org.jclassad.parse.ParseOptions;

/**
 * {@link ParseBenchmark#parseLongFormPoolUncached}'s work timed by the reading thread's CPU time
 * instead of the clock: MB/s per core that stays comparable when other work shares the machine
 * (JMH's wall-clock scores then grow with the load). Use it for A/B comparisons on a busy machine;
 * JMH on a quiet one remains the reference.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.jclassad.bench.ParseCpuRate [rounds] [pool|stream|jobs]</pre>
 *
 * {@code pool} (the default) parses each of the pool's ads with no expression cache; {@code stream}
 * reads the pool's bytes through the long-format stream reader ({@link AdStreams#open}, as files
 * are read: the line reader, the literal fast path, the shared expression cache); {@code jobs}
 * does the same with 20,000 generated CE job ads ({@link JobAds#ceJob}, the input of
 * {@code jclassad transform} in {@code bench/e2e.sh}). Prints one line per round of five reads:
 * {@code round=R cpuMsPerPool=T mbPerSecondPerCore=M}.
 */
public final class ParseCpuRate {
    private ParseCpuRate() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String mode = args.length > 1 ? args[1] : "pool";
        String text = mode.equals("jobs") ? jobs(20_000) : PoolData.text();
        List<String> ads = PoolData.adTexts(text);
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long attributes = 0;
        for (int r = 0; r < rounds; r++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int pass = 0; pass < 5; pass++) {
                switch (mode) {
                    case "pool":
                        for (String ad : ads) {
                            attributes += LongFormReader.parseAd(ad, ParseOptions.defaults(), ExpressionCache.none()).size();
                        }
                        break;
                    case "stream":
                    case "jobs":
                        attributes += readStream(bytes);
                        break;
                    default:
                        throw new IllegalArgumentException("mode is pool, stream or jobs: " + mode);
                }
            }
            double ms = (threads.getCurrentThreadCpuTime() - start) / 5 / 1e6;
            System.out.printf("round=%d cpuMsPerPool=%.1f mbPerSecondPerCore=%.0f%n", r, ms, text.length() / 1e3 / ms);
        }
        if (attributes == 0) {
            throw new IllegalStateException("no attributes read");
        }
    }

    private static long readStream(byte[] bytes) {
        long attributes = 0;
        try (AdStreamReader reader = AdStreams.open(new ByteArrayInputStream(bytes), AdFormat.LONG,
                AdStreamOptions.defaults())) {
            while (reader.hasNext()) {
                attributes += reader.next().size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return attributes;
    }

    private static String jobs(int n) {
        StringBuilder s = new StringBuilder(n * 2400);
        for (int i = 0; i < n; i++) {
            s.append(JobAds.ceJob(11, i)).append('\n');
        }
        return s.toString();
    }
}
