package org.jclassad.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jclassad.ClassAd;
import org.jclassad.transform.config.MacroContext;
import org.jclassad.transform.config.MacroSet;
import org.jclassad.transform.xform.Transform;
import org.jclassad.transform.xform.TransformEngine;
import org.jclassad.transform.xform.TransformResult;
import org.jclassad.transform.xform.Transformer;

/**
 * {@code condor_transform_ads} over a Spark dataset: rules files read once on the driver (and
 * checked there), applied to every ad on the executors by a {@link Transformer} per task, with
 * the results of one {@link Transformer} applied ad after ad.
 *
 * <pre>{@code
 * SparkTransform tx = SparkTransform.load(List.of(Path.of("site.xform")), Map.of("QUEUE", "long"));
 * tx.transform(jobs).where("not failed").write().format("classad").save("out/transformed");
 * }</pre>
 *
 * {@code $ENV()} and {@code $RANDOM_*()} in rules are evaluated on the executors.
 */
public final class SparkTransform implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One rules file: where it came from and its text. */
    private record Rules(String source, String text) implements Serializable {
    }

    private final List<Rules> rules;
    private final LinkedHashMap<String, String> arguments;
    private final ShippedConfig config;
    private String adColumn = "ad";

    private SparkTransform(List<Rules> rules, Map<String, String> arguments, ShippedConfig config) {
        this.rules = rules;
        this.arguments = new LinkedHashMap<>(arguments);
        this.config = config;
        transformer();
    }

    /**
     * Reads rules files on the driver, with {@code key=value} arguments as the tool takes them.
     *
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException if the rules are not valid (naming the file and the problem)
     */
    public static SparkTransform load(List<Path> rulesFiles, Map<String, String> arguments) throws IOException {
        List<Rules> rules = new ArrayList<>();
        for (Path p : rulesFiles) {
            rules.add(new Rules(p.toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)));
        }
        return new SparkTransform(rules, arguments, ShippedConfig.parse(""));
    }

    /** Rules given as text. */
    public static SparkTransform parse(String rulesText, Map<String, String> arguments) {
        return new SparkTransform(List.of(new Rules("<rules>", rulesText)), arguments, ShippedConfig.parse(""));
    }

    /** The configuration macros fall back to (HTCondor config text, read on the driver). */
    public SparkTransform withConfig(String configText) {
        return new SparkTransform(rules, arguments, ShippedConfig.parse(configText)).adColumn(adColumn);
    }

    /** The name of the whole-ad column (default {@code ad}). */
    public SparkTransform adColumn(String name) {
        this.adColumn = name;
        return this;
    }

    /** A transformer of these rules, as {@code condor_transform_ads} builds it (invalid rules refused). */
    Transformer transformer() {
        Transformer.Builder b = Transformer.builder().config(config.configuration());
        MacroSet macros = new MacroSet();
        MacroContext ctx = MacroContext.builder().subsys("XFORM").config(config.configuration()).build();
        for (int i = 0; i < rules.size(); i++) {
            Rules r = rules.get(i);
            Transform t = Transform.fromRulesText(r.source(), r.text());
            if (t.iterates() && i < rules.size() - 1) {
                throw new IllegalArgumentException("Error at " + rules.get(i + 1).source()
                        + ". Previous transform was an iterating transform");
            }
            if (!t.iterates()) {
                TransformEngine.Validation v = TransformEngine.validate(t, macros, ctx);
                if (!v.outcome().ok()) {
                    throw new IllegalArgumentException("Invalid rules file " + t.name() + " : " + v.outcome().message());
                }
            }
            b.add(t);
        }
        arguments.forEach(b::argument);
        return b.build();
    }

    /** The columns of {@link #transform}'s result. */
    public static final StructType OUTPUT = DataTypes.createStructType(List.of(
            DataTypes.createStructField("ad", DataTypes.BinaryType, true),
            DataTypes.createStructField("output", DataTypes.IntegerType, false),
            DataTypes.createStructField("failed", DataTypes.BooleanType, false),
            DataTypes.createStructField("failure", DataTypes.StringType, true),
            DataTypes.createStructField("_source", DataTypes.StringType, true),
            DataTypes.createStructField("_ordinal", DataTypes.LongType, true)));

    /**
     * Transforms every ad of {@code ads} (rows with the whole-ad column): one row per output ad
     * ({@code output} counts them from 0; an iterating transform makes several), and for an input
     * whose transform failed one row with {@code failed} true, the {@code failure} and no ad.
     */
    public Dataset<Row> transform(Dataset<Row> ads) {
        Dataset<Row> input = AdInput.select(ads, adColumn);
        SparkTransform self = this;
        JavaRDD<Row> out = input.javaRDD().mapPartitions(self::transformPartition);
        return ads.sparkSession().createDataFrame(out, OUTPUT);
    }

    private Iterator<Row> transformPartition(Iterator<Row> rows) {
        Transformer tx = transformer();
        AdDecoder decoder = new AdDecoder().takingHandOffs();
        AdEncoder encoder = new AdEncoder();
        return new Iterator<>() {
            private final List<Row> pending = new ArrayList<>();
            private int at;

            @Override
            public boolean hasNext() {
                while (at >= pending.size()) {
                    if (!rows.hasNext()) {
                        return false;
                    }
                    pending.clear();
                    at = 0;
                    fill(rows.next());
                }
                return true;
            }

            private void fill(Row r) {
                String source = AdInput.source(r);
                Long ordinal = AdInput.ordinal(r);
                if (r.isNullAt(0)) {
                    return;
                }
                ClassAd in = decoder.decode(r.getAs(0));
                TransformResult result = tx.apply(in);
                int n = 0;
                for (ClassAd ad : result.ads()) {
                    pending.add(RowFactory.create(encoder.encode(ad), n++, false, null, source, ordinal));
                }
                if (result.failed()) {
                    pending.add(RowFactory.create(null, n, true,
                            result.failure() == null ? null : org.jclassad.value.Value.fromByteString(result.failure()),
                            source, ordinal));
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.get(at++);
            }
        };
    }
}
