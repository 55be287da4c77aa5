package org.jclassad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import org.jclassad.ClassAd;
import org.jclassad.eval.ExpressionCache;
import org.jclassad.format.LongFormReader;
import org.jclassad.parse.ParseOptions;

/**
 * The memory target, measured outside JMH: parse N generated CE job ads of about 80 attributes
 * (long format), keep them all, and report the heap they hold after full collections.
 * Target: 1,000,000 ads in at most 1.5 GB.
 *
 * <pre>java -Xmx12g -cp bench/target/benchmarks.jar org.jclassad.bench.JobAdMemory [count] [cache|nocache]</pre>
 *
 * Prints one line: {@code ads=N attrs=A heapBytes=B bytesPerAd=C}.
 */
public final class JobAdMemory {
    private JobAdMemory() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean cache = args.length < 2 || !args[1].equals("nocache");
        ExpressionCache expressions = cache ? ExpressionCache.shared() : ExpressionCache.none();
        long before = usedAfterGc();
        ClassAd[] ads = new ClassAd[count];
        long attributes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            ads[i] = LongFormReader.parseAd(JobAds.ceJob(1, i), ParseOptions.defaults(), expressions);
            attributes += ads[i].size();
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        expressions.clear();  // count what the ads hold, not what the cache holds besides
        long held = usedAfterGc() - before;
        System.out.printf("ads=%d attrs=%d heapBytes=%d bytesPerAd=%d cache=%s parseSeconds=%d%n", count,
                attributes / count, held, held / count, cache ? "shared" : "none", seconds);
        if (ads[count - 1].size() == 0) {
            throw new IllegalStateException();
        }
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
