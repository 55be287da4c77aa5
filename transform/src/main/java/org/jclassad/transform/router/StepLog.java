package org.jclassad.transform.router;

/**
 * Where a transform engine reports what it does while transforming an ad. The router prints
 * {@link #step} lines on stdout under {@code -log-steps} (the way condor_job_router_info shows
 * its dprintf trace) and {@link #error} lines on stderr.
 */
public interface StepLog {
    /** One trace message, usually ending in a newline ({@code SET Via to "Local"\n}). */
    void step(String message);

    /** One message for stderr ({@code Transform of ad  failed!\n}). */
    void error(String message);

    StepLog NONE = new StepLog() {
        @Override
        public void step(String message) {
        }

        @Override
        public void error(String message) {
        }
    };
}
