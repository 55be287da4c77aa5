package org.jclassad.transform.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jclassad.ClassAd;
import org.jclassad.eval.Arguments;
import org.jclassad.io.ClassAds;
import org.jclassad.format.OldSyntaxWriter;
import org.jclassad.value.Value;
import org.junit.jupiter.api.Test;

/** Route choice, the classic engine, VanillaToGrid and bookkeeping, on small configs. */
class RouterTest {
    static final String SEED_JOB = String.join("\n",
            "ClusterId = 4711", "ProcId = 0", "Cmd = \"glidein_startup.sh\"",
            "Arguments = \"-v std -name gfactory -entry CE_Docker\"",
            "CondorVersion = \"$CondorVersion: 8.4.6 Apr 20 2016 $\"",
            "GlobalJobId = \"ce.example.org#4711.0#1462806000\"",
            "Iwd = \"/var/lib/condor-ce/spool/4711/0/cluster4711.proc0.subproc0\"", "JobStatus = 1", "JobUniverse = 5",
            "Owner = \"osg01\"", "User = \"osg01@ce.example.org\"", "QDate = 1462806000",
            "PeriodicRemove = (JobStatus == 5) && (time() - EnteredCurrentStatus > 86400)", "RequestCpus = 1",
            "RequestDisk = 1048576", "RequestMemory = 2048", "Requirements = true", "ShouldTransferFiles = \"YES\"",
            "TransferExecutable = true", "x509UserProxyEmail = \"pilot-ops@example.org\"", "") + "\n";

    /** The seed route of spec §5.1 (the talk's route, "..." completed). */
    static final String SEED_ROUTE = "NETWORK_HOSTNAME = ce.example.org\n"
            + "JOB_ROUTER_ENTRIES @=jre\n"
            + "[ GridResource = \"condor localhost localhost\";\n"
            + "  eval_set_GridResource = strcat(\"condor \", \"$(FULL_HOSTNAME)\", \"$(FULL_HOSTNAME)\");\n"
            + "  TargetUniverse = 5; MaxIdleJobs = 5; name = \"Local Docker\";\n"
            + "  set_Requirements = ( TARGET.Memory >= RequestMemory ) && ( TARGET.Disk >= RequestDisk ) && TARGET.HasDocker;\n"
            + "  delete_PeriodicRemove = true; set_WantDocker = true;\n"
            + "  copy_Cmd = \"orig_Cmd\";\n"
            + "  eval_set_Cmd = ifThenElse(regexp(\"^/\", orig_Cmd), orig_Cmd, strcat(\"./\",orig_Cmd));\n"
            + "  copy_DockerImage = \"orig_DockerImage\";\n"
            + "  eval_set_DockerImage = ifThenElse(isUndefined(orig_DockerImage), \"unlhcc/osg-wn-el6\", orig_DockerImage);\n"
            + "  requirements = target.x509UserProxyEmail =!= \"User@example.com\"; ]\n"
            + "@jre\n";

    record Run(String stdout, String stderr, List<ClassAd> routed) {
    }

