package org.jclassad.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.jclassad.ClassAd;
import org.jclassad.transform.router.JobRouter;
import org.jclassad.transform.router.RouterOptions;
import org.jclassad.transform.router.RouterOutput;
import org.jclassad.transform.router.Routing;

/**
 * The job router over a Spark dataset of job ads: HTCondor's routing of each job (umbrella
 * constraint, route choice, VanillaToGrid, pre-route transforms, the route, post-route
 * transforms, bookkeeping), done by {@link JobRouter} on the executors, the configuration read
 * once on the driver.
 *
 * <pre>{@code
 * SparkJobRouter router = SparkJobRouter.load(List.of(Path.of("/etc/condor-ce/config.d")));
 * Dataset<Row> jobs = spark.read().format("classad").load("hdfs:///ce/jobs/*.ads");
 * SparkJobRouter.Run run = router.route(jobs);
 * run.routed().write().format("classad").save("hdfs:///ce/routed");
 * run.summary().show();
 * }</pre>
 *
 * <p><b>What a distributed run gives: the no-throttle preview.</b> HTCondor applies route
 * {@code MaxJobs}/{@code MaxIdleJobs} and {@code JOB_ROUTER_MAX_JOBS} by counting the jobs
 * routed before, one job after another; a distributed run has no "before" across machines, so
 * throttles are not applied ({@link RouterOptions#ignoreThrottles}): every candidate goes to
 * the route it matches, as {@code jclassad route} with throttles off does on one machine. Round
 * robin selection ({@code JOB_ROUTER_ROUND_ROBIN_SELECTION}) stays exact: the router counts each
 * partition's candidates first, so a job gets the route it gets in one pass over the dataset in
 * partition order (the input is cached for that).
 */
