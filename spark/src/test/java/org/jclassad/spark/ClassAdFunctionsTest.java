package org.jclassad.spark;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jclassad.ClassAd;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;
import org.jclassad.io.ClassAds;
import org.jclassad.eval.MatchClassAd;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ClassAd functions in Spark SQL give what the library gives ad by ad. */
class ClassAdFunctionsTest {
    static final SparkSession spark = TestSpark.session();
    static final int JOBS = 2000;

    @TempDir
    static Path dir;
    static List<ClassAd> jobs = new ArrayList<>();

    @BeforeAll
    static void setUp() throws IOException {
        ClassAdFunctions.register(spark);
        Path history = dir.resolve("history");
        Files.write(history, TestJobs.history(9, 0, JOBS).getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 0; i < JOBS; i++) {
            jobs.add(ClassAds.parseOld(TestJobs.completedJob(9, i)));
        }
        spark.read().format("classad").load(history.toString()).repartition(4).createOrReplaceTempView("history");
        try (AdStreamReader r = AdStreams.open(Path.of("../examples/pool_sample.ads.gz"))) {
            List<ClassAd> slots = new ArrayList<>();
            r.forEachRemaining(a -> {
                if ("\"Machine\"".equals(a.evaluateAttr("MyType").toString())) {
                    slots.add(a);
                }
            });
            spark.read().format("classad").load("../examples/pool_sample.ads.gz")
                    .where("MyType = 'Machine'").createOrReplaceTempView("slots");
        }
    }

    @Test
    void classadEvalIsTheConstraintTest() {
        String constraint = "ExitCode != 0 && RemoteWallClockTime > 3600";
        long expected = jobs.stream().filter(j -> j.evaluate(constraint).truth() == 1).count();
        assertTrue(expected > 50 && expected < JOBS, "a constraint that selects some: " + expected);
        long got = spark.sql("SELECT count(*) FROM history WHERE classad_eval('" + constraint + "', ad)").first().getLong(0);
        assertEquals(expected, got);
        // a number is true when non-zero, as condor_q -constraint reads it
        long nonZero = jobs.stream().filter(j -> !j.evaluateAttr("ExitCode").toString().equals("0")).count();
        assertEquals(nonZero, spark.sql("SELECT count(*) FROM history WHERE classad_eval('ExitCode', ad)").first().getLong(0));
    }

    @Test
    void theExpressionIsParsedOncePerTaskNotPerRow() {
        long before = TaskMemo.PARSES.get();
        long n = spark.sql("SELECT count(*) FROM history WHERE classad_eval('RequestCpus >= 2 || Owner == \"alice\"', ad)")
                .first().getLong(0);
        long parses = TaskMemo.PARSES.get() - before;
        assertTrue(n > 0);
        assertTrue(parses >= 1 && parses <= 8, "parsed " + parses + " times for " + JOBS + " rows in 4 partitions");
    }

    @Test
    void typedEvaluationsConvertByTheSourcesRules() {
        Row r = spark.sql("SELECT ClusterId, ProcId, classad_eval_long('RequestMemory * 2', ad), "
                + "classad_eval_double('RemoteWallClockTime / 3600', ad), classad_eval_string('Owner', ad), "
                + "classad_eval_string('Requirements', ad), classad_eval_bool('ExitCode == 0', ad), "
                + "classad_eval_timestamp('CompletionDate', ad), CAST(CompletionDate AS TIMESTAMP), "
                + "classad_eval_long('Owner', ad), classad_value('Owner', ad), classad_value('Nope', ad) "
                + "FROM history WHERE ClusterId = 1010 AND ProcId = 2").first();
        ClassAd job = jobs.get(10 * 4 + 2);
        assertEquals(Long.parseLong(job.evaluate("RequestMemory * 2").toString()), r.getLong(2));
        assertEquals(Double.parseDouble(job.evaluate("RemoteWallClockTime / 3600").toString()), r.getDouble(3), 1e-12);
        assertEquals(job.evaluateAttr("Owner").toString(), "\"" + r.getString(4) + "\"");
        assertNull(r.get(5), "Requirements is undefined without a TARGET: NULL");
        assertEquals(job.evaluate("ExitCode == 0").toString(), String.valueOf(r.getBoolean(6)));
        assertEquals(r.getTimestamp(8), r.getTimestamp(7));
        assertNull(r.get(9), "a string is not a bigint: NULL");
        assertEquals(job.evaluateAttr("Owner").toString(), r.getString(10));
        assertEquals("undefined", r.getString(11));
    }

