package org.jclassad.transform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Config text under {@link ConfigOptions}: the files it may read, what {@code $ENV} sees, its sizes. */
class ConfigSandboxTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.ISO_8859_1);
        return p;
    }

    private ConfigOptions within() {
        return ConfigOptions.untrusted().toBuilder().files(FileAccess.within(dir)).build();
    }

    private ConfigurationException refused(Path file, ConfigOptions options) {
        return assertThrows(ConfigurationException.class, () -> Configuration.load(List.of(file), options));
    }

    @Test
    void includesInsideTheDirectoryAreRead() throws IOException {
        write("common/base.conf", "SITE = madison\n");
        Path site = write("site.conf", "include : common/base.conf\nX = $(SITE)\n");
        assertEquals("madison", Configuration.load(List.of(site), within()).expanded("X"));
    }

    @Test
    void anIncludeOutsideTheDirectoryIsNeitherReadNorQuoted() throws IOException {
        Path secret = Files.createTempFile("secret", ".conf");
        try {
            Files.writeString(secret, "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n");
            Path site = write("site.conf", "include : " + secret + "\n");
            ConfigurationException e = refused(site, within());
            assertTrue(e.getMessage().contains("outside the directory"), e.getMessage());
            assertFalse(e.getMessage().contains("www-data"), "a refused file is never quoted: " + e.getMessage());
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void byDefaultAnyFileIsReadAndQuotedAsHTCondorDoes() throws IOException {
        Path other = Files.createTempFile("other", ".conf");
        try {
            Files.writeString(other, "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n");
            ConfigurationException e = refused(write("site.conf", "include : " + other + "\n"), ConfigOptions.defaults());
            assertTrue(e.getMessage().contains("Illegal Identifier: <www-data>"),
                    "HTCondor names the line it refuses: " + e.getMessage());
        } finally {
            Files.delete(other);
        }
    }

    @Test
    void aSymbolicLinkOutOfTheDirectoryIsRefused() throws IOException {
        Path outside = Files.createTempFile("outside", ".conf");
        try {
            Files.writeString(outside, "X = 1\n");
            Files.createSymbolicLink(dir.resolve("link.conf"), outside);
            ConfigurationException e = refused(write("site.conf", "include : link.conf\n"), within());
            assertTrue(e.getMessage().contains("outside the directory"), e.getMessage());
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void dotDotCannotClimbOut() throws IOException {
        ConfigurationException e = refused(write("site.conf", "include : ../../../../etc/hostname\n"), within());
        assertTrue(e.getMessage().contains("outside the directory"), e.getMessage());
    }

    @Test
    void includesCanBeForbidden() throws IOException {
        write("base.conf", "X = 1\n");
        ConfigurationException e = refused(write("site.conf", "include : base.conf\n"), ConfigOptions.untrusted());
        assertTrue(e.getMessage().contains("FileAccess.none"), e.getMessage());
        Path optional = write("optional.conf", "include ifexist : base.conf\nY = 2\n");
        assertEquals("2", Configuration.load(List.of(optional), ConfigOptions.untrusted()).raw("Y"),
                "ifexist skips a file that may not be read, as one that does not exist");
    }

    @Test
    void envSeesOnlyTheGivenMap() throws Exception {
        ConfigOptions o = ConfigOptions.untrusted().toBuilder().environment(Map.of("SITE", "madison")).build();
        Configuration c = Configuration.read("A = $ENV(SITE)\nB = $ENV(HOME)\nC = $ENV(PATH:none)\n", "site.conf", o);
        assertEquals("madison", c.expanded("A"));
        assertEquals("UNDEFINED", c.expanded("B"), "HTCondor's text for an unset variable");
        assertEquals("none", c.expanded("C"));
        assertEquals("UNDEFINED", Configuration.read("B = $ENV(HOME)\n", "s", ConfigOptions.untrusted()).expanded("B"));
    }

    @Test
    void theHostNameCanBeFixed() throws Exception {
        Configuration c = Configuration.read("H = $(FULL_HOSTNAME)\n", "site.conf", ConfigOptions.untrusted());
        assertEquals("localhost", c.expanded("H"), "the service's own host name does not leak into ads");
    }

    @Test
    void commandsAreNeverRunWhateverTheOptions() throws IOException {
        Path marker = dir.resolve("marker");
        String touch = "/bin/touch " + marker;
        for (ConfigOptions o : List.of(ConfigOptions.defaults(), within())) {
            for (String line : List.of("include : " + touch + " |", "include command : " + touch,
                    "include output : " + touch, "include ifexist command : " + touch,
                    "include command into made.conf : " + touch)) {
                ConfigurationException e = refused(write("site.conf", line + "\n"), o);
                assertTrue(e.getMessage().contains("jclassad never does"), e.getMessage());
            }
        }
        assertFalse(Files.exists(marker), "no command ran");
        assertFalse(Files.exists(dir.resolve("made.conf")), "no file was written");
    }

    @Test
    void includeCommandIntoAFileThatExistsReadsTheFile() throws IOException {
        write("made.conf", "X = from-the-file\n");
        Path site = write("site.conf", "include command into made.conf : /bin/false\n");
        assertEquals("from-the-file", Configuration.load(List.of(site), within()).raw("X"),
                "HTCondor runs the command only when the file is missing");
    }

    @Test
    void includesNestAsDeepAsTheLimitSays() throws IOException {
        ConfigOptions three = within().toBuilder().maxIncludeDepth(3).build();
        write("f1.conf", "include : f2.conf\n");
        write("f2.conf", "X = deep\n");
        assertEquals("deep", Configuration.load(List.of(write("f0.conf", "include : f1.conf\n")), three).raw("X"));
        write("f2.conf", "include : f3.conf\n");
        write("f3.conf", "X = deeper\n");
        ConfigurationException e = refused(dir.resolve("f0.conf"), three);
        assertTrue(e.getMessage().contains("includes nested too deep"), e.getMessage());
        assertEquals("f2.conf", e.source(), "the include that went too deep is named");
    }

    @Test
    void anIncludeLoopEndsAtTheDepthLimit() throws IOException {
        Path site = write("site.conf", "X = 1\ninclude : site.conf\n");
        ConfigurationException e = refused(site, ConfigOptions.defaults());
        assertTrue(e.getMessage().contains("includes nested too deep"), e.getMessage());
    }

    @Test
    void configTextLongerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        ConfigOptions small = within().toBuilder().maxConfigChars(1000).build();
        write("big.conf", "X = " + "x".repeat(2000) + "\n");
        ConfigurationException e = refused(write("site.conf", "include : big.conf\n"), small);
        assertTrue(e.getMessage().contains("maxConfigChars"), e.getMessage());
        assertFalse(e.getMessage().contains("xxxxxxxxxx"), e.getMessage());
        assertThrows(ConfigurationException.class,
                () -> Configuration.read("X = " + "x".repeat(2000), "site.conf", small));
    }

    @Test
    void definitionsThatDoubleThemselvesStopAtTheLimits() {
        StringBuilder text = new StringBuilder("A = x\n");
        for (int i = 0; i < 40; i++) {
            text.append("A = $(A)$(A)\n");
        }
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Configuration.read(text.toString(), "bomb.conf", ConfigOptions.untrusted()));
        assertTrue(e.getMessage().contains("maxExpansionChars"), e.getMessage());
        assertEquals(22, e.line(), "2^20 characters fit in 1 MiB, the next doubling does not");
    }

    @Test
    void tooManyLinesAreRefused() {
        ConfigOptions o = ConfigOptions.untrusted().toBuilder().maxStatements(100).build();
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Configuration.read("X = 1\n".repeat(101), "site.conf", o));
        assertTrue(e.getMessage().contains("maxStatements"), e.getMessage());
        assertEquals(101, e.line());
    }

    @Test
    void macrosThatNameEachOtherStopAtTheStepLimit() throws Exception {
        Configuration c = Configuration.read("A = $(B)\nB = $(A)\n", "cycle.conf", ConfigOptions.untrusted());
        MacroExpansionException e = assertThrows(MacroExpansionException.class, () -> c.expanded("A"));
        assertTrue(e.getMessage().contains("maxExpansionSteps"), e.getMessage());
    }

    @Test
    void aBillionLaughsStopsAtTheOutputLimit() throws Exception {
        StringBuilder text = new StringBuilder("L0 = laugh\n");
        for (int i = 1; i <= 30; i++) {
            text.append("L").append(i).append(" = ").append(("$(L" + (i - 1) + ")").repeat(10)).append('\n');
        }
        Configuration c = Configuration.read(text.toString(), "laughs.conf", ConfigOptions.untrusted());
        MacroExpansionException e = assertThrows(MacroExpansionException.class, () -> c.expanded("L30"));
        assertTrue(e.getMessage().contains("maxExpansionChars"), e.getMessage());
    }

    @Test
    void functionsNestedTooDeepAreRefused() throws Exception {
        StringBuilder text = new StringBuilder("A0 = 1\n");
        for (int i = 1; i <= 300; i++) {
            text.append("A").append(i).append(" = $INT(A").append(i - 1).append(")\n");
        }
        Configuration c = Configuration.read(text.toString(), "nest.conf");
        assertEquals("1", c.expanded("A100"));
        MacroExpansionException e = assertThrows(MacroExpansionException.class, () -> c.expanded("A300"));
        assertTrue(e.getMessage().contains("nest more than"), e.getMessage());
    }

    @Test
    void anExpansionPastALimitDuringLoadingNamesTheLine() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Configuration.read("A = $(B)\nB = $(A)\nif $(A)\nendif\n", "cycle.conf", ConfigOptions.untrusted()));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("cycle.conf:3"), e.getMessage());
    }

    @Test
    void aHugeLineIsQuotedAsOneShortExcerpt() {
        String huge = "NOT A DEFINITION " + "x".repeat(5_000_000);
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Configuration.read(huge, "big.conf"));
        assertTrue(e.getMessage().length() < 400, "message of " + e.getMessage().length() + " characters");
    }
}
