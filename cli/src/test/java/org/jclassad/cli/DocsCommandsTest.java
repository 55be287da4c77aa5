package org.jclassad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command line and output block of the README, {@code bench/README.md} and {@code docs/*.md} is run through the CLI
 * (in-process, from the repository root) and its output compared, so the docs cannot drift.
 *
 * <p>The blocks, by their fence:
 * <ul>
 *   <li>{@code ```} or {@code ```console} with {@code $ } lines: each {@code $ jclassad ...} is run and
 *       must succeed; the lines after it, up to the next {@code $ }, are its expected standard output
 *       (none: the output is not shown);
 *   <li>{@code ```sh}: every line is a command that must succeed (its output is not shown);
 *   <li>an output block without a command follows an HTML comment
 *       {@code <!-- lines of: jclassad ... -->}: its lines must appear in that command's output, in order;
 *   <li>{@code ```java} blocks are compiled by the library's snippet tests; {@code ```text} blocks
 *       (diagrams, synopses) and {@code ```xml} blocks (POM fragments) are prose.
 * </ul>
 * In expected output, a line {@code ...} stands for any number of lines, and {@code …} within a line
 * for any text. Files the docs name relative to the repository root are found there; files a
 * command writes ({@code -route-jobs routed.ads}) go to a scratch directory, where the commands
 * after it in the same document find them. Commands other than {@code jclassad} (the build,
 * benchmarks) are only checked against {@link #NOT_RUN}.
 */
class DocsCommandsTest {
    /**
     * Command lines the docs show that this test does not run: the build itself, long jobs, and
     * installing into the user's home (what they install is checked by {@code ShellFilesTest}).
     */
    static final List<String> NOT_RUN = List.of("mvn ", "bench/run.sh", "java -jar bench/", ".ci/run",
            "unzip -o -q cli/target/jclassad.jar ", "man -l ");

    private static final Pattern LINES_OF = Pattern.compile("<!-- lines of: (.+?) -->");

    record Block(Path file, int line, String fence, List<String> lines, String linesOf) {
        String where() {
            return Cli.repoRoot().relativize(file) + ":" + line;
        }
    }

    static List<Path> documents() throws IOException {
        Path root = Cli.repoRoot();
        List<Path> docs = new ArrayList<>();
        docs.add(root.resolve("README.md"));
        docs.add(root.resolve("bench").resolve("README.md"));
        try (Stream<Path> s = Files.list(root.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    static List<Block> blocks(Path file) throws IOException {
        List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        String linesOf = null;
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            var m = LINES_OF.matcher(line);
            if (m.find()) {
                linesOf = m.group(1);
                continue;
            }
            if (!line.strip().startsWith("```")) {
                if (!line.isBlank()) {
                    linesOf = null;
                }
                continue;
            }
            String fence = line.strip().substring(3).strip();
            int start = i + 1;
            List<String> body = new ArrayList<>();
            for (i = i + 1; i < text.size() && !text.get(i).strip().startsWith("```"); i++) {
                body.add(text.get(i));
            }
            blocks.add(new Block(file, start, fence, body, linesOf));
            linesOf = null;
        }
        return blocks;
    }

    @TestFactory
    Stream<DynamicTest> everyCommandBlockRuns() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path doc : documents()) {
            Path scratch = Files.createTempDirectory("jclassad-docs");
            for (Block b : blocks(doc)) {
                if (b.fence().equals("java") || b.fence().equals("text") || b.fence().equals("python")
                        || b.fence().equals("xml")) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(b.where(), () -> check(b, scratch)));
            }
        }
        return tests.stream();
    }

    static void check(Block b, Path scratch) {
        if (b.fence().equals("sh")) {
            for (String command : joinContinuations(b.lines())) {
                String c = command.replaceFirst("\\s+#.*$", "").strip();
                if (!c.isEmpty() && !c.startsWith("#")) {
                    Cli.Run r = runCommand(c, scratch, b);
                    assertEquals(0, r.code(), b.where() + ": " + c + "\n" + r.err());
                }
            }
            return;
        }
        if (b.linesOf() != null) {
            Cli.Run r = runCommand(b.linesOf(), scratch, b);
            assertEquals(0, r.code(), b.where() + ": " + b.linesOf() + "\n" + r.err());
            List<String> expected = new ArrayList<>();
            for (String l : b.lines()) {
                expected.add("...");
                expected.add(l);
            }
            expected.add("...");
            assertOutput(b, b.linesOf(), expected, r.out());
            return;
        }
        if (b.lines().isEmpty() || !b.lines().get(0).startsWith("$ ")) {
            fail(b.where() + ": a ``` block must start with '$ command', follow '<!-- lines of: command -->', or be"
                    + " tagged text (prose), sh (commands) or java (snippets)");
        }
        List<String> lines = joinContinuations(b.lines());
        for (int i = 0; i < lines.size(); i++) {
            String command = lines.get(i).substring(2).strip();
            List<String> expected = new ArrayList<>();
            while (i + 1 < lines.size() && !lines.get(i + 1).startsWith("$ ")) {
                expected.add(lines.get(++i));
            }
            Cli.Run r = runCommand(command, scratch, b);
            assertEquals(0, r.code(), b.where() + ": " + command + "\n" + r.err());
            if (!expected.isEmpty()) {
                assertOutput(b, command, expected, r.out());
            }
        }
    }

    /** Runs a {@code jclassad} command line in-process; any other must be one of {@link #NOT_RUN}. */
    static Cli.Run runCommand(String command, Path scratch, Block b) {
        List<String> words = words(command);
        String program = words.isEmpty() ? "" : words.get(0);
        if (!program.equals("jclassad") && !program.equals("./jclassad")) {
            for (String prefix : NOT_RUN) {
                if (command.startsWith(prefix)) {
                    return new Cli.Run(0, "", "");
                }
            }
            fail(b.where() + ": '" + command + "' is neither a jclassad command nor one of " + NOT_RUN);
        }
        List<String> args = new ArrayList<>();
        String previous = "";
        for (String w : words.subList(1, words.size())) {
            // the command's name is never a file, even where a directory shares it (transform)
            args.add(args.isEmpty() ? w : resolve(w, previous, scratch));
            previous = w;
        }
        return Cli.runWithInput("", args.toArray(new String[0]));
    }

    /** A file argument: written before in the scratch directory, else in the repository, else to be written there. */
    static String resolve(String word, String previous, Path scratch) {
        if (word.startsWith("-") || word.contains("=")) {
            return word;
        }
        Path written = scratch.resolve(word);
        if (Files.exists(written)) {
            return written.toString();
        }
        Path inRepo = Cli.repoRoot().resolve(word);
        if (Files.exists(inRepo)) {
            return inRepo.toString();
        }
        if (previous.equals("-route-jobs") || previous.startsWith("-out")) {
            return written.toString();
        }
        return word;
    }

    static void assertOutput(Block b, String command, List<String> expected, String actual) {
        List<String> got = new ArrayList<>();
        for (String l : actual.split("\n", -1)) {
            got.add(l.stripTrailing());
        }
        while (!got.isEmpty() && got.get(got.size() - 1).isEmpty()) {
            got.remove(got.size() - 1);
        }
        List<String> want = new ArrayList<>();
        for (String l : expected) {
            want.add(l.stripTrailing());
        }
        while (!want.isEmpty() && want.get(want.size() - 1).isEmpty()) {
            want.remove(want.size() - 1);
        }
        if (!matches(want, 0, got, 0)) {
            fail(b.where() + ": the output of '" + command + "' differs from the docs.\n--- docs\n"
                    + String.join("\n", want) + "\n--- actual\n" + String.join("\n", got));
        }
    }

    /** Whether {@code got[j..]} matches {@code want[i..]}: {@code ...} lines skip lines, {@code …} skips text. */
    static boolean matches(List<String> want, int i, List<String> got, int j) {
        if (i == want.size()) {
            return j == got.size();
        }
        if (want.get(i).equals("...")) {
            for (int k = j; k <= got.size(); k++) {
                if (matches(want, i + 1, got, k)) {
                    return true;
                }
            }
            return false;
        }
        return j < got.size() && lineMatches(want.get(i), got.get(j)) && matches(want, i + 1, got, j + 1);
    }

    static boolean lineMatches(String want, String got) {
        if (!want.contains("…")) {
            return want.equals(got);
        }
        StringBuilder regex = new StringBuilder();
        for (String part : want.split("…", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString()).matcher(got).matches();
    }

    /** Lines ending in {@code \} joined with the next. */
    static List<String> joinContinuations(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        for (String l : lines) {
            if (cur != null) {
                cur.append(' ').append(l.strip());
            } else {
                cur = new StringBuilder(l);
            }
            if (cur.toString().endsWith("\\")) {
                cur.setLength(cur.length() - 1);
            } else {
                out.add(cur.toString());
                cur = null;
            }
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return out;
    }

    /** A command line split as a POSIX shell splits it (quotes and backslashes; no expansions). */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder w = null;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\'') {
                int end = command.indexOf('\'', i + 1);
                w = w == null ? new StringBuilder() : w;
                w.append(command, i + 1, end);
                i = end;
            } else if (c == '"') {
                w = w == null ? new StringBuilder() : w;
                for (i++; command.charAt(i) != '"'; i++) {
                    if (command.charAt(i) == '\\' && "\"\\$`".indexOf(command.charAt(i + 1)) >= 0) {
                        i++;
                    }
                    w.append(command.charAt(i));
                }
            } else if (c == '\\' && i + 1 < command.length()) {
                w = w == null ? new StringBuilder() : w;
                w.append(command.charAt(++i));
            } else if (Character.isWhitespace(c)) {
                if (w != null) {
                    words.add(w.toString());
                    w = null;
                }
            } else {
                w = w == null ? new StringBuilder() : w;
                w.append(c);
            }
        }
        if (w != null) {
            words.add(w.toString());
        }
        return words;
    }

    @Test
    void theMatcherSkipsElidedLinesAndText() {
        assertTrue(matches(List.of("a", "...", "d"), 0, List.of("a", "b", "c", "d"), 0));
        assertTrue(matches(List.of("a", "..."), 0, List.of("a"), 0));
        assertTrue(!matches(List.of("a", "d"), 0, List.of("a", "b", "d"), 0), "without ... every line counts");
        assertTrue(lineMatches("x … is true", "x (A && B) is true"));
        assertTrue(!lineMatches("x … is true", "x (A && B) is false"));
        assertEquals(List.of("eval", "x = 1", "a\"b", "c d"), words("eval 'x = 1' \"a\\\"b\" c\\ d"));
    }
}
