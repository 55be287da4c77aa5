package org.jclassad.transform.router;

import org.jclassad.ClassAd;

/**
 * One route of the routing table: its identity and limits, how it picks jobs, and how it edits
 * the routed copy. {@link TransformRoute} is a new-syntax (transform language) route,
 * {@link ClassicRoute} an old ClassAd-style route run by the classic (HTCondor ≤ 8.8) engine.
 *
 * <p>A route also carries the counters of one simulated run: how many jobs it took.
 */
public abstract class Route {
    protected String name;
    protected String source;
    protected int targetUniverse = VanillaToGrid.GRID;
    protected String gridResource = "";
    protected int maxJobs = 100;
    protected int maxIdleJobs = 50;
    /** The requirements text as put into the umbrella constraint; empty when none. */
    protected String requirements = "";
    /** The route's {@code SendIDTokens} expression text, or {@code null} when it has none. */
    protected String sendIdTokens;
    private int routedJobs;

    public String name() {
        return name;
    }

    /** Where the route came from: the knob tag for new-syntax routes, {@code entries:N} for classic ones. */
    public String source() {
        return source;
    }

    public int targetUniverse() {
        return targetUniverse;
    }

    public String gridResource() {
        return gridResource;
    }

    public int maxJobs() {
        return maxJobs;
    }

    public int maxIdleJobs() {
        return maxIdleJobs;
    }

    public String requirements() {
        return requirements;
    }

    /**
     * The route's {@code SendIDTokens} expression text ({@code ""} written as {@code ""} when
     * declared empty), or {@code null} when the route has none and
     * {@code JOB_ROUTER_SEND_ROUTE_IDTOKENS} applies.
     */
    public String sendIdTokens() {
        return sendIdTokens;
    }

    /** Jobs routed to it so far in this run (all idle: nothing runs in a simulation). */
    public int routedJobs() {
        return routedJobs;
    }

    void countRoutedJob() {
        routedJobs++;
    }

    void resetCounters() {
        routedJobs = 0;
    }

    /** The router's test before offering a job: not over MaxIdleJobs (when not negative) nor MaxJobs. */
    public boolean acceptingMoreJobs() {
        if (maxIdleJobs >= 0 && maxIdleJobs <= routedJobs) {
            return false;
        }
        return routedJobs < maxJobs;
    }

    /** Why {@link #acceptingMoreJobs()} is false, for {@code -explain}. */
    public String fullReason() {
        if (maxIdleJobs >= 0 && maxIdleJobs <= routedJobs) {
            return "route is full: " + routedJobs + " idle routed jobs, MaxIdleJobs = " + maxIdleJobs;
        }
        return "route is full: " + routedJobs + " routed jobs, MaxJobs = " + maxJobs;
    }

    /** The route's Requirements against the source job, evaluated in the route's own scope rules. */
    public abstract boolean matches(ClassAd job);

    /** {@code EditJobInPlace} evaluated for the source job (undefined is false). */
    public abstract boolean editJobInPlace(ClassAd job);

    /** {@code JobShouldBeSandboxed} evaluated for the source job (undefined is false). */
    public abstract boolean sandboxed(ClassAd job);

    /** Whether pre- and post-route transforms apply around this route. */
    public abstract boolean usesPrePostTransforms();

    /** A new per-job macro table (shared with the pre/post transforms), or {@code null} when not used. */
    public abstract LoadedTransform.Session newSession();

    /**
     * Applies the route's edits to the routed copy in place.
     *
     * @return {@code null} on success, else why the job cannot be routed
     */
    public abstract String apply(ClassAd routed, LoadedTransform.Session session, StepLog log);

    /** The route's text for {@code -config}: lines indented by a tab, no final newline. */
    public abstract String describe();
}
