package org.jclassad.transform.router;

/**
 * Where HTCondor's router raises an exception and condor_job_router_info stops (exit 4): a job
 * without {@code JobUniverse} reaching VanillaToGrid, an umbrella constraint that does not parse.
 * The message is HTCondor's, as the tool prints it ({@code ERROR "message"} and a newline); the
 * tool's report has printed it when this is thrown.
 */
public final class RouterAbort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RouterAbort(String message) {
        super("ERROR \"" + message + "\"\n");
    }
}
