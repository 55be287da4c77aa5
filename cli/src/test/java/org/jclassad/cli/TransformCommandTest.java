package org.jclassad.cli;

import static org.jclassad.cli.Cli.attr;
import static org.jclassad.cli.Cli.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jclassad.ClassAd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jclassad transform}: a rules file, and {@code -convertoldroutes} on the talk's old-syntax route. */
class TransformCommandTest {
    static final String RULES = String.join("\n",
            "# a small rules file",
            "SET Color \"red\"",
            "EVALSET Doubled RequestCpus * 2",
            "EVALSET RequestCpus RequestCpus + 1",
            "DEFAULT RequestMemory 1024",
            "DEFAULT Existing 99",
            "DELETE Junk",
            "");

    static final String ADS = "ClusterId = 1\nProcId = 0\nRequestCpus = 4\nExisting = 1\nJunk = \"x\"\n\n"
            + "ClusterId = 1\nProcId = 1\nRequestCpus = 1\nRequestMemory = 2048\n";

    /** The route of spec §5.4 as converted: the EVALSET lines the 25.14 converter prints for the talk's route. */
    static final List<String> EVALSETS = List.of(
            "EVALSET Cmd ifThenElse(regexp(\"^/\",orig_Cmd),orig_Cmd,strcat(\"./\",orig_Cmd))",
            "EVALSET DockerImage ifThenElse(isUndefined(orig_DockerImage),\"unlhcc/osg-wn-el6\",orig_DockerImage)");

    @Test
    void rulesFileSetEvalsetDefaultDelete(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules.xform");
        Path ads = dir.resolve("jobs.ads");
        Files.writeString(rules, RULES, StandardCharsets.ISO_8859_1);
        Files.writeString(ads, ADS, StandardCharsets.ISO_8859_1);
        Cli.Run r = Cli.run("transform", "-rules", rules.toString(), "-in", ads.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("jclassad transform: 2 ads read, 2 written\n", r.err());
        List<ClassAd> out = Cli.ads(r.out());
        assertEquals(2, out.size(), r.out());
        ClassAd a = out.get(0);
        assertEquals("\"red\"", attr(a, "Color"));
        assertEquals("8", attr(a, "Doubled"), "EVALSET stores the value");
        assertEquals("5", attr(a, "RequestCpus"), "EVALSET evaluates before it stores: a self reference works");
        assertEquals("1024", attr(a, "RequestMemory"), "DEFAULT sets an absent attribute");
        assertEquals("1", attr(a, "Existing"), "DEFAULT leaves a present one");
        assertNull(attr(a, "Junk"));
        ClassAd b = out.get(1);
        assertEquals("2", attr(b, "Doubled"));
        assertEquals("2048", attr(b, "RequestMemory"));
        assertEquals("99", attr(b, "Existing"));
        // long output: sorted case-insensitively, a blank line after each ad
        assertTrue(r.out().startsWith("ClusterId = 1\nColor = \"red\"\nDoubled = 8\nExisting = 1\n"), r.out());
        assertTrue(r.out().endsWith("\n\n"), r.out());
    }

    @Test
    void verboseTracesTheSteps(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules.xform");
        Path ads = dir.resolve("jobs.ads");
        Files.writeString(rules, RULES, StandardCharsets.ISO_8859_1);
        Files.writeString(ads, ADS, StandardCharsets.ISO_8859_1);
        Cli.Run r = Cli.run("transform", "-verbose", "-rules", rules.toString(), "-in", ads.toString());
        assertEquals(0, r.code(), r.err());
        String trace = r.out() + r.err();
        assertTrue(trace.contains("SET Color to \"red\""), trace);
        assertTrue(trace.contains("DELETE Junk"), trace);
    }

    @Test
    void missingRulesIsAnError(@TempDir Path dir) throws Exception {
        Path ads = dir.resolve("jobs.ads");
        Files.writeString(ads, ADS, StandardCharsets.ISO_8859_1);
        Cli.Run r = Cli.run("transform", ads.toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().startsWith("ERROR : no transform rules specified.\n"), r.err());
    }

    /**
     * {@code -convertoldroutes:file} on the example as a config summary (its include replaced by
     * the included knob, as {@code condor_config_val -summary} would print it): one
     * {@code JOB_ROUTER_ROUTE_<tag>} knob with the converted body, {@code $(FULL_HOSTNAME)} kept.
     */
    @Test
    void convertOldRoutesFileFormOnTheTalksRoute(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(example("old-syntax-route.conf")), StandardCharsets.ISO_8859_1)
                .replace("include : site.conf", "NETWORK_HOSTNAME = ce.example.org");
        Path summary = dir.resolve("summary.conf");
        Files.writeString(summary, text, StandardCharsets.ISO_8859_1);
        Cli.Run r = Cli.run("transform", "-convertoldroutes:file", summary.toString());
        assertEquals(0, r.code(), r.err());
        String o = r.out();
        assertTrue(o.contains("JOB_ROUTER_ROUTE_LocalDocker @=jre\n   NAME Local Docker\n   UNIVERSE VANILLA\n"
                + "   REQUIREMENTS x509UserProxyEmail =!= \"User@example.com\"\n"), o);
        for (String line : EVALSETS) {
            assertTrue(o.contains("\n   " + line + "\n"), line + " in\n" + o);
        }
        assertTrue(o.contains("\n   EVALSET GridResource strcat(\"condor \",\"$(FULL_HOSTNAME)\",\"$(FULL_HOSTNAME)\")\n@jre\n"), o);
        assertTrue(o.endsWith("JOB_ROUTER_ROUTE_NAMES = LocalDocker\n"), o);
    }

