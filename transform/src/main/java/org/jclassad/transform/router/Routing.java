package org.jclassad.transform.router;

import java.util.List;

import org.jclassad.ClassAd;

/**
 * What the router did with one job.
 *
 * @param jobKey  {@code ClusterId.ProcId} ({@code null} for an ad that is not a job)
 * @param outcome what happened
 * @param route   the chosen route's name, or {@code null}
 * @param routed  the routed ad for {@link Outcome#ROUTED} (for {@code EditJobInPlace} routes the
 *                edited job), else {@code null}
 * @param reason  why the job was not routed (the {@code -explain} wording, e.g.
 *                {@code JobStatus is 2, not 1 (idle)}), or {@code null} when it was
 * @param steps   the router's trace for this job ({@code -log-steps} lines, each ending with a
 *                newline) when {@link RouterOptions#logSteps()} is on, else empty
 */
public record Routing(String jobKey, Outcome outcome, String route, ClassAd routed, String reason,
        List<String> steps) {

    public Routing {
        steps = List.copyOf(steps);
    }

    static Routing of(String jobKey, Outcome outcome, String route, ClassAd routed, String reason) {
        return new Routing(jobKey, outcome, route, routed, reason, List.of());
    }

    Routing withSteps(List<String> trace) {
        return new Routing(jobKey, outcome, route, routed, reason, trace);
    }

    /** What the router did with one job of a pass. */
    public enum Outcome {
        /** Not a job ad: no integer {@code ClusterId} and {@code ProcId}. */
        NOT_A_JOB,
        /** Not a candidate: the umbrella constraint is not true for it. */
        NOT_A_CANDIDATE,
        /** A candidate no route's requirements match. */
        NO_ROUTE,
        /**
         * A throttle kept it from the route it matches: that route is full, or the pass had stopped
         * (every route full, or {@code JOB_ROUTER_MAX_JOBS} reached); {@link Routing#reason()} names
         * the limit ({@code "CE_A: MaxIdleJobs = 5"}).
         */
        HELD_BACK,
        /** A route was chosen, and routing was not asked for. */
        MATCHED,
        /** Routed: the routed copy (or the job, edited in place) is in {@link Routing#routed()}. */
        ROUTED,
        /** A route was chosen but applying it failed. */
        ROUTE_FAILED,
        /**
         * Routing it raised what stops HTCondor's router ({@link RouterAbort}, e.g. a job without
         * {@code JobUniverse}): a pass ends there; the preview says so (on stderr) and goes on.
         */
        ABORTED
    }
}
