package org.jclassad.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jclassad.ClassAd;
import org.jclassad.format.NewSyntaxWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * New-syntax unparse of the 205 parsed slot ads. Score: milliseconds per pool; run.sh divides
 * the bytes written ({@link #outputBytes}, printed at setup) into MB/s. C++ ~108 MB/s; target 200 MB/s.
 */
@State(org.openjdk.jmh.annotations.Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UnparseBenchmark {
    private List<ClassAd> ads;

    @Setup
    public void setUp() {
        ads = PoolData.slotAds();
        System.out.println("unparse output bytes per pool: " + outputBytes(ads));
    }

    /** Bytes of new-syntax text the pool unparses to (the MB/s numerator). */
    public static long outputBytes(List<ClassAd> ads) {
        long n = 0;
        for (ClassAd ad : ads) {
            n += NewSyntaxWriter.unparse(ad).length();
        }
        return n;
    }

    @Benchmark
    public void unparseNewSyntaxPool(Blackhole bh) {
        for (ClassAd ad : ads) {
            bh.consume(NewSyntaxWriter.unparse(ad));
        }
    }
}
