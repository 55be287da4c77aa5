package org.jclassad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jclassad} command. */
@Command(name = "jclassad", mixinStandardHelpOptions = true, version = "jclassad 0.1.0",
        description = "HTCondor ClassAds in Java: evaluate, match, transform and route.",
        subcommands = {EvalCommand.class, BatchCommand.class, MatchCommand.class, ExplainCommand.class,
                TransformCommand.class, RouteCommand.class, DockerPreviewCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        int code = new CommandLine(new Main()).setUnmatchedOptionsArePositionalParams(true).execute(args);
        System.exit(code);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
