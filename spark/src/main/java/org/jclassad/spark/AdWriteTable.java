package org.jclassad.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.catalog.Column;
import org.apache.spark.sql.connector.catalog.SupportsWrite;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.write.BatchWrite;
import org.apache.spark.sql.connector.write.DataWriter;
import org.apache.spark.sql.connector.write.DataWriterFactory;
import org.apache.spark.sql.connector.write.LogicalWriteInfo;
import org.apache.spark.sql.connector.write.PhysicalWriteInfo;
import org.apache.spark.sql.connector.write.Write;
import org.apache.spark.sql.connector.write.WriteBuilder;
import org.apache.spark.sql.connector.write.WriterCommitMessage;
import org.apache.spark.sql.types.StructType;
import org.jclassad.ClassAd;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdStreamWriter;

/**
 * The write half of the source: each task writes its rows' ads to a file of its own under
 * {@code <path>/_temporary/<job>/}, and the driver moves the committed files into {@code <path>}
 * ({@code part-<task>-<job>.<format>[.gz]}) and writes {@code _SUCCESS} once every task has
 * committed, so a failed or aborted write leaves no partial files behind. Reached through
 * {@link ClassAdSource}, which applies the save mode first.
 */
final class AdWriteTable implements SupportsWrite {
    /** The option that asks {@link ClassAdSource} for this table instead of the readable one. */
    static final String INTERNAL_WRITE = "__classad_internal_write";

    private final StructType schema;
    private final SourceOptions options;

    AdWriteTable(StructType schema, SourceOptions options) {
        this.schema = schema;
        this.options = options;
    }

    @Override
    public String name() {
        return "classad output " + options.paths;
    }

    @Override
    @SuppressWarnings("deprecation")
    public StructType schema() {
        return schema;
    }

    @Override
    public Column[] columns() {
        return AdTable.columnsOf(schema);
    }

    @Override
    public Set<TableCapability> capabilities() {
        return EnumSet.of(TableCapability.BATCH_WRITE);
    }

    @Override
    public WriteBuilder newWriteBuilder(LogicalWriteInfo info) {
        new RowAds(info.schema(), options);
        return new WriteBuilder() {
            @Override
            public Write build() {
                return new Write() {
                    @Override
                    public BatchWrite toBatch() {
                        return new FilesWrite(info.schema(), options);
                    }
                };
            }
        };
    }

    /** How the files are written: the ad format, compression and whether private attributes are kept. */
    record FileSettings(AdFormat format, boolean gzip, boolean includePrivate) implements Serializable {
        static FileSettings of(SourceOptions o) {
            String f = o.all.getOrDefault("adformat", "long").toLowerCase(Locale.ROOT);
            AdFormat format;
            switch (f) {
                case "long":
                case "history":
                    format = AdFormat.LONG;
                    break;
                default:
                    try {
                        format = AdFormat.parse(f);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("classad: cannot write adFormat '" + f
                                + "' (expected long, new, newl, json, jsonl or xml)");
                    }
            }
            String c = o.all.getOrDefault("compression", "none").toLowerCase(Locale.ROOT);
            if (!c.equals("none") && !c.equals("gzip") && !c.equals("uncompressed")) {
                throw new IllegalArgumentException("classad: unknown compression '" + c + "' (expected none or gzip)");
            }
            String p = o.all.getOrDefault("includeprivate", "true").toLowerCase(Locale.ROOT);
            return new FileSettings(format, c.equals("gzip"), !p.equals("false"));
        }

        String extension() {
            return "." + format.tag() + (gzip ? ".gz" : "");
        }
    }

    /** One write job: the temporary directory, and moving committed files into place. */
    private static final class FilesWrite implements BatchWrite {
        private final StructType schema;
        private final SourceOptions options;
        private final String job = UUID.randomUUID().toString();
        private final Path output;
        private final Path temporary;
        private final Configuration conf;

        FilesWrite(StructType schema, SourceOptions options) {
            this.schema = schema;
            this.options = options;
            if (options.paths.size() != 1) {
                throw new IllegalArgumentException("classad: write to exactly one path, not " + options.paths);
            }
            this.output = new Path(options.paths.get(0));
            this.temporary = new Path(new Path(output, "_temporary"), job);
            this.conf = ClassAdSource.hadoopConf(SparkSession.active(), options);
        }

