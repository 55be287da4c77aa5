package org.jclassad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jclassad.ClassAd;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.io.ClassAds;
import org.jclassad.format.OldSyntaxWriter;
import org.jclassad.match.Match;
import org.jclassad.match.Matchmaker;
import org.jclassad.transform.router.ConfigLayer;
import org.jclassad.transform.router.JobRouter;
import org.jclassad.transform.router.RouterOptions;
import org.jclassad.transform.router.RouterOutput;
import org.jclassad.transform.router.RoutingSummary;
import org.jclassad.transform.xform.TransformResult;
import org.jclassad.transform.xform.Transformer;
import org.jclassad.value.Value;
import org.junit.jupiter.api.Test;

/**
 * Routing, transforming and matching 100,000 generated jobs on Spark give exactly what the
 * single-machine engine gives on the same jobs in the same order (routing: with throttles off).
 */
class DistributedEqualityTest {
    static final SparkSession spark = TestSpark.session();
    static final int JOBS = 100_000;
    static final long SEED = 17;

    static final StructType JOB_ROWS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("ad", DataTypes.BinaryType, false),
            DataTypes.createStructField("_source", DataTypes.StringType, false),
            DataTypes.createStructField("_ordinal", DataTypes.LongType, false)));

    /** Routes by VO and queue, throttled (the distributed run ignores that), with a pre-route transform. */
    static final String ROUTES = "JOB_ROUTER_ROUTE_NAMES = CMS_Long ATLAS Short Rest\n"
            + "JOB_ROUTER_DEFAULT_MAX_IDLE_JOBS_PER_ROUTE = 10\n"
            + "JOB_ROUTER_PRE_ROUTE_TRANSFORM_NAMES = Stamp\n"
            + "JOB_ROUTER_TRANSFORM_Stamp @=end\n  SET RoutedOn \"$(FULL_HOSTNAME)\"\n@end\n"
            + "JOB_ROUTER_ROUTE_CMS_Long @=rt\n  UNIVERSE vanilla\n"
            + "  REQUIREMENTS x509UserProxyVOName == \"cms\" && Queue == \"long\"\n"
            + "  SET WantDocker true\n  EVALSET DockerImage ifThenElse(RequestCpus > 2, \"cms/el9-big\", \"cms/el9\")\n"
            + "  DELETE PeriodicRemove\n@rt\n"
            + "JOB_ROUTER_ROUTE_ATLAS @=rt\n  UNIVERSE vanilla\n  REQUIREMENTS x509UserProxyVOName == \"atlas\"\n"
            + "  MaxJobs = 3\n  EVALSET RequestMemory RequestMemory * 2\n  SET Requirements TARGET.Memory >= RequestMemory\n@rt\n"
            + "JOB_ROUTER_ROUTE_Short @=rt\n  UNIVERSE vanilla\n  REQUIREMENTS Queue == \"short\"\n"
            + "  EVALSET Cmd strcat(\"./\", Owner, \".sh\")\n@rt\n"
            + "JOB_ROUTER_ROUTE_Rest @=rt\n  UNIVERSE vanilla\n  REQUIREMENTS RequestCpus < 4\n  SET Leftover true\n@rt\n";

    /** The i-th job as a row: its ad, a source name and its number. */
    static Dataset<Row> jobs(int n, int partitions) {
        return spark.range(0, n, 1, partitions).map((MapFunction<Long, Row>) i -> RowFactory.create(
                AdCodec.encode(ClassAds.parseOld(TestJobs.job(SEED, i.intValue()))), "generated", i), Encoders.row(JOB_ROWS));
    }

    static Iterator<ClassAd> localJobs(int n) {
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public ClassAd next() {
                return ClassAds.parseOld(TestJobs.job(SEED, i++));
            }
        };
    }

    /** A short digest of a text, so that 100,000 routed ads compare cheaply. */
    static String digest(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.ISO_8859_1));
            return java.util.HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Routes locally as the CLI does (one pass, throttles off); the routed ads' digests in order, and the per-route counts. */
    static List<String> routeLocally(String config, int n, Map<String, Long> perRoute) {
        JobRouter router = new JobRouter(ConfigLayer.parse(Value.toByteString(config)),
                RouterOptions.defaults().withIgnoreThrottles(true));
        List<String> digests = new ArrayList<>();
        OutputStream collector = new OutputStream() {
            private final ByteArrayOutputStream current = new ByteArrayOutputStream();
            private int last = -1;

            @Override
            public void write(int b) {
                current.write(b);
                if (b == '\n' && last == '\n') {
                    String ad = current.toString(StandardCharsets.ISO_8859_1);
                    digests.add(digest(ad.substring(0, ad.length() - 1)));
                    current.reset();
                }
                last = b;
            }
        };
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        RoutingSummary s = router.run(localJobs(n), new RouterOutput(sink, sink,
                new PrintStream(collector, false, StandardCharsets.ISO_8859_1), false), true);
        perRoute.putAll(s.perRoute());
        return digests;
    }

    static List<String> routeOnSpark(String config, int n, Map<String, Long> perRoute) {
        SparkJobRouter.Run run = SparkJobRouter.parse(config).route(jobs(n, 8));
        run.outcomes().cache();
        for (Row r : run.summary().collectAsList()) {
            perRoute.put(r.getString(0), r.getLong(1));
            assertEquals(r.getLong(1), r.getLong(2), "every candidate of " + r.getString(0) + " routed");
        }
        List<String> digests = new ArrayList<>();
        for (Row r : run.routed().map((MapFunction<Row, Row>) x -> RowFactory.create(x.<Long>getAs("_ordinal"),
                digest(OldSyntaxWriter.longForm(AdCodec.decode(x.getAs("ad"))))),
                Encoders.row(DataTypes.createStructType(List.of(
                        DataTypes.createStructField("o", DataTypes.LongType, false),
                        DataTypes.createStructField("d", DataTypes.StringType, false)))))
                .orderBy("o").collectAsList()) {
            digests.add(r.getString(1));
        }
        run.outcomes().unpersist();
        run.unpersist();
        return digests;
    }

    @Test
    void routing100kJobsEqualsTheSingleMachineRouterWithoutThrottles() {
        Map<String, Long> local = new TreeMap<>();
        Map<String, Long> distributed = new TreeMap<>();
        List<String> expected = routeLocally(ROUTES, JOBS, local);
        assertTrue(expected.size() > JOBS / 2, "most jobs are routed: " + expected.size());
        assertEquals(expected, routeOnSpark(ROUTES, JOBS, distributed), "routed ads, in job order");
        assertEquals(local, distributed, "per-route counts");
        assertEquals(4, local.size());
    }

    @Test
    void roundRobinSelectionIsExactAcrossPartitions() {
        String rr = "JOB_ROUTER_ROUND_ROBIN_SELECTION = true\n" + ROUTES;
        int n = 10_000;
        Map<String, Long> local = new TreeMap<>();
        Map<String, Long> distributed = new TreeMap<>();
        List<String> expected = routeLocally(rr, n, local);
        assertEquals(expected, routeOnSpark(rr, n, distributed), "round robin by position in the dataset");
        assertEquals(local, distributed);
    }

    @Test
    void throttlesAreNotAppliedButWouldLimitTheSequentialRun() {
        JobRouter throttled = new JobRouter(ConfigLayer.parse(Value.toByteString(ROUTES)),
                RouterOptions.defaults());
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        long routed = throttled.run(localJobs(2000), new RouterOutput(sink, sink, null, false), true).routed();
        long preview = SparkJobRouter.parse(ROUTES).route(jobs(2000, 2)).routed().count();
        assertEquals(33, routed, "MaxIdleJobs 10 per route, 3 for ATLAS: 10 + 3 + 10 + 10");
        assertTrue(preview > 1000, "the distributed preview routes every candidate: " + preview);
    }

    @Test
    void matching100kJobsEqualsTheMatchmaker() {
        List<ClassAd> slots = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            slots.add(ClassAd.parse("[ Name = \"slot" + i + "@node" + (i / 4) + "\"; Arch = \"X86_64\"; OpSys = \""
                    + (i % 7 == 0 ? "WINDOWS" : "LINUX") + "\"; Cpus = " + (1 << (i % 4)) + "; Memory = " + (1024 * (1 + i % 9))
                    + "; Disk = 10000000; Rank = TARGET.RequestCpus; "
                    + "Requirements = TARGET.Owner != \"frank\" && (TARGET.RequestMemory <= Memory) ]"));
        }
        int n = JOBS;
        Matchmaker mm = new Matchmaker(EvalOptions.defaults());
        List<String> expected = new ArrayList<>();
        long[] expectedCounts = new long[n];
        Iterator<ClassAd> it = localJobs(n);
        for (int i = 0; i < n; i++) {
            List<Match> found = mm.match(it.next(), slots);
            expectedCounts[i] = found.size();
            for (Match m : found) {
                expected.add(i + " " + m.right() + " " + m.leftRank() + " " + m.rightRank());
            }
        }
        SparkMatchmaker.Run run = SparkMatchmaker.of(slots).match(jobs(n, 8));
        run.matches().cache();
        List<String> got = new ArrayList<>();
        for (Row r : run.pairs().orderBy("_ordinal", "slot").collectAsList()) {
            got.add(r.<Long>getAs("_ordinal") + " " + r.<Integer>getAs("slot") + " " + r.<Double>getAs("job_rank") + " "
                    + r.<Double>getAs("slot_rank"));
        }
        assertTrue(expected.size() > n / 2, "a pool that matches some jobs: " + expected.size() + " pairs");
        assertEquals(expected, got);
        long[] counts = new long[n];
        for (Row r : run.counts().collectAsList()) {
            counts[(int) (long) r.<Long>getAs("_ordinal")] = r.<Integer>getAs("matches");
        }
        assertTrue(java.util.Arrays.equals(expectedCounts, counts), "per-job match counts");
        run.matches().unpersist();
    }

    @Test
    void transformingAdsEqualsOneTransformer() {
        int n = 5_000;
        String rules = "REQUIREMENTS RequestCpus > 1\nSET Queue \"big\"\nEVALSET Weight RequestCpus * $(FACTOR)\n"
                + "DELETE Environment\nRENAME Cmd Executable\n";
        Transformer tx = SparkTransform.parse(rules, Map.of("FACTOR", "3")).transformer();
        List<String> expected = new ArrayList<>();
        Iterator<ClassAd> it = localJobs(n);
        while (it.hasNext()) {
            TransformResult r = tx.apply(it.next());
            expected.add(r.failed() ? "failed" : digest(OldSyntaxWriter.longForm(r.ad())));
        }
        List<String> got = new ArrayList<>();
        Dataset<Row> out = SparkTransform.parse(rules, Map.of("FACTOR", "3")).transform(jobs(n, 8));
        for (Row r : out.map((MapFunction<Row, Row>) x -> RowFactory.create(x.<Long>getAs("_ordinal"),
                x.<Boolean>getAs("failed") ? "failed" : digest(OldSyntaxWriter.longForm(AdCodec.decode(x.getAs("ad"))))),
                Encoders.row(DataTypes.createStructType(List.of(
                        DataTypes.createStructField("o", DataTypes.LongType, false),
                        DataTypes.createStructField("d", DataTypes.StringType, false)))))
                .orderBy("o").collectAsList()) {
            got.add(r.getString(1));
        }
        assertEquals(expected, got);
    }
}
