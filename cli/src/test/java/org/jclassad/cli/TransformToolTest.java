package org.jclassad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jclassad.transform.config.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jclassad transform} without {@code -compat}: the sensible exit codes and streams. */
class TransformToolTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String rules, String ads, String... args) throws IOException {
        Files.writeString(dir.resolve("rules.xform"), rules);
        Files.writeString(dir.resolve("in.ads"), ads);
        List<String> a = new ArrayList<>(List.of("-rules", "rules.xform", "-in", "in.ads"));
        a.addAll(Arrays.asList(args));
        return new TransformTool(dir, Map.of(), Configuration.parse("NETWORK_HOSTNAME = ce.example.org\n"),
                new ByteArrayInputStream(new byte[0]), out, err).run(a);
    }

    private String out() {
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void successExitsZero() throws IOException {
        assertEquals(0, run("SET D 1\n", "A = 1\n"), "HTCondor exits 1 on success; the man page says 0");
        assertEquals("A = 1\nD = 1\n\n", out());
        assertEquals("jclassad transform: 1 ads read, 1 written\n", err.toString(), "the summary");
    }

    @Test
    void aFailedTransformExitsOneEvenWhenALaterFileSucceeds() throws IOException {
        Files.writeString(dir.resolve("good.ads"), "Charlie = true\n");
        int code = run("if ! defined MY.Charlie\nerror : no\nendif\n", "A = 1\n", "-in", "good.ads");
        assertEquals(1, code, "HTCondor lets the last input decide (exit 1 = its success)");
        assertEquals("Charlie = true\n\n", out());
    }

    @Test
    void verboseTraceGoesToStderr() throws IOException {
        run("SET D 1\n", "A = 1\n", "-verbose");
        assertEquals("A = 1\nD = 1\n\n", out(), "HTCondor prints the trace on stdout");
        assertTrue(err.toString().contains("SET D to 1\n"), err.toString());
    }

    @Test
    void compatRestoresHtcondorsExitCodeAndStream() throws IOException {
        assertEquals(1, run("SET D 1\n", "A = 1\n", "-verbose", "-compat"));
        assertEquals("SET D to 1\nA = 1\nD = 1\n\n", out());
    }

    @Test
    void keyValueArgumentsDefineMacros() throws IOException {
        run("SET D \"$(color)\"\nSET E \"$(MY.Alpha)\"\n", "A = 1\n", "color=red", "+Alpha=blue");
        assertEquals("A = 1\nD = \"red\"\nE = \"blue\"\n\n", out(), "the intended form (HTCondor drops the first char)");
    }

    @Test
    void aMalformedAdIsReportedWithItsPlaceAndSkipped() throws IOException {
        int code = run("SET D 1\n", "A = 1\n\nB = = 2\n\nC = 3\n");
        assertEquals(ExitCodes.SKIPPED_MALFORMED, code, err.toString());
        assertEquals("A = 1\nD = 1\n\nC = 3\nD = 1\n\n", out(), "the ads after the malformed one are transformed");
        String e = err.toString();
        assertTrue(e.startsWith("in.ads:3:5: "), e);
        assertTrue(e.contains("\n  B = = 2\n      ^\n"), "the source line and a caret under column 5: " + e);
        assertTrue(e.endsWith("jclassad transform: 2 ads read, 2 written, 1 malformed skipped\n"), e);
    }

    @Test
    void underCompatAnInputEndsAtItsFirstMalformedAdAsInHtcondor() throws IOException {
        int code = run("SET D 1\n", "A = 1\n\nB = = 2\n\nC = 3\n", "-compat");
        assertEquals(1, code, "HTCondor's success");
        assertEquals("A = 1\nD = 1\n\n", out());
        assertEquals("", err.toString(), "condor_transform_ads says nothing");
    }

    @Test
    void quietDropsTheSummary() throws IOException {
        assertEquals(0, run("SET D 1\n", "A = 1\n", "-quiet"));
        assertEquals("", err.toString());
    }

    @Test
    void helpInEveryForm() throws IOException {
        for (String h : new String[] {"-h", "-help", "--help"}) {
            out.reset();
            assertEquals(0, run("SET D 1\n", "A = 1\n", h), h);
            assertTrue(out().startsWith("Usage: jclassad transform "), h + ": " + out());
            for (String line : out().split("\n")) {
                assertTrue(line.length() <= 100, "fits 100 columns: " + line);
            }
            assertTrue(out().contains("-threads") && out().contains("Examples:"), out());
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() throws IOException {
        assertEquals(ExitCodes.USAGE, run("SET D 1\n", "A = 1\n", "-bogus"));
        assertEquals("", out());
        assertTrue(err.toString().startsWith("jclassad transform: unknown option '-bogus'\n"), err.toString());
        assertTrue(err.toString().contains("-help"), err.toString());
    }

    @Test
    void aBadThreadCountIsAUsageError() throws IOException {
        for (String n : new String[] {"0", "257", "x"}) {
            err.reset();
            assertEquals(ExitCodes.USAGE, run("SET D 1\n", "A = 1\n", "-j", n), n);
            assertTrue(err.toString().startsWith("jclassad transform: -j requires a number of threads from 1 to 256"),
                    err.toString());
        }
    }

    @Test
    void anUnknownOutputFormIsAUsageError() throws IOException {
        assertEquals(ExitCodes.USAGE, run("SET D 1\n", "A = 1\n", "-out:yaml", "-"));
        assertTrue(err.toString().contains("unknown output form 'yaml'"), err.toString());
    }

    @Test
    void aMissingInputFileIsAFailureNamingIt() throws IOException {
        assertEquals(ExitCodes.FAILURE, run("SET D 1\n", "A = 1\n", "-in", "nope.ads"));
        assertTrue(err.toString().startsWith("nope.ads: no such file\n"), err.toString());
        assertEquals("A = 1\nD = 1\n\n", out(), "the other input is transformed");
    }

    @Test
    void aMissingRulesFileIsNamed() throws IOException {
        assertEquals(ExitCodes.FAILURE, run("SET D 1\n", "A = 1\n", "-rules", "nope.xform"));
        assertEquals("nope.xform: cannot read the rules file: no such file\n", err.toString());
        err.reset();
        assertEquals(255, run("SET D 1\n", "A = 1\n", "-rules", "nope.xform", "-compat"));
        assertEquals("Can't open rules file: nope.xform\n", err.toString(), "HTCondor's words under -compat");
    }

    @Test
    void aRulesFileThatCannotBeLoadedIsReportedAtItsLine() throws IOException {
        assertEquals(ExitCodes.FAILURE, run("SET D 1\nREQUIREMENTS (1 +\n", "A = 1\n"));
        String e = err.toString();
        assertTrue(e.startsWith("rules.xform:2: "), e);
        assertTrue(e.contains("  hint: in: REQUIREMENTS (1 +\n"), e);
        assertEquals("", out());
    }

    @Test
    void doubleDashSpellingsWork() throws IOException {
        assertEquals(0, run("SET D 1\n", "A = 1\n", "--quiet", "--threads", "2", "--out:json", "-"));
        assertEquals("[\n{\n  \"A\": 1,\n  \"D\": 1\n}\n]\n", out());
    }

    @Test
    void gzipAndXmlInputsAreRead() throws IOException {
        byte[] xml = ("<?xml version=\"1.0\"?>\n<!DOCTYPE classads SYSTEM \"classads.dtd\">\n<classads>\n"
                + "<c>\n    <a n=\"A\"><i>7</i></a>\n</c>\n</classads>\n").getBytes(StandardCharsets.ISO_8859_1);
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
            z.write(xml);
        }
        Files.write(dir.resolve("x.ads.gz"), gz.toByteArray());
        assertEquals(0, run("SET D 1\n", "", "-quiet", "-in", "x.ads.gz"));
        assertEquals("A = 7\nD = 1\n\n", out());
    }

    @Test
    void autoOutputTakesTheFirstInputsForm() throws IOException {
        assertEquals(0, run("SET D 1\n", "[ A = 1 ]\n[ A = 2 ]\n", "-quiet", "-out:auto", "-"));
        assertEquals("[ A = 1; D = 1 ]\n[ A = 2; D = 1 ]\n", out());
    }

    @Test
    void invalidFirstStatementFailsInsteadOfCrashing() throws IOException {
        assertEquals(1, run("if undefined\nSET D 1\nendif\n", "A = 1\n"), "HTCondor 25.14 dies with SIGSEGV");
    }

    @Test
    void jsonOutput() throws IOException {
        run("SET D { 1, 2 }\n", "A = \"x\"\n", "-out:json", "-");
        assertEquals("[\n{\n  \"A\": \"x\",\n  \"D\": [\n    1,\n    2\n  ]\n}\n]\n", out());
    }

    @Test
    void aRulesFileWhoseStatementsAllSitUnderAFalseIfIsNotApplied() throws IOException {
        Files.writeString(dir.resolve("more.xform"), "SET Z 1\n");
        run("if defined MY.x\n  SET Y 1\nendif\n", "x = 1\nA = 2\n", "-rules", "more.xform");
        assertEquals("A = 2\nx = 1\nZ = 1\n\n", out(),
                "validated without an ad, the 'if' is false: HTCondor counts no statement and drops the file, "
                        + "even for an ad that defines x");
    }

    @Test
    void whenNoRulesFileIsLeftTheToolSaysSo() throws IOException {
        assertEquals(1, run("if defined MY.x\n  SET Y 1\nendif\n", "x = 1\n"));
        assertEquals("", out());
        assertTrue(err.toString().contains("ERROR : the transform rules have no transform statements."),
                "HTCondor 25.14 dies with SIGSEGV here (docs/deviations.md §4 #6): " + err);
    }
}
