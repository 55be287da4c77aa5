package org.jclassad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The top-level {@code jclassad} command: its help, its list of commands, and a missing command. */
class MainHelpTest {
    @Test
    void helpListsEachCommandOnOneLineWithinTheWidth() {
        for (String h : new String[] {"-h", "-help", "--help"}) {
            Cli.Run r = Cli.run(h);
            assertEquals(0, r.code(), r.err());
            for (String line : r.out().split("\n")) {
                assertTrue(line.length() <= Main.USAGE_WIDTH, line);
            }
            for (String c : new String[] {"eval", "batch", "match", "explain", "transform", "route", "docker-preview"}) {
                assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  " + c + " ")), c + " in\n" + r.out());
            }
            assertTrue(r.out().contains("\n  route             Preview job-router routes offline, like"
                    + " condor_job_router_info.\n"), "one line per command, no usage block in the list:\n" + r.out());
        }
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Run r = Cli.run();
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("Usage: jclassad"), r.err());
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithASuggestion() {
        Cli.Run r = Cli.run("evl", "1");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().startsWith("jclassad: unknown command 'evl'\n  did you mean: eval"), r.err());
        assertTrue(r.err().contains("hint: 'jclassad --help' lists the commands"), r.err());
    }

    @Test
    void theReadmesExampleAdsMatch() {
        Cli.Run r = Cli.run("match", Cli.repoRoot().resolve("examples/job.ad").toString(),
                Cli.repoRoot().resolve("examples/slot.ad").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().endsWith("1 of 1 jobs match at least one of 1 slots; 1 matching pairs.\n"), r.out());
    }

    @Test
    void aWrongFormatGuessOnTheFirstLineSaysWhatWasDetected(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path jobs = java.nio.file.Files.writeString(dir.resolve("jobs"), "Owner: \"x\"\n");
        Cli.Run r = Cli.run("match", jobs.toString(), Cli.repoRoot().resolve("examples/slot.ad").toString());
        assertEquals(ExitCodes.FAILURE, r.code());
        assertTrue(r.err().startsWith(jobs + ":1:"), r.err());
        assertTrue(r.err().contains("hint: read as long form (detected); if it is new syntax, try --format=new"),
                r.err());
    }

    @Test
    void skippedMalformedAdsEndWithStatusThree(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path jobs = java.nio.file.Files.writeString(dir.resolve("jobs"),
                "ClusterId = 1\nProcId = 0\nRequirements = true\n\nClusterId = 2\nRequirements = (\n");
        Cli.Run r = Cli.run("explain", "--skip-malformed", jobs.toString(),
                Cli.repoRoot().resolve("examples/slot.ad").toString());
        assertEquals(ExitCodes.SKIPPED_MALFORMED, r.code(), r.err());
        assertTrue(r.err().startsWith(jobs + ":6:"), r.err());
    }
}