    static Run route(String config, String jobs, boolean classic, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("-route-jobs", "-", "-jobads", "-"));
        args.addAll(List.of(extra));
        if (classic) {
            args.add("-classic");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.ISO_8859_1);
        PrintStream e = new PrintStream(err, true, StandardCharsets.ISO_8859_1);
        ReportRun.run(ConfigLayer.parse(Value.toByteString(config)), args, jobs.getBytes(StandardCharsets.UTF_8), o, e);
        String stdout = out.toString(StandardCharsets.ISO_8859_1);
        List<ClassAd> ads = new ArrayList<>();
        for (String block : stdout.split("submit_job as [^\n]*\n")) {
            String adText = block.split("\n\n")[0];
            if (adText.contains(" = ") && !block.startsWith("\nMatching")) {
                ads.add(ClassAds.parseOld(adText + "\n"));
            }
        }
        return new Run(stdout, err.toString(StandardCharsets.ISO_8859_1), ads);
    }

    static Map<String, String> attrs(ClassAd ad) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : OldSyntaxWriter.longForm(ad).split("\n")) {
            int eq = line.indexOf(" = ");
            m.put(line.substring(0, eq), line.substring(eq + 3));
        }
        return m;
    }

    static String jobs(int n, String extra) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("ClusterId = 900\nProcId = ").append(i)
                    .append("\nJobStatus = 1\nJobUniverse = 5\nOwner = \"alice\"\n").append(extra).append("\n");
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ classic engine, spec §5.3

    /** Needs strcat and regexp (functions branch) for Cmd and GridResource; the rest holds without them. */
    @Test
    void classicEngineRoutesTheSeedJobAsSpecSection5() throws Exception {
        Run r = route(SEED_ROUTE, SEED_JOB, true);
        assertEquals(1, r.routed().size(), r.stdout() + r.stderr());
        Map<String, String> a = attrs(r.routed().get(0));
        assertEquals("\"glidein_startup.sh\"", a.get("orig_Cmd"));
        assertEquals("undefined", a.get("orig_DockerImage"), "classic copy_ of a missing attribute makes it undefined");
        assertEquals("\"unlhcc/osg-wn-el6\"", a.get("DockerImage"));
        assertFalse(a.containsKey("PeriodicRemove"));
        assertEquals("(TARGET.Memory >= RequestMemory) && (TARGET.Disk >= RequestDisk) && TARGET.HasDocker",
                a.get("Requirements"));
        assertEquals("true", a.get("WantDocker"));
        assertEquals("5", a.get("Remote_JobUniverse"));
        assertEquals("5", a.get("JobUniverse"));
        assertEquals("\"4711.0\"", a.get("RoutedFromJobId"));
        assertEquals("\"jobrouter\"", a.get("RoutedBy"));
        assertEquals("\"Local Docker\"", a.get("RouteName"));
        assertEquals("\"External\"", a.get("Managed"));
        assertEquals("\"jobrouter\"", a.get("ManagedManager"));
        assertEquals("false", a.get("ExitBySignal"));
        for (String gone : new String[] {"ClusterId", "ProcId", "CondorVersion", "GlobalJobId", "QDate", "User"}) {
            assertFalse(a.containsKey(gone), gone);
        }
        assertEquals("\"./glidein_startup.sh\"", a.get("Cmd"));
        assertEquals("\"condor ce.example.orgce.example.org\"", a.get("GridResource"));
    }

    @Test
    void classicEngineLeavesTheExcludedDnUnrouted() throws Exception {
        Run r = route(SEED_ROUTE, SEED_JOB.replace("pilot-ops@example.org", "User@example.com"), true);
        assertTrue(r.routed().isEmpty());
    }

    @Test
    void htcondor25RefusesOldEntriesWithoutClassic() throws Exception {
        Run r = route(SEED_ROUTE, SEED_JOB, false);
        assertTrue(r.routed().isEmpty());
        assertTrue(r.stderr().contains("JobRouter is disabled."));
        assertTrue(r.stdout().contains("WARNING: JOB_ROUTER_ENTRIES are no longer supported."));
    }

    /**
     * Classic routes run as the 8.9.7–24.9 router ran them, converted (spec §3): EVALSET evaluates
     * before storing (a self reference works) and sees route attributes inlined; only a copy_ of a
     * missing attribute still leaves the target undefined, as the classic engine did.
     */
    @Test
    void classicRoutesRunConvertedExceptThatACopyOfNothingIsUndefined() throws Exception {
        String old = "JOB_ROUTER_ENTRIES = [ Name = \"R\"; TargetUniverse = 5; Requirements = true; Factor = 3;"
                + " copy_Missing = \"Copied\"; eval_set_Self = Self + 1; eval_set_Scaled = RequestCpus * Factor; ]\n";
        String job = "ClusterId = 1\nProcId = 0\nJobStatus = 1\nJobUniverse = 5\nOwner = \"a\"\nSelf = 1\nRequestCpus = 2\n";
        Map<String, String> classic = attrs(route(old, job, true).routed().get(0));
        assertEquals("undefined", classic.get("Copied"));
        assertEquals("2", classic.get("Self"));
        assertEquals("6", classic.get("Scaled"), "Factor is inlined from the route ad");

        // the same route as the converter writes it: COPY of a missing source does nothing
        String converted = "JOB_ROUTER_ROUTE_NAMES = R\nJOB_ROUTER_ROUTE_R @=rt\nUNIVERSE VANILLA\nREQUIREMENTS true\n"
                + "Factor = 3\nCOPY Missing Copied\nEVALSET Scaled 3 * RequestCpus\nEVALSET Self Self + 1\n@rt\n";
        Map<String, String> conv = attrs(route(converted, job, false).routed().get(0));
        assertFalse(conv.containsKey("Copied"));
        assertEquals("2", conv.get("Self"));
        assertEquals("6", conv.get("Scaled"));
    }

    @Test
    void classicPassOrderLaterPassWins() throws Exception {
        String old = "JOB_ROUTER_ENTRIES = [ Name = \"R\"; TargetUniverse = 5; Requirements = true;"
                + " delete_A = true; set_A = 7; set_B = 1; eval_set_B = 2; copy_C = \"D\"; set_D = 9; ]\n";
        String job = "ClusterId = 1\nProcId = 0\nJobStatus = 1\nJobUniverse = 5\nOwner = \"a\"\nA = 1\nC = 5\n";
        Map<String, String> a = attrs(route(old, job, true).routed().get(0));
        assertEquals("7", a.get("A"));
        assertEquals("2", a.get("B"));
        assertEquals("9", a.get("D"));
    }

    /** Route Requirements are flattened over the route ad (MY.x inlined) and lose TARGET., as converted. */
    @Test
    void classicRequirementsInlineTheRouteAndDropTarget() throws Exception {
        String old = "JOB_ROUTER_ENTRIES = [ Name = \"R\"; TargetUniverse = 5; Color = \"red\";"
                + " Requirements = TARGET.Alpha == MY.Color; ]\n";
        assertEquals(1, route(old, jobs(1, "Alpha = \"red\"\n"), true).routed().size());
        assertEquals(0, route(old, jobs(1, "Alpha = \"blue\"\n"), true).routed().size());
    }

    @Test
    void aGridRouteWithoutGridResourceIsKept() throws Exception {
        String old = "JOB_ROUTER_ENTRIES = [ Name = \"G\"; Requirements = true; ] [ Name = \"L\"; TargetUniverse = 5;"
                + " Requirements = true; ]\n";
        Run r = route(old, jobs(1, ""), true);
        assertEquals(1, r.routed().size());
        assertEquals("9", attrs(r.routed().get(0)).get("JobUniverse"), "8.9.7 and later keep it; jobs get GridResource \"\"");
        assertEquals("\"\"", attrs(r.routed().get(0)).get("GridResource"));
    }

    @Test
    void anUnusableEntryIsSkippedAndLaterEntriesRead() throws Exception {
        String old = "JOB_ROUTER_ENTRIES = [ TargetUniverse = 5; Requirements = true; ] [ Name = \"L\"; TargetUniverse = 5;"
                + " Requirements = true; ]\n";
        Run r = route(old, jobs(1, ""), true);
        assertEquals("\"L\"", attrs(r.routed().get(0)).get("RouteName"), "an entry without a name is dropped");
    }

    @Test
    void defaultsAreMergedUnderEveryEntry() throws Exception {
        String old = "JOB_ROUTER_DEFAULTS = [ MaxIdleJobs = 1; set_FromDefaults = 1; Requirements = false; ]\n"
                + "JOB_ROUTER_ENTRIES = [ Name = \"A\"; TargetUniverse = 5; Requirements = true; ]"
                + " [ Name = \"B\"; TargetUniverse = 5; Requirements = true; ]\n";
        Run r = route(old, jobs(3, ""), true);
        assertEquals(2, r.routed().size(), "MaxIdleJobs = 1 from the defaults: one job per route");
        assertEquals("\"A\"", attrs(r.routed().get(0)).get("RouteName"));
        assertEquals("\"B\"", attrs(r.routed().get(1)).get("RouteName"));
        assertEquals("1", attrs(r.routed().get(0)).get("FromDefaults"));
    }

    // ------------------------------------------------------------------ route choice

    static String newRoutes(String extraConfig, String... routes) {
        StringBuilder b = new StringBuilder(extraConfig).append("JOB_ROUTER_ROUTE_NAMES =");
        for (String r : routes) {
            b.append(' ').append(r.split(":")[0]);
        }
        b.append('\n');
        for (String r : routes) {
            String[] p = r.split(":", 2);
            b.append("JOB_ROUTER_ROUTE_").append(p[0]).append(" @=rt\nUNIVERSE vanilla\nREQUIREMENTS ")
                    .append(p[1]).append("\nSET Via \"").append(p[0]).append("\"\n@rt\n");
        }
        return b.toString();
    }

    static List<String> vias(Run r) {
        List<String> out = new ArrayList<>();
        for (ClassAd ad : r.routed()) {
            out.add(attrs(ad).get("Via").replace("\"", ""));
        }
        return out;
    }

    @Test
    void firstMatchInRouteNamesOrder() throws Exception {
        assertEquals(List.of("B", "B"), vias(route(newRoutes("", "A:Alpha == \"x\"", "B:true", "C:true"), jobs(2, ""), false)));
        assertEquals(List.of("C", "C"), vias(route(newRoutes("", "C:true", "B:true"), jobs(2, ""), false)));
    }

    @Test
    void roundRobinWithOneCounter() throws Exception {
        String cfg = newRoutes("JOB_ROUTER_ROUND_ROBIN_SELECTION = true\n", "A:true", "B:true", "C:true");
        assertEquals(List.of("A", "B", "C", "A"), vias(route(cfg, jobs(4, ""), false)));
    }

    @Test
    void maxIdleJobsCountsJobsRoutedEarlierInTheBatch() throws Exception {
        String cfg = newRoutes("", "A:true", "B:true").replace("SET Via \"A\"", "MaxIdleJobs = 2\nSET Via \"A\"");
        assertEquals(List.of("A", "A", "B", "B", "B"), vias(route(cfg, jobs(5, ""), false)));
    }

    @Test
    void routerMaxJobsStopsTheBatch() throws Exception {
        String cfg = newRoutes("JOB_ROUTER_MAX_JOBS = 2\n", "A:true");
        assertEquals(2, route(cfg, jobs(5, ""), false).routed().size());
    }

    @Test
    void sourceConstraintAndIgnorePriorRouting() throws Exception {
        String cfg = newRoutes("JOB_ROUTER_SOURCE_JOB_CONSTRAINT = Owner == \"bob\"\n", "A:true");
        assertEquals(0, route(cfg, jobs(2, ""), false).routed().size());
        String routed = jobs(2, "Managed = \"External\"\n");
        assertEquals(0, route(newRoutes("", "A:true"), routed, false).routed().size());
        assertEquals(2, route(newRoutes("", "A:true"), routed, false, "-ignore-prior-routing").routed().size());
    }

    @Test
    void preAndPostRouteTransformsShareMacros() throws Exception {
        String cfg = "JOB_ROUTER_PRE_ROUTE_TRANSFORM_NAMES = Pre\nJOB_ROUTER_POST_ROUTE_TRANSFORM_NAMES = Post\n"
                + "JOB_ROUTER_TRANSFORM_Pre @=x\ncolor = red\nEVALSET PreSaw JobUniverse\n@x\n"
                + "JOB_ROUTER_TRANSFORM_Post @=x\nSET PostSaw \"$(color) $(shape)\"\n@x\n"
                + newRoutes("", "A:true").replace("SET Via \"A\"", "shape = round\nSET Via \"A\"");
        Map<String, String> a = attrs(route(cfg, jobs(1, ""), false).routed().get(0));
        assertEquals("5", a.get("PreSaw"));
        assertEquals("\"red round\"", a.get("PostSaw"));
        assertEquals("\"A\"", a.get("Via"));
    }

    @Test
    void missingPostRouteTransformDisablesTheRouter() throws Exception {
        String cfg = "JOB_ROUTER_POST_ROUTE_TRANSFORM_NAMES = Nowhere\n" + newRoutes("", "A:true");
        Run r = route(cfg, jobs(1, ""), false);
        assertTrue(r.routed().isEmpty());
        assertTrue(r.stderr().contains("JobRouter is disabled."));
    }

    // ------------------------------------------------------------------ pieces

    @Test
    void vanillaToGridForTheGridUniverse() {
        ClassAd ad = ClassAds.parseOld("ClusterId = 1\nProcId = 2\nJobUniverse = 5\nCurrentHosts = 1\nOut = \"job.out\"\n"
                + "Err = \"job.err\"\nTransferOutputRemaps = \"job.out=/tmp/o/job.out\"\nQDate = 5\n");
        List<String> trace = new ArrayList<>();
        VanillaToGrid.apply(ad, 9, "condor a b", false, trace::add);
        Map<String, String> a = attrs(ad);
        assertEquals("9", a.get("JobUniverse"));
        assertEquals("5", a.get("Remote_JobUniverse"));
        assertEquals("\"condor a b\"", a.get("GridResource"));
        assertEquals("\"/tmp/o/job.out\"", a.get("Out"));
        assertEquals("\"job.err\"", a.get("Err"));
        assertFalse(a.containsKey("TransferOutputRemaps"));
        assertFalse(a.containsKey("CurrentHosts"));
        assertFalse(a.containsKey("QDate"));
        assertEquals("REMAP: begin with rules: job.out=/tmp/o/job.out\n", trace.get(0));
    }

    @Test
    void aMillionJobsStreamThroughInConstantMemory() throws Exception {
        // not timed: the point is that nothing keeps the jobs (the reader and router hold one at a time)
        java.util.Iterator<ClassAd> many = new java.util.Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < 20000;
            }

            @Override
            public ClassAd next() {
                return ClassAds.parseOld("ClusterId = 1\nProcId = " + i++ + "\nJobStatus = 1\nJobUniverse = 5\nOwner = \"a\"\n");
            }
        };
        JobRouter router = new JobRouter(ConfigLayer.parse(newRoutes("", "A:true").replace("SET Via \"A\"", "MaxJobs = 1000000\nMaxIdleJobs = -1\nSET Via \"A\"")),
                RouterOptions.defaults());
        PrintStream sink = new PrintStream(java.io.OutputStream.nullOutputStream());
        RoutingSummary s = router.run(many, new RouterOutput(sink, sink, sink, false), true);
        assertEquals(20000, s.routed());
        assertNull(null);
    }
}
