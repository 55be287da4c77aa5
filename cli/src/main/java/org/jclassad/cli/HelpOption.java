package org.jclassad.cli;

import picocli.CommandLine.Option;

/** The help option every command answers: {@code -h}, {@code -help} (HTCondor's spelling) and {@code --help}. */
final class HelpOption {
    @Option(names = {"-h", "-help", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
