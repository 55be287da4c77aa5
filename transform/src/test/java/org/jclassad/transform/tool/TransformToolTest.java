package org.jclassad.transform.tool;

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
    void anInputSyntaxErrorIsReported() throws IOException {
        int code = run("SET D 1\n", "A = 1\n\nB = = 2\n");
        assertEquals(1, code);
        assertEquals("A = 1\nD = 1\n\n", out());
        assertTrue(err.toString().contains("in.ads"), err.toString());
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
