package org.jclassad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jclassad.ClassAd;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;
import org.jclassad.format.OldSyntaxWriter;
import org.jclassad.transform.router.ConfigLayer;
import org.jclassad.transform.router.JobRouter;
import org.jclassad.transform.router.RouterOptions;
import org.jclassad.transform.router.RouterOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit commands, run in the test session on the bundled examples. */
class SparkMainTest {
    static final SparkSession spark = TestSpark.session();
    static final Path EXAMPLES = Path.of("../examples");

    @TempDir
    Path dir;

    private static void run(String... argv) throws IOException {
        SparkMain.run(spark, SparkMain.parse(argv), System.out);
    }

    private static List<String> lines(Path csvDir) throws IOException {
        try (Stream<Path> s = Files.list(csvDir)) {
            Path part = s.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst().orElseThrow();
            return Files.readAllLines(part);
        }
    }

    private static List<String> longForms(Path adsDir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(adsDir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                try (AdStreamReader r = AdStreams.open(p)) {
                    r.forEachRemaining(ad -> out.add(OldSyntaxWriter.longForm(ad)));
                }
            }
        }
        return out;
    }

    @Test
    void routeWritesTheRoutedAdsTheCliRouterWrites() throws IOException {
        Path config = EXAMPLES.resolve("osg-docker/new-syntax-route.conf");
        Path jobs = EXAMPLES.resolve("osg-docker/ce-jobs.ads");
        Path out = dir.resolve("routed");
        run("route", config.toString(), "--jobs", jobs.toString(), "--out", out.toString());

        JobRouter router = new JobRouter(ConfigLayer.load(List.of(config)), RouterOptions.defaults());
        ByteArrayOutputStream routed = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        List<ClassAd> input = new ArrayList<>();
        try (AdStreamReader r = AdStreams.open(jobs)) {
            r.forEachRemaining(input::add);
        }
        router.run(input.iterator(), new RouterOutput(sink, sink, new PrintStream(routed, true, StandardCharsets.ISO_8859_1), false), true);
        List<String> expected = new ArrayList<>(List.of(routed.toString(StandardCharsets.ISO_8859_1).split("\n\n")));
        List<String> got = new ArrayList<>();
        for (String ad : longForms(out)) {
            got.add(ad.substring(0, ad.length() - 1));
        }
        assertEquals(3, got.size(), "three of the four OSG jobs are routed");
        assertEquals(expected, got);
        assertEquals(List.of("route,candidates,routed,failed", "LocalDocker,3,3,0"), lines(Path.of(out + "-summary")));
    }

    @Test
    void matchWritesPairsAndCounts() throws IOException {
        Path out = dir.resolve("match");
        run("match", "--jobs", EXAMPLES.resolve("jobs/ce-jobs.ads").toString(), "--slots",
                EXAMPLES.resolve("pool_sample.ads.gz").toString(), "--now", "1783286170", "--out", out.toString());
        List<String> pairs = lines(out.resolve("pairs"));
        List<String> counts = lines(out.resolve("counts"));
        assertEquals("job_id,_source,_ordinal,slot,slot_name,job_rank,slot_rank", pairs.get(0));
        assertEquals(280, pairs.size() - 1, "the 280 pairs jclassad match finds (docs/streams-and-matching.md)");
        assertEquals(10, counts.size() - 1, "one count per job");
        assertEquals(4, counts.stream().skip(1).filter(l -> !l.endsWith(",0")).count(), "4 of 10 jobs match");
    }

    @Test
    void sqlQueriesViewsOfAdFilesWithTheFunctions() throws IOException {
        Path out = dir.resolve("sql");
        run("sql", "SELECT Owner, count(*) AS jobs FROM ce WHERE classad_eval('RequestMemory > 1024', ad) GROUP BY Owner ORDER BY Owner",
                "--view", "ce=" + EXAMPLES.resolve("jobs/ce-jobs.ads"), "--out", out.toString());
        List<String> rows = lines(out);
        assertEquals("Owner,jobs", rows.get(0));
        List<Row> expected = spark.read().format("classad").load(EXAMPLES.resolve("jobs/ce-jobs.ads").toString())
                .where("RequestMemory > 1024").groupBy("Owner").count().orderBy("Owner").collectAsList();
        assertEquals(expected.size(), rows.size() - 1);
        assertTrue(rows.size() > 1);
    }

    @Test
    void theReadmeHistoryQueryGivesTheReadmeTable() throws IOException {
        Path out = dir.resolve("history-query");
        run("sql", "SELECT Owner, count(*) AS failed_jobs, round(sum(RemoteWallClockTime) / 3600, 1) AS hours FROM history "
                + "WHERE CompletionDate >= unix_timestamp('2023-11-16 00:00:00') AND CompletionDate < unix_timestamp('2023-11-23 00:00:00') "
                + "AND classad_eval('ExitCode != 0 && RemoteWallClockTime > 3600', ad) GROUP BY Owner ORDER BY failed_jobs DESC, Owner",
                "--view", "history=" + EXAMPLES.resolve("history/history.sample"), "--out", out.toString());
        assertEquals(List.of("Owner,failed_jobs,hours", "bob,12,36.4", "alice,11,26.2", "dave,10,34.8", "carol,7,23.0",
                "erin,7,24.7", "frank,7,21.2"), lines(out), "the table in spark/README.md");
    }

    @Test
    void transformWritesTheTransformedAds() throws IOException {
        Path rules = dir.resolve("rules.xform");
        Files.writeString(rules, "SET Site \"$(SITE)\"\nEVALSET Mem RequestMemory * 2\n");
        Path out = dir.resolve("tx");
        run("transform", "--rules", rules.toString(), "SITE=example", "--in", EXAMPLES.resolve("jobs/ce-jobs.ads").toString(),
                "--out", out.toString(), "--format", "json");
        List<String> ads = longForms(out);
        assertEquals(10, ads.size());
        assertTrue(ads.get(0).contains("Site = \"example\""), ads.get(0));
    }

    @Test
    void badArgumentsAreRefusedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run("bogus"));
        assertTrue(e.getMessage().contains("unknown command 'bogus'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> run("route", "x.conf", "--jobs", "j.ads"));
        assertTrue(e.getMessage().contains("route needs --out"), e.getMessage());
    }
}
