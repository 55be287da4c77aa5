package org.jclassad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jclassad.ClassAd;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing DataFrames back as ad files with {@code df.write().format("classad")}. */
class ClassAdSourceWriteTest {
    static final SparkSession spark = TestSpark.session();

    @TempDir
    Path dir;

    private Dataset<Row> jobs(int n) throws IOException {
        Path in = dir.resolve("in.ads");
        Files.write(in, TestJobs.longFormat(3, 0, n).getBytes(StandardCharsets.ISO_8859_1));
        return spark.read().format("classad").load(in.toString());
    }

    private static List<Path> parts(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    @Test
    void everyWritableFormatReadsBackTheSameAds() throws IOException {
        Dataset<Row> df = jobs(50).repartition(3);
        List<String> expected = ClassAdSourceReadTest.decodedAds(df);
        java.util.Collections.sort(expected);
        for (String format : List.of("long", "json", "jsonl", "new", "newl", "xml")) {
            for (String compression : format.equals("long") || format.equals("json") ? List.of("none", "gzip") : List.of("none")) {
                Path out = dir.resolve("out-" + format + "-" + compression);
                df.write().format("classad").option("adFormat", format).option("compression", compression).save(out.toString());
                assertTrue(Files.exists(out.resolve("_SUCCESS")), "committed");
                assertFalse(Files.exists(out.resolve("_temporary")), "no temporary files left");
                String ext = "." + AdFormat.parse(format).tag() + (compression.equals("gzip") ? ".gz" : "");
                for (Path p : parts(out)) {
                    assertTrue(p.toString().endsWith(ext), p + " named for its format");
                    try (AdStreamReader r = AdStreams.open(p)) {
                        assertEquals(AdFormat.parse(format), r.format(), "the core reader recognises " + p);
                    }
                }
                List<String> back = ClassAdSourceReadTest.decodedAds(spark.read().format("classad").load(out.toString()));
                java.util.Collections.sort(back);
                assertEquals(expected, back, format + "/" + compression);
            }
        }
    }

    @Test
    void saveModesBehaveAsForSparksFileSources() throws IOException {
        Dataset<Row> df = jobs(10);
        Path out = dir.resolve("modes");
        df.write().format("classad").save(out.toString());
        Exception e = assertThrows(Exception.class, () -> df.write().format("classad").save(out.toString()));
        assertTrue(String.valueOf(e.getMessage()).contains("already exists"), e.getMessage());
        df.write().format("classad").mode("ignore").save(out.toString());
        assertEquals(10, spark.read().format("classad").load(out.toString()).count());
        df.write().format("classad").mode("append").save(out.toString());
        assertEquals(20, spark.read().format("classad").load(out.toString()).count());
        df.limit(3).write().format("classad").mode("overwrite").save(out.toString());
        assertEquals(3, spark.read().format("classad").load(out.toString()).count());
    }

    @Test
    void rowsWithoutAnAdColumnBecomeAdsOfTheirColumns() throws IOException {
        Path out = dir.resolve("from-columns");
        spark.sql("SELECT 'alice' AS Owner, 7 AS ExitCode, 2.5 AS Hours, true AS Ok, array(1, 2) AS Slots, "
                + "named_struct('a', 1, 'b', 'x') AS Inner, CAST(NULL AS STRING) AS Missing, "
                + "timestamp_seconds(1700000000) AS CompletionDate, 'f' AS _source")
                .write().format("classad").save(out.toString());
        Path part = parts(out).get(0);
        ClassAd ad;
        try (AdStreamReader r = AdStreams.open(part)) {
            ad = r.next();
        }
        assertEquals("[ Ok = true; Hours = 2.500000000000000E+00; Inner = [ a = 1; b = \"x\" ]; Owner = \"alice\"; "
                + "Slots = { 1,2 }; ExitCode = 7; CompletionDate = 1700000000 ]", ad.toString(),
                "NULL left out, _source not an attribute, timestamps as seconds");
    }

    @Test
    void malformedRowsHaveNoAdToWrite() throws IOException {
        Path in = dir.resolve("bad.ads");
        Files.write(in, (TestJobs.longFormat(3, 0, 2) + "A = (\n\n").getBytes(StandardCharsets.ISO_8859_1));
        Path out = dir.resolve("good-only");
        spark.read().format("classad").load(in.toString()).write().format("classad").save(out.toString());
        assertEquals(2, spark.read().format("classad").load(out.toString()).count());
    }

    @Test
    void unknownWriteOptionsAreRefused() throws IOException {
        Dataset<Row> df = jobs(1);
        Exception e = assertThrows(Exception.class,
                () -> df.write().format("classad").option("adFormat", "yaml").save(dir.resolve("x").toString()));
        assertTrue(e.getMessage().contains("unknown adFormat 'yaml'"), e.getMessage());
    }
}
