package org.jclassad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One large file read by many tasks gives exactly the rows of one sequential read. */
class SplitReadTest {
    static final SparkSession spark = TestSpark.session();
    static final int JOBS = 5000;

    @TempDir
    static Path dir;
    static Path longFile;
    static Path historyFile;

    @BeforeAll
    static void writeFiles() throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < JOBS; i++) {
            if (i % 997 == 0) {
                s.append("# checkpoint ").append(i).append("\n\n\n");
            }
            if (i % 1500 == 7) {
                s.append("ClusterId = ").append(i).append("\nBroken = (1 +\n\n");
            }
            s.append(TestJobs.job(5, i)).append(i % 3 == 0 ? "\n" : " \t\r\n");
        }
        longFile = dir.resolve("big.ads");
        Files.write(longFile, s.toString().getBytes(StandardCharsets.ISO_8859_1));
        historyFile = dir.resolve("history.big");
        Files.write(historyFile, TestJobs.history(5, 0, JOBS).getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Dataset<Row> read(Path p, String maxPartitionBytes) {
        return spark.read().format("classad").option("maxPartitionBytes", maxPartitionBytes).option("minPartitions", "1")
                .option("inferSchema", "false").load(p.toString());
    }

    private static List<String> rows(Dataset<Row> df) {
        List<String> out = new ArrayList<>();
        for (Row r : df.orderBy("_ordinal").collectAsList()) {
            byte[] ad = r.getAs("ad");
            out.add(r.<Long>getAs("_ordinal") + " " + (ad == null ? r.getAs("_corrupt_record") : Base64.getEncoder().encodeToString(ad)));
        }
        return out;
    }

    private static void splitReadEqualsSequentialRead(Path file, int expectedAds) {
        Dataset<Row> sequential = read(file, "1g");
        Dataset<Row> split = read(file, "97k");
        assertEquals(1, sequential.rdd().getNumPartitions());
        int parts = split.rdd().getNumPartitions();
        assertTrue(parts > 20, "the file is read by many tasks: " + parts);
        List<String> one = rows(sequential);
        assertEquals(expectedAds, one.size());
        assertEquals(one, rows(split), "split read = sequential read, row for row");
    }

    @Test
    void aLargeLongFormatFileSplitAcrossTasksGivesTheSequentialRows() {
        splitReadEqualsSequentialRead(longFile, JOBS + 4);
    }

    @Test
    void aLargeHistoryFileSplitAcrossTasksGivesTheSequentialRows() {
        splitReadEqualsSequentialRead(historyFile, JOBS);
    }

    @Test
    void malformedAdsInALaterSplitNameTheirLineInTheFile() throws IOException {
        List<String> text = Files.readAllLines(longFile, StandardCharsets.ISO_8859_1);
        List<Row> bad = read(longFile, "97k").where("_corrupt_record is not null").orderBy("_ordinal").collectAsList();
        assertEquals(4, bad.size());
        for (Row r : bad) {
            String where = r.getAs("_corrupt_record");
            String[] parts = where.substring(where.indexOf("big.ads:") + 8).split(":");
            int line = Integer.parseInt(parts[0]);
            assertEquals("Broken = (1 +", text.get(line - 1), "line " + line + " named by " + where);
        }
    }
}
