package org.jclassad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command's man page in troff ({@code man(7)} macros), written from its picocli definition:
 * NAME (the summary), SYNOPSIS, DESCRIPTION, OPTIONS, ARGUMENTS, COMMANDS, EXAMPLES, EXIT STATUS
 * and SEE ALSO. Lines of a description that start with two spaces are kept as they are (a usage
 * block); the rest is filled by the pager.
 */
final class ManPage {
    private ManPage() {
    }

    /** {@code jclassad.1} or {@code jclassad-eval.1}. */
    static String fileName(CommandSpec spec) {
        return pageName(spec) + ".1";
    }

    private static String pageName(CommandSpec spec) {
        return spec.qualifiedName("-");
    }

    static String troff(CommandSpec spec) {
        StringBuilder b = new StringBuilder();
        String version = spec.root().version().length > 0 ? spec.root().version()[0] : "jclassad";
        b.append(".TH ").append(pageName(spec).toUpperCase(Locale.ROOT)).append(" 1 \"\" \"")
                .append(version).append("\" \"jclassad manual\"\n");
        b.append(".SH NAME\n").append(escape(pageName(spec))).append(" \\- ")
                .append(escape(Main.summary(spec))).append('\n');

        b.append(".SH SYNOPSIS\n.nf\n");
        String synopsis = spec.commandLine().getHelp().synopsis(0).stripTrailing();
        for (String line : synopsis.split("\n")) {
            b.append(verbatim(line.replaceFirst("^Usage: ", ""))).append('\n');
        }
        b.append(".fi\n");

        List<String> description = lines(spec.usageMessage().description());
        if (spec.usageMessage().header().length > 0 && !description.isEmpty()) {
            b.append(".SH DESCRIPTION\n");
            paragraphs(description, b);
        } else if (!description.isEmpty()) {
            b.append(".SH DESCRIPTION\n");
            paragraphs(description.subList(Math.min(1, description.size()), description.size()), b);
        }

        List<OptionSpec> options = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                options.add(o);
            }
        }
        // sorted as the usage help sorts them (method options come in no fixed order)
        options.sort(java.util.Comparator.comparing(o -> o.shortestName().replaceFirst("^-+", "")
                .toLowerCase(Locale.ROOT)));
        if (!options.isEmpty()) {
            b.append(".SH OPTIONS\n");
            for (OptionSpec o : options) {
                b.append(".TP\n.B ").append(escape(String.join(", ", o.names())));
                if (o.arity().max() > 0) {
                    b.append(" \\fI").append(escape(o.paramLabel())).append("\\fR");
                }
                b.append('\n');
                paragraphs(lines(o.description()), b);
            }
        }
        List<PositionalParamSpec> positionals = new ArrayList<>();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden() && p.description().length > 0) {
                positionals.add(p);
            }
        }
        if (!positionals.isEmpty()) {
            b.append(".SH ARGUMENTS\n");
            for (PositionalParamSpec p : positionals) {
                b.append(".TP\n.I ").append(escape(p.paramLabel())).append('\n');
                paragraphs(lines(p.description()), b);
            }
        }
        if (!spec.subcommands().isEmpty()) {
            b.append(".SH COMMANDS\n");
            for (CommandLine sub : spec.subcommands().values()) {
                CommandSpec s = sub.getCommandSpec();
                b.append(".TP\n.B ").append(escape(s.name())).append('\n').append(escape(Main.summary(s)))
                        .append(" See \\fB").append(escape(pageName(s))).append("\\fR(1).\n");
            }
        }
        List<String> footer = lines(spec.usageMessage().footer());
        if (!footer.isEmpty()) {
            b.append(".SH EXAMPLES\n.nf\n");
            for (String line : footer) {
                b.append(verbatim(line)).append('\n');
            }
            b.append(".fi\n");
        }
        b.append(".SH EXIT STATUS\n")
                .append(".TP\n.B 0\ndone\n")
                .append(".TP\n.B 1\nfailed: unreadable or wrong input, an error in an expression\n")
                .append(".TP\n.B 2\nthe command line is wrong (an unknown option, a missing argument); nothing was"
                        + " done\n")
                .append(".TP\n.B 3\ndone, but malformed inputs were skipped (each reported on standard error)\n")
                .append(".PP\nCommands that mimic an HTCondor tool keep that tool's statuses where its help says"
                        + " so.\n");
        b.append(".SH SEE ALSO\n");
        if (spec.parent() == null) {
            List<String> refs = new ArrayList<>();
            for (CommandLine sub : spec.subcommands().values()) {
                refs.add("\\fB" + escape(pageName(sub.getCommandSpec())) + "\\fR(1)");
            }
            b.append(String.join(", ", refs)).append('\n');
        } else {
            b.append("\\fBjclassad\\fR(1)\n");
        }
        return b.toString();
    }

    /** Description lines with picocli's {@code %n} turned into line breaks. */
    private static List<String> lines(String[] text) {
        List<String> out = new ArrayList<>();
        for (String t : text) {
            for (String line : String.format(t).split("\n", -1)) {
                out.add(line.stripTrailing());
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static void paragraphs(List<String> lines, StringBuilder b) {
        boolean literal = false;
        boolean first = true;
        for (String line : lines) {
            boolean indented = line.startsWith("  ");
            if (indented && !literal) {
                b.append(".nf\n");
                literal = true;
            } else if (!indented && literal) {
                b.append(".fi\n");
                literal = false;
            }
            if (line.isEmpty()) {
                b.append(".PP\n");
            } else if (literal) {
                b.append(verbatim(line)).append('\n');
            } else {
                if (!first) {
                    b.append(".br\n");
                }
                b.append(escape(line)).append('\n');
            }
            first = false;
        }
        if (literal) {
            b.append(".fi\n");
        }
    }

    /** A line in a no-fill block: escaped, with leading spaces kept. */
    private static String verbatim(String line) {
        return escape(line);
    }

    /** Text troff prints as is: backslashes and hyphens escaped, a leading '.' or '\'' protected. */
    static String escape(String text) {
        String t = text.replace("\\", "\\e").replace("-", "\\-");
        if (t.startsWith(".") || t.startsWith("'")) {
            t = "\\&" + t;
        }
        return t;
    }
}
