package org.jclassad.cli;

import static org.jclassad.cli.Cli.attr;
import static org.jclassad.cli.Cli.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jclassad.ClassAd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jclassad route} on the OSG Docker example (the talk's route, old and new syntax). */
class RouteCommandTest {
    static final String NEW = example("new-syntax-route.conf");
    static final String OLD = example("old-syntax-route.conf");
    static final String JOBS = example("ce-jobs.ads");
    static final List<String> ROUTED = List.of("4711.0", "4712.0", "4713.0");

    /** What both syntaxes do to the four CE jobs: 4711-4713 become Docker jobs, 4714 stays put. */
    static void assertDockerJobs(Map<String, ClassAd> routed, String routeName) {
        assertEquals(ROUTED, List.copyOf(routed.keySet()), "4714.0 (x509UserProxyEmail User@example.com) is excluded");
        for (String id : ROUTED) {
            ClassAd ad = routed.get(id);
            assertEquals("true", attr(ad, "WantDocker"), id);
            assertNull(attr(ad, "PeriodicRemove"), id);
            assertEquals("5", attr(ad, "JobUniverse"), id);
            assertEquals("\"" + routeName + "\"", attr(ad, "RouteName"), id);
            assertEquals("(TARGET.Memory >= RequestMemory) && (TARGET.Disk >= RequestDisk) && TARGET.HasDocker",
                    attr(ad, "Requirements"), id);
        }
        ClassAd pilot = routed.get("4711.0");
        assertEquals("\"unlhcc/osg-wn-el6\"", attr(pilot, "DockerImage"), "default image where none was asked");
        assertEquals("\"./glidein_startup.sh\"", attr(pilot, "Cmd"), "./ prepended to a relative Cmd");
        ClassAd cms = routed.get("4712.0");
        assertEquals("\"cmssw/slc6:latest\"", attr(cms, "DockerImage"), "an asked-for image is kept");
        assertEquals("\"./cms_pilot.sh\"", attr(cms, "Cmd"));
        ClassAd test = routed.get("4713.0");
        assertEquals("\"unlhcc/osg-wn-el6\"", attr(test, "DockerImage"));
        assertEquals("\"/usr/libexec/osg-test/run.sh\"", attr(test, "Cmd"), "an absolute Cmd is left alone");
    }

    @Test
    void newSyntaxRoutesThreeDockerJobs() {
        Cli.Run r = Cli.run("route", NEW, "-route-jobs", "-", "-jobads", JOBS, "-quiet");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("\nMatching jobs against routes to find candidate jobs.\n"), r.out());
        assertEquals(3, r.out().split("submit_job as ", -1).length - 1, r.out());
        assertTrue(r.out().contains("submit_job as osg01@ to local schedd:\n"), r.out());
        Map<String, ClassAd> routed = Cli.routed(r.out());
        assertDockerJobs(routed, "LocalDocker");
        for (ClassAd ad : routed.values()) {
            assertNull(attr(ad, "orig_Cmd"), "EVALSET needs no temporaries");
            assertEquals("\"condor ce.example.org ce.example.org\"", attr(ad, "GridResource"));
        }
    }

    @Test
    void oldSyntaxWithClassicGivesTheSamePlusOrigCmd() {
        Cli.Run r = Cli.run("route", OLD, "-classic", "-route-jobs", "-", "-jobads", JOBS);
        assertEquals(0, r.code(), r.err());
        Map<String, ClassAd> routed = Cli.routed(r.out());
        assertDockerJobs(routed, "Local Docker");
        assertEquals("\"glidein_startup.sh\"", attr(routed.get("4711.0"), "orig_Cmd"));
        assertEquals("\"cms_pilot.sh\"", attr(routed.get("4712.0"), "orig_Cmd"));
        assertEquals("\"cmssw/slc6:latest\"", attr(routed.get("4712.0"), "orig_DockerImage"));
        assertEquals("undefined", attr(routed.get("4711.0"), "orig_DockerImage"), "classic copy_ of a missing attribute");
        assertEquals("\"condor ce.example.orgce.example.org\"", attr(routed.get("4711.0"), "GridResource"),
                "the talk's eval_set_GridResource, names not separated (spec §5.1)");
        assertFalse(r.out().contains("WARNING"), r.out());
    }

    @Test
    void oldSyntaxWithoutClassicIsRefusedAsHtcondor25Does() {
        Cli.Run r = Cli.run("route", OLD, "-route-jobs", "-", "-jobads", JOBS, "-compat");
        assertEquals(0, r.code());
        assertFalse(r.out().contains("submit_job"), r.out());
        assertTrue(r.err().endsWith("JobRouter is disabled.\n"), r.err());
        assertTrue(r.out().contains("\nWARNING: JOB_ROUTER_DEFAULTS, JOB_ROUTER_ENTRIES are no longer supported."), r.out());
    }

    @Test
    void routeJobsToAFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("routed.ads");
        Cli.Run r = Cli.run("route", NEW, "-route-jobs", out.toString(), "-jobads", JOBS);
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.out().split("submit_job as ", -1).length - 1, r.out());
        assertFalse(r.out().contains("WantDocker"), "the ads go to the file, not stdout");
        String text = Files.readString(out, StandardCharsets.ISO_8859_1);
        assertTrue(text.endsWith("\n\n"), "long format, each ad followed by a blank line");
        assertDockerJobs(Cli.routed(text), "LocalDocker");
    }

    @Test
    void configPrintsTheNewSyntaxRoute() {
        Cli.Run r = Cli.run("route", NEW, "-config");
        assertEquals(0, r.code(), r.err());
        String o = r.out();
        assertTrue(o.startsWith("\n\nRoute 1\nName         : \"LocalDocker\"\n"), o);
        assertTrue(o.contains("Universe     : 5\n"), o);
        assertTrue(o.contains("MaxJobs      : 100\n"), o);
        assertTrue(o.contains("MaxIdleJobs  : 5\n"), o);
        assertTrue(o.contains("Requirements : x509UserProxyEmail =!= \"User@example.com\"\n"), o);
        assertTrue(o.contains("\tEVALSET DockerImage ifThenElse(isUndefined(DockerImage), \"unlhcc/osg-wn-el6\", DockerImage)\n"), o);
        assertFalse(o.contains("Route 2"), o);
        assertFalse(o.contains("Matching jobs"), "-config alone matches nothing");
    }

    @Test
    void configPrintsTheClassicRouteMergedWithDefaults() {
        Cli.Run r = Cli.run("route", OLD, "-classic", "-config");
        assertEquals(0, r.code(), r.err());
        String o = r.out();
        assertTrue(o.contains("Name         : \"Local Docker\"\n"), o);
        assertTrue(o.contains("Source       : entries:0\n"), o);
        assertTrue(o.contains("MaxJobs      : 200\n"), "MaxJobs from JOB_ROUTER_DEFAULTS: " + o);
        assertTrue(o.contains("MaxIdleJobs  : 5\n"), "the entry's MaxIdleJobs beats the defaults' 10: " + o);
        assertTrue(o.contains("\tEVALSET GridResource strcat(\"condor \",\"ce.example.org\",\"ce.example.org\")\n"),
                "shown converted, as the 8.9.7-24.9 router ran it; FULL_HOSTNAME expanded at config time from "
                        + "NETWORK_HOSTNAME in the included site.conf: " + o);
    }

    @Test
    void matchJobsNamesTheRouteOrWhyNone() {
        Cli.Run r = Cli.run("route", NEW, "-match-jobs", "-jobads", JOBS);
        assertEquals(0, r.code(), r.err());
        assertEquals("\nMatching jobs against routes to find candidate jobs.\n"
                + "4711.0 route LocalDocker\n"
                + "4712.0 route LocalDocker\n"
                + "4713.0 route LocalDocker\n"
                + "4714.0 no route: not a candidate (fails the umbrella constraint)\n", r.out());
        Cli.Run classic = Cli.run("route", OLD, "-classic", "-match-jobs", "-jobads", JOBS);
        assertEquals(r.out().replace("LocalDocker", "Local Docker"), classic.out());
    }

    @Test
    void explainSaysWhyTheExcludedJobIsNotRouted() {
        Cli.Run r = Cli.run("route", NEW, "-explain", "-jobads", JOBS);
        assertEquals(0, r.code(), r.err());
        int at = r.out().indexOf("Job 4714.0:\n");
        assertTrue(at >= 0, r.out());
        assertTrue(r.out().substring(at).contains("not a candidate"), r.out());
    }

    @Test
    void badUsage() {
        Cli.Run noConfig = Cli.run("route", "-match-jobs", "-jobads", JOBS);
        assertEquals(ExitCodes.USAGE, noConfig.code());
        assertTrue(noConfig.err().contains("give a router config file or directory"), noConfig.err());
        Cli.Run bogus = Cli.run("route", NEW, "-bogus");
        assertEquals(ExitCodes.USAGE, bogus.code());
        assertTrue(bogus.err().contains("unknown option -bogus"), bogus.err());
        assertTrue(bogus.err().contains("jclassad route --help"), bogus.err());
        Cli.Run bogusCompat = Cli.run("route", NEW, "-compat", "-bogus");
        assertEquals(1, bogusCompat.code(), "condor_job_router_info's status");
        assertTrue(bogusCompat.err().contains("-bogus is not a valid argument"), bogusCompat.err());
        Cli.Run missing = Cli.run("route", NEW, "-jobads");
        assertEquals(ExitCodes.USAGE, missing.code());
        String nowhere = example("no-such-file.ads");
        Cli.Run unreadable = Cli.run("route", NEW, "-match-jobs", "-jobads", nowhere);
        assertEquals(ExitCodes.FAILURE, unreadable.code());
        assertEquals(nowhere + ": no such file\n", unreadable.err());
        assertEquals("", unreadable.out(), "nothing is done");
        Cli.Run compat = Cli.run("route", NEW, "-compat", "-match-jobs", "-jobads", nowhere);
        assertEquals(0, compat.code());
        assertTrue(compat.err().contains("Can't open file of job ads: "), compat.err());
        assertNotNull(compat.out());
    }

    @Test
    void aConfigurationHTCondorRefusesStopsTheRouter(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("router.conf");
        Files.writeString(cfg, "JOB_ROUTER_ROUTE_NAMES = A\nJOB_ROUTER_ROUTE_A @=jrt\nREQUIREMENTS true\n",
                StandardCharsets.ISO_8859_1);
        Cli.Run r = Cli.run("route", cfg.toString(), "-route-jobs", "-", "-jobads", JOBS);
        assertEquals(1, r.code(), "condor_job_router_info exits 1 on a configuration error");
        assertEquals("", r.out(), "and prints nothing on stdout");
        assertTrue(r.err().startsWith("Configuration Error Line 3 while reading config source " + cfg + "\n"), r.err());
        assertTrue(r.err().contains("Found end-of-file while scanning for '@jrt'"), r.err());
    }
}
