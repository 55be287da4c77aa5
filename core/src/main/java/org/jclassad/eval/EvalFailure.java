package org.jclassad.eval;

/**
 * An evaluation that fails rather than producing a value: a depth or step limit was exceeded, or
 * a function failed hard (HTCondor's {@code Evaluate} returning false). It unwinds the whole
 * evaluation except where HTCondor itself absorbs it (list elements, some functions).
 */
public final class EvalFailure extends RuntimeException {
    static final EvalFailure INSTANCE = new EvalFailure();

    private EvalFailure() {
        super("evaluation failed", null, false, false);
    }

    /** Signals a hard failure from a function. */
    public static EvalFailure fail() {
        return INSTANCE;
    }
}
