package org.jclassad.match;

/**
 * A matching pair: indexes into the left and right lists (for one ad against a list, {@code left}
 * is 0), and each side's {@code Rank} of the other as the negotiator reads it (a {@code Rank}
 * that is not a number counts as 0.0).
 *
 * <pre>{@code
 * ClassAd job = ClassAd.parse("[ Requirements = TARGET.Cpus >= 2; Rank = TARGET.Memory ]");
 * List<ClassAd> slots = List.of(
 *         ClassAd.parse("[ Cpus = 1; Memory = 4096; Requirements = true ]"),
 *         ClassAd.parse("[ Cpus = 4; Memory = 8192; Requirements = true ]"));
 * List<Match> found = new Matchmaker().match(job, slots);
 * Match m = found.get(0);                            // the second slot, ranked 8192.0 by the job
 * if (found.size() != 1 || m.right() != 1 || m.leftRank() != 8192.0) throw new AssertionError(found);
 * }</pre>
 *
 * @param left      index of the left ad (the job)
 * @param right     index of the right ad (the slot, route...)
 * @param leftRank  the left ad's {@code Rank} with the right ad as {@code TARGET}
 * @param rightRank the right ad's {@code Rank} with the left ad as {@code TARGET}
 */
public record Match(int left, int right, double leftRank, double rightRank) {
}
