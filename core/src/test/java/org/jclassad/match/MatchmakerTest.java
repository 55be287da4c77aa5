package org.jclassad.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Test;

import org.jclassad.eval.MatchClassAd;
import org.jclassad.ClassAd;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.io.AdStreamOptions;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;
import org.jclassad.io.SamplePool;

/** Batch matching gives exactly the pairwise results, sequentially or in parallel. */
class MatchmakerTest {
    private static final EvalOptions OPTIONS = EvalOptions.defaults().withClock(() -> 1_783_286_170_000L);
    private static final ExecutorService POOL = Executors.newFixedThreadPool(3);

    @AfterContainer
    static void shutdown() {
        POOL.shutdownNow();
    }

    /** The reference: every pair through its own MatchClassAd. */
    static List<Match> pairwise(List<ClassAd> lefts, List<ClassAd> rights, EvalOptions options) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < lefts.size(); i++) {
            for (int j = 0; j < rights.size(); j++) {
                MatchClassAd m = new MatchClassAd(lefts.get(i), rights.get(j), options);
                if (MatchClassAd.isTrue(m.symmetricMatchValue())) {
                    out.add(new Match(i, j, MatchClassAd.rankOf(m.leftRank()), MatchClassAd.rankOf(m.rightRank())));
                }
            }
        }
        return out;
    }

    @Property(tries = 60)
    void batchEqualsPairwise(@ForAll("jobs") List<String> jobs, @ForAll("machines") List<String> machines,
            @ForAll boolean oldSemantics) {
        List<ClassAd> lefts = parse(jobs);
        List<ClassAd> rights = parse(machines);
        EvalOptions options = OPTIONS.withOldSemantics(oldSemantics);
        Matchmaker mm = new Matchmaker(options);
        List<Match> expected = pairwise(lefts, rights, options);
        assertEquals(expected, mm.matchAll(lefts, rights));
        assertEquals(expected, mm.matchAll(lefts, rights, POOL));
        for (int i = 0; i < lefts.size(); i++) {
            int row = i;
            List<Match> one = expected.stream().filter(m -> m.left() == row)
                    .map(m -> new Match(0, m.right(), m.leftRank(), m.rightRank())).toList();
            assertEquals(one, mm.match(lefts.get(i), rights, POOL));
        }
    }

    private static List<ClassAd> parse(List<String> texts) {
        List<ClassAd> ads = new ArrayList<>();
        for (String t : texts) {
            ads.add(ClassAd.parse(t));
        }
        return ads;
    }

    @Provide
    Arbitrary<List<String>> jobs() {
        Arbitrary<String> req = Arbitraries.of("TARGET.Memory >= RequestMemory", "TARGET.Cpus >= RequestCpus",
                "TARGET.Arch == \"X86_64\"", "Memory >= RequestMemory", "TARGET.HasGPU =?= true",
                "RequestCpus <= Cpus", "TARGET.Disk > 100 || Foo", "undefined", "1", "\"yes\"");
        Arbitrary<String> requirements = req.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(" && ", l));
        Arbitrary<String> rank = Arbitraries.of("TARGET.Memory", "TARGET.Mips * 2", "0", "true", "\"x\"", "Cpus / 0");
        return Combinators.combine(requirements, rank, Arbitraries.integers().between(0, 4096),
                Arbitraries.integers().between(0, 8))
                .as((r, k, mem, cpus) -> "[ Requirements = " + r + "; Rank = " + k + "; RequestMemory = " + mem
                        + "; RequestCpus = " + cpus + " ]")
                .list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<String>> machines() {
        Arbitrary<String> req = Arbitraries.of("TARGET.RequestMemory <= Memory", "TARGET.RequestCpus <= MY.Cpus",
                "Start", "true", "RequestCpus < 4", "TARGET.Owner =!= \"bad\"", "error");
        Arbitrary<String> requirements = req.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(" && ", l));
        return Combinators.combine(requirements, Arbitraries.integers().between(0, 8192),
                Arbitraries.integers().between(0, 16), Arbitraries.of("X86_64", "aarch64"), Arbitraries.of("true",
                        "false", "undefined"), Arbitraries.integers().between(0, 100))
                .as((r, mem, cpus, arch, start, mips) -> "[ Requirements = " + r + "; Memory = " + mem + "; Cpus = "
                        + cpus + "; Arch = \"" + arch + "\"; Start = " + start + "; Mips = " + mips
                        + "; Rank = TARGET.RequestCpus; Disk = 1000 ]")
                .list().ofMinSize(1).ofMaxSize(70);
    }

    @Test
    void ceJobsAgainstTheSamplePool() throws IOException {
        List<ClassAd> jobs = new ArrayList<>();
        Path file = Path.of("..", "examples", "jobs", "ce-jobs.ads");
        try (AdStreamReader r = AdStreams.open(file, null, AdStreamOptions.defaults())) {
            r.forEachRemaining(jobs::add);
        }
        assertEquals(10, jobs.size());
        List<ClassAd> pool = SamplePool.ads();
        Matchmaker mm = new Matchmaker(OPTIONS);
        List<Match> batch = mm.matchAll(jobs, pool, POOL);
        assertEquals(pairwise(jobs, pool, OPTIONS), batch);
        assertTrue(batch.size() > 100, "some CE jobs match slots: " + batch.size());
        List<Match> sorted = new ArrayList<>(batch);
        sorted.sort(Matchmaker.byPreference());
        assertEquals(batch.size(), sorted.size());
        assertTrue(Files.exists(Path.of("..", "examples", "pool_sample.ads.gz")));
    }
}
