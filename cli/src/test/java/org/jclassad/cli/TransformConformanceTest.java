package org.jclassad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jclassad.eval.FunctionRegistry;
import org.jclassad.transform.conformance.Corpus;
import org.jclassad.transform.conformance.ToolRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every recorded {@code op:"transform"} case of {@code transforms.jsonl} and every case of
 * {@code convertoldroutes.jsonl} through {@link TransformTool} with {@code -compat} (HTCondor's
 * exit codes and stream choice) and compares exit status and stdout bytes. Cases that record an
 * upstream defect we deliberately do not reproduce are in {@link #LEDGER} with the reason; cases
 * whose expressions need built-in functions the core does not have yet are skipped, naming them.
 * Pass counts per tag are printed at the end.
 */
class TransformConformanceTest {
    /** Case id to the reason we differ from the recording (see docs/deviations-transform.md). */
    static final Map<String, String> LEDGER = new LinkedHashMap<>();

    static {
        LEDGER.put("tv-set-glued-comma-1", "bug: HTCondor corrupts its output for 'SET A, 1'; we strip the comma");
        LEDGER.put("tv-set-glued-equals-1", "bug: HTCondor corrupts its output for 'SET A= 1'; we strip the '='");
        LEDGER.put("tv-crash-if-complex-first-line-1", "crash: HTCondor SIGSEGVs when the first statement is invalid");
        LEDGER.put("tv-if-undefined-word-first-line-1", "crash: HTCondor SIGSEGVs when the first statement is invalid");
        LEDGER.put("tv-args-key-value-1", "bug: HTCondor stores 'key=value' as the argument minus its first character");
        LEDGER.put("tv-args-key-value-spaces-1", "bug: HTCondor stores 'key=value' as the argument minus its first character");
        LEDGER.put("tv-args-key-value-if-1", "bug: HTCondor stores 'key=value' as the argument minus its first character");
        LEDGER.put("tv-args-plus-attr-1", "bug: HTCondor tests name[1] for '+', rejecting '+Attr=value'; we define MY.Attr");
    }

    private static final Map<String, int[]> PER_TAG = new TreeMap<>();
    private static final List<String> SKIPPED = new ArrayList<>();

    private static void count(List<String> tags, int slot) {
        for (String t : tags) {
            PER_TAG.computeIfAbsent(t, k -> new int[3])[slot]++;
        }
        PER_TAG.computeIfAbsent("(all)", k -> new int[3])[slot]++;
    }

    @AfterAll
    static void report() {
        if (PER_TAG.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder("\nconformance (pass / fail / ledgered-or-skipped) per tag:\n");
        PER_TAG.forEach((t, c) -> b.append(String.format("  %-16s %3d / %3d / %3d%n", t, c[0], c[1], c[2])));
        SKIPPED.forEach(s -> b.append("  skipped: ").append(s).append('\n'));
        System.out.println(b);
    }

    private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\(");
    private static final java.util.Set<String> NOT_FUNCTIONS = java.util.Set.of("in", "from", "strcat_", "if");

    /** Function names a case's expressions call that the core does not provide yet. */
    static List<String> missingFunctions(String text) {
        List<String> missing = new ArrayList<>();
        if (text == null) {
            return missing;
        }
        Matcher m = CALL.matcher(text.replaceAll("\\$[A-Za-z_]*\\(", " (").replaceAll("\\s/[^/\\s]*/", " "));
        while (m.find()) {
            String name = m.group(1);
            if (NOT_FUNCTIONS.contains(name.toLowerCase()) || name.matches("[A-Z_]+")) {
                continue;
            }
            if (FunctionRegistry.global().lookup(name) == null && !missing.contains(name)) {
                missing.add(name);
            }
        }
        return missing;
    }

    @SuppressWarnings("unchecked")
    @TestFactory
    Stream<DynamicTest> recordedTransformCases() throws IOException {
        Path dir = Corpus.directory();
        assumeTrue(dir != null, "SKIP: ../shared/conformance/transforms.jsonl not found above the working directory");
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> c : Corpus.read(dir.resolve("transforms.jsonl"))) {
            if (!"transform".equals(c.get("op"))) {
                continue;
            }
            String id = (String) c.get("id");
            tests.add(DynamicTest.dynamicTest(id, () -> runTransformCase(c)));
        }
        return tests.stream();
    }

    @SuppressWarnings("unchecked")
    private void runTransformCase(Map<String, Object> c) throws IOException {
        String id = (String) c.get("id");
        List<String> tags = (List<String>) c.get("tags");
        if (LEDGER.containsKey(id)) {
            count(tags, 2);
            assumeTrue(false, "ledgered: " + LEDGER.get(id));
        }
        String rules = (String) c.get("rules");
        String config = (String) c.get("config");
        List<String> missing = missingFunctions((rules == null ? "" : rules) + "\n" + (config == null ? "" : config));
        if (!missing.isEmpty()) {
            count(tags, 2);
            SKIPPED.add(id + " needs " + missing);
            assumeTrue(false, "needs functions not in the core yet: " + missing);
        }
        ToolRun.Outcome o = TransformRun.transformCase(c);
        Map<String, Object> expect = (Map<String, Object>) c.get("expect");
        String expectedOut = (String) expect.get("stdout");
        boolean pass = ((Number) expect.get("exit")).intValue() == o.exit() && expectedOut.equals(o.stdout());
        count(tags, pass ? 0 : 1);
        assertEquals(expectedOut, o.stdout(), id + " stdout (stderr was: " + o.stderr() + ")");
        assertEquals(((Number) expect.get("exit")).intValue(), o.exit(), id + " exit status");
    }

    @SuppressWarnings("unchecked")
    @TestFactory
    Stream<DynamicTest> recordedConvertOldRoutesCases() throws IOException {
        Path dir = Corpus.directory();
        assumeTrue(dir != null && Files.isRegularFile(dir.resolve("convertoldroutes.jsonl")),
                "SKIP: ../shared/conformance/convertoldroutes.jsonl not found above the working directory");
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> c : Corpus.read(dir.resolve("convertoldroutes.jsonl"))) {
            String id = (String) c.get("id");
            Map<String, Object> expect = (Map<String, Object>) c.get("expect");
            for (String mode : new String[] {"config", "file"}) {
                if (expect.get(mode) == null) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(id + " (" + mode + ")",
                        () -> runConvertCase(c, mode, (Map<String, Object>) expect.get(mode))));
            }
        }
        return tests.stream();
    }

    @SuppressWarnings("unchecked")
    private void runConvertCase(Map<String, Object> c, String mode, Map<String, Object> expect) throws IOException {
        List<String> tags = new ArrayList<>((List<String>) c.get("tags"));
        tags.add("convert:" + mode);
        ToolRun.Outcome o = TransformRun.convert((String) c.get("config"), mode, c.get("options"));
        String expectedOut = (String) expect.get("stdout");
        boolean pass = ((Number) expect.get("exit")).intValue() == o.exit() && expectedOut.equals(o.stdout());
        count(tags, pass ? 0 : 1);
        assertEquals(expectedOut, o.stdout(), c.get("id") + " " + mode + " stdout (stderr was: " + o.stderr() + ")");
        assertEquals(((Number) expect.get("exit")).intValue(), o.exit(), c.get("id") + " exit status");
    }
}
