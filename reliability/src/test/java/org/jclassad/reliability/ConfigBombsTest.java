package org.jclassad.reliability;

import static org.jclassad.reliability.Inputs.jclassad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jclassad.transform.config.ConfigOptions;
import org.jclassad.transform.config.Configuration;
import org.jclassad.transform.config.ConfigurationException;
import org.jclassad.transform.config.MacroExpansionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Configuration and rules text as a weapon (issue 13, items 4, 6, 7 and 8): include chains and
 * loops, references that never end or grow without bound, {@code $}-functions at their extremes,
 * huge bodies and many lines. Each ends with an answer or a configuration error naming the place,
 * in the suite's small heap, within its time bound; the tools' exit codes say which.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConfigBombsTest {
    @TempDir
    Path dir;

    private static final String JOB = "ClusterId = 1\nProcId = 0\nJobStatus = 1\nJobUniverse = 5\nOwner = \"u\"\n\n";
    private static final String ROUTE = "JOB_ROUTER_ROUTE_NAMES = A\nJOB_ROUTER_ROUTE_A @=rt\n  UNIVERSE vanilla\n"
            + "  REQUIREMENTS true\n  SET Via \"$(VIA:a)\"\n@rt\n";

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.ISO_8859_1);
        return p;
    }

    private Inputs.Run route(String config) throws IOException {
        return jclassad("route", write("router.conf", config).toString(), "-route-jobs", "-", "-jobads",
                write("jobs.ads", JOB).toString());
    }

    // ------------------------------------------------------------------ includes (items 6 and 8)

    @Test
    void aThousandFileIncludeChainStopsAtHTCondorsDepth() throws IOException {
        for (int i = 0; i < 1000; i++) {
            write("f" + i + ".conf", "include : f" + (i + 1) + ".conf\n");
        }
        Inputs.Run run = route(ROUTE + "include : f0.conf\n");
        assertEquals(1, run.code(), "a configuration error: " + run.errTail());
        assertEquals("", run.outTail());
        assertTrue(run.errTail().contains("includes nested too deep"), run.errTail());
    }

    @Test
    void anIncludeLoopIsAConfigurationError() throws IOException {
        Inputs.Run run = route(ROUTE + "include : router.conf\n");
        assertEquals(1, run.code(), run.errTail());
        assertTrue(run.errTail().contains("includes nested too deep"), run.errTail());
    }

    @Test
    void anUnclosedBodyIsAConfigurationError() throws IOException {
        Inputs.Run run = route(ROUTE + "JOB_ROUTER_ROUTE_B @=rt\n  REQUIREMENTS true\n");
        assertEquals(1, run.code(), run.errTail());
        assertTrue(run.errTail().contains("Found end-of-file while scanning for '@rt'"), run.errTail());
    }

    @Test
    void includeIfexistIsReadOrSkipped() throws IOException {
        write("extra.conf", "VIA = extra\n");
        Inputs.Run present = route(ROUTE + "include ifexist : " + dir.resolve("extra.conf") + "\n");
        assertEquals(0, present.code(), present.errTail());
        assertTrue(present.outTail().contains("Via = \"extra\""), present.outTail());
        Inputs.Run missing = route(ROUTE + "include ifexist : " + dir.resolve("missing.conf") + "\n");
        assertEquals(0, missing.code(), missing.errTail());
        assertTrue(missing.outTail().contains("Via = \"a\""), missing.outTail());
    }

    @Test
    void includedCommandsAreNeverRun() throws IOException {
        Path marker = dir.resolve("ran");
        for (String include : List.of("include : /bin/touch " + marker + " |", "include command : /bin/touch " + marker,
                "include output : /bin/touch " + marker, "include command into made.conf : /bin/touch " + marker)) {
            Inputs.Run run = route(ROUTE + include + "\n");
            assertEquals(1, run.code(), include);
            assertTrue(run.errTail().contains("never does"), run.errTail());
        }
        Inputs.Run rules = jclassad("transform", "-rules",
                write("r.xform", "SET A \"$(Item)\"\nTRANSFORM Item from /bin/touch " + marker + " |\n").toString(),
                write("in.ads", JOB).toString());
        assertEquals(1, rules.code(), rules.errTail());
        assertTrue(rules.errTail().contains("never runs commands"), rules.errTail());
        assertFalse(Files.exists(marker), "no command ran");
    }

    // ------------------------------------------------------------------ expansion (items 7 and 8)

    @Test
    void ninetyNineThousandReferencesInAFourMegabyteBodyExpandInOnePass() throws IOException {
        StringBuilder rules = new StringBuilder("Z = zz\nBIG @=end\n");
        for (int i = 0; i < 99_000; i++) {
            rules.append("line ").append(i).append(" $(Z) and more text here to pad\n");
        }
        rules.append("@end\nSET A \"$(BIG)\"\n");
        Inputs.Run run = jclassad("transform", "-rules", write("big.xform", rules.toString()).toString(),
                write("in.ads", JOB).toString());
        assertEquals(0, run.code(), run.errTail());
        assertTrue(run.outTail().contains("line 98999 zz and more text here to pad"), "the expansion is complete");
    }

    @Test
    void referencesThatNameEachOtherEndWithAnError() throws IOException {
        Inputs.Run run = route("A = $(B)\nB = $(A)\n" + ROUTE.replace("$(VIA:a)", "$(A)"));
        assertEquals(0, run.code(), "the route's transform fails, as any failing transform: " + run.errTail());
        assertFalse(run.outTail().contains("Via ="), "the job is not routed: " + run.outTail());
        Inputs.Run knob = route("A = $(B)\nB = $(A)\nJOB_ROUTER_NAME = $(A)\n" + ROUTE);
        assertEquals(1, knob.code(), knob.errTail());
        assertTrue(knob.errTail().contains("maxExpansionSteps"), knob.errTail());
    }

    @Test
    void aBillionLaughsEndsAtTheOutputLimit() throws IOException {
        StringBuilder config = new StringBuilder("L0 = laugh\n");
        for (int i = 1; i <= 40; i++) {
            config.append("L").append(i).append(" = ").append(("$(L" + (i - 1) + ")").repeat(10)).append('\n');
        }
        Inputs.Run run = route(config + "JOB_ROUTER_NAME = $(L40)\n" + ROUTE);
        assertEquals(1, run.code(), run.errTail());
        assertTrue(run.errTail().contains("maxExpansionChars"), run.errTail());
        Configuration c = Configuration.read(config.toString(), "laughs.conf");
        assertThrows(MacroExpansionException.class, () -> c.expanded("L40"));
        assertEquals(10 * 10 * 10 * "laugh".length(), c.expanded("L3").length());
    }

    @Test
    void aDefinitionDoublingItselfIsStoppedAtItsLine() throws IOException {
        StringBuilder config = new StringBuilder("A = x\n");
        for (int i = 0; i < 60; i++) {
            config.append("A = $(A)$(A)\n");
        }
        Inputs.Run run = route(config + ROUTE);
        assertEquals(1, run.code(), run.errTail());
        assertTrue(run.errTail().contains("router.conf:26"), "2^24 characters fit in 16 MiB, 2^25 do not: "
                + run.errTail());
    }

    @Test
    void functionsThatNameThemselvesInTheirArgumentsEnd() throws IOException {
        Inputs.Run run = route("B = $SUBSTR(,B)\n" + ROUTE.replace("$(VIA:a)", "$(B)"));
        assertEquals(0, run.code(), run.errTail());
        assertFalse(run.outTail().contains("Via ="), "the transform fails, the job is not routed");
    }

    // ------------------------------------------------------------------ $-functions (item 4)

    @Test
    void theIssuesFourFunctionReproducersGiveAnswers() throws IOException {
        Path rules = write("f.xform", "V = 5\nR = 5.5\nS = abc\n"
                + "SET I \"$INT(V,%99999999999d)\"\nSET J \"$REAL(R,%.999999999f)\"\n"
                + "SET K \"$RANDOM_INTEGER(-9223372036854775808,9223372036854775807,1)\"\nSET L \"$STRING(S,%20s)\"\n");
        Inputs.Run run = jclassad("transform", "-rules", rules.toString(), write("in.ads", JOB).toString());
        assertEquals(0, run.code(), run.errTail());
        assertTrue(run.outTail().contains("I = \"\"\n"), "HTCondor's answer: nothing printed: " + run.outTail());
        assertTrue(run.outTail().contains("J = \"5.5" + "0".repeat(52) + "\""), "HTCondor's 55 characters");
        assertTrue(run.outTail().contains("K = \"\"\n"), "a function error where HTCondor dies (SIGFPE)");
        assertTrue(run.errTail().contains("at line 6 in file"), "the error names the rules file's line: " + run.errTail());
        Inputs.Run huge = jclassad("transform", "-rules",
                write("g.xform", "S = abc\nSET L \"$STRING(S,%999999999s)\"\n").toString(), write("in.ads", JOB).toString());
        assertEquals(1, huge.code(), "the transform fails: " + huge.errTail());
        assertTrue(huge.errTail().contains("g.xform:2: $STRING macro: '%999999999s' prints 999999999 characters"),
                huge.errTail());
    }

    // ------------------------------------------------------------------ size (item 8)

    @Test
    void aHugeBodyWithinTheLimitIsRead() throws IOException {
        Path conf = dir.resolve("body.conf");
        try (BufferedWriter w = Files.newBufferedWriter(conf, StandardCharsets.ISO_8859_1)) {
            w.write("BODY @=end\n");
            for (int i = 0; i < 400_000; i++) {
                w.write("  line " + i + " of a body that is large but within the limit\n");
            }
            w.write("@end\n");
        }
        assertTrue(Files.size(conf) > 20 << 20);
        Configuration c = Configuration.load(List.of(conf), ConfigOptions.defaults());
        assertTrue(c.raw("BODY").endsWith("line 399999 of a body that is large but within the limit"));
    }

    @Test
    void configTextPastTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path conf = dir.resolve("huge.conf");
        try (BufferedWriter w = Files.newBufferedWriter(conf, StandardCharsets.ISO_8859_1)) {
            String line = "X = " + "x".repeat(1020) + "\n";
            for (int i = 0; i < 70 * 1024; i++) {
                w.write(line);
            }
        }
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Configuration.load(List.of(conf), ConfigOptions.defaults()));
        assertTrue(e.getMessage().contains("maxConfigChars"), e.getMessage());
        assertTrue(e.getMessage().length() < 300, "no input in the message");
    }

    @Test
    void aMillionAndOneLinesAreRefusedAtTheLastOne() throws IOException {
        Path conf = dir.resolve("lines.conf");
        try (BufferedWriter w = Files.newBufferedWriter(conf, StandardCharsets.ISO_8859_1)) {
            for (int i = 0; i <= 1_000_000; i++) {
                w.write("X = " + i + "\n");
            }
        }
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Configuration.load(List.of(conf), ConfigOptions.defaults()));
        assertEquals(1_000_001, e.line());
        assertTrue(e.getMessage().contains("maxStatements"), e.getMessage());
    }
}
