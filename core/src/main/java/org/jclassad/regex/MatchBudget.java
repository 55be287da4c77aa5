package org.jclassad.regex;

/**
 * A subject that counts the characters a match reads and stops it, with a
 * {@link MatchLimitException}, past {@link PcrePattern#MATCH_BUDGET} reads: a runaway
 * backtracking match fails like PCRE2's match limit instead of running for minutes.
 */
final class MatchBudget implements CharSequence {
    private final String text;
    private long remaining = PcrePattern.MATCH_BUDGET;

    MatchBudget(String text) {
        this.text = text;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        if (--remaining < 0) {
            throw new MatchLimitException();
        }
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
