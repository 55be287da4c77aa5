package org.jclassad.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.jclassad.eval.MatchClassAd;
import org.jclassad.ClassAd;
import org.jclassad.evaluation.EvalOptions;

/**
 * Matches ads in bulk, as HTCondor's matchmaker pairs them: a pair matches when each ad's
 * {@code Requirements} is true with the other as {@code TARGET} ({@link #matches}).
 * Every pair is evaluated in HTCondor's match scopes ({@code MY}, {@code TARGET}), so the results
 * equal the pairwise ones; with an {@link Executor} the pairs are spread over its threads, and
 * the result order does not depend on it.
 *
 * <pre>{@code
 * ClassAd job = ClassAd.parse("[ Requirements = TARGET.Memory >= 4096 ]");
 * List<ClassAd> pool = List.of(ClassAd.parse("[ Memory = 2048; Requirements = true ]"),
 *         ClassAd.parse("[ Memory = 8192; Requirements = true ]"));
 * Matchmaker mm = new Matchmaker(EvalOptions.defaults());
 * List<Match> slots = mm.match(job, pool);                    // one job against a pool: the second slot
 * ExecutorService executor = Executors.newFixedThreadPool(2);
 * List<Match> all = mm.matchAll(List.of(job, job), pool, executor);   // N x M, in parallel
 * executor.shutdown();
 * if (slots.size() != 1 || slots.get(0).right() != 1 || all.size() != 2) throw new AssertionError(all);
 * }</pre>
 *
 * The ads must not be modified while a batch runs.
 */
public final class Matchmaker {
    /** Pairs per task when work is spread over an executor. */
    static final int CHUNK = 256;

    private final EvalOptions options;

    public Matchmaker(EvalOptions options) {
        this.options = Objects.requireNonNull(options);
    }

    /** A matchmaker with the default evaluation options (HTCondor's limits, the local time zone). */
    public Matchmaker() {
        this(EvalOptions.defaults());
    }

    /**
     * Whether the two ads match: each one's {@code Requirements} evaluates to {@code true} with
     * the other as {@code TARGET} (an ad without {@code Requirements} matches nothing, as in
     * HTCondor).
     *
     * <pre>{@code
     * ClassAd job = ClassAd.parse("[ Requirements = TARGET.Cpus >= 2 ]");
     * ClassAd slot = ClassAd.parse("[ Cpus = 4; Requirements = MY.Cpus > 0 ]");
     * boolean ok = new Matchmaker().matches(job, slot);         // true
     * if (!ok) throw new AssertionError();
     * }</pre>
     */
    public boolean matches(ClassAd left, ClassAd right) {
        return new MatchClassAd(left, right, options).symmetricMatch();
    }

    /**
     * Explains {@code job} against {@code slots} as {@code condor_q -better-analyze} does: which
     * conjuncts of the job's {@code Requirements} reject how many slots, which attribute values
     * would let it match more, and which conditions of the slots' own {@code Requirements} reject
     * the job. Evaluated in the same match scopes as {@link #matches}, so the counts agree.
     *
     * <pre>{@code
     * ClassAd job = ClassAds.parseOld("ClusterId = 12\nProcId = 3\nRequirements = TARGET.Memory >= 4096\n");
     * List<ClassAd> pool = List.of(ClassAd.parse("[ Name = \"slot1@a\"; Memory = 8192; Requirements = true ]"));
     * Explanation e = new Matchmaker().explain(job, pool);
     * if (!e.jobId().equals("12.003") || !e.format().contains("12.003")) throw new AssertionError(e.format());
     * }</pre>
     */
    public Explanation explain(ClassAd job, List<ClassAd> slots) {
        return Explainer.explain(job, slots, options);
    }

    public EvalOptions options() {
        return options;
    }

    /** The pair if it matches, else {@code null}. */
    public Match match(ClassAd left, ClassAd right, int leftIndex, int rightIndex) {
        MatchClassAd m = new MatchClassAd(left, right, options);
        if (!m.symmetricMatch()) {
            return null;
        }
        return new Match(leftIndex, rightIndex, MatchClassAd.rankOf(m.leftRank()), MatchClassAd.rankOf(m.rightRank()));
    }

    /** The candidates that match {@code ad}, in candidate order ({@link Match#left()} is 0). */
    public List<Match> match(ClassAd ad, List<ClassAd> candidates) {
        return matchAll(List.of(ad), candidates, null);
    }

    /** As {@link #match(ClassAd, List)}, spread over {@code executor} ({@code null}: this thread). */
    public List<Match> match(ClassAd ad, List<ClassAd> candidates, Executor executor) {
        return matchAll(List.of(ad), candidates, executor);
    }

    /** Every matching pair of {@code lefts} x {@code rights}, ordered by left index, then right index. */
    public List<Match> matchAll(List<ClassAd> lefts, List<ClassAd> rights) {
        return matchAll(lefts, rights, null);
    }

    /**
     * Every matching pair, ordered by left index, then right index, evaluated on {@code executor}'s
     * threads (or this thread if {@code null}).
     */
    public List<Match> matchAll(List<ClassAd> lefts, List<ClassAd> rights, Executor executor) {
        long pairs = (long) lefts.size() * rights.size();
        if (executor == null || pairs <= CHUNK) {
            return range(lefts, rights, 0, pairs);
        }
        List<CompletableFuture<List<Match>>> parts = new ArrayList<>();
        for (long from = 0; from < pairs; from += CHUNK) {
            long start = from;
            long end = Math.min(pairs, from + CHUNK);
            parts.add(CompletableFuture.supplyAsync(() -> range(lefts, rights, start, end), executor));
        }
        List<Match> out = new ArrayList<>();
        try {
            for (CompletableFuture<List<Match>> part : parts) {
                out.addAll(part.join());
            }
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            if (e.getCause() instanceof Error) {
                throw (Error) e.getCause();
            }
            throw e;
        }
        return out;
    }

    /** Pairs {@code [from, to)} in row-major order (left index major). */
    private List<Match> range(List<ClassAd> lefts, List<ClassAd> rights, long from, long to) {
        List<Match> out = new ArrayList<>();
        int m = rights.size();
        for (long p = from; p < to; p++) {
            int i = (int) (p / m);
            int j = (int) (p % m);
            Match match = match(lefts.get(i), rights.get(j), i, j);
            if (match != null) {
                out.add(match);
            }
        }
        return out;
    }

    /**
     * Orders matches as the negotiator prefers them for one left ad: highest left rank first,
     * then highest right rank, then candidate order.
     */
    public static Comparator<Match> byPreference() {
        return Comparator.comparingInt(Match::left)
                .thenComparing(Comparator.comparingDouble(Match::leftRank).reversed())
                .thenComparing(Comparator.comparingDouble(Match::rightRank).reversed())
                .thenComparingInt(Match::right);
    }
}
