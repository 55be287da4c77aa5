package org.jclassad.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jclassad.ClassAd;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.eval.MatchClassAd;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Symmetric match of a condor_submit-style job against each of the 205 real slot ads; the score
 * is per pair. C++ libclassad: 2.6-3.8 us/pair; target 300 ns/pair.
 */
@State(org.openjdk.jmh.annotations.Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MatchBenchmark {
    static final int SLOTS = 205;

    private ClassAd job;
    private ClassAd[] slots;
    private int matches;

    @Setup
    public void setUp() {
        job = PoolData.parse(JobAds.submitStyleJob());
        List<ClassAd> ads = PoolData.slotAds();
        if (ads.size() != SLOTS) {
            throw new IllegalStateException("expected " + SLOTS + " slot ads, read " + ads.size());
        }
        slots = ads.toArray(new ClassAd[0]);
        matches = symmetricMatchAll();
    }

    /** How many slots match the job (printed by run.sh as a sanity check). */
    public int matches() {
        return matches;
    }

    @Benchmark
    @OperationsPerInvocation(SLOTS)
    public int symmetricMatchPerPair() {
        return symmetricMatchAll();
    }

    private int symmetricMatchAll() {
        int n = 0;
        for (ClassAd slot : slots) {
            if (new MatchClassAd(job, slot, EvalOptions.defaults()).symmetricMatch()) {
                n++;
            }
        }
        return n;
    }
}
