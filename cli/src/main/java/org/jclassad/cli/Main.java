package org.jclassad.cli;

import org.jclassad.io.ClassAds;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jclassad} command. */
@Command(name = "jclassad", mixinStandardHelpOptions = true, version = "jclassad 0.1.0",
        description = "HTCondor ClassAds in Java: evaluate, match, transform and route.",
        subcommands = {EvalCommand.class, BatchCommand.class, MatchCommand.class, ExplainCommand.class,
                TransformCommand.class, RouteCommand.class, DockerPreviewCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        int code = new CommandLine(new Main())
                .setUnmatchedOptionsArePositionalParams(true)
                .setExecutionExceptionHandler(Main::reportFailure)
                .execute(args);
        System.exit(code);
    }

    /** A command that fails prints one clear line (what and where), not a stack trace. */
    private static int reportFailure(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        command.getErr().println("jclassad " + command.getCommandName() + ": " + message);
        if (System.getenv("JCLASSAD_DEBUG") != null) {
            e.printStackTrace(command.getErr());
        }
        return 1;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
