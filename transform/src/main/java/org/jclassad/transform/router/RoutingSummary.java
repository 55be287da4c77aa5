package org.jclassad.transform.router;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What happened to the jobs of one routing pass, as counts.
 *
 * @param jobsRead   ads the router was given
 * @param notJobs    of those, ads without an integer {@code ClusterId} and {@code ProcId}
 * @param candidates jobs for which a route was chosen
 * @param routed     jobs routed (the routed ad was made)
 * @param failed     jobs whose route failed to apply
 * @param perRoute   candidates per route name, in the order routes first took a job
 * @param heldBack   jobs not looked at because a throttle stopped the pass, by the limit that
 *                   held them back ({@code "CE_A: MaxIdleJobs = 5"}, {@code "JOB_ROUTER_MAX_JOBS = 10"})
 * @param unrouted   jobs no route took, by reason ({@code "JobStatus is 2, not 1 (idle)"},
 *                   {@code "no route's requirements match"})
 */
public record RoutingSummary(long jobsRead, long notJobs, long candidates, long routed, long failed,
        Map<String, Long> perRoute, Map<String, Long> heldBack, Map<String, Long> unrouted) {

    public RoutingSummary {
        perRoute = Collections.unmodifiableMap(new LinkedHashMap<>(perRoute));
        heldBack = Collections.unmodifiableMap(new LinkedHashMap<>(heldBack));
        unrouted = Collections.unmodifiableMap(new LinkedHashMap<>(unrouted));
    }

    /** The counts of a pass in progress (one per pass; not thread-safe). */
    static final class Tally {
        long jobsRead;
        long notJobs;
        long candidates;
        long routed;
        long failed;
        final Map<String, Long> perRoute = new LinkedHashMap<>();
        final Map<String, Long> heldBack = new LinkedHashMap<>();
        final Map<String, Long> unrouted = new LinkedHashMap<>();

        /** Counts a job's fate (called once per job read). */
        void count(Routing r) {
            jobsRead++;
            switch (r.outcome()) {
                case NOT_A_JOB -> notJobs++;
                case NOT_A_CANDIDATE, NO_ROUTE, ABORTED -> unrouted.merge(r.reason(), 1L, Long::sum);
                case HELD_BACK -> heldBack.merge(r.reason(), 1L, Long::sum);
                case MATCHED -> chosen(r.route());
                case ROUTED -> {
                    chosen(r.route());
                    routed++;
                }
                case ROUTE_FAILED -> {
                    chosen(r.route());
                    failed++;
                    unrouted.merge(r.reason(), 1L, Long::sum);
                }
                default -> throw new IllegalStateException(String.valueOf(r.outcome()));
            }
        }

        private void chosen(String route) {
            candidates++;
            perRoute.merge(route, 1L, Long::sum);
        }

        RoutingSummary snapshot() {
            return new RoutingSummary(jobsRead, notJobs, candidates, routed, failed, perRoute, heldBack, unrouted);
        }
    }
}
