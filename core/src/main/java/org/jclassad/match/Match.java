package org.jclassad.match;

/**
 * A matching pair: indexes into the left and right lists (for one ad against a list, {@code left}
 * is 0), and each side's {@code Rank} of the other as the negotiator reads it
 * ({@link MatchClassAd#rankOf}).
 *
 * @param left      index of the left ad (the job)
 * @param right     index of the right ad (the slot, route...)
 * @param leftRank  the left ad's {@code Rank} with the right ad as {@code TARGET}
 * @param rightRank the right ad's {@code Rank} with the left ad as {@code TARGET}
 */
public record Match(int left, int right, double leftRank, double rightRank) {
}
