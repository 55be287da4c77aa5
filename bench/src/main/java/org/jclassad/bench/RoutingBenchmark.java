package org.jclassad.bench;

/**
 * Placeholder, pending the job router (its own issue): 1,000,000 generated HTCondor-CE job ads
 * ({@link JobAds#ceJob}) through 20 routes, route choice plus transform, target 500,000 jobs/s on
 * one core and near-linear on two. There is no router in the core yet, so there is nothing to
 * measure; run.sh reports the target as pending. Add the {@code @Benchmark} here when the router lands.
 */
public final class RoutingBenchmark {
    private RoutingBenchmark() {
    }
}
