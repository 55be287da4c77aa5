package org.jclassad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
import org.jclassad.ClassAd;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.match.Match;
import org.jclassad.match.Matchmaker;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * Matches a dataset of jobs against a pool of slots, as HTCondor's matchmaker pairs them (each
 * ad's {@code Requirements} true with the other as {@code TARGET}; each side's {@code Rank}): the
 * pool is broadcast once and decoded once per executor, the jobs stay partitioned. The results
 * are those of {@link Matchmaker} on one machine, pair for pair.
 *
 * <pre>{@code
 * SparkMatchmaker mm = SparkMatchmaker.of(spark.read().format("classad").load("pool.ads").where("MyType = 'Machine'"));
 * SparkMatchmaker.Run run = mm.match(jobs);
 * run.pairs().show();     // job_id, slot, slot_name, job_rank, slot_rank
 * run.counts().show();    // job_id, matches
 * }</pre>
 */
public final class SparkMatchmaker implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Decoded pools by broadcast id, one per executor JVM (ads may be evaluated from many threads). */
    private static final Map<Long, List<ClassAd>> POOLS = new ConcurrentHashMap<>();

    private final List<byte[]> slots;
    private Long nowSeconds;
    private String adColumn = "ad";

    private SparkMatchmaker(List<byte[]> slots) {
        this.slots = slots;
    }

    /** A pool of slot ads. */
    public static SparkMatchmaker of(List<ClassAd> slots) {
        AdEncoder e = new AdEncoder();
        List<byte[]> encoded = new ArrayList<>(slots.size());
        for (ClassAd s : slots) {
            encoded.add(e.encode(s));
        }
        return new SparkMatchmaker(encoded);
    }

    /** A pool read into a dataset (its {@code ad} column is collected to the driver, in dataset order). */
    public static SparkMatchmaker of(Dataset<Row> slots) {
        List<byte[]> encoded = new ArrayList<>();
        for (Row r : slots.select("ad").collectAsList()) {
            if (!r.isNullAt(0)) {
                encoded.add(r.getAs(0));
            }
        }
        return new SparkMatchmaker(encoded);
    }

    /** Evaluates as of a time (seconds since the epoch) instead of the executors' clocks. */
    public SparkMatchmaker now(long epochSeconds) {
        this.nowSeconds = epochSeconds;
        return this;
    }

    /** The name of the jobs' whole-ad column (default {@code ad}). */
    public SparkMatchmaker adColumn(String name) {
        this.adColumn = name;
        return this;
    }

    /** The evaluation options of every match: the clock pinned when {@link #now} was given. */
    EvalOptions evalOptions() {
        if (nowSeconds == null) {
            return EvalOptions.defaults();
        }
        long millis = nowSeconds * 1000L;
        return EvalOptions.defaults().withClock(() -> millis);
    }

    /** The pool's size. */
    public int poolSize() {
        return slots.size();
    }

    private static final StructType PAIR = DataTypes.createStructType(List.of(
            DataTypes.createStructField("slot", DataTypes.IntegerType, false),
            DataTypes.createStructField("slot_name", DataTypes.StringType, true),
            DataTypes.createStructField("job_rank", DataTypes.DoubleType, false),
            DataTypes.createStructField("slot_rank", DataTypes.DoubleType, false)));

    /** The columns of {@link Run#matches()}. */
    public static final StructType MATCHES = DataTypes.createStructType(List.of(
            DataTypes.createStructField("job_id", DataTypes.StringType, true),
            DataTypes.createStructField("_source", DataTypes.StringType, true),
            DataTypes.createStructField("_ordinal", DataTypes.LongType, true),
            DataTypes.createStructField("matches", DataTypes.createArrayType(PAIR, false), true)));

    /** Matches every job of {@code jobs} (rows with the whole-ad column) against the pool. */
    public Run match(Dataset<Row> jobs) {
        SparkSession spark = jobs.sparkSession();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Dataset<Row> input = AdInput.select(jobs, adColumn);
        Broadcast<List<byte[]>> pool = jsc.broadcast(slots);
        SparkMatchmaker self = this;
        JavaRDD<Row> out = input.javaRDD().mapPartitions(it -> self.matchPartition(it, pool));
        return new Run(spark.createDataFrame(out, MATCHES));
    }

    private Iterator<Row> matchPartition(Iterator<Row> rows, Broadcast<List<byte[]>> shipped) {
        if (POOLS.size() > 8 && !POOLS.containsKey(shipped.id())) {
            POOLS.clear();
        }
        List<ClassAd> pool = POOLS.computeIfAbsent(shipped.id(), id -> decodePool(shipped.value()));
        List<String> names = new ArrayList<>(pool.size());
        for (ClassAd s : pool) {
            Value n = s.evaluateAttr("Name");
            names.add(n instanceof StringValue ? ((StringValue) n).text() : null);
        }
        Matchmaker mm = new Matchmaker(evalOptions());
        AdDecoder decoder = new AdDecoder().takingHandOffs();
        return AdInput.map(rows, (ad, source, ordinal) -> {
            if (ad == null) {
                return RowFactory.create(null, source, ordinal, null);
            }
            ClassAd job = decoder.decode(ad);
            List<Match> found = mm.match(job, pool);
            List<Row> pairs = new ArrayList<>(found.size());
            for (Match m : found) {
                pairs.add(RowFactory.create(m.right(), names.get(m.right()), m.leftRank(), m.rightRank()));
            }
            return RowFactory.create(jobId(job), source, ordinal, scala.jdk.javaapi.CollectionConverters.asScala(pairs).toSeq());
        });
    }

    private static List<ClassAd> decodePool(List<byte[]> encoded) {
        AdDecoder d = new AdDecoder();
        List<ClassAd> pool = new ArrayList<>(encoded.size());
        for (byte[] b : encoded) {
            pool.add(d.decode(b));
        }
        return List.copyOf(pool);
    }

    /** {@code ClusterId.ProcId}, or {@code null} for an ad without them. */
    static String jobId(ClassAd job) {
        Value c = job.evaluateAttr("ClusterId");
        Value p = job.evaluateAttr("ProcId");
        return c.isInteger() && p.isInteger() ? c + "." + p : null;
    }

    /** The results of matching (datasets computed when used: cache {@link #matches()} to use several). */
    public static final class Run {
        private final Dataset<Row> matches;

        Run(Dataset<Row> matches) {
            this.matches = matches;
        }

        /** One row per job: {@code job_id}, {@code _source}, {@code _ordinal} and its matching slots in pool order. */
        public Dataset<Row> matches() {
            return matches;
        }

        /** One row per matching pair: {@code job_id}, {@code _source}, {@code _ordinal}, {@code slot} (the pool index), {@code slot_name}, {@code job_rank}, {@code slot_rank}. */
        public Dataset<Row> pairs() {
            return matches.select(functions.col("job_id"), functions.col("_source"), functions.col("_ordinal"),
                    functions.explode(functions.col("matches")).as("m"))
                    .select("job_id", "_source", "_ordinal", "m.slot", "m.slot_name", "m.job_rank", "m.slot_rank");
        }

        /** Per job, how many slots match it: {@code job_id}, {@code _source}, {@code _ordinal}, {@code matches}. */
        public Dataset<Row> counts() {
            return matches.select(functions.col("job_id"), functions.col("_source"), functions.col("_ordinal"),
                    functions.coalesce(functions.size(functions.col("matches")), functions.lit(0)).as("matches"));
        }
    }
}
