package org.jclassad.spark;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.catalog.Column;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/** The ads of a set of files as a readable table (writing goes through {@link ClassAdSource#createRelation}). */
final class AdTable implements SupportsRead {
    private final StructType schema;
    private final SourceOptions options;
    private final java.util.function.Supplier<List<AdFiles.FileEntry>> files;
    private final Configuration conf;

    /** The files are listed and the schema checked when the table is first scanned. */
    AdTable(StructType schema, SourceOptions options, java.util.function.Supplier<List<AdFiles.FileEntry>> files,
            Configuration conf) {
        this.schema = schema;
        this.options = options;
        this.files = files;
        this.conf = conf;
    }

    @Override
    public String name() {
        return "classad " + options.paths;
    }

    @Override
    @SuppressWarnings("deprecation")
    public StructType schema() {
        return schema;
    }

    @Override
    public Column[] columns() {
        return columnsOf(schema);
    }

    /** A schema's fields as a table's columns (for the readable and the writable table). */
    static Column[] columnsOf(StructType schema) {
        StructField[] fields = schema.fields();
        Column[] out = new Column[fields.length];
        for (int i = 0; i < fields.length; i++) {
            out[i] = Column.create(fields[i].name(), fields[i].dataType(), fields[i].nullable());
        }
        return out;
    }

    @Override
    public Set<TableCapability> capabilities() {
        return EnumSet.of(TableCapability.BATCH_READ);
    }

    @Override
    public ScanBuilder newScanBuilder(CaseInsensitiveStringMap ignored) {
        RowMaker.check(schema, options);
        return new AdScan.Builder(this);
    }

    SourceOptions options() {
        return options;
    }

    List<AdFiles.FileEntry> files() {
        return files.get();
    }

    Broadcast<HadoopConf> broadcastConf() {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(SparkSession.active().sparkContext());
        return jsc.broadcast(new HadoopConf(conf));
    }
}