    /**
     * {@code -convertoldroutes} reads JOB_ROUTER_ENTRIES from the configuration named by
     * CONDOR_CONFIG, which is process environment: this runs the command in a child JVM, in
     * examples/osg-docker so that the relative {@code include : site.conf} is found (HTCondor
     * resolves includes against the working directory). The output is spec §5.4's, plus the
     * {@code MaxJobs = 200} that the example's JOB_ROUTER_DEFAULTS adds.
     */
    @Test
    void convertOldRoutesOnTheTalksRouteMatchesSpecSection5(@TempDir Path dir) throws Exception {
        Path exampleDir = Path.of(example("old-syntax-route.conf")).getParent();
        Path out = dir.resolve("out.txt");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "transform", "-convertoldroutes");
        pb.directory(exampleDir.toFile());
        pb.environment().put("CONDOR_CONFIG", "old-syntax-route.conf");
        pb.redirectErrorStream(true);
        pb.redirectOutput(out.toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        int code = pb.start().waitFor();
        String o = Files.readString(out, StandardCharsets.ISO_8859_1);
        assertEquals(0, code, o);
        assertEquals(String.join("\n",
                "",
                "##### JOB_ROUTER_ENTRIES [1] #####",
                "NAME Local Docker",
                "UNIVERSE VANILLA",
                "REQUIREMENTS x509UserProxyEmail =!= \"User@example.com\"",
                "# autoconversion of route 'Local Docker' from old route syntax",
                "GridResource = \"condor localhost localhost\"",
                "MaxIdleJobs = 5",
                "MaxJobs = 200",
                "# copy_* rules",
                "COPY Cmd orig_Cmd",
                "COPY DockerImage orig_DockerImage",
                "# delete_* rules",
                "DELETE PeriodicRemove",
                "# set_* rules",
                "SET Requirements (TARGET.Memory >= RequestMemory) && (TARGET.Disk >= RequestDisk) && TARGET.HasDocker",
                "SET WantDocker true",
                "# eval_set_* rules",
                EVALSETS.get(0),
                EVALSETS.get(1),
                "EVALSET GridResource strcat(\"condor \",\"ce.example.org\",\"ce.example.org\")",
                ""), o);
    }
}
