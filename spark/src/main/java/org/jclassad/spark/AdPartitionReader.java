package org.jclassad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Reads one partition's splits into rows, applying the parse mode: PERMISSIVE gives a malformed
 * ad a row with only {@code _source}, {@code _ordinal} and {@code _corrupt_record}
 * ({@code file:line:column: reason}); DROPMALFORMED leaves it out; FAILFAST stops the query.
 */
final class AdPartitionReader implements PartitionReader<InternalRow> {
    /** Makes the readers on the executors. */
    static final class Factory implements PartitionReaderFactory {
        private static final long serialVersionUID = 1L;
        private final org.apache.spark.broadcast.Broadcast<HadoopConf> conf;
        private final SourceOptions options;
        private final StructType schema;

        Factory(org.apache.spark.broadcast.Broadcast<HadoopConf> conf, SourceOptions options, StructType schema) {
            this.conf = conf;
            this.options = options;
            this.schema = schema;
        }

        @Override
        public PartitionReader<InternalRow> createReader(InputPartition partition) {
            return new AdPartitionReader((AdFiles.AdPartition) partition, conf.value().get(), options, schema);
        }
    }

    private final AdFiles.FileSplit[] splits;
    private final Configuration conf;
    private final SourceOptions options;
    private final RowMaker rows;
    private int next;
    private SplitAds current;
    private UTF8String source;
    private InternalRow row;

    AdPartitionReader(AdFiles.AdPartition partition, Configuration conf, SourceOptions options, StructType schema) {
        this.splits = partition.splits();
        this.conf = conf;
        this.options = options;
        this.rows = new RowMaker(schema, options);
    }

    /** Opens one split's records (for readers of the source's ads outside a scan, such as inference). */
    static SplitAds open(AdFiles.FileSplit split, Configuration conf, SourceOptions options) {
        try {
            Path path = new Path(split.path());
            FileSystem fs = path.getFileSystem(conf);
            return new SplitAds(fs, split, options);
        } catch (IOException e) {
            throw new UncheckedIOException("classad: cannot read " + split.path() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean next() {
        while (true) {
            if (current == null) {
                if (next >= splits.length) {
                    return false;
                }
                current = open(splits[next++], conf, options);
                source = UTF8String.fromString(current.source());
            }
            if (!current.next()) {
                current.close();
                current = null;
                continue;
            }
            String error = current.error();
            if (error != null) {
                if (options.mode == SourceOptions.Mode.DROPMALFORMED) {
                    continue;
                }
                if (options.mode == SourceOptions.Mode.FAILFAST) {
                    throw new MalformedAdException("classad: malformed ad in FAILFAST mode: " + error);
                }
            }
            row = rows.row(source, current.ordinal(), current.ad(), error);
            return true;
        }
    }

    @Override
    public InternalRow get() {
        return row;
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    /** A malformed ad met in FAILFAST mode. */
    static final class MalformedAdException extends RuntimeException {
        MalformedAdException(String message) {
            super(message);
        }
    }
}
