package org.jclassad.transform.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Real-world configurations ({@code ../shared/conformance/realworld/}: HTCondor-CE's shipped
 * router stacks, its documentation's route examples in both syntaxes, OSG and SLATE site
 * recipes, HTCondor-CE's transforms as rules files), and this project's own cases of the same
 * shapes ({@code conformance/corpus/tools/tool-cases.jsonl}), against what the real HTCondor 25.14
 * tools printed for them. Each sub-result is its own test comparing the exit code and stdout byte
 * for byte (the transform tool with {@code -compat}); classic cases follow the comparison rules of
 * the real-world README ({@link ClassicComparison}), and the source file and line an HTCondor
 * exception names are not compared. Counts per source, kind and sub-result are printed at the
 * end. Sub-results the recording marks {@code unstable} (timings printed by {@code debug()}) are
 * skipped; the cases in {@link #LEDGER} are where HTCondor crashes (docs/deviations.md §4 #6) or
 * runs a command the configuration names (§5), and so are the cases with a tag in {@link #TAG_LEDGER}.
 * Without {@code ../shared} only the project's cases run, and the test says so. The transform
 * and route-conversion cases run in the cli's tests (where the transform tool is), through
 * {@link #cases} and {@link #check}.
 */
public class RealWorldConformanceTest {
    /** "case-id sub-result" to why jclassad deliberately differs (docs/deviations.md §4). */
    static final Map<String, String> LEDGER = new LinkedHashMap<>();

    static {
        for (String sub : new String[] {"route-jobs", "log-steps", "config"}) {
            LEDGER.put("config-line-include-command " + sub, "deliberate: jclassad does not run the commands a "
                    + "configuration names ('include command :'); it refuses the configuration instead");
        }
        LEDGER.put("statements-under-false-if-alone stdout", "crash: the same rule on a rules file of this project");
        LEDGER.put("xf-ce25-gpus stdout", "crash: every statement of HTCondor-CE's Gpus transform sits under an 'if' "
                + "that is false when the rules are validated without an ad, so the file counts no statement and is "
                + "dropped; with no transform left HTCondor 25.14 dies with SIGSEGV, jclassad says so (exit 1)");
    }

    /** Tags of the project's cases whose every sub-result is ledgered, and why. */
    static final Map<String, String> TAG_LEDGER = Map.of(
            "htcondor-dies", "HTCondor 25.14 dies here (glibc's buffer-overflow abort, SIGFPE); jclassad reports a "
                    + "$-function error and goes on (docs/deviations.md)",
            "runs-command", "deliberate: HTCondor runs the command the configuration or rules name; jclassad never "
                    + "runs commands and refuses them (docs/deviations.md, docs/security.md)");

    private static final Map<String, int[]> COUNTS = new TreeMap<>();
    /** Per kind, case id to whether every sub-result run so far agreed. */
    private static final Map<String, Map<String, Boolean>> CASES = new TreeMap<>();
    private static final List<String> DIFFERING = new ArrayList<>();

    private static synchronized void count(String kind, String sub, String id, int slot) {
        COUNTS.computeIfAbsent(kind + ":" + sub, k -> new int[3])[slot]++;
        CASES.computeIfAbsent(kind, k -> new LinkedHashMap<>()).merge(id, slot != 1, Boolean::logicalAnd);
        if (slot == 1) {
            DIFFERING.add(kind + " " + id + " " + sub);
        }
    }

    @AfterAll
    public static void report() {
        if (COUNTS.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder("\nreal-world conformance (agree / differ / ledgered-or-unstable):\n");
        COUNTS.forEach((k, c) -> b.append(String.format("  %-34s %3d / %3d / %3d%n", k, c[0], c[1], c[2])));
        b.append("cases with no differing sub-result:\n");
        CASES.forEach((k, m) -> b.append(String.format("  %-34s %3d of %3d%n", k,
                m.values().stream().filter(v -> v).count(), m.size())));
        DIFFERING.forEach(d -> b.append("  differs: ").append(d).append('\n'));
        System.out.println(b);
    }

    static Path directory() {
        Path dir = Corpus.directory();
        return dir == null ? null : dir.resolve("realworld");
    }

    /**
     * The project's own cases of the same shapes, recorded from the same tools
     * ({@code conformance/corpus/tools/tool-cases.jsonl}, see its README), found by walking up.
     */
    static Path projectCases() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path f = d.resolve("conformance").resolve("corpus").resolve("tools").resolve("tool-cases.jsonl");
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        return null;
    }

    /** Which file a case came from (a key added when reading). */
    private static final String SOURCE = "(source)";

    /** The cases of one kind: the shared real-world file (when ../shared is there) and the project's. */
    public static List<Map<String, Object>> cases(String kind) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        Path dir = directory();
        if (dir != null && Files.isRegularFile(dir.resolve(kind + ".jsonl"))) {
            for (Map<String, Object> c : Corpus.read(dir.resolve(kind + ".jsonl"))) {
                c.put(SOURCE, "realworld");
                out.add(c);
            }
        } else {
            System.out.println("SKIP: ../shared/conformance/realworld/" + kind + ".jsonl not found above "
                    + Path.of("").toAbsolutePath() + "; running the project's cases only");
        }
        Path own = projectCases();
        assumeTrue(own != null || !out.isEmpty(), "SKIP: no " + kind + " cases found");
        List<Path> files = new ArrayList<>();
        if (own != null) {
            files.add(own);
        }
        // more recorded files of the same shapes, e.g. freshly recorded with record.py
        for (String extra : System.getProperty("jclassad.toolCases", "").split(",")) {
            if (!extra.isBlank()) {
                files.add(Path.of(extra.strip()));
            }
        }
        for (Path f : files) {
            for (Map<String, Object> c : Corpus.read(f)) {
                if (kind.equals(c.get("op"))) {
                    c.put(SOURCE, f.equals(own) ? "project" : f.getFileName().toString());
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** One sub-result: runs, then compares exit and stdout unless ledgered or unstable. */
    public static DynamicTest check(Map<String, Object> c, String kind, String sub, Run run,
            Map<String, Object> expect, String exitKey, String stdoutKey) {
        String id = (String) c.get("id");
        String label = c.get(SOURCE) + "/" + kind;
        return DynamicTest.dynamicTest(id + " " + sub, () -> {
            if (ToolRun.strings(c.get("unstable")).contains(stdoutKey)) {
                count(label, sub, id, 2);
                assumeTrue(false, "unstable in the recording (debug() timings)");
            }
            String ledgered = LEDGER.get(id + " " + sub);
            for (String tag : ToolRun.strings(c.get("tags"))) {
                if (ledgered == null) {
                    ledgered = TAG_LEDGER.get(tag);
                }
            }
            if (ledgered != null) {
                count(label, sub, id, 2);
                assumeTrue(false, "ledgered: " + ledgered);
            }
            ToolRun.Outcome o = run.get();
            String expected = (String) expect.get(stdoutKey);
            int expectedExit = ((Number) expect.get(exitKey)).intValue();
            // an exception HTCondor raises names its own source file and line: compared without them
            expected = EXCEPTION_SOURCE.matcher(expected).replaceAll("$1");
            String actual = kind.equals("classic") ? ClassicComparison.normalise(o.stdout(), expected) : o.stdout();
            if (kind.equals("classic")) {
                expected = ClassicComparison.normalise(expected, expected);
            }
            boolean pass = expectedExit == o.exit() && expected.equals(actual);
            count(label, sub, id, pass ? 0 : 1);
            assertEquals(expected, actual, id + " " + sub + " stdout (stderr was: " + o.stderr() + ")");
            assertEquals(expectedExit, o.exit(), id + " " + sub + " exit status");
        });
    }

    private static final Pattern EXCEPTION_SOURCE = Pattern.compile("(?m)^(ERROR \".*\") at line \\d+ in file \\S+$");

    /** Runs one sub-result's tool. */
    @FunctionalInterface
    public interface Run {
        ToolRun.Outcome get() throws IOException;
    }

    @SuppressWarnings("unchecked")
    @TestFactory
    Stream<DynamicTest> route() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> c : cases("route")) {
            Map<String, Object> e = (Map<String, Object>) c.get("expect");
            String config = (String) c.get("config");
            String jobs = (String) c.get("jobads");
            List<String> args = new ArrayList<>(List.of("-route-jobs", "-", "-jobads", "-"));
            args.addAll(ToolRun.strings(c.get("args")));
            List<String> logArgs = new ArrayList<>(args);
            logArgs.add("-log-steps");
            tests.add(check(c, "route", "route-jobs", () -> ToolRun.route(config, jobs, args), e, "exit", "stdout"));
            tests.add(check(c, "route", "log-steps", () -> ToolRun.route(config, jobs, logArgs), e, "log_steps_exit",
                    "log_steps_stdout"));
            tests.add(check(c, "route", "config", () -> ToolRun.route(config, jobs, List.of("-config")), e,
                    "config_exit", "config_stdout"));
        }
        return tests.stream();
    }

    @SuppressWarnings("unchecked")
    @TestFactory
    Stream<DynamicTest> classic() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> c : cases("classic")) {
            Map<String, Object> e = (Map<String, Object>) c.get("expect");
            String config = (String) c.get("config");
            String jobs = (String) c.get("jobads");
            List<String> args = List.of("-route-jobs", "-", "-jobads", "-", "-classic");
            tests.add(check(c, "classic", "route-jobs", () -> ToolRun.route(config, jobs, args), e, "exit", "stdout"));
        }
        return tests.stream();
    }

    /**
     * The comparison rules of the classic cases (realworld/README.md): the expectation is 25.14
     * routing the converter's output, so route names lose spaces and punctuation, and the
     * {@code X = undefined} lines the classic engine writes for a {@code copy_} of a missing
     * attribute (which the converted {@code COPY} does not write) are dropped when the
     * expectation has no such attribute.
     */
    static final class ClassicComparison {
        private static final Pattern ROUTE_NAME = Pattern.compile("(?m)^(RouteName = \")([^\"]*)(\")$");
        private static final Pattern UNDEFINED = Pattern.compile("(?m)^([A-Za-z_][A-Za-z0-9_.]*) = undefined\n");

        private ClassicComparison() {
        }

        static String normalise(String stdout, String expected) {
            Matcher m = ROUTE_NAME.matcher(stdout);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + m.group(2).replaceAll("[^A-Za-z0-9]", "")
                        + m.group(3)));
            }
            m.appendTail(b);
            // ad by ad (blank-line separated, in the same order on both sides)
            String[] mine = b.toString().split("\n\n", -1);
            String[] theirs = expected.split("\n\n", -1);
            if (mine.length != theirs.length) {
                return b.toString();
            }
            for (int i = 0; i < mine.length; i++) {
                Set<String> named = attributeNames(theirs[i]);
                Matcher u = UNDEFINED.matcher(mine[i] + "\n");
                StringBuilder kept = new StringBuilder();
                while (u.find()) {
                    u.appendReplacement(kept, named.contains(u.group(1).toLowerCase(java.util.Locale.ROOT))
                            ? Matcher.quoteReplacement(u.group()) : "");
                }
                u.appendTail(kept);
                mine[i] = kept.substring(0, kept.length() - 1);
            }
            return String.join("\n\n", mine);
        }

        private static Set<String> attributeNames(String text) {
            Set<String> names = new java.util.HashSet<>();
            Matcher m = Pattern.compile("(?m)^([A-Za-z_][A-Za-z0-9_.]*) = ").matcher(text);
            while (m.find()) {
                names.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
            }
            return names;
        }
    }
}
