package org.jclassad.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.jclassad.spark.SparkJobRouter;

/**
 * Reading and routing generated job ads on Spark, for the scaling figures of
 * {@code bench/spark-scaling.sh} (outside JMH: one measured run of a whole Spark job per JVM).
 *
 * <pre>
 * SparkScaling generate N FILE        N generated CE job ads ({@link JobAds#ceJob}) in long format
 * SparkScaling config FILE            the 20 routes of {@link RoutingBenchmark#routesConfig()}
 * SparkScaling route MASTER JOBS CONFIG OUT
 *     reads JOBS with the classad source, routes every job, writes the routed ads to OUT, and
 *     prints "routed=.. seconds=.." (seconds of the Spark job only: the session is started first)
 * </pre>
 */
public final class SparkScaling {
    private SparkScaling() {
    }

    public static void main(String[] args) throws IOException {
        switch (args.length == 0 ? "" : args[0]) {
            case "generate":
                generate(Integer.parseInt(args[1]), Path.of(args[2]));
                break;
            case "config":
                Files.writeString(Path.of(args[1]), RoutingBenchmark.routesConfig(), StandardCharsets.ISO_8859_1);
                break;
            case "route":
                route(args[1], args[2], Path.of(args[3]), args[4]);
                break;
            default:
                System.err.println("usage: SparkScaling generate N FILE | config FILE | route MASTER JOBS CONFIG OUT");
                System.exit(2);
        }
    }

    private static void generate(int n, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
            for (int i = 0; i < n; i++) {
                w.write(JobAds.ceJob(11, i));
                w.write('\n');
            }
        }
    }

    private static void route(String master, String jobs, Path config, String out) throws IOException {
        SparkSession spark = SparkSession.builder().master(master).appName("jclassad spark scaling")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        SparkJobRouter router = SparkJobRouter.load(List.of(config)).ignorePriorRouting(true);
        long start = System.nanoTime();
        SparkJobRouter.Run run = router.route(spark.read().format("classad").option("inferSchema", "false").load(jobs));
        run.routed().write().format("classad").mode("overwrite").save(out);
        double seconds = (System.nanoTime() - start) / 1e9;
        // checked after the measured run: what was written
        long routed = spark.read().format("classad").option("inferSchema", "false").load(out).count();
        System.out.printf("routed=%d seconds=%.3f partitions=%d%n", routed, seconds, run.outcomes().rdd().getNumPartitions());
        spark.stop();
    }
}
