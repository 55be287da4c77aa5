package org.jclassad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code jclassad match} and {@code jclassad explain} on the bundled sample data. */
class MatchExplainCommandTest {
    static final String JOBS = Path.of("..", "examples", "jobs", "ce-jobs.ads").toString();
    static final String POOL = Path.of("..", "examples", "pool_sample.ads.gz").toString();
    static final String NOW = "1783286170";

    record Run(int code, String out, String err) {
    }

    static Run run(Supplier<Callable<Integer>> command, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = new CommandLine(command.get()).execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void matchPrintsPairsAndRanks() {
        Run r = run(MatchCommand::new, "--now", NOW, "-j", "2", JOBS, POOL);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("JOB "), r.out());
        assertTrue(r.out().matches("(?s).*\\n\\d+ of 10 jobs match at least one of 143 slots; \\d+ matching pairs\\.\\n"),
                r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("48230.000 ")), r.out());
    }

    @Test
    void explainOneJob() {
        Run r = run(ExplainCommand::new, "--now", NOW, "--job", "48230.0", JOBS, POOL);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("The Requirements expression for job 48230.000 is"), r.out());
        assertTrue(r.out().contains("48230.000:  Run analysis summary ignoring user priority.  Of 143 slots on 141"
                + " machines,\n     39 slots are rejected by your job's requirements\n"), r.out());
        assertEquals(1, r.out().split("Run analysis summary", -1).length - 1);
    }

    @Test
    void explainEveryJob() {
        Run r = run(ExplainCommand::new, "--now", NOW, JOBS, POOL);
        assertEquals(0, r.code(), r.err());
        assertEquals(10, r.out().split("Run analysis summary", -1).length - 1);
    }

    @Test
    void malformedInputNamesTheAdAndCanBeSkipped(@TempDir Path dir) throws Exception {
        Path jobs = dir.resolve("jobs.ads");
        Files.writeString(jobs, "ClusterId = 1\nProcId = 0\nRequirements = true\n\n"
                + "ClusterId = 2\nRequirements = (\n\nClusterId = 3\nProcId = 0\nRequirements = true\n");
        Run stop = run(MatchCommand::new, "--now", NOW, jobs.toString(), POOL);
        assertEquals(ExitCodes.FAILURE, stop.code());
        assertTrue(stop.err().startsWith(jobs + ":6:"), stop.err());
        assertTrue(stop.err().contains("(ad 2)\n  Requirements = (\n"), stop.err());
        assertTrue(stop.err().contains("hint: --skip-malformed"), stop.err());
        Run skip = run(MatchCommand::new, "--now", NOW, "--skip-malformed", jobs.toString(), POOL);
        assertEquals(ExitCodes.SKIPPED_MALFORMED, skip.code(), skip.err());
        assertTrue(skip.err().startsWith(jobs + ":6:"), skip.err());
        assertTrue(skip.err().contains("hint: skipped"), skip.err());
        assertTrue(skip.out().contains("of 2 jobs"), skip.out());
    }

    @Test
    void matchAsJsonLinesIsOneObjectPerJobWithTheTableSPairs() {
        Run table = run(MatchCommand::new, "--now", NOW, JOBS, POOL);
        Run json = run(MatchCommand::new, "--json", "--now", NOW, JOBS, POOL);
        assertEquals(0, json.code(), json.err());
        String[] lines = json.out().split("\n");
        long tablePairs = table.out().lines().skip(1).takeWhile(l -> !l.isEmpty()).count();
        long jsonPairs = json.out().split("\"slot\":", -1).length - 1;
        assertEquals(tablePairs, jsonPairs, "the same pairs as the table");
        for (String l : lines) {
            assertTrue(l.startsWith("{\"job\":\"") && l.contains("\"matches\":[") && l.endsWith("]}"), l);
        }
        assertTrue(table.out().contains(lines.length + " jobs match") || table.out().contains("of " + lines.length
                + " jobs"), "one line per job:\n" + table.out());
    }

    @Test
    void explainAsJsonCarriesTheCountsOfTheReport() {
        Run json = run(ExplainCommand::new, "--json", "--now", NOW, "--job", "48230.0", JOBS, POOL);
        assertEquals(0, json.code(), json.err());
        String line = json.out().strip();
        assertEquals(1, json.out().lines().count(), json.out());
        assertTrue(line.startsWith("{\"job\":\"48230.000\",\"requirements\":"), line);
        assertTrue(line.contains("\"conditions\":[{\"step\":0,") && line.contains("\"slots\":143,\"machines\":141"), line);
    }
}
