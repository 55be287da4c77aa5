package org.jclassad.spark;

import java.util.List;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.types.StructType;

/**
 * A scan of the source's files: only the columns the query uses are made (an unused whole-ad
 * column is never encoded, unused attributes never converted), the files planned into
 * partitions once.
 */
final class AdScan implements Scan, Batch {
    /** Builds the scan, narrowing it to the required columns. */
    static final class Builder implements ScanBuilder, SupportsPushDownRequiredColumns {
        private final AdTable table;
        private StructType schema;

        Builder(AdTable table) {
            this.table = table;
            this.schema = table.schema();
        }

        @Override
        public void pruneColumns(StructType required) {
            schema = required;
        }

        @Override
        public Scan build() {
            return new AdScan(table, schema);
        }
    }

    private final AdTable table;
    private final StructType schema;

    private AdScan(AdTable table, StructType schema) {
        this.table = table;
        this.schema = schema;
    }

    @Override
    public StructType readSchema() {
        return schema;
    }

    @Override
    public String description() {
        return "classad " + table.options().paths + " [" + table.options().format.name().toLowerCase(java.util.Locale.ROOT)
                + ", " + table.options().mode + "]";
    }

    @Override
    public Batch toBatch() {
        return this;
    }

    @Override
    public InputPartition[] planInputPartitions() {
        List<AdFiles.AdPartition> parts = AdFiles.plan(table.files(), table.options());
        return parts.toArray(new InputPartition[0]);
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        Broadcast<HadoopConf> conf = table.broadcastConf();
        return new AdPartitionReader.Factory(conf, table.options(), schema);
    }
}
