package org.jclassad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code jclassad} command. {@link #commandLine()} builds it with the settings every caller
 * (the launcher, the tests, the build-time completion and man page generators) must share.
 */
@Command(name = "jclassad", version = "jclassad 0.1.0",
        header = "HTCondor ClassAds in Java: evaluate, match, transform and route.",
        synopsisSubcommandLabel = "COMMAND",
        description = "Each command answers -h, -help and --help. Commands that mimic an HTCondor tool take that"
                + " tool's single-dash options; every option also has a double-dash spelling."
                + " Exit status: 0 done, 1 failed, 2 bad command line, 3 done but malformed input skipped.",
        footerHeading = "%nExamples:%n",
        footer = {"  jclassad eval 'x = 6' 'x * 7'",
                "  jclassad match examples/job.ad examples/slot.ad",
                "  jclassad eval --help"},
        subcommands = {EvalCommand.class, BatchCommand.class, MatchCommand.class, ExplainCommand.class,
                TransformCommand.class, RouteCommand.class, DockerPreviewCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    /** The width every usage text fits in. */
    static final int USAGE_WIDTH = 100;

    /** Commands that read HTCondor-style arguments themselves, in order: options picocli does not know are theirs. */
    private static final List<String> OWN_ARGUMENT_PARSING = List.of("eval", "route", "transform");

    @Mixin
    HelpOption help;

    @Option(names = {"-V", "-version", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The {@code jclassad} command line with its subcommands, usage width and error handlers. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main())
                .setUsageHelpWidth(USAGE_WIDTH)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler(Main::reportFailure);
        for (String name : OWN_ARGUMENT_PARSING) {
            cl.getSubcommands().get(name).setUnmatchedOptionsArePositionalParams(true);
        }
        CommandLine eval = cl.getSubcommands().get("eval");
        eval.setPosixClusteredShortOptionsAllowed(false).setOverwrittenOptionsAllowed(true);
        sortOptions(eval.getCommandSpec());
        // transform reads HTCondor's abbreviated options itself; its manual text is its -help text
        cl.getSubcommands().get("transform").getCommandSpec().usageMessage()
                .description(TransformArgs.manualLines());
        cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Main::commandList);
        return cl;
    }

    /**
     * Puts a command's options in name order. Options declared on methods come in reflection
     * order, which varies between JVMs; the completion script and man page must not.
     */
    private static void sortOptions(CommandSpec spec) {
        List<CommandLine.Model.OptionSpec> options = new java.util.ArrayList<>(spec.options());
        options.sort(java.util.Comparator.comparing(o -> o.longestName().replaceFirst("^-+", "")));
        for (CommandLine.Model.OptionSpec o : options) {
            spec.remove(o);
        }
        for (CommandLine.Model.OptionSpec o : options) {
            spec.addOption(o);
        }
    }

    /** {@code jclassad COMMAND}, the name a message about a command line starts with. */
    static String qualifiedName(CommandLine command) {
        return command.getCommandSpec().qualifiedName();
    }

    /** A wrong command line: the problem, picocli's suggestions, a hint; nothing was run. */
    static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String name = qualifiedName(command);
        err.print(Diagnostic.of(name, firstProblem(e)).format());
        if (e instanceof UnmatchedArgumentException) {
            List<String> suggestions = ((UnmatchedArgumentException) e).getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println("  did you mean: " + String.join(", ", suggestions.subList(0, Math.min(4,
                        suggestions.size()))) + "?");
            }
        }
        boolean commands = !command.getSubcommands().isEmpty();
        err.println("  hint: '" + name + " --help' lists the " + (commands ? "commands" : "options"));
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * The problem to report first: an unknown option rather than the missing arguments picocli
     * checks before it ({@code match --bogus} is about {@code --bogus}).
     */
    private static String firstProblem(ParameterException e) {
        if (e instanceof UnmatchedArgumentException && !e.getCommandLine().getSubcommands().isEmpty()) {
            List<String> unmatched = ((UnmatchedArgumentException) e).getUnmatched();
            if (!unmatched.isEmpty() && !unmatched.get(0).startsWith("-")) {
                return "unknown command '" + unmatched.get(0) + "'";
            }
        }
        if (e instanceof CommandLine.MissingParameterException && e.getCommandLine().getParseResult() != null) {
            for (String arg : e.getCommandLine().getParseResult().unmatched()) {
                if (arg.startsWith("-") && arg.length() > 1) {
                    return "Unknown option: '" + arg + "'";
                }
            }
        }
        return e.getMessage();
    }

    /** A command that fails prints what and where (a missing file: {@code FILE: no such file}), not a stack trace. */
    private static int reportFailure(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        if (e instanceof ParameterException) {
            return usageError((ParameterException) e, parsed.originalArgs().toArray(new String[0]));
        }
        PrintWriter err = command.getErr();
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof IOException) {
            err.print(Diagnostic.of((IOException) cause).format());
        } else {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            err.print(Diagnostic.of(qualifiedName(command), message).format());
        }
        if (System.getenv("JCLASSAD_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.FAILURE;
    }

    /** The list of commands: each with the first line of its description, so no usage block wraps mid-word. */
    private static String commandList(Help help) {
        Map<String, Help> subcommands = help.subcommands();
        if (subcommands.isEmpty()) {
            return "";
        }
        int width = 0;
        for (String name : subcommands.keySet()) {
            width = Math.max(width, name.length());
        }
        Help.TextTable table = Help.TextTable.forColumns(help.colorScheme(),
                new Help.Column(width + 4, 2, Help.Column.Overflow.SPAN),
                new Help.Column(USAGE_WIDTH - width - 4, 2, Help.Column.Overflow.WRAP));
        for (Map.Entry<String, Help> e : subcommands.entrySet()) {
            table.addRowValues(e.getKey(), summary(e.getValue().commandSpec()));
        }
        return table.toString();
    }

    /** A command's one-line summary: its header, else the first line of its description. */
    static String summary(CommandSpec spec) {
        String[] lines = spec.usageMessage().header().length > 0 ? spec.usageMessage().header()
                : spec.usageMessage().description();
        if (lines.length == 0) {
            return "";
        }
        String first = String.format(lines[0]);
        int end = first.indexOf('\n');
        return (end < 0 ? first : first.substring(0, end)).strip();
    }

    @picocli.CommandLine.Spec
    CommandSpec spec;

    /** {@code jclassad} alone: the usage on stderr, and a usage error (a command is missing). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
