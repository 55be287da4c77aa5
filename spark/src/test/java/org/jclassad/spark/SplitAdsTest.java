package org.jclassad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.internal.SQLConf;
import org.jclassad.io.AdStreamOptions;
import org.jclassad.io.AdStreams;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading one split of a file: every cut of a file gives exactly the records of one sequential read. */
class SplitAdsTest {
    @TempDir
    Path dir;

    /** Long format with the layouts HTCondor's reader accepts: runs of blank lines, tabs, CRs, comments, a malformed ad. */
    static final String LONG = "# a comment before the first ad\n"
            + "MyType = \"Job\"\nClusterId = 1\nProcId = 0\nOwner = \"alice\"\n"
            + "\n\n   \n"
            + "MyType = \"Job\"\r\nClusterId = 2\r\n# comment inside an ad\r\nProcId = 0\r\n\r\n"
            + "ClusterId = 3\nRequirements = TARGET.Memory >= 1024 && (\nOwner = \"bob\"\n\t\n"
            + "ClusterId = 4\nArgs = \"a b c d e f g h i j k l m n o p q r s t u v w x y z\"\nProcId = 7\n"
            + " \f\n"
            + "ClusterId = 5\nList = { 1, 2.5, \"x\" }\nNested = [ a = 1; b = a + 1 ]\n";

    /** A condor_history file: each ad ended by a *** banner, blank lines inside ads skipped. */
    static final String HISTORY = "ClusterId = 10\nProcId = 0\nOwner = \"alice\"\nExitCode = 0\n"
            + "*** ClusterId = 10 ProcId = 0 Owner = \"alice\" CompletionDate = 1700000000\n"
            + "ClusterId = 11\n\nProcId = 0\nOwner = \"bob\"\nExitCode = 1\n"
            + "*** ClusterId = 11 ProcId = 0 Owner = \"bob\" CompletionDate = 1700000100\n"
            + "ClusterId = 12\nProcId = 0\nBad = (\nOwner = \"carol\"\n"
            + "*** ClusterId = 12 ProcId = 0 Owner = \"carol\" CompletionDate = 1700000200\n"
            + "ClusterId = 13\nProcId = 1\nOwner = \"dave\"\n"
            + "*** ClusterId = 13 ProcId = 1 Owner = \"dave\" CompletionDate = 1700000300\n";

