package org.jclassad.transform.router;

/**
 * Where a route or transform reports what it does while editing an ad, under
 * {@code -log-steps}. Two kinds of line reach stdout differently in condor_job_router_info:
 * {@link #step} lines are written by the transform engine itself, verbatim; {@link #log} lines
 * go through the router's log (dprintf), which the tool shows with its own rules (see
 * {@link RouterOutput#format}). {@link #error} lines go to stderr.
 */
public interface StepLog {
    /** One line (or lines) of the transform engine's step trace, verbatim ({@code SET Via to "Local"\n}). */
    void step(String message);

    /** Whether {@link #step} lines are wanted (they cost more to build than to drop); default {@code true}. */
    default boolean wantsSteps() {
        return true;
    }

    /** One message of the router's log ({@code ERROR in transform Env : \n}). */
    void log(String message);

    /** One message for stderr ({@code Transform of ad  failed!\n}). */
    void error(String message);

    StepLog NONE = new StepLog() {
        @Override
        public boolean wantsSteps() {
            return false;
        }

        @Override
        public void step(String message) {
        }

        @Override
        public void log(String message) {
        }

        @Override
        public void error(String message) {
        }
    };
}
