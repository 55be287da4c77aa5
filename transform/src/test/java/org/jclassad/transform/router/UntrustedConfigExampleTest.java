package org.jclassad.transform.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jclassad.ClassAd;
import org.jclassad.io.ClassAds;
import org.jclassad.transform.config.ConfigOptions;
import org.jclassad.transform.config.ConfigurationException;
import org.jclassad.transform.config.FileAccess;
import org.jclassad.transform.config.MacroExpansionException;
import org.jclassad.transform.xform.Transform;
import org.jclassad.transform.xform.TransformLoadException;
import org.jclassad.transform.xform.TransformResult;
import org.jclassad.transform.xform.Transformer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example of docs/security.md ("Configuration files as input"), line for line: a service
 * routing jobs with route configurations and transform rules its users uploaded.
 */
class UntrustedConfigExampleTest {
    @TempDir
    Path uploads;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final ByteArrayOutputStream routedOut = new ByteArrayOutputStream();

    private Path site(String routes) throws IOException {
        Path siteDir = uploads.resolve("site-42");
        Files.createDirectories(siteDir);
        Files.writeString(siteDir.resolve("common.conf"), "JOB_ROUTER_SOURCE_JOB_CONSTRAINT = JobUniverse == 5\n");
        Files.writeString(siteDir.resolve("routes.conf"), routes);
        return siteDir;
    }

    /** The documented code. */
    private void routeUploadedConfig(Path siteDir, List<ClassAd> jobs) throws IOException {
        ConfigOptions sandbox = ConfigOptions.untrusted().toBuilder()
                .files(FileAccess.within(siteDir))              // includes, ENTRIES_FILE: only in here
                .environment(Map.of("SITE_NAME", "site-42"))    // all that $ENV(...) sees
                .build();
        ConfigLayer config = ConfigLayer.load(List.of(siteDir.resolve("routes.conf")), sandbox);
        JobRouter router = new JobRouter(config, RouterOptions.defaults());
        PrintStream logStream = new PrintStream(log, true, StandardCharsets.ISO_8859_1);
        router.run(jobs.iterator(), new RouterOutput(logStream, logStream,
                new PrintStream(routedOut, true, StandardCharsets.ISO_8859_1), false), true);
    }

    private static List<ClassAd> jobs() {
        return List.of(ClassAds.parseOld("ClusterId = 1\nProcId = 0\nJobStatus = 1\nJobUniverse = 5\nOwner = \"u\"\n"));
    }

    private static final String ROUTES = "include : common.conf\n"
            + "JOB_ROUTER_ROUTE_NAMES = Local\n"
            + "JOB_ROUTER_ROUTE_Local @=rt\n"
            + "  UNIVERSE vanilla\n"
            + "  SET Site \"$ENV(SITE_NAME)\"\n"
            + "  SET Home \"$ENV(HOME)\"\n"
            + "@rt\n";

    @Test
    void aSiteConfigRoutesWithinItsSandbox() throws IOException {
        routeUploadedConfig(site(ROUTES), jobs());
        String routed = routedOut.toString(StandardCharsets.ISO_8859_1);
        assertTrue(routed.contains("Site = \"site-42\""), routed);
        assertTrue(routed.contains("Home = \"UNDEFINED\""), "the service's environment is not seen: " + routed);
    }

    @Test
    void aRefusedConfigNamesTheUsersFileAndLine() throws IOException {
        Path siteDir = site("X = 1\ninclude : /etc/passwd\n");
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> routeUploadedConfig(siteDir, jobs()));
        assertEquals(2, refused.line());
        assertTrue(refused.source().endsWith("routes.conf"), refused.source());
        assertTrue(refused.detail().contains("outside the directory"), refused.detail());
        assertFalse(refused.getMessage().contains("root:"), "nothing of /etc/passwd is quoted");
    }

    @Test
    void aKnobThatNeverEndsExpandingIsRefused() throws IOException {
        Path siteDir = site("A = $(B)\nB = $(A)\nJOB_ROUTER_ROUTE_NAMES = $(A)\n");
        MacroExpansionException e = assertThrows(MacroExpansionException.class,
                () -> routeUploadedConfig(siteDir, jobs()));
        assertTrue(e.getMessage().contains("maxExpansionSteps"), e.getMessage());
    }

    @Test
    void entriesFilesAreConfinedToo() throws IOException {
        Path siteDir = site("JOB_ROUTER_ENTRIES_FILE = /etc/hostname\n");
        ConfigOptions sandbox = ConfigOptions.untrusted().toBuilder().files(FileAccess.within(siteDir)).build();
        JobRouter router = new JobRouter(ConfigLayer.load(List.of(siteDir.resolve("routes.conf")), sandbox),
                RouterOptions.defaults().withClassic(true));
        assertTrue(String.join("", router.loadMessages()).contains("outside the directory"),
                String.join("", router.loadMessages()));
    }

    /** The documented code for rules. */
    private TransformResult transformWithUploadedRules(String rulesText, ClassAd job) {
        ConfigOptions sandbox = ConfigOptions.untrusted();
        Transform rules = Transform.fromRulesText("user-rules", rulesText, sandbox);
        Transformer tx = Transformer.builder().add(rules).options(sandbox).build();
        return tx.apply(job);
    }

    @Test
    void rulesRunWithinTheSandbox() {
        TransformResult r = transformWithUploadedRules("SET Home \"$ENV(HOME)\"\n", jobs().get(0));
        assertFalse(r.failed());
        assertEquals("UNDEFINED", r.ad().evaluateAttr("Home").toString().replace("\"", ""));
    }

    @Test
    void rulesPastALimitFailNamingTheLine() {
        TransformResult r = transformWithUploadedRules("S = abc\nSET Padded \"$STRING(S,%99999999s)\"\n", jobs().get(0));
        assertTrue(r.failed());
        assertTrue(r.failure().startsWith("user-rules:2: $STRING macro:"), r.failure());
        assertNull(r.ad());
    }

    @Test
    void rulesThatReadFilesOrRunCommandsAreRefused() {
        TransformResult fromFile = transformWithUploadedRules("SET Item \"$(Item)\"\nTRANSFORM Item from /etc/passwd\n",
                jobs().get(0));
        assertTrue(fromFile.failed());
        assertTrue(fromFile.failure().contains("FileAccess.none"), fromFile.failure());
        TransformResult fromCommand = transformWithUploadedRules("TRANSFORM Item from /bin/cat /etc/passwd |\n",
                jobs().get(0));
        assertTrue(fromCommand.failure().contains("never runs commands"), fromCommand.failure());
        assertThrows(TransformLoadException.class,
                () -> transformWithUploadedRules("SET A 1\n".repeat(60_000), jobs().get(0)), "too many lines");
    }
}
