package org.jclassad.cli;

import static org.jclassad.cli.Cli.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jclassad route} around the report: input formats, malformed job ads, the preview, the
 * summary, JSON results, help and options, and the pipelined run's output.
 */
class RouteRunTest {
    static final String NEW = example("new-syntax-route.conf");
    static final String JOBS = example("ce-jobs.ads");

    /** A route taking every job with {@code Want = true}, five idle jobs at most. */
    static final String FIVE_IDLE = """
            JOB_ROUTER_ROUTE_NAMES = Small Big
            JOB_ROUTER_ROUTE_Small @=rt
              UNIVERSE vanilla
              REQUIREMENTS Want == true
              MaxIdleJobs = 5
              SET Site = "small"
            @rt
            JOB_ROUTER_ROUTE_Big @=rt
              UNIVERSE vanilla
              REQUIREMENTS Big == true
              MaxIdleJobs = 2
              SET Site = "big"
            @rt
            """;

    /** {@code n} idle jobs; every seventh is held (JobStatus 5), every eleventh wants nothing. */
    static String jobs(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("ClusterId = ").append(100 + i / 10).append("\nProcId = ").append(i % 10)
                    .append("\nJobStatus = ").append(i % 7 == 6 ? 5 : 1)
                    .append("\nJobUniverse = 5\nOwner = \"u").append(i % 3).append("\"\nWant = ")
                    .append(i % 11 != 10).append("\nCmd = \"/bin/job").append(i).append("\"\n\n");
        }
        return b.toString();
    }

    static Path write(Path dir, String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.ISO_8859_1);
        return p;
    }

    @Test
    void aBadLineIsReportedWithFileLineColumnAndCaretAndTheAdKeepsWhatCameBefore(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(JOBS), StandardCharsets.ISO_8859_1)
                .replace("RequestDisk = 1048576\n", "RequestDisk = 1048576\nBroken = = 3\n");
        Path jobs = write(dir, "jobs.ads", text);
        int line = (int) text.lines().takeWhile(l -> !l.startsWith("Broken")).count() + 1;
        Cli.Run r = Cli.run("route", NEW, "-route-jobs", "-", "-jobads", jobs.toString(), "-quiet");
        assertEquals(ExitCodes.SKIPPED_MALFORMED, r.code(), r.err());
        assertTrue(r.err().startsWith(jobs + ":" + line + ":10: "), r.err());
        assertTrue(r.err().contains("\n  Broken = = 3\n           ^\n"), r.err());
        Cli.Run compat = Cli.run("route", NEW, "-route-jobs", "-", "-jobads", jobs.toString(), "-compat");
        assertEquals(0, compat.code(), "condor_job_router_info says nothing and exits 0");
        assertEquals("", compat.err());
        assertEquals(compat.out(), r.out(), "stdout is the tool's either way");
        assertTrue(r.out().contains("RequestDisk = 1048576"), "the attributes before the bad line are kept");
    }

    @Test
    void throttlesHoldJobsBackAndThePreviewIgnoresThem(@TempDir Path dir) throws Exception {
        Path cfg = write(dir, "router.conf", FIVE_IDLE);
        Path jobs = write(dir, "jobs.ads", jobs(60));
        Cli.Run r = Cli.run("route", cfg.toString(), "-route-jobs", "-", "-jobads", jobs.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(5, r.out().split("submit_job as ", -1).length - 1);
        assertTrue(r.err().startsWith("route summary: 60 job ads read in "), r.err());
        assertTrue(r.err().contains("; 5 routed, 42 held back by throttles, 13 not routed\n"), r.err());
        assertCount(r.err(), "Small: MaxIdleJobs = 5", 42);
        assertCount(r.err(), "JobStatus is 5, not 1 (idle)", 8);
        assertCount(r.err(), "no route's requirements match", 5);

        Cli.Run all = Cli.run("route", cfg.toString(), "-route-jobs", "-", "-jobads", jobs.toString(), "--preview");
        assertEquals(47, all.out().split("submit_job as ", -1).length - 1, "every idle job that wants a route");
        assertTrue(all.err().startsWith("route summary (preview: throttles ignored): 60 job ads read"), all.err());
        assertFalse(all.err().contains("held back, per limit"), all.err());
    }

    /** The summary has a line {@code key} with {@code count}. */
    static void assertCount(String summary, String key, long count) {
        assertTrue(summary.lines().anyMatch(l -> l.strip().startsWith(key) && l.strip().endsWith(" " + count)), summary);
    }

    @Test
    void theSummaryAsJson(@TempDir Path dir) throws Exception {
        Path cfg = write(dir, "router.conf", FIVE_IDLE);
        Path jobs = write(dir, "jobs.ads", jobs(60));
        Path json = dir.resolve("summary.json");
        Cli.Run r = Cli.run("route", cfg.toString(), "-match-jobs", "-jobads", jobs.toString(), "-quiet",
                "--summary-json", json.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "-quiet: nothing on stderr");
        String s = Files.readString(json);
        assertTrue(s.startsWith("{\"jobsRead\":60,\"preview\":false,\"candidates\":5,\"routed\":0,\"failed\":0,"
                + "\"heldBack\":42,\"notRouted\":13,\"notJobAds\":0,\"malformedSkipped\":0,\"malformedCutShort\":0,"
                + "\"perRoute\":{\"Small\":5},\"heldBackPerLimit\":{\"Small: MaxIdleJobs = 5\":42},"
                + "\"notRoutedPerReason\":{\"JobStatus is 5, not 1 (idle)\":8,\"no route's requirements match\":5},"
                + "\"seconds\":"), s);
    }

    @Test
    void jsonResultsOnePerJob(@TempDir Path dir) throws Exception {
        Path cfg = write(dir, "router.conf", FIVE_IDLE);
        Path jobs = write(dir, "jobs.ads", jobs(12));
        Cli.Run r = Cli.run("route", cfg.toString(), "--json", "-jobads", jobs.toString(), "-quiet");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(12, lines.length, r.out());
        assertTrue(lines[0].startsWith("{\"job\":\"100.0\",\"outcome\":\"routed\",\"route\":\"Small\",\"reason\":null,"
                + "\"ad\":{"), lines[0]);
        assertTrue(lines[0].contains("\"Site\": \"small\""), lines[0]);
        assertEquals("{\"job\":\"100.6\",\"outcome\":\"not_a_candidate\",\"route\":null,"
                + "\"reason\":\"JobStatus is 5, not 1 (idle)\",\"ad\":null}", lines[6]);
        assertTrue(lines[7].startsWith("{\"job\":\"100.7\",\"outcome\":\"held_back\",\"route\":\"Small\","
                + "\"reason\":\"Small: MaxIdleJobs = 5\""), lines[7]);
    }

    @Test
    void gzipAndJsonInputRouteAsLongFormDoes(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("jobs.ads.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(Files.readAllBytes(Path.of(JOBS)));
        }
        Cli.Run plain = Cli.run("route", NEW, "-route-jobs", "-", "-jobads", JOBS, "-quiet");
        Cli.Run zipped = Cli.run("route", NEW, "-route-jobs", "-", "-jobads", gz.toString(), "-quiet");
        assertEquals(0, zipped.code(), zipped.err());
        assertEquals(plain.out(), zipped.out());
    }

    @Test
    void abbreviationsAsCondorJobRouterInfoAcceptsThem() {
        Cli.Run full = Cli.run("route", NEW, "-route-jobs", "-", "-jobads", JOBS, "-quiet");
        Cli.Run abbreviated = Cli.run("route", NEW, "-route", "-", "-j", JOBS, "-quiet", "-debug", "-diag:match");
        Cli.Run dashes = Cli.run("route", NEW, "--route-jobs", "-", "--jobads", JOBS, "--quiet");
        assertEquals(0, abbreviated.code(), abbreviated.err());
        assertEquals(full.out(), abbreviated.out());
        assertEquals(full.out(), dashes.out());
        assertEquals(ExitCodes.USAGE, Cli.run("route", NEW, "-rout", "-", "-j", JOBS).code(),
                "-route-jobs needs five letters");
    }

    @Test
    void helpInEverySpelling() {
        for (String h : new String[] {"-h", "-help", "--help"}) {
            Cli.Run r = Cli.run("route", h);
            assertEquals(0, r.code(), h);
            assertTrue(r.out().contains("\nUsage: jclassad route "), r.out());
            assertTrue(r.out().contains("--preview"), r.out());
            assertTrue(r.out().contains("Examples:"), r.out());
            for (String line : r.out().split("\n")) {
                assertTrue(line.length() <= 100, line);
            }
        }
    }

    @Test
    void thePipelinedRunPrintsWhatTheSequentialRunPrints(@TempDir Path dir) throws Exception {
        Path cfg = write(dir, "router.conf", FIVE_IDLE.replace("MaxIdleJobs = 5", "MaxIdleJobs = 2000\n  MaxJobs = 5000"));
        Path jobs = write(dir, "jobs.ads", jobs(3000));
        for (String target : new String[] {"-", dir.resolve("routed.ads").toString()}) {
            Cli.Run one = Cli.run("route", cfg.toString(), "-route-jobs", target, "-jobads", jobs.toString(),
                    "--threads", "1", "-quiet");
            String oneRouted = target.equals("-") ? "" : Files.readString(Path.of(target));
            Cli.Run two = Cli.run("route", cfg.toString(), "-route-jobs", target, "-jobads", jobs.toString(),
                    "--threads", "2", "-quiet");
            String twoRouted = target.equals("-") ? "" : Files.readString(Path.of(target));
            assertEquals(0, two.code(), two.err());
            assertEquals(one.out(), two.out());
            assertEquals(oneRouted, twoRouted);
            assertTrue(one.out().split("submit_job as ", -1).length - 1 >= 2000, "enough routed to matter");
        }
    }
}
