package org.jclassad.transform.xform;

/**
 * Receives what applying transforms reports, in order. Every method has an empty default.
 * Trace lines and error lines carry HTCondor's exact text, newline included.
 */
public interface TransformListener {
    /** A transform is considered for an ad; {@code applies} is its REQUIREMENTS verdict. */
    default void transformStart(Transform transform, boolean applies) {
    }

    /** A statement did something ({@code -verbose} trace line in {@link Step#trace()}). */
    default void step(Step step) {
    }

    /**
     * Whether this listener wants {@link #step} calls. Building a step's trace prints the
     * attribute's old and new expressions, which costs more than the statement itself; a listener
     * that ignores steps says {@code false} and gets none. Defaults to {@code true}.
     */
    default boolean wantsSteps() {
        return true;
    }

    /** A problem that is logged and skipped (e.g. {@code ERROR: SET A invalid expression : ...}). */
    default void error(String line) {
    }

    /** An error of a {@code $}-function during expansion (the expansion gave empty text). */
    default void macroError(String message) {
    }

    /**
     * An error of a {@code $}-function, with the statement it happened in ({@code "line N in
     * file F"}, or {@code ""}); by default passed on to {@link #macroError(String)}.
     */
    default void macroError(String message, String place) {
        macroError(message);
    }

    TransformListener NONE = new TransformListener() {
    };
}