    static SourceOptions options(Map<String, String> extra) {
        Map<String, String> m = new HashMap<>(extra);
        m.putIfAbsent("path", "unused");
        return SourceOptions.of(m, SQLConf.get(), 2);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(StandardCharsets.ISO_8859_1));
        return p;
    }

    /** The records of [start, end): ordinal, then the ad in new syntax or the error. */
    private static FileSystem localFs;

    static synchronized FileSystem fs() throws IOException {
        if (localFs == null) {
            localFs = FileSystem.getLocal(new Configuration());
        }
        return localFs;
    }

    static List<String> records(Path file, long start, long end, SourceOptions o) throws IOException {
        FileSystem fs = fs();
        long length = Files.size(file);
        String path = fs.makeQualified(new org.apache.hadoop.fs.Path(file.toString())).toString();
        AdFiles.FileSplit split = new AdFiles.FileSplit(path, start, end - start, length, start == 0 && end == length);
        List<String> out = new ArrayList<>();
        try (SplitAds ads = new SplitAds(fs, split, o)) {
            while (ads.next()) {
                out.add(ads.ordinal() + " " + (ads.ad() != null ? ads.ad().toString() : ads.error()));
            }
        }
        return out;
    }

    private void everyCutGivesTheSequentialRead(Path file, SourceOptions o) throws IOException {
        long length = Files.size(file);
        List<String> whole = records(file, 0, length, o);
        for (long cut = 0; cut <= length; cut++) {
            List<String> parts = new ArrayList<>(records(file, 0, cut, o));
            parts.addAll(records(file, cut, length, o));
            assertEquals(whole, parts, "cut at byte " + cut + " must give exactly the ads of the sequential read");
        }
        for (long a = 0; a < length; a += 17) {
            for (long b = a; b <= length; b += 23) {
                List<String> parts = new ArrayList<>(records(file, 0, a, o));
                parts.addAll(records(file, a, b, o));
                parts.addAll(records(file, b, length, o));
                assertEquals(whole, parts, "cuts at " + a + " and " + b);
            }
        }
    }

    @Test
    void everyCutOfALongFormatFileGivesTheSequentialAds() throws IOException {
        everyCutGivesTheSequentialRead(write("jobs.ads", LONG), options(Map.of("adFormat", "long")));
    }

    @Test
    void everyCutOfAHistoryFileGivesTheSequentialAds() throws IOException {
        everyCutGivesTheSequentialRead(write("history", HISTORY), options(Map.of()));
    }

    @Test
    void sequentialReadEqualsTheCoreReader() throws IOException {
        Path file = write("jobs.ads", LONG);
        List<String> ours = records(file, 0, Files.size(file), options(Map.of()));
        List<String> core = new ArrayList<>();
        try (AdStreamReader r = AdStreams.open(file, null, AdStreamOptions.defaults())) {
            while (true) {
                try {
                    if (!r.hasNext()) {
                        break;
                    }
                    core.add(r.next().toString());
                } catch (AdParseException e) {
                    core.add("error " + e.line() + ":" + e.column());
                }
            }
        }
        assertEquals(core.size(), ours.size(), "one record per ad the core reader begins");
        for (int i = 0; i < core.size(); i++) {
            String mine = ours.get(i).substring(ours.get(i).indexOf(' ') + 1);
            if (core.get(i).startsWith("error ")) {
                String where = core.get(i).substring(6);
                assertTrue(mine.contains(":" + where + ": "), mine + " must name the place " + where);
            } else {
                assertEquals(core.get(i), mine);
            }
        }
    }

    @Test
    void ordinalIsTheOffsetOfTheAdsFirstLine() throws IOException {
        Path file = write("jobs.ads", LONG);
        List<String> recs = records(file, 0, Files.size(file), options(Map.of()));
        assertTrue(recs.get(0).startsWith(LONG.indexOf("MyType") + " "), recs.get(0));
        assertTrue(recs.get(1).startsWith(LONG.indexOf("MyType = \"Job\"\r\n") + " "), recs.get(1));
    }

    @Test
    void malformedAdNamesFileLineAndColumnEvenInALaterSplit() throws IOException {
        Path file = write("jobs.ads", LONG);
        long cut = LONG.indexOf("ClusterId = 3") - 5;
        List<String> recs = records(file, cut, Files.size(file), options(Map.of()));
        String bad = recs.stream().filter(r -> r.contains("jobs.ads:")).findFirst().orElse(null);
        assertNotNull(bad, "the malformed ad is a record of the split holding it");
        // "Requirements = TARGET.Memory >= 1024 && (" is line 15 of the file; its end is column 42
        assertTrue(bad.contains("jobs.ads:15:42: "), bad);
    }

    @Test
    void historyFilesAreDetectedByTheirBanners() throws IOException {
        Path file = write("history.2024", HISTORY);
        List<String> recs = records(file, 0, Files.size(file), options(Map.of()));
        assertEquals(4, recs.size(), "four ads, each ended by its banner: " + recs);
        assertTrue(recs.get(0).contains("ExitCode = 0"), recs.get(0));
        assertTrue(recs.get(2).contains("history.2024:14:8: "), "the malformed third ad (Bad = ( on line 14): " + recs.get(2));
        for (String r : recs) {
            assertTrue(!r.contains("***"), "banner lines are delimiters, never attributes: " + r);
        }
    }

    @Test
    void aCutOfANonSplittableFileIsEmpty() throws IOException {
        Path file = write("jobs.json", "[\n{ \"A\": 1 },\n{ \"A\": 2 }\n]\n");
        assertEquals(List.of(), records(file, 5, Files.size(file), options(Map.of())));
        List<String> all = records(file, 0, 5, options(Map.of()));
        assertEquals(2, all.size(), "the split at offset 0 reads a JSON file whole: " + all);
    }
}
