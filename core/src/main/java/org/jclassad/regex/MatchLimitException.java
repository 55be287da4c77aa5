package org.jclassad.regex;

/**
 * A match that ran out of its budget: PCRE2's "match limit exceeded" (or its heap limit), which
 * HTCondor treats as a failed match. Thrown instead of running on for minutes or overflowing the
 * stack.
 */
public final class MatchLimitException extends RuntimeException {
    MatchLimitException() {
        super("regular expression match limit exceeded", null, false, false);
    }
}
