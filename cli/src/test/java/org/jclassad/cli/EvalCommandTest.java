package org.jclassad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jclassad eval}: classad_eval's argument forms (checked against HTCondor 25.14's
 * classad_eval), with unknown options refused unless {@code -compat}.
 */
class EvalCommandTest {
    @Test
    void argumentsAreHandledInOrder() {
        Cli.Run r = Cli.run("eval", "x = 6", "x * 7", "-quiet", "y = 1", "x + y");
        assertEquals(0, r.code(), r.err());
        assertEquals("[ x = 6 ]\n42\n7\n", r.out(), "classad_eval prints the context ad before a result"
                + " when it changed, unless -quiet came before");
    }

    @Test
    void negativeNumbersAndExpressionsStartingWithMinusAreExpressions() {
        Cli.Run r = Cli.run("eval", "-quiet", "-1", "-x+1", "-(2*3)", "-1.5");
        assertEquals(0, r.code(), r.err());
        assertEquals("-1\nundefined\n-6\n-1.500000000000000E+00\n", r.out(), "as classad_eval prints them");
    }

    @Test
    void dashNameIsTheNegatedAttributeWhenTheContextHasIt() {
        Cli.Run r = Cli.run("eval", "a=1", "-a");
        assertEquals(0, r.code(), r.err());
        assertEquals("[ a = 1 ]\n-1\n", r.out(), "classad_eval: a=1 -a prints -1");
    }

    @Test
    void anUnknownOptionIsAUsageErrorAndNothingIsPrinted() {
        Cli.Run r = Cli.run("eval", "1 + 1", "-bogus", "x");
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("", r.out(), "the command line is read whole before anything is evaluated");
        assertTrue(r.err().startsWith("jclassad eval: unknown option '-bogus'\n  hint: "), r.err());
        assertTrue(r.err().contains("(-bogus)"), r.err());
    }

    @Test
    void compatEvaluatesUnknownOptionsAsClassadEvalDoes() {
        Cli.Run r = Cli.run("eval", "-compat", "-bogus", "--help2");
        assertEquals(0, r.code(), r.err());
        assertEquals("[  ]\nundefined\nundefined\n", r.out(), "classad_eval -bogus x prints [  ] then undefined");
    }

    @Test
    void compatReportsABadExpressionWithClassadEvalsMessageAfterWhatCameBefore() {
        Cli.Run r = Cli.run("eval", "-compat", "1 + 1", "-");
        assertEquals(1, r.code());
        assertEquals("[  ]\n2\n", r.out());
        assertEquals("Unable to turn '-' into a ClassAd or an expression.\n", r.err());
    }

    @Test
    void everyHelpSpellingPrintsTheUsage() {
        for (String h : new String[] {"-h", "-help", "--help"}) {
            Cli.Run r = Cli.run("eval", h);
            assertEquals(0, r.code(), h);
            assertTrue(r.out().startsWith("Evaluate ClassAd expressions") && r.out().contains("Usage: jclassad eval"),
                    r.out());
            assertEquals("", r.err());
        }
    }

    @Test
    void compatHelpEndsWithClassadEvalsStatus() {
        Cli.Run r = Cli.run("eval", "-compat", "-help");
        assertEquals(255, r.code(), "classad_eval -help returns -1");
        assertTrue(r.out().contains("Usage: jclassad eval"), r.out());
    }

    @Test
    void anUnterminatedStringInAnAssignmentIsReportedAsSuch() {
        Cli.Run r = Cli.run("eval", "x = \"abc");
        assertEquals(ExitCodes.FAILURE, r.code());
        assertEquals("<argument 1>:1:5: unterminated string\n  x = \"abc\n      ^\n", r.err());
    }

    @Test
    void aBadExpressionPointsIntoItsArgument() {
        Cli.Run r = Cli.run("eval", "1", "2 +* 3");
        assertEquals(ExitCodes.FAILURE, r.code());
        assertTrue(r.err().startsWith("<argument 2>:1:4: "), r.err());
        assertTrue(r.err().endsWith("  2 +* 3\n     ^\n"), r.err());
    }

    @Test
    void contextFilesAndTheirErrors(@TempDir Path dir) throws Exception {
        Path my = Files.writeString(dir.resolve("my.ad"), "[ RequestMemory = 2048 ]\n");
        Path target = Files.writeString(dir.resolve("target.ad"), "Memory = 4096; Cpus = 2\n");
        Cli.Run r = Cli.run("eval", "-quiet", "--my-file", my.toString(), "-target-file", target.toString(),
                "TARGET.Memory >= RequestMemory");
        assertEquals(0, r.code(), r.err());
        assertEquals("true\n", r.out());

        Path bad = Files.writeString(dir.resolve("bad.ad"), "[\n  a = 1;\n  b = \"x\n]\n");
        Cli.Run e = Cli.run("eval", "-file", bad.toString(), "a");
        assertEquals(ExitCodes.FAILURE, e.code());
        assertTrue(e.err().startsWith(bad + ":3:7: unterminated string\n    b = \"x\n        ^\n  hint: "), e.err());

        Cli.Run missing = Cli.run("eval", "-file", dir.resolve("nope.ad").toString(), "a");
        assertEquals(ExitCodes.FAILURE, missing.code());
        assertEquals(dir.resolve("nope.ad") + ": no such file\n", missing.err());
    }

    @Test
    void anOptionWithoutItsFileIsAUsageError() {
        Cli.Run r = Cli.run("eval", "x", "-file");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().startsWith("jclassad eval: "), r.err());
    }
}
