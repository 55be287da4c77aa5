package org.jclassad.transform.router;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.jclassad.ClassAd;
import org.jclassad.eval.Node;

/**
 * The job router, offline: reads the routing configuration the way the router daemon does, then
 * simulates one routing pass over a stream of job ads as {@code condor_job_router_info
 * -route-jobs} does (candidate selection with the umbrella constraint, route choice, per-route
 * MaxJobs/MaxIdleJobs accounting across the batch, VanillaToGrid, pre-route transforms, the
 * route, post-route transforms, router bookkeeping).
 *
 * <p>From code, {@link #route} hands back every job's fate as a {@link Routing}: the route's name,
 * the routed ad, and (with {@link RouterOptions#logSteps()}) the step log:
 *
 * <pre>{@code
 * RouterConfig config = ConfigLayer.parse("""
 *         JOB_ROUTER_ROUTE_NAMES = Local
 *         JOB_ROUTER_ROUTE_Local @=end
 *           UNIVERSE VANILLA
 *           REQUIREMENTS Owner == "alice"
 *           SET Queue "short"
 *         @end
 *         """);
 * JobRouter router = new JobRouter(config, RouterOptions.defaults());
 * ClassAd job = ClassAds.parseOld("ClusterId = 1\nProcId = 0\nJobStatus = 1\nOwner = \"alice\"\nJobUniverse = 5\n");
 * RoutingSummary summary = router.route(List.of(job).iterator(), routing -> {
 *     if (routing.outcome() == Routing.Outcome.ROUTED) {
 *         System.out.println(routing.jobKey() + " -> " + routing.route() + ": " + routing.routed().evaluateAttr("Queue"));
 *     }
 * });
 * // prints 1.0 -> Local: "short"; summary.perRoute() is {Local=1}
 * }</pre>
 *
 * <p>{@link #run} is the tool's report ({@code condor_job_router_info} byte for byte) on a
 * {@link RouterOutput}. Two engines: by default HTCondor 25's (new-syntax routes only;
 * {@code JOB_ROUTER_ENTRIES} are refused with HTCondor's warning); with
 * {@link RouterOptions#classic()} old ClassAd-style routes ({@code JOB_ROUTER_ENTRIES},
 * {@code JOB_ROUTER_DEFAULTS}, {@code [}-style route knobs) run natively by the classic engine.
 *
 * <p>Jobs are processed one at a time: memory does not grow with the number of jobs. (HTCondor
 * routes candidates in job-id string order; this router keeps input order.) A router runs one
 * pass at a time (routes count the jobs they took); it is not thread-safe.
 */
public final class JobRouter {
    private final RouterConfig config;
    private final RouterOptions options;
    private final RoutingTable table;

    public JobRouter(RouterConfig config, RouterOptions options) {
        this.config = config;
        this.options = options;
        this.table = RouterLoader.load(config, options.classic());
    }

    public RouterOptions options() {
        return options;
    }

    public boolean isEnabled() {
        return table.enabled();
    }

    /** Messages the router logged while loading (condor_job_router_info shows them on stderr when disabled). */
    public List<String> loadMessages() {
        return table.loadMessages();
    }

    /** The enabled routes in matching order. */
    public List<Route> routes() {
        return table.order();
    }

    public List<LoadedTransform> preRouteTransforms() {
        return table.preRoute();
    }

    public List<LoadedTransform> postRouteTransforms() {
        return table.postRoute();
    }

    public String routerName() {
        return table.routerName();
    }

    /** Whether routes are chosen round robin rather than first match. */
    public boolean roundRobin() {
        return table.roundRobin();
    }

    /**
     * Why the router cannot run at all (HTCondor stops with an exception, exit 4, before printing
     * anything), or {@code null}.
     */
    public String fatalError() {
        return table.fatalError();
    }

    /** condor_job_router_info {@code -config}: the transforms and the enabled routes in order. */
    public void dumpRoutes(PrintStream out) {
        RouteDump.dump(table, out);
    }

    /** The end-of-run warning HTCondor 25 prints when old-syntax knobs are defined (not in classic mode). */
    public String deprecationWarning() {
        return RouteDump.deprecationWarning(config, options.classic());
    }

