package org.jclassad.transform.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.io.ClassAds;
import org.jclassad.format.OldSyntaxWriter;
import org.jclassad.value.Value;
import org.junit.jupiter.api.Test;

/** The no-throttle preview: throttles off, and routing one job at a time equals one pass. */
class PreviewTest {
    static final String CONFIG = RouterTest.newRoutes("JOB_ROUTER_DEFAULT_MAX_IDLE_JOBS_PER_ROUTE = 2\n",
            "A:JobPrio > 5", "B:true");

    private static List<ClassAd> jobs(int n) {
        List<ClassAd> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(ClassAds.parseOld("ClusterId = 7\nProcId = " + i + "\nJobStatus = 1\nJobUniverse = 5\nOwner = \"u\"\n"
                    + "JobPrio = " + i + "\n"));
        }
        out.add(ClassAds.parseOld("Owner = \"not a job\"\n"));
        return out;
    }

    private static JobRouter router(String config, boolean ignoreThrottles) {
        return new JobRouter(ConfigLayer.parse(Value.toByteString(config)),
                RouterOptions.defaults().withIgnoreThrottles(ignoreThrottles));
    }

    /** The routed ads of one pass, as the tool prints them. */
    private static String pass(JobRouter router, List<ClassAd> jobs) {
        ByteArrayOutputStream routed = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        router.run(jobs.iterator(), new RouterOutput(sink, sink, new PrintStream(routed, true, StandardCharsets.ISO_8859_1),
                false), true);
        return routed.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void throttlesLimitAPassUnlessIgnored() {
        String limited = pass(router(CONFIG, false), jobs(10));
        assertEquals(4, limited.split("RouteName = ").length - 1, "MaxIdleJobs 2 per route: two to A, two to B");
        String all = pass(router(CONFIG, true), jobs(10));
        assertEquals(10, all.split("RouteName = ").length - 1, "the no-throttle preview routes every job");
    }

    @Test
    void routingJobByJobEqualsOnePass() {
        for (String config : List.of(CONFIG, "JOB_ROUTER_ROUND_ROBIN_SELECTION = true\n" + CONFIG)) {
            String expected = pass(router(config, true), jobs(10));
            // two pieces routed apart, the second told how many candidates came before it
            List<ClassAd> jobs = jobs(10);
            JobRouter first = router(config, true);
            PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
            JobRouter.Preview p1 = first.preview(0, new RouterOutput(sink, sink, null, false));
            StringBuilder got = new StringBuilder();
            int candidates = 0;
            for (ClassAd job : jobs.subList(0, 4)) {
                if (p1.isCandidate(job)) {
                    candidates++;
                }
            }
            for (ClassAd job : jobs.subList(0, 4)) {
                Routing r = p1.route(job);
                if (r.outcome() == Routing.Outcome.ROUTED) {
                    got.append(OldSyntaxWriter.longForm(r.routed())).append('\n');
                }
            }
            JobRouter.Preview p2 = router(config, true).preview(candidates, new RouterOutput(sink, sink, null, false));
            for (ClassAd job : jobs.subList(4, jobs.size())) {
                Routing r = p2.route(job);
                if (r.outcome() == Routing.Outcome.ROUTED) {
                    got.append(OldSyntaxWriter.longForm(r.routed())).append('\n');
                }
            }
            assertEquals(expected, got.toString(), config);
            assertEquals(Routing.Outcome.NOT_A_JOB, p2.route(ClassAds.parseOld("Owner = \"x\"\n")).outcome());
        }
    }

    @Test
    void aJobThatStopsThePassIsReportedAndThePreviewGoesOn() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        JobRouter.Preview p = router(CONFIG, true).preview(0,
                new RouterOutput(sink, new PrintStream(err, true, StandardCharsets.ISO_8859_1), null, false));
        ClassAd noUniverse = ClassAds.parseOld("ClusterId = 8\nProcId = 0\nJobStatus = 1\nOwner = \"u\"\nJobPrio = 9\n");
        assertEquals(Routing.Outcome.ABORTED, p.route(noUniverse).outcome(), "HTCondor's router stops at such a job");
        assertEquals(true, err.toString(StandardCharsets.ISO_8859_1).startsWith("ERROR \""), err.toString(StandardCharsets.ISO_8859_1));
        assertEquals(Routing.Outcome.ROUTED, p.route(jobs(1).get(0)).outcome(), "the next job is routed");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        // a fresh copy: routing marked the first one Managed
        List<ClassAd> batch = new ArrayList<>(List.of(ClassAds.parseOld("ClusterId = 8\nProcId = 0\nJobStatus = 1\nOwner = \"u\"\n")));
        batch.addAll(jobs(2));
        assertThrows(RouterAbort.class, () -> router(CONFIG, true).run(batch.iterator(),
                new RouterOutput(quiet, quiet, quiet, false), true), "one pass stops there");
    }

    @Test
    void thePreviewNeedsThrottlesOff() {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        assertThrows(IllegalStateException.class, () -> router(CONFIG, false).preview(0, new RouterOutput(sink, sink, null, false)));
    }
}
