package org.jclassad.cli;

import static org.jclassad.cli.Cli.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command × {-h, --help, a bad option, a missing file, empty input, malformed input}: the
 * exit status ({@link ExitCodes}) and the shape of what is printed.
 *
 * <ul>
 *   <li>help: status 0, a usage on stdout fitting {@value Main#USAGE_WIDTH} columns, naming every
 *       option, with examples;
 *   <li>bad option: status 2, {@code jclassad CMD: message} naming the option, then a hint;
 *   <li>missing file: status 1, {@code FILE: no such file};
 *   <li>empty input: the command's documented status, any message as {@code FILE: message};
 *   <li>malformed input: {@code FILE:LINE:COLUMN: message}, the source line, a caret under the column.
 * </ul>
 */
class CliMatrixTest {

    @TempDir
    static Path dir;
    static String missing;
    static String empty;
    static String malformedLong;
    static String malformedNew;
    static String rules;

    @BeforeAll
    static void inputs() throws IOException {
        missing = dir.resolve("nope.ads").toString();
        empty = Files.writeString(dir.resolve("empty.ads"), "").toString();
        malformedLong = Files.writeString(dir.resolve("bad.ads"), "ClusterId = 1\nProcId = 0\nCmd = \"/bin/sleep\n")
                .toString();
        malformedNew = Files.writeString(dir.resolve("bad.ad"), "[\n  a = 1;\n  b = (2 + ;\n]\n").toString();
        rules = Files.writeString(dir.resolve("rules.xform"), "SET Foo 1\n").toString();
    }

    /** The rows of one command; a command's nested class says how to give it each kind of input. */
    abstract static class Row {
        abstract String command();

        /** The arguments that make the command read {@code file} as its main input. */
        abstract List<String> reading(String file);

        /** The status for an input without ads. */
        int emptyStatus() {
            return ExitCodes.OK;
        }

        String malformed() {
            return malformedLong;
        }

        Cli.Run run(List<String> args) {
            return Cli.runWithInput("", args.toArray(new String[0]));
        }

        List<String> with(List<String> tail) {
            List<String> all = new java.util.ArrayList<>();
            all.add(command());
            all.addAll(tail);
            return all;
        }

        @Test
        void dashH() {
            help("-h");
        }

        @Test
        void dashDashHelp() {
            help("--help");
        }

        @Test
        void dashHelp() {
            help("-help");
        }

        void help(String option) {
            Cli.Run r = run(List.of(command(), option));
            assertEquals(ExitCodes.OK, r.code(), r.err());
            assertTrue(r.out().startsWith("Usage: jclassad " + command()) || r.out().contains("\nUsage: jclassad "
                    + command()), r.out());
            for (String line : r.out().split("\n")) {
                assertTrue(line.length() <= Main.USAGE_WIDTH, "wider than " + Main.USAGE_WIDTH + ": " + line);
            }
            assertTrue(r.out().contains("Examples:"), r.out());
            CommandLine c = Main.commandLine().getSubcommands().get(command());
            for (OptionSpec o : c.getCommandSpec().options()) {
                if (!o.hidden()) {
                    assertTrue(r.out().contains(o.longestName()), o.longestName() + " is not in\n" + r.out());
                }
            }
        }

        @Test
        void badOption() {
            Cli.Run r = run(with(List.of("--no-such-option")));
            assertEquals(ExitCodes.USAGE, r.code(), r.out() + r.err());
            String first = r.err().lines().findFirst().orElse("");
            assertTrue(first.startsWith("jclassad " + command() + ": ") && first.contains("--no-such-option"), r.err());
            assertTrue(r.err().contains("\n  hint: "), r.err());
        }

        @Test
        void missingFile() {
            Cli.Run r = run(with(reading(missing)));
            assertEquals(ExitCodes.FAILURE, r.code(), r.err());
            assertEquals(missing + ": no such file", r.err().lines().findFirst().orElse(""), r.err());
        }

        @Test
        void emptyInput() {
            Cli.Run r = run(with(reading(empty)));
            assertEquals(emptyStatus(), r.code(), r.out() + r.err());
            assertTrue(r.err().isEmpty() || r.err().startsWith(empty + ": "), r.err());
        }

        /** The status after malformed input: a failure, or for the streaming commands "skipped". */
        int malformedStatus() {
            return ExitCodes.FAILURE;
        }

        @Test
        void malformedInput() {
            String file = malformed();
            Cli.Run r = run(with(reading(file)));
            assertEquals(malformedStatus(), r.code(), r.err());
            String[] lines = r.err().split("\n");
            assertTrue(lines[0].matches(java.util.regex.Pattern.quote(file) + ":\\d+:\\d+: .+"), r.err());
            assertTrue(lines.length >= 3 && lines[1].startsWith("  ") && lines[2].matches(" +\\^"),
                    "source line and caret:\n" + r.err());
        }
    }

    @Nested
    class Eval extends Row {
        @Override
        String command() {
            return "eval";
        }

        @Override
        List<String> reading(String file) {
            return List.of("-file", file, "x");
        }

        @Override
        String malformed() {
            return malformedNew;
        }
    }

    @Nested
    class Match extends Row {
        @Override
        String command() {
            return "match";
        }

        @Override
        List<String> reading(String file) {
            return List.of(file, example("machine.ad"));
        }
    }

    @Nested
    class Explain extends Row {
        @Override
        String command() {
            return "explain";
        }

        @Override
        List<String> reading(String file) {
            return List.of(file, example("machine.ad"));
        }

        @Override
        int emptyStatus() {
            return ExitCodes.FAILURE;
        }
    }

    /** batch reads stdin only: a file argument is a usage error, and malformed lines are answered, not fatal. */
    @Nested
    class Batch extends Row {
        @Override
        String command() {
            return "batch";
        }

        @Override
        List<String> reading(String file) {
            return List.of(file);
        }

        @Override
        @Test
        void missingFile() {
            Cli.Run r = run(List.of("batch", missing));
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertTrue(r.err().startsWith("jclassad batch: "), r.err());
        }

        @Override
        @Test
        void emptyInput() {
            Cli.Run r = Cli.runWithInput("", "batch");
            assertEquals(ExitCodes.OK, r.code(), r.err());
            assertEquals("", r.out() + r.err());
        }

        @Override
        @Test
        void malformedInput() {
            Cli.Run r = Cli.runWithInput("{\"id\": 7, \"op\": \n", "batch");
            assertEquals(ExitCodes.OK, r.code(), r.err());
            assertTrue(r.out().startsWith("{") && r.out().contains("error") && r.out().endsWith("}\n"), r.out());
        }
    }

    @Nested
    class DockerPreview extends Row {
        @Override
        String command() {
            return "docker-preview";
        }

        @Override
        List<String> reading(String file) {
            return List.of(example("startd-docker.conf"), example("machine.ad"), file);
        }

        @Override
        int emptyStatus() {
            return ExitCodes.FAILURE;
        }

        /** A job ad cut short by a bad line is previewed with the attributes before it, as the router reads it. */
        @Override
        int malformedStatus() {
            return ExitCodes.SKIPPED_MALFORMED;
        }
    }

    /** The streaming commands (route, transform): a summary line on stderr, malformed ads skipped. */
    abstract static class StreamingRow extends Row {
        /** Empty input: nothing to do, and at most the one summary line on stderr. */
        @Override
        @Test
        void emptyInput() {
            Cli.Run r = run(with(reading(empty)));
            assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
            assertTrue(r.err().lines().count() <= 1 && !r.err().contains("rror"), r.err());
        }

        /** A malformed ad is reported with its place, source line and caret, and skipped: the run ends with 3. */
        @Override
        int malformedStatus() {
            return ExitCodes.SKIPPED_MALFORMED;
        }
    }

    @Nested
    class Route extends StreamingRow {
        @Override
        String command() {
            return "route";
        }

        @Override
        List<String> reading(String file) {
            return List.of(example("new-syntax-route.conf"), "-route-jobs", "-", "-jobads", file);
        }
    }

    @Nested
    class Transform extends StreamingRow {
        @Override
        String command() {
            return "transform";
        }

        @Override
        List<String> reading(String file) {
            return List.of("-rules", rules, "-in", file);
        }
    }
}