        @Override
        public DataWriterFactory createBatchWriterFactory(PhysicalWriteInfo info) {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(SparkSession.active().sparkContext());
            return new FileWriterFactory(jsc.broadcast(new HadoopConf(conf)), schema, options, FileSettings.of(options),
                    temporary.toString(), job);
        }

        @Override
        public void commit(WriterCommitMessage[] messages) {
            try {
                FileSystem fs = output.getFileSystem(conf);
                for (WriterCommitMessage m : messages) {
                    if (m == null) {
                        continue;
                    }
                    Written w = (Written) m;
                    if (w.file() == null) {
                        continue;
                    }
                    Path from = new Path(w.file());
                    Path to = new Path(output, from.getName());
                    if (!fs.rename(from, to)) {
                        throw new IOException("cannot move " + from + " to " + to);
                    }
                }
                fs.delete(new Path(output, "_temporary"), true);
                fs.create(new Path(output, "_SUCCESS"), true).close();
            } catch (IOException e) {
                throw new UncheckedIOException("classad: cannot commit the write to " + output + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void abort(WriterCommitMessage[] messages) {
            try {
                output.getFileSystem(conf).delete(temporary, true);
            } catch (IOException e) {
                throw new UncheckedIOException("classad: cannot clean up " + temporary + ": " + e.getMessage(), e);
            }
        }
    }

    /** What a task committed: its file (or {@code null} when it had nothing to write) and how many ads. */
    record Written(String file, long ads) implements WriterCommitMessage {
    }

    private static final class FileWriterFactory implements DataWriterFactory {
        private static final long serialVersionUID = 1L;
        private final Broadcast<HadoopConf> conf;
        private final StructType schema;
        private final SourceOptions options;
        private final FileSettings settings;
        private final String temporary;
        private final String job;

        FileWriterFactory(Broadcast<HadoopConf> conf, StructType schema, SourceOptions options, FileSettings settings,
                String temporary, String job) {
            this.conf = conf;
            this.schema = schema;
            this.options = options;
            this.settings = settings;
            this.temporary = temporary;
            this.job = job;
        }

        @Override
        public DataWriter<InternalRow> createWriter(int partitionId, long taskId) {
            String name = String.format(Locale.ROOT, "part-%05d-%s%s", partitionId, job, settings.extension());
            Path file = new Path(new Path(temporary, "task-" + taskId), name);
            return new FileWriter(conf.value().get(), file, new RowAds(schema, options), settings);
        }
    }

    /** Writes one task's ads to its file, opened at the first ad (a task with no ads writes nothing). */
    private static final class FileWriter implements DataWriter<InternalRow> {
        private final Configuration conf;
        private final Path file;
        private final RowAds rows;
        private final FileSettings settings;
        private OutputStream stream;
        private AdStreamWriter writer;

        FileWriter(Configuration conf, Path file, RowAds rows, FileSettings settings) {
            this.conf = conf;
            this.file = file;
            this.rows = rows;
            this.settings = settings;
        }

        @Override
        public void write(InternalRow row) throws IOException {
            ClassAd ad = rows.ad(row);
            if (ad == null) {
                return;
            }
            if (writer == null) {
                stream = file.getFileSystem(conf).create(file, true);
                if (settings.gzip()) {
                    stream = new GZIPOutputStream(stream, 1 << 16);
                }
                writer = AdStreamWriter.to(new java.io.BufferedOutputStream(stream, 1 << 16), settings.format())
                        .includePrivate(settings.includePrivate());
            }
            writer.write(ad);
        }

        @Override
        public WriterCommitMessage commit() throws IOException {
            if (writer == null) {
                return new Written(null, 0);
            }
            long n = writer.written();
            writer.close();
            writer = null;
            return new Written(file.toString(), n);
        }

        @Override
        public void abort() throws IOException {
            close();
            file.getFileSystem(conf).delete(file, false);
        }

        @Override
        public void close() throws IOException {
            if (writer != null) {
                try {
                    writer.close();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                } finally {
                    writer = null;
                }
            }
        }
    }
}