public final class SparkJobRouter implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ShippedConfig config;
    private boolean classic;
    private boolean ignorePriorRouting;
    private String adColumn = "ad";

    private SparkJobRouter(ShippedConfig config) {
        this.config = config;
    }

    /**
     * Reads a router configuration on the driver: files and config.d directories, in HTCondor's
     * order.
     *
     * @throws IOException if a file cannot be read, or at the first line HTCondor refuses
     *         ({@code org.jclassad.transform.config.ConfigurationException}, naming file and line)
     */
    public static SparkJobRouter load(List<Path> paths) throws IOException {
        return new SparkJobRouter(ShippedConfig.load(paths));
    }

    /** A router configuration given as text. */
    public static SparkJobRouter parse(String configText) {
        return new SparkJobRouter(ShippedConfig.parse(configText));
    }

    /** Runs old ClassAd-style routes with the classic engine ({@code -classic}). */
    public SparkJobRouter classic(boolean on) {
        this.classic = on;
        return this;
    }

    /** Forgets prior routing ({@code -ignore-prior-routing}): every job idle and unmanaged. */
    public SparkJobRouter ignorePriorRouting(boolean on) {
        this.ignorePriorRouting = on;
        return this;
    }

    /** The name of the jobs' whole-ad column (default {@code ad}). */
    public SparkJobRouter adColumn(String name) {
        this.adColumn = name;
        return this;
    }

    private RouterOptions options() {
        return RouterOptions.defaults().withClassic(classic).withIgnorePriorRouting(ignorePriorRouting)
                .withIgnoreThrottles(true);
    }

    /** The router as loaded here. */
    private JobRouter router() {
        return new JobRouter(config.routerConfig(), options());
    }

    /**
     * The routes in matching order, as the driver loads them.
     *
     * @throws IllegalArgumentException with the router's messages if it is disabled
     */
    public List<String> routes() {
        JobRouter r = checkedRouter();
        List<String> names = new ArrayList<>();
        r.routes().forEach(route -> names.add(route.name()));
        return names;
    }

    private JobRouter checkedRouter() {
        JobRouter r = router();
        if (!r.isEnabled()) {
            throw new IllegalArgumentException("JobRouter is disabled:\n" + String.join("", r.loadMessages()));
        }
        return r;
    }

    /** The columns of {@link Run#outcomes()}. */
    public static final StructType OUTCOMES = DataTypes.createStructType(List.of(
            DataTypes.createStructField("job_id", DataTypes.StringType, true),
            DataTypes.createStructField("outcome", DataTypes.StringType, false),
            DataTypes.createStructField("route", DataTypes.StringType, true),
            DataTypes.createStructField("ad", DataTypes.BinaryType, true),
            DataTypes.createStructField("message", DataTypes.StringType, true),
            DataTypes.createStructField("_source", DataTypes.StringType, true),
            DataTypes.createStructField("_ordinal", DataTypes.LongType, true)));

    /**
     * Routes every job of {@code jobs} (rows with the whole-ad column; {@code _source} and
     * {@code _ordinal} are carried along when present). The routing itself runs when the results
     * are used; with round robin selection the candidates are counted now.
     */
    public Run route(Dataset<Row> jobs) {
        // fails here, not on the executors, when the router is disabled or its umbrella does not parse
        checkedRouter().preview(0, quietOutput(null));
        SparkSession spark = jobs.sparkSession();
        Dataset<Row> input = AdInput.select(jobs, adColumn);
        JavaRDD<Row> rows = input.javaRDD();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long[] before = new long[rows.getNumPartitions()];
        JavaRDD<Row> cached = null;
        if (router().roundRobin()) {
            cached = rows.persist(StorageLevel.MEMORY_AND_DISK_SER());
            rows = cached;
            List<Long> counts = rows.mapPartitions(it -> List.of(countCandidates(it)).iterator()).collect();
            long sum = 0;
            for (int i = 0; i < counts.size(); i++) {
                before[i] = sum;
                sum += counts.get(i);
            }
        }
        Broadcast<long[]> offsets = jsc.broadcast(before);
        SparkJobRouter self = this;
        JavaRDD<Row> out = rows.mapPartitionsWithIndex((i, it) -> self.routePartition(it, offsets.value()[i]), true);
        return new Run(spark.createDataFrame(out, OUTCOMES), cached);
    }

    private long countCandidates(Iterator<Row> rows) {
        JobRouter.Preview p = router().preview(0, quietOutput(null));
        AdDecoder decoder = new AdDecoder();
        long n = 0;
        while (rows.hasNext()) {
            Row r = rows.next();
            if (!r.isNullAt(0) && p.isCandidate(decoder.decode(r.getAs(0)))) {
                n++;
            }
        }
        return n;
    }

    private static RouterOutput quietOutput(PrintStream err) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.ISO_8859_1);
        return new RouterOutput(sink, err == null ? sink : err, null, false);
    }

    /** Routes one partition's jobs, the round-robin position starting at {@code candidatesBefore}. */
    private Iterator<Row> routePartition(Iterator<Row> rows, long candidatesBefore) {
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.ISO_8859_1);
        JobRouter.Preview preview = router().preview(candidatesBefore, quietOutput(err));
        AdDecoder decoder = new AdDecoder().takingHandOffs();
        AdEncoder encoder = new AdEncoder().handingOff();
        return AdInput.map(rows, (ad, source, ordinal) -> {
            if (ad == null) {
                return RowFactory.create(null, "NO_AD", null, null, null, source, ordinal);
            }
            errBytes.reset();
            Routing routing = preview.route(decoder.decode(ad));
            String message = errBytes.size() == 0 ? null
                    : org.jclassad.value.Value.fromByteString(errBytes.toString(StandardCharsets.ISO_8859_1)).strip();
            byte[] routed = routing.routed() == null ? null : encoder.encode(routing.routed());
            return RowFactory.create(routing.jobKey(), routing.outcome().name(), routing.route(), routed, message,
                    source, ordinal);
        });
    }

    /** The results of a routing run (datasets computed when used). */
    public static final class Run {
        private final Dataset<Row> outcomes;
        private final JavaRDD<Row> cached;

        Run(Dataset<Row> outcomes, JavaRDD<Row> cached) {
            this.outcomes = outcomes;
            this.cached = cached;
        }

        /**
         * One row per input ad ({@link #OUTCOMES}): {@code job_id} ({@code ClusterId.ProcId}),
         * {@code outcome} ({@code ROUTED}, {@code ROUTE_FAILED}, {@code NO_ROUTE},
         * {@code NOT_A_CANDIDATE}, {@code NOT_A_JOB}, {@code ABORTED} where HTCondor's router would
         * stop the whole pass, or {@code NO_AD} for a row without an ad), the
         * chosen {@code route}, the routed {@code ad}, the router's {@code message} for the job,
         * and the input's {@code _source}/{@code _ordinal}.
         */
        public Dataset<Row> outcomes() {
            return outcomes;
        }

        /** The routed ads: {@code route}, {@code job_id}, {@code ad}, {@code _source}, {@code _ordinal}. */
        public Dataset<Row> routed() {
            return outcomes.where("outcome = 'ROUTED'").select("route", "job_id", "ad", "_source", "_ordinal");
        }

        /**
         * Per route: {@code candidates} (jobs that chose it), {@code routed} and {@code failed};
         * ordered by route name.
         */
        public Dataset<Row> summary() {
            return outcomes.where("route is not null").groupBy("route").agg(
                    functions.count("*").as("candidates"),
                    functions.sum(functions.when(functions.col("outcome").equalTo("ROUTED"), 1).otherwise(0)).as("routed"),
                    functions.sum(functions.when(functions.col("outcome").equalTo("ROUTE_FAILED"), 1).otherwise(0))
                            .as("failed"))
                    .orderBy("route");
        }

        /** Jobs per outcome. */
        public Dataset<Row> totals() {
            return outcomes.groupBy("outcome").count().orderBy("outcome");
        }

        /** Releases the cached input of a round-robin run. */
        public void unpersist() {
            if (cached != null) {
                cached.unpersist(false);
            }
        }
    }
}
