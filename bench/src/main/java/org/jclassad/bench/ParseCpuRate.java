package org.jclassad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import org.jclassad.eval.ExpressionCache;
import org.jclassad.format.LongFormReader;
import org.jclassad.parse.ParseOptions;

/**
 * {@link ParseBenchmark#parseLongFormPoolUncached}'s work timed by the reading thread's CPU time
 * instead of the clock: MB/s per core that stays comparable when other work shares the machine
 * (JMH's wall-clock scores then grow with the load). Use it for A/B comparisons on a busy machine;
 * JMH on a quiet one remains the reference.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.jclassad.bench.ParseCpuRate [rounds]</pre>
 *
 * Prints one line per round of five pool reads: {@code round=R cpuMsPerPool=T mbPerSecondPerCore=M}.
 */
public final class ParseCpuRate {
    private ParseCpuRate() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String text = PoolData.text();
        List<String> ads = PoolData.adTexts(text);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long attributes = 0;
        for (int r = 0; r < rounds; r++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int pass = 0; pass < 5; pass++) {
                for (String ad : ads) {
                    attributes += LongFormReader.parseAd(ad, ParseOptions.defaults(), ExpressionCache.none()).size();
                }
            }
            double ms = (threads.getCurrentThreadCpuTime() - start) / 5 / 1e6;
            System.out.printf("round=%d cpuMsPerPool=%.1f mbPerSecondPerCore=%.0f%n", r, ms, text.length() / 1e3 / ms);
        }
        if (attributes == 0) {
            throw new IllegalStateException("no attributes read");
        }
    }
}