    @Test
    void matchAndRankAgreeWithMatchClassAd() throws IOException {
        List<Row> rows = spark.sql("SELECT j.ClusterId, j.ProcId, s.Name, classad_rank(j.ad, s.ad), classad_rank(s.ad, j.ad) "
                + "FROM (SELECT * FROM history WHERE ClusterId < 1005) j CROSS JOIN slots s WHERE classad_match(j.ad, s.ad)")
                .collectAsList();
        List<String> got = new ArrayList<>();
        for (Row r : rows) {
            got.add(r.getLong(0) + "." + r.getLong(1) + " " + r.getString(2) + " " + r.getDouble(3) + " " + r.getDouble(4));
        }
        List<String> expected = new ArrayList<>();
        List<ClassAd> slots = new ArrayList<>();
        try (AdStreamReader r = AdStreams.open(Path.of("../examples/pool_sample.ads.gz"))) {
            r.forEachRemaining(a -> {
                if ("\"Machine\"".equals(a.evaluateAttr("MyType").toString())) {
                    slots.add(a);
                }
            });
        }
        for (ClassAd j : jobs.subList(0, 20)) {
            for (ClassAd s : slots) {
                MatchClassAd m = new MatchClassAd(j, s, EvalOptions.defaults());
                if (m.symmetricMatch()) {
                    expected.add(j.evaluateAttr("ClusterId") + "." + j.evaluateAttr("ProcId") + " "
                            + s.evaluateAttr("Name").toString().replace("\"", "") + " "
                            + MatchClassAd.rankOf(m.leftRank()) + " " + MatchClassAd.rankOf(m.rightRank()));
                }
            }
        }
        java.util.Collections.sort(got);
        java.util.Collections.sort(expected);
        assertEquals(expected, got);
    }

    @Test
    void conversionHelpersReadAndEditAds() {
        Row r = spark.sql("SELECT classad_parse('[ a = 1; b = a + 1 ]'), classad_parse('a = 1\nb = \"x\"\n'), "
                + "classad_parse('{\"a\": 1, \"s\": \"t\"}'), classad_parse('[ a = '), classad_parse_error('[ a = '), "
                + "classad_parse_error('[ a = 1 ]')").first();
        assertEquals("[ a = 1; b = a + 1 ]", AdCodec.decode(r.getAs(0)).toString());
        assertEquals("[ a = 1; b = \"x\" ]", AdCodec.decode(r.getAs(1)).toString());
        assertEquals("[ a = 1; s = \"t\" ]", AdCodec.decode(r.getAs(2)).toString());
        assertNull(r.get(3));
        assertTrue(r.getString(4).startsWith("1:7: "), r.getString(4));
        assertNull(r.get(5));
        Row e = spark.sql("SELECT classad_unparse(x, 'new'), classad_unparse(x, 'long'), classad_unparse(x, 'json'), "
                + "classad_attr(x, 'B'), classad_attr(x, 's'), classad_attributes(x), "
                + "classad_unparse(classad_set(classad_set(x, 'c', 'a * 10'), 's', NULL), 'new') "
                + "FROM (SELECT classad_parse('[ a = 1; B = a + 1; s = \"t\" ]') AS x)").first();
        ClassAd x = ClassAd.parse("[ a = 1; B = a + 1; s = \"t\" ]");
        assertEquals(x.toString(), e.getString(0));
        assertEquals(org.jclassad.io.AdStreamWriter.toString(List.of(x), org.jclassad.io.AdFormat.LONG).strip(), e.getString(1));
        assertEquals(org.jclassad.io.AdStreamWriter.toString(List.of(x), org.jclassad.io.AdFormat.JSONL).strip(), e.getString(2));
        assertEquals("a + 1", e.getString(3), "an expression as written");
        assertEquals("t", e.getString(4), "a string's text");
        assertEquals(List.of("a", "B", "s"), e.getList(5));
        ClassAd edited = x.copy();
        edited.insertExpr("c", "a * 10");
        edited.remove("s");
        assertEquals(edited.toString(), e.getString(6));
    }

    @Test
    void aBadExpressionFailsTheQueryNamingThePlace() {
        Exception e = assertThrows(Exception.class,
                () -> spark.sql("SELECT count(*) FROM history WHERE classad_eval('ExitCode != ', ad)").first());
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        assertTrue(all.toString().contains("ClassAd expression does not parse at 1:13: unexpected end of input"), all.toString());
    }

    @Test
    void functionsAreCallableFromTheDataFrameApi() {
        Dataset<Row> df = spark.table("history");
        long viaApi = df.where(call_function("classad_eval", lit("Owner == \"bob\""), col("ad"))).count();
        long expected = jobs.stream().filter(j -> j.evaluate("Owner == \"bob\"").truth() == 1).count();
        assertEquals(expected, viaApi);
    }
}
