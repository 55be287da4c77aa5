package org.jclassad.cli;

/**
 * The exit status of every {@code jclassad} command. Commands that mimic an HTCondor tool keep
 * that tool's statuses under {@code -compat}; otherwise they use these.
 */
final class ExitCodes {
    /** The command did all it was asked. */
    static final int OK = 0;
    /** The command failed: unreadable input, a refused configuration, an error in an expression. */
    static final int FAILURE = 1;
    /** The command line was wrong: an unknown option, a missing argument. Nothing was done. */
    static final int USAGE = 2;
    /** The command finished, but skipped one or more malformed inputs (each reported on stderr). */
    static final int SKIPPED_MALFORMED = 3;

    private ExitCodes() {
    }
}
