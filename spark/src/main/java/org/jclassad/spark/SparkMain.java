package org.jclassad.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} entry point of {@code jclassad-spark-app.jar}:
 *
 * <pre>
 * spark-submit jclassad-spark-app.jar route CONFIG... --jobs ADS... --out DIR [--summary DIR]
 *                                     [--classic] [--ignore-prior-routing]
 * spark-submit jclassad-spark-app.jar transform --rules FILE... [NAME=VALUE...] --in ADS... --out DIR
 * spark-submit jclassad-spark-app.jar match --jobs ADS... --slots ADS... --out DIR [--now SECONDS] [--all-ads]
 * spark-submit jclassad-spark-app.jar sql QUERY [--view NAME=ADS]... [--out DIR]
 *
 * common: --format long|json|jsonl|new|newl|xml (ads written; default long)
 *         --in-format auto|long|history|new|json|xml (ads read; default auto)
 *         --overwrite (replace existing output directories)
 * </pre>
 *
 * {@code route} writes the routed ads to {@code --out} and the per-route summary (CSV) to
 * {@code --summary} (default {@code <out>-summary}); {@code match} writes {@code pairs} and
 * {@code counts} (CSV) under {@code --out}; {@code sql} runs a query with the ClassAd functions
 * registered over views of ad files and prints the result, or writes it as ads (a result with an
 * {@code ad} column) or CSV. Configuration and rules files are read here, on the driver.
 */
public final class SparkMain {
    private SparkMain() {
    }

    /** Parsed arguments: the command, words, {@code --name value} options and flags. */
    record Args(String command, List<String> words, Map<String, List<String>> options) {
        List<String> all(String name) {
            return options.getOrDefault(name, List.of());
        }

        String one(String name, String dflt) {
            List<String> v = all(name);
            return v.isEmpty() ? dflt : v.get(v.size() - 1);
        }

        String required(String name) {
            String v = one(name, null);
            if (v == null) {
                throw new IllegalArgumentException(command + " needs --" + name);
            }
            return v;
        }

        boolean flag(String name) {
            return options.containsKey(name);
        }
    }

    private static final List<String> FLAGS = List.of("classic", "ignore-prior-routing", "overwrite", "all-ads");
    private static final List<String> MULTI = List.of("jobs", "slots", "in", "rules", "view");

