package org.jclassad.transform.router;

/**
 * How a {@link JobRouter} runs: condor_job_router_info's flags plus jclassad's own. Immutable;
 * start from {@link #defaults()} and change with the {@code with} methods:
 *
 * <pre>{@code
 * RouterOptions preview = RouterOptions.defaults().withIgnoreThrottles(true).withIgnorePriorRouting(true);
 * }</pre>
 *
 * @param logSteps           trace candidate selection and every transform step ({@code -log-steps})
 * @param ignorePriorRouting route jobs even if already managed or routed ({@code -ignore-prior-routing})
 * @param classic            run old ClassAd-style routes with the classic (≤ 8.8) engine instead of
 *                           refusing them
 * @param explain            per job and route, say why the route was or was not taken
 * @param matchSummary       {@code -match-jobs} without {@code -route-jobs}: print the chosen route of
 *                           each job
 * @param ignoreThrottles    the no-throttle preview: route {@code MaxJobs}/{@code MaxIdleJobs} (and
 *                           their {@code JOB_ROUTER_DEFAULT_MAX_*_PER_ROUTE} defaults) and
 *                           {@code JOB_ROUTER_MAX_JOBS} are not applied, so every job that passes the
 *                           umbrella constraint goes to the route it matches (the first, or the
 *                           round-robin choice), however many came before it
 */
public record RouterOptions(boolean logSteps, boolean ignorePriorRouting, boolean classic, boolean explain,
        boolean matchSummary, boolean ignoreThrottles) {

    /** condor_job_router_info's defaults: HTCondor 25's engine, throttles applied, nothing traced. */
    public static RouterOptions defaults() {
        return new RouterOptions(false, false, false, false, false, false);
    }

    public RouterOptions withLogSteps(boolean on) {
        return new RouterOptions(on, ignorePriorRouting, classic, explain, matchSummary, ignoreThrottles);
    }

    public RouterOptions withIgnorePriorRouting(boolean on) {
        return new RouterOptions(logSteps, on, classic, explain, matchSummary, ignoreThrottles);
    }

    public RouterOptions withClassic(boolean on) {
        return new RouterOptions(logSteps, ignorePriorRouting, on, explain, matchSummary, ignoreThrottles);
    }

    public RouterOptions withExplain(boolean on) {
        return new RouterOptions(logSteps, ignorePriorRouting, classic, on, matchSummary, ignoreThrottles);
    }

    public RouterOptions withMatchSummary(boolean on) {
        return new RouterOptions(logSteps, ignorePriorRouting, classic, explain, on, ignoreThrottles);
    }

    public RouterOptions withIgnoreThrottles(boolean on) {
        return new RouterOptions(logSteps, ignorePriorRouting, classic, explain, matchSummary, on);
    }
}
