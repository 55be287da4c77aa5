package org.jclassad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SQLContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.sources.BaseRelation;
import org.apache.spark.sql.sources.CreatableRelationProvider;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.catalog.SessionConfigSupport;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The {@code classad} data source: HTCondor ad files as DataFrames, and DataFrames written back
 * as ad files.
 *
 * <pre>{@code
 * Dataset<Row> history = spark.read().format("classad").load("hdfs:///condor/history/*");
 * history.select("Owner", "ExitCode", "ad").where("ExitCode != 0").show();
 *
 * jobs.write().format("classad").option("adFormat", "json").mode("overwrite").save("out/jobs");
 * }</pre>
 *
 * Every format the core reads (long, history files, new, JSON, XML; gzip), a user schema or one
 * inferred from a sample, the whole ad as a column, {@code _source}/{@code _ordinal},
 * PERMISSIVE/DROPMALFORMED/FAILFAST, and large long-format files read in parallel. Options and
 * conversion rules: {@code spark/README.md}. Session defaults: {@code spark.datasource.classad.<option>}.
 */
public final class ClassAdSource implements TableProvider, DataSourceRegister, SessionConfigSupport,
        CreatableRelationProvider {
    private List<AdFiles.FileEntry> listed;
    private Map<String, String> listedFor;

    @Override
    public String shortName() {
        return "classad";
    }

    @Override
    public String keyPrefix() {
        return "classad";
    }

    @Override
    public boolean supportsExternalMetadata() {
        return true;
    }

    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        SparkSession spark = SparkSession.active();
        SourceOptions o = options(spark, options.asCaseSensitiveMap());
        Configuration conf = hadoopConf(spark, o);
        StructType base = baseSchema(o);
        if (!o.inferSchema) {
            return base;
        }
        AttributeKinds kinds = sample(spark, o, files(o, conf), conf);
        List<StructField> fields = new ArrayList<>(List.of(base.fields()));
        for (Map.Entry<String, DataType> c : kinds.columns(o.reservedKeys(), o.attributes)) {
            fields.add(DataTypes.createStructField(c.getKey(), c.getValue(), true));
        }
        return DataTypes.createStructType(fields);
    }

    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        SparkSession spark = SparkSession.active();
        SourceOptions o = options(spark, properties);
        if (o.all.containsKey(AdWriteTable.INTERNAL_WRITE.toLowerCase(java.util.Locale.ROOT))) {
            return new AdWriteTable(schema, o);
        }
        Configuration conf = hadoopConf(spark, o);
        return new AdTable(schema, o, () -> files(o, conf), conf);
    }

    /**
     * Writes a DataFrame's ads to a directory after applying the save mode (Spark's default,
     * ErrorIfExists, refuses an existing path; Ignore leaves it alone; Overwrite replaces it;
     * Append adds files), through the transactional file write of {@link AdWriteTable}.
     */
    @Override
    public BaseRelation createRelation(SQLContext sqlContext, SaveMode mode,
            scala.collection.immutable.Map<String, String> parameters, Dataset<Row> data) {
        Map<String, String> options = scala.jdk.javaapi.CollectionConverters.asJava(parameters);
        SparkSession spark = sqlContext.sparkSession();
        SourceOptions o = options(spark, options);
        if (o.paths.size() != 1) {
            throw new IllegalArgumentException("classad: save(path) needs exactly one path");
        }
        AdWriteTable.FileSettings.of(o);
        new RowAds(data.schema(), o);
        Path out = new Path(o.paths.get(0));
        try {
            FileSystem fs = out.getFileSystem(hadoopConf(spark, o));
            boolean exists = fs.exists(out);
            if (exists) {
                switch (mode) {
                    case ErrorIfExists:
                        throw new IllegalStateException("classad: path " + fs.makeQualified(out)
                                + " already exists (use mode overwrite or append)");
                    case Ignore:
                        return relation(sqlContext, data.schema());
                    case Overwrite:
                        if (!fs.delete(out, true)) {
                            throw new IOException("cannot delete " + out);
                        }
                        break;
                    default:
                        break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("classad: cannot write to " + out + ": " + e.getMessage(), e);
        }
        data.write().format(ClassAdSource.class.getName()).options(options).option(AdWriteTable.INTERNAL_WRITE, "true")
                .mode(SaveMode.Append).save();
        return relation(sqlContext, data.schema());
    }

    private static BaseRelation relation(SQLContext sqlContext, StructType schema) {
        return new BaseRelation() {
            @Override
            public SQLContext sqlContext() {
                return sqlContext;
            }

            @Override
            public StructType schema() {
                return schema;
            }
        };
    }

    private static SourceOptions options(SparkSession spark, Map<String, String> options) {
        return SourceOptions.of(options, SQLConf.get(), spark.sparkContext().defaultParallelism());
    }

    /** The session's Hadoop configuration with the read's options laid over it, as Spark's file sources do. */
    static Configuration hadoopConf(SparkSession spark, SourceOptions o) {
        Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
        o.all.forEach((k, v) -> {
            if (!k.equals("path") && !k.equals("paths")) {
                conf.set(k, v);
            }
        });
        return conf;
    }

    /** The listing, done once for inference and table alike. */
    private List<AdFiles.FileEntry> files(SourceOptions o, Configuration conf) {
        if (listed == null || !o.all.equals(listedFor)) {
            listed = AdFiles.list(o.paths, conf, o.recursive, o.globFilter);
            listedFor = o.all;
        }
        return listed;
    }

    /** The source's own columns: the whole ad, where it came from, and (PERMISSIVE) why it is malformed. */
    static StructType baseSchema(SourceOptions o) {
        List<StructField> fields = new ArrayList<>();
        if (o.hasAdColumn()) {
            fields.add(DataTypes.createStructField(o.adColumn, DataTypes.BinaryType, true));
        }
        fields.add(DataTypes.createStructField(o.sourceColumn, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(o.ordinalColumn, DataTypes.LongType, false));
        if (o.mode == SourceOptions.Mode.PERMISSIVE) {
            fields.add(DataTypes.createStructField(o.corruptColumn, DataTypes.StringType, true));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * The kinds of the attributes of up to {@code samplingAds} ads, read by a Spark job from
     * partitions spread evenly over the data (the first ads of each).
     */
    private static AttributeKinds sample(SparkSession spark, SourceOptions o, List<AdFiles.FileEntry> files,
            Configuration conf) {
        List<AdFiles.AdPartition> parts = AdFiles.plan(files, o);
        if (parts.isEmpty()) {
            return new AttributeKinds();
        }
        int chosen = Math.min(parts.size(), o.samplingAds);
        List<AdFiles.AdPartition> picked = new ArrayList<>(chosen);
        for (int i = 0; i < chosen; i++) {
            picked.add(parts.get((int) ((long) i * parts.size() / chosen)));
        }
        int perPartition = (o.samplingAds + chosen - 1) / chosen;
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<HadoopConf> shipped = jsc.broadcast(new HadoopConf(conf));
        try {
            return jsc.parallelize(picked, picked.size())
                    .map(p -> sampleOne(p, shipped.value().get(), o, perPartition))
                    .reduce(AttributeKinds::merge);
        } finally {
            shipped.destroy();
        }
    }

    private static AttributeKinds sampleOne(AdFiles.AdPartition p, Configuration conf, SourceOptions o, int limit) {
        AttributeKinds kinds = new AttributeKinds();
        for (AdFiles.FileSplit split : p.splits()) {
            try (SplitAds ads = AdPartitionReader.open(split, conf, o)) {
                while (kinds.ads() < limit && ads.next()) {
                    if (ads.ad() != null) {
                        kinds.add(ads.ad());
                    }
                }
            }
            if (kinds.ads() >= limit) {
                break;
            }
        }
        return kinds;
    }
}