    /**
     * Routes {@code jobs} and hands each job's fate to {@code each}, in input order, ads that are
     * not jobs included. Nothing is printed; under {@link RouterOptions#logSteps()} each
     * {@link Routing#steps()} holds the job's trace. The ads may be edited (as the router claims
     * them).
     *
     * @throws RouterAbort where HTCondor's router stops (a job without {@code JobUniverse})
     */
    public RoutingSummary route(Iterator<ClassAd> jobs, Consumer<Routing> each) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        RouterOutput out = new RouterOutput(sink, sink, sink, options.logSteps()).capturingSteps();
        return run(jobs, out, true, each);
    }

    /**
     * One routing pass over {@code jobs}, writing as condor_job_router_info does after
     * "Matching jobs against routes to find candidate jobs.". With {@code routeJobs} false only
     * candidates are chosen ({@code -match-jobs}).
     *
     * @throws RouterAbort where HTCondor's router stops (its message is printed already)
     */
    public RoutingSummary run(Iterator<ClassAd> jobs, RouterOutput out, boolean routeJobs) {
        return run(jobs, out, routeJobs, null);
    }

    /** {@link #run(Iterator, RouterOutput, boolean)}, telling {@code each} (may be {@code null}) of every job. */
    public RoutingSummary run(Iterator<ClassAd> jobs, RouterOutput out, boolean routeJobs, Consumer<Routing> each) {
        return new RoutingPass(table, options, config, out, each, 0).run(jobs, routeJobs);
    }

    /**
     * The no-throttle preview, one job at a time: what {@link #run} does with each job when the
     * router was made with {@link RouterOptions#ignoreThrottles}, for callers that route the jobs
     * of one batch in pieces (on many machines). Without throttles a job's fate depends only on the
     * job, except for round-robin selection ({@code JOB_ROUTER_ROUND_ROBIN_SELECTION}), which
     * depends on how many candidates were routed before it: give that count as
     * {@code candidatesBefore}.
     *
     * @throws IllegalStateException if the router was not made with {@link RouterOptions#ignoreThrottles}
     * @throws RouterAbort if the umbrella constraint does not parse (HTCondor's router stops there)
     */
    public Preview preview(long candidatesBefore, RouterOutput out) {
        if (!options.ignoreThrottles()) {
            throw new IllegalStateException("the per-job preview needs RouterOptions.ignoreThrottles");
        }
        RoutingPass pass = new RoutingPass(table, options, config, out, null, candidatesBefore);
        return new Preview(pass, table.enabled() ? pass.umbrella() : null, out);
    }

    /** Routes jobs one at a time (see {@link JobRouter#preview}). Not thread-safe. */
    public static final class Preview {
        private final RoutingPass pass;
        private final Node umbrellaNode;
        private final RouterOutput out;

        private Preview(RoutingPass pass, Node umbrellaNode, RouterOutput out) {
            this.pass = pass;
            this.umbrellaNode = umbrellaNode;
            this.out = out;
        }

        /** What the router does with the job (the ad may be edited, as {@link #run} edits its input). */
        public Routing route(ClassAd ad) {
            RoutingPass.Job job = pass.validJob(ad);
            if (job == null) {
                return pass.done(RoutingPass.NOT_A_JOB);
            }
            if (umbrellaNode == null) {
                return pass.done(Routing.of(job.key(), Routing.Outcome.NOT_A_CANDIDATE, null, null,
                        "JobRouter is disabled"));
            }
            try {
                return pass.offer(job, umbrellaNode, true, null);
            } catch (RouterAbort stop) {
                out.err().print(RouterOutput.format(stop.getMessage()));
                return pass.done(Routing.of(job.key(), Routing.Outcome.ABORTED, null, null, stop.getMessage().strip()));
            }
        }

        /**
         * Whether the job would be routed somewhere: a job ad, a candidate, and a route's
         * requirements match it. Changes no state of the router (the round-robin position
         * included); the ad is prepared as {@link #route} prepares it.
         */
        public boolean isCandidate(ClassAd ad) {
            RoutingPass.Job job = pass.validJob(ad);
            return job != null && pass.isCandidate(job, umbrellaNode);
        }

        /** The counts so far, as {@link #run} reports them. */
        public RoutingSummary summary() {
            return pass.summary();
        }
    }
}
