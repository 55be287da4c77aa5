package org.jclassad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jclassad.ClassAd;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdStreamWriter;
import org.jclassad.io.ClassAds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading every ad format with {@code spark.read().format("classad")}. */
class ClassAdSourceReadTest {
    static final SparkSession spark = TestSpark.session();

    @TempDir
    Path dir;

    static List<ClassAd> sampleAds() {
        List<ClassAd> ads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ads.add(ClassAds.parseOld(TestJobs.job(1, i)));
        }
        ads.get(1).insertExpr("Tags", "{ \"gpu\", \"short\" }");
        ads.get(2).insertExpr("Started", "absTime(\"2024-05-06T07:08:09Z\")");
        return ads;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] gzip(byte[] b) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        }
        return out.toByteArray();
    }

    static List<String> decodedAds(Dataset<Row> df) {
        List<String> out = new ArrayList<>();
        for (Row r : df.orderBy("_source", "_ordinal").collectAsList()) {
            out.add(AdCodec.decode(r.getAs("ad")).toString());
        }
        return out;
    }

    @Test
    void everyFormatReadsBackTheSameAds() throws IOException {
        List<ClassAd> ads = sampleAds();
        List<String> expected = new ArrayList<>();
        for (ClassAd ad : ads) {
            expected.add(ad.toString());
        }
        for (AdFormat f : AdFormat.values()) {
            byte[] text = bytes(AdStreamWriter.toString(ads, f));
            for (boolean gz : new boolean[] {false, true}) {
                Path p = write("ads-" + f.tag() + (gz ? ".gz" : ""), gz ? gzip(text) : text);
                Dataset<Row> df = spark.read().format("classad").load(p.toString());
                assertEquals(expected, decodedAds(df), f + (gz ? " gzip" : "") + " must give the written ads");
            }
        }
        Path history = write("history", bytes(TestJobs.history(1, 0, 5)));
        List<String> fromHistory = decodedAds(spark.read().format("classad").load(history.toString()));
        assertEquals(5, fromHistory.size());
        assertEquals(ClassAds.parseOld(TestJobs.completedJob(1, 3)).toString(), fromHistory.get(3), "history ads without banners");
    }

    @Test
    void declaredFormatsAreReadAsDeclared() throws IOException {
        Path p = write("jobs.txt", bytes(TestJobs.history(1, 0, 3)));
        assertEquals(3, spark.read().format("classad").option("adFormat", "history").load(p.toString()).count());
        // read as plain long format, the banner lines are part of the ad (HTCondor's own long-format rule)
        Dataset<Row> plain = spark.read().format("classad").option("adFormat", "long").load(p.toString());
        assertEquals(1, plain.count(), "no blank line: the whole file is one long-format ad");
    }

    @Test
    void inferredSchemaFollowsTheLiteralKinds() throws IOException {
        Path p = write("jobs.ads", bytes(AdStreamWriter.toString(sampleAds(), AdFormat.LONG)));
        StructType s = spark.read().format("classad").load(p.toString()).schema();
        assertEquals(DataTypes.BinaryType, s.apply("ad").dataType());
        assertEquals(DataTypes.StringType, s.apply("_source").dataType());
        assertEquals(DataTypes.LongType, s.apply("_ordinal").dataType());
        assertEquals(DataTypes.StringType, s.apply("_corrupt_record").dataType());
        assertEquals(DataTypes.StringType, s.apply("Owner").dataType());
        assertEquals(DataTypes.LongType, s.apply("ClusterId").dataType());
        assertEquals(DataTypes.DoubleType, s.apply("RemoteWallClockTime").dataType());
        assertEquals(DataTypes.StringType, s.apply("Requirements").dataType(), "expressions are text");
        assertEquals(DataTypes.StringType, s.apply("Rank").dataType(), "an expression in one ad, a real in another: text");
        assertEquals(DataTypes.createArrayType(DataTypes.StringType, true), s.apply("Tags").dataType());
        assertEquals(DataTypes.TimestampType, s.apply("Started").dataType());
        List<String> names = List.of(s.fieldNames());
        assertEquals(List.of("ad", "_source", "_ordinal", "_corrupt_record", "ClusterId"), names.subList(0, 5),
                "the source's columns, then attributes sorted ignoring case");
    }

    @Test
    void columnsHoldConvertedValues() throws IOException {
        Path p = write("jobs.ads", bytes(AdStreamWriter.toString(sampleAds(), AdFormat.LONG)));
        Row r = spark.read().format("classad").load(p.toString())
                .where("ClusterId = 1000 and ProcId = 1")
                .selectExpr("Owner", "RequestMemory", "Requirements", "Tags", "CompletionDate").first();
        ClassAd ad = sampleAds().get(1);
        assertEquals(ad.evaluateAttr("Owner").toString(), "\"" + r.getString(0) + "\"");
        assertEquals(Long.parseLong(ad.evaluateAttr("RequestMemory").toString()), r.getLong(1));
        assertEquals("(TARGET.Arch == \"X86_64\") && (TARGET.OpSys == \"LINUX\") && (TARGET.Memory >= RequestMemory) && "
                + "(TARGET.Cpus >= RequestCpus)", r.getString(2), "as condor_q -long prints it");
        assertEquals(List.of("gpu", "short"), r.getList(3));
    }

    @Test
    void userSchemaConvertsByTheDocumentedRules() throws IOException {
        Path p = write("jobs.ads", bytes(TestJobs.longFormat(1, 0, 4)
                + "Owner = \"zed\"\nCompletionDate = 1700000000\nExitCode = 3000000000\nRequestMemory = 1024 * 2\n"
                + "RemoteWallClockTime = 7.9\nWhen = absTime(\"2024-01-01T00:00:00Z\")\n"));
        Dataset<Row> df = spark.read().format("classad")
                .schema("Owner string, CompletionDate timestamp, ExitCode int, RequestMemory bigint, "
                        + "RemoteWallClockTime bigint, When date, Missing double, _source string")
                .load(p.toString());
        Row z = df.where("Owner = 'zed'").first();
        assertEquals(java.sql.Timestamp.from(java.time.Instant.ofEpochSecond(1_700_000_000L)), z.getTimestamp(1));
        assertTrue(z.isNullAt(2), "3000000000 does not fit an int: NULL");
        assertEquals(2048L, z.getLong(3), "evaluated in the ad");
        assertEquals(7L, z.getLong(4), "reals truncate toward zero, as Spark's cast");
        assertEquals(java.sql.Date.valueOf("2024-01-01"), z.getDate(5));
        assertTrue(z.isNullAt(6), "a missing attribute is NULL");
        assertTrue(z.getString(7).endsWith("/jobs.ads"), z.getString(7));
        assertTrue(!List.of(df.columns()).contains("ad"), "no ad column unless the schema has one");
    }

    @Test
    void unsupportedColumnTypesAreRefusedByName() throws IOException {
        Path p = write("jobs.ads", bytes(TestJobs.longFormat(1, 0, 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> spark.read().format("classad")
                .schema("Owner string, Weird interval day").load(p.toString()).count());
        assertTrue(e.getMessage().contains("column Weird"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> spark.read().format("classad")
                .schema("_ordinal string").load(p.toString()).count());
        assertTrue(e.getMessage().contains("_ordinal must be of type bigint"), e.getMessage());
    }

    @Test
    void malformedAdsInPermissiveModeKeepEverythingElse() throws IOException {
        String text = TestJobs.longFormat(1, 0, 2) + "ClusterId = 9\nRequirements = (Memory > \n\n" + TestJobs.longFormat(1, 2, 2);
        Path p = write("bad.ads", bytes(text));
        Dataset<Row> df = spark.read().format("classad").load(p.toString()).cache();
        assertEquals(5, df.count(), "four ads and one malformed ad");
        Row bad = df.where("_corrupt_record is not null").first();
        int line = (int) text.substring(0, text.indexOf("Requirements = (Memory >")).chars().filter(c -> c == '\n').count() + 1;
        assertTrue(bad.<String>getAs("_corrupt_record").endsWith("/bad.ads:" + line + ":26: unexpected end of input"),
                bad.<String>getAs("_corrupt_record"));
        assertNull(bad.getAs("ad"));
        assertNull(bad.getAs("ClusterId"), "nothing of a malformed ad but where it is");
        assertEquals(4, df.where("_corrupt_record is null and ad is not null").count());
        df.unpersist();
        assertEquals(4, spark.read().format("classad").option("mode", "DROPMALFORMED").load(p.toString()).count());
        Exception e = assertThrows(Exception.class,
                () -> spark.read().format("classad").option("mode", "FAILFAST").load(p.toString()).count());
        String all = messages(e);
        assertTrue(all.contains("malformed ad in FAILFAST mode") && all.contains("/bad.ads:" + line + ":26"), all);
    }

    private static String messages(Throwable t) {
        StringBuilder s = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            s.append(c.getMessage()).append('\n');
        }
        return s.toString();
    }

    @Test
    void directoriesGlobsAndSourcesAreListedAsSparkDoes() throws IOException {
        Path d = Files.createDirectories(dir.resolve("archive"));
        Files.write(d.resolve("history.1"), bytes(TestJobs.history(1, 0, 3)));
        Files.write(d.resolve("history.2"), bytes(TestJobs.history(1, 3, 2)));
        Files.write(d.resolve("_SUCCESS"), new byte[0]);
        Files.write(d.resolve(".hidden"), bytes("junk = (\n"));
        Dataset<Row> all = spark.read().format("classad").load(d.toString());
        assertEquals(5, all.count());
        assertEquals(2, all.select("_source").distinct().count());
        assertEquals(3, spark.read().format("classad").load(d.resolve("history.[1]").toString()).count());
        assertEquals(5, spark.read().format("classad").load(d.resolve("history.1").toString(), d.resolve("history.2").toString()).count());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> spark.read().format("classad").load(dir.resolve("nope").toString()));
        assertTrue(e.getMessage().contains("path does not exist"), e.getMessage());
    }

    @Test
    void sqlCanReadThroughATemporaryView() throws IOException {
        Path p = write("jobs.ads", bytes(TestJobs.longFormat(1, 0, 20)));
        spark.sql("CREATE OR REPLACE TEMPORARY VIEW jobs_view USING classad OPTIONS (path '" + p + "')");
        long expected = spark.read().format("classad").load(p.toString()).where("ExitCode != 0").count();
        assertEquals(expected, spark.sql("SELECT count(*) FROM jobs_view WHERE ExitCode != 0").first().getLong(0));
    }
}
