package org.jclassad.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jclassad.ClassAd;
import org.jclassad.io.ClassAds;
import org.jclassad.transform.router.ConfigLayer;
import org.jclassad.transform.router.JobRouter;
import org.jclassad.transform.router.RouterOptions;
import org.jclassad.transform.router.RouterOutput;
import org.jclassad.value.Value;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Routing throughput: already-parsed HTCondor-CE job ads ({@link JobAds#ceJob}) through 20
 * new-syntax routes, route choice (first match in JOB_ROUTER_ROUTE_NAMES order, with each route's
 * REQUIREMENTS) plus the chosen route's transform (VanillaToGrid, SET, EVALSET, DELETE) and the
 * router's bookkeeping. The routed ads are built but not printed. Scores are jobs per second;
 * each thread routes its own batch with its own router, as two router processes would.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class RoutingBenchmark {
    /** Jobs per batch (per thread). */
    public static final int JOBS = 50_000;

    private static final String[] VOS = {"cms", "atlas", "osg", "ligo", "icecube", "dune"};
    private static final String[] QUEUES = {"default", "long", "short", "gpu"};

    private List<ClassAd> jobs;
    private JobRouter router;
    private RouterOutput output;

    /** A router configuration of 20 routes, one per VO and queue (the last four pairs are left to no route). */
    public static String routesConfig() {
        StringBuilder names = new StringBuilder("JOB_ROUTER_ROUTE_NAMES =");
        StringBuilder routes = new StringBuilder();
        int n = 0;
        for (String vo : VOS) {
            for (String queue : QUEUES) {
                if (n == 20) {
                    break;
                }
                String name = "R" + n++ + "_" + vo + "_" + queue;
                names.append(' ').append(name);
                routes.append("JOB_ROUTER_ROUTE_").append(name).append(" @=rt\n")
                        .append("  UNIVERSE vanilla\n")
                        .append("  REQUIREMENTS x509UserProxyVOName == \"").append(vo).append("\" && Queue == \"")
                        .append(queue).append("\"\n")
                        .append("  DELETE PeriodicRemove\n")
                        .append("  SET WantDocker true\n")
                        .append("  SET RouteTag \"").append(name).append("\"\n")
                        .append("  SET Requirements (TARGET.Memory >= RequestMemory) && TARGET.HasDocker\n")
                        .append("  EVALSET DockerImage ifThenElse(isUndefined(DockerImage), \"unlhcc/osg-wn-el7\","
                                + " DockerImage)\n")
                        .append("  EVALSET Cmd ifThenElse(regexp(\"^/\", Cmd), Cmd, strcat(\"./\", Cmd))\n")
                        .append("@rt\n");
            }
        }
        return "NETWORK_HOSTNAME = ce.example.org\n"
                + "JOB_ROUTER_DEFAULT_MAX_JOBS_PER_ROUTE = 1000000000\n"
                + "JOB_ROUTER_DEFAULT_MAX_IDLE_JOBS_PER_ROUTE = -1\n"
                + names + "\n" + routes;
    }

    @Setup(Level.Trial)
    public void setUp() {
        jobs = new ArrayList<>(JOBS);
        for (int i = 0; i < JOBS; i++) {
            jobs.add(ClassAds.parseOld(JobAds.ceJob(11, i)));
        }
        router = new JobRouter(ConfigLayer.parse(Value.toByteString(routesConfig())),
                RouterOptions.defaults().withIgnorePriorRouting(true));
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        output = new RouterOutput(discard, discard, null, false);
        long routed = router.run(jobs.iterator(), output, true).routed();
        if (routed < JOBS / 2) {
            throw new IllegalStateException("only " + routed + " of " + JOBS + " jobs routed: check the routes");
        }
    }

    @Benchmark
    @OperationsPerInvocation(JOBS)
    public long routeOneCore() {
        return router.run(jobs.iterator(), output, true).routed();
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(JOBS)
    public long routeTwoCores() {
        return router.run(jobs.iterator(), output, true).routed();
    }
}
