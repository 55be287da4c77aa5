package org.jclassad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * The files the build derives from the command definitions, so they cannot drift from them:
 * bash and zsh completion (picocli's {@link AutoComplete}) and a man page per command
 * ({@link ManPage}). The build runs {@link #main} after compiling; the files land in the jar under
 * {@code share/}, laid out as in an installation prefix:
 *
 * <pre>
 * share/bash-completion/completions/jclassad
 * share/zsh/jclassad-completion.zsh
 * share/man/man1/jclassad.1, jclassad-eval.1, ...
 * </pre>
 */
public final class ShellFiles { // public only for the build, which runs main
    private ShellFiles() {
    }

    /** Writes the files under the directory given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ShellFiles OUTPUT_DIR");
        }
        Path root = Path.of(args[0]);
        for (Map.Entry<String, String> e : files().entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** Every file, by its path under {@code share/}'s parent. */
    static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        String bash = bashCompletion();
        files.put("share/bash-completion/completions/jclassad", bash);
        files.put("share/zsh/jclassad-completion.zsh", zshCompletion(bash));
        for (CommandLine command : commands()) {
            files.put("share/man/man1/" + ManPage.fileName(command.getCommandSpec()),
                    ManPage.troff(command.getCommandSpec()));
        }
        return files;
    }

    static String bashCompletion() {
        return AutoComplete.bash("jclassad", Main.commandLine());
    }

    /** The bash script serves zsh as well: it turns on zsh's bashcompinit itself. */
    static String zshCompletion(String bash) {
        return "# jclassad completion for zsh: source this file from ~/.zshrc (it loads bashcompinit).\n" + bash;
    }

    /** {@code jclassad} and each of its subcommands. */
    static List<CommandLine> commands() {
        CommandLine top = Main.commandLine();
        List<CommandLine> all = new ArrayList<>();
        all.add(top);
        all.addAll(top.getSubcommands().values());
        return all;
    }
}