    /**
     * Splits the arguments; a file option's values run until the next option or a
     * {@code NAME=VALUE} word ({@code --jobs a b c}).
     */
    static Args parse(String[] argv) {
        if (argv.length == 0) {
            throw new IllegalArgumentException("usage: route | transform | match | sql (see spark/README.md)");
        }
        List<String> words = new ArrayList<>();
        Map<String, List<String>> options = new LinkedHashMap<>();
        String current = null;
        for (int i = 1; i < argv.length; i++) {
            String a = argv[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                int eq = name.indexOf('=');
                String inline = null;
                if (eq >= 0) {
                    inline = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                List<String> values = options.computeIfAbsent(name, k -> new ArrayList<>());
                if (inline != null) {
                    values.add(inline);
                    current = null;
                } else if (FLAGS.contains(name)) {
                    current = null;
                } else if (i + 1 < argv.length) {
                    values.add(argv[++i]);
                    current = MULTI.contains(name) ? name : null;
                } else {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
            } else if (current != null && !a.matches("[A-Za-z_][A-Za-z0-9_.]*=.*")) {
                options.get(current).add(a);
            } else {
                words.add(a);
            }
        }
        return new Args(argv[0], words, options);
    }

    public static void main(String[] argv) throws IOException {
        Args args;
        try {
            args = parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println("jclassad-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("jclassad " + args.command()).getOrCreate();
        try {
            run(spark, args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("jclassad-spark: " + e.getMessage());
            spark.stop();
            System.exit(2);
        }
        spark.stop();
    }

    /** Runs one command in a session. */
    static void run(SparkSession spark, Args args, PrintStream out) throws IOException {
        switch (args.command()) {
            case "route":
                route(spark, args, out);
                break;
            case "transform":
                transform(spark, args, out);
                break;
            case "match":
                match(spark, args, out);
                break;
            case "sql":
                sql(spark, args, out);
                break;
            default:
                throw new IllegalArgumentException("unknown command '" + args.command()
                        + "' (expected route, transform, match or sql)");
        }
    }

    private static Dataset<Row> read(SparkSession spark, Args args, List<String> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException(args.command() + " needs input ad files");
        }
        return spark.read().format("classad").option("adFormat", args.one("in-format", "auto"))
                .option("inferSchema", "false").load(paths.toArray(new String[0]));
    }

    private static void writeAds(Dataset<Row> ads, Args args, String dir) {
        ads.write().format("classad").option("adFormat", args.one("format", "long"))
                .mode(args.flag("overwrite") ? SaveMode.Overwrite : SaveMode.ErrorIfExists).save(dir);
    }

    private static void writeCsv(Dataset<Row> rows, Args args, String dir) {
        rows.coalesce(1).write().option("header", "true")
                .mode(args.flag("overwrite") ? SaveMode.Overwrite : SaveMode.ErrorIfExists).csv(dir);
    }

    private static void route(SparkSession spark, Args args, PrintStream out) throws IOException {
        List<Path> config = new ArrayList<>();
        for (String w : args.words()) {
            config.add(Path.of(w));
        }
        if (config.isEmpty()) {
            throw new IllegalArgumentException("route needs the router configuration (files or config.d directories)");
        }
        String dir = args.required("out");
        SparkJobRouter router = SparkJobRouter.load(config).classic(args.flag("classic"))
                .ignorePriorRouting(args.flag("ignore-prior-routing"));
        SparkJobRouter.Run run = router.route(read(spark, args, args.all("jobs")));
        run.outcomes().persist();
        writeAds(run.routed(), args, dir);
        Dataset<Row> summary = run.summary();
        writeCsv(summary, args, args.one("summary", dir + "-summary"));
        out.println("Routes (in matching order): " + String.join(", ", router.routes()));
        summary.show(1000, false);
        run.totals().show(20, false);
        run.outcomes().unpersist();
        run.unpersist();
    }

    private static void transform(SparkSession spark, Args args, PrintStream out) throws IOException {
        List<Path> rules = new ArrayList<>();
        for (String r : args.all("rules")) {
            rules.add(Path.of(r));
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("transform needs --rules");
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        for (String w : args.words()) {
            int eq = w.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("transform takes NAME=VALUE arguments, not '" + w + "'");
            }
            arguments.put(w.substring(0, eq), w.substring(eq + 1));
        }
        Dataset<Row> result = SparkTransform.load(rules, arguments).transform(read(spark, args, args.all("in"))).persist();
        writeAds(result.where("not failed"), args, args.required("out"));
        result.groupBy("failed").count().show(20, false);
        result.unpersist();
    }

    private static void match(SparkSession spark, Args args, PrintStream out) {
        Dataset<Row> slots = read(spark, args, args.all("slots"));
        if (!args.flag("all-ads")) {
            // as jclassad match: the slot ads of a pool dump, MyType "Machine" (any case) or none
            ClassAdFunctions.register(spark);
            slots = slots.where("classad_value('MyType', ad) = 'undefined' "
                    + "OR lower(classad_eval_string('MyType', ad)) = 'machine'");
        }
        SparkMatchmaker mm = SparkMatchmaker.of(slots);
        String now = args.one("now", null);
        if (now != null) {
            mm.now(Long.parseLong(now));
        }
        SparkMatchmaker.Run run = mm.match(read(spark, args, args.all("jobs")));
        run.matches().persist();
        String dir = args.required("out");
        writeCsv(run.pairs(), args, dir + "/pairs");
        writeCsv(run.counts(), args, dir + "/counts");
        Row totals = run.counts().selectExpr("count(*)", "sum(CASE WHEN matches > 0 THEN 1 ELSE 0 END)", "sum(matches)").first();
        out.println(totals.getLong(1) + " of " + totals.getLong(0) + " jobs match at least one of " + mm.poolSize()
                + " slots; " + (totals.isNullAt(2) ? 0 : totals.getLong(2)) + " matching pairs.");
        run.matches().unpersist();
    }

    private static void sql(SparkSession spark, Args args, PrintStream out) {
        ClassAdFunctions.register(spark);
        for (String v : args.all("view")) {
            int eq = v.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--view takes NAME=PATH, not '" + v + "'");
            }
            spark.read().format("classad").option("adFormat", args.one("in-format", "auto")).load(v.substring(eq + 1))
                    .createOrReplaceTempView(v.substring(0, eq));
        }
        if (args.words().size() != 1) {
            throw new IllegalArgumentException("sql takes one query (quote it)");
        }
        Dataset<Row> result = spark.sql(args.words().get(0));
        String dir = args.one("out", null);
        if (dir == null) {
            result.show(Integer.parseInt(args.one("rows", "20")), false);
        } else if (List.of(result.columns()).contains("ad")) {
            writeAds(result, args, dir);
        } else {
            writeCsv(result, args, dir);
        }
    }
}
