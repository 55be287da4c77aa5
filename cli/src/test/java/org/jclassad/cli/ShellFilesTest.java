package org.jclassad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The completion scripts and man pages the build writes from the command definitions. */
class ShellFilesTest {
    private final Map<String, String> files = ShellFiles.files();

    @Test
    void aManPageForEveryCommandWithEveryOption() {
        for (CommandLine c : ShellFiles.commands()) {
            String page = files.get("share/man/man1/" + ManPage.fileName(c.getCommandSpec()));
            assertTrue(page != null, "no man page for " + c.getCommandSpec().qualifiedName());
            for (String section : new String[] {".SH NAME", ".SH SYNOPSIS", ".SH EXIT STATUS", ".SH SEE ALSO"}) {
                assertTrue(page.contains(section + "\n"), c.getCommandName() + " lacks " + section);
            }
            for (OptionSpec o : c.getCommandSpec().options()) {
                if (!o.hidden()) {
                    assertTrue(page.contains(ManPage.escape(o.longestName())), c.getCommandName() + ": " + o.longestName());
                }
            }
        }
        assertEquals(8, ShellFiles.commands().size(), "jclassad and its seven commands");
    }

    @Test
    void manPagesAreTroffWithEscapedHyphensAndNoStrayRequests() {
        String eval = files.get("share/man/man1/jclassad-eval.1");
        assertTrue(eval.startsWith(".TH JCLASSAD-EVAL 1 "), eval);
        assertTrue(eval.contains(".B \\-help, \\-\\-help\n"), eval);
        for (String line : eval.split("\n")) {
            assertTrue(!line.startsWith(".") || line.matches("\\.(TH|SH|TP|B|I|PP|br|nf|fi)( .*)?"), line);
        }
    }

    @Test
    void completionKnowsEveryCommandAndOption() {
        String bash = files.get("share/bash-completion/completions/jclassad");
        for (CommandLine c : ShellFiles.commands()) {
            assertTrue(bash.contains(c.getCommandName()), c.getCommandName());
            for (OptionSpec o : c.getCommandSpec().options()) {
                if (!o.hidden()) {
                    for (String name : o.names()) {
                        assertTrue(bash.contains(name), c.getCommandName() + " " + name);
                    }
                }
            }
        }
        String zsh = files.get("share/zsh/jclassad-completion.zsh");
        assertTrue(zsh.endsWith(bash) && zsh.contains("bashcompinit"), "zsh runs the bash script through bashcompinit");
    }

    @Test
    void bashCompletesCommandsAndOptions(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path bash = java.nio.file.Path.of("/bin/bash");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(bash), "no /bin/bash here");
        java.nio.file.Path script = java.nio.file.Files.writeString(dir.resolve("jclassad"),
                files.get("share/bash-completion/completions/jclassad"));
        String probe = "source '" + script + "' 2>/dev/null\n"
                + "c() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE};"
                + " _complete_jclassad 2>/dev/null; echo \"${COMPREPLY[*]}\"; }\n"
                + "c jclassad ma\nc jclassad eval -ta\nc jclassad match --sk\nc jclassad docker-preview --he\n";
        Process p = new ProcessBuilder(bash.toString(), "-c", probe).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals(java.util.List.of("match", "-target-file", "--skip-malformed", "--help"), out.lines().toList());
    }

    @Test
    void theBuildShipsTheFilesInTheJar() {
        for (Map.Entry<String, String> e : files.entrySet()) {
            try (var in = ShellFilesTest.class.getClassLoader().getResourceAsStream(e.getKey())) {
                assertTrue(in != null, e.getKey() + " is not on the class path: the build writes it (exec plugin)");
                assertEquals(e.getValue(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                        e.getKey() + " is stale");
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }
    }
}
