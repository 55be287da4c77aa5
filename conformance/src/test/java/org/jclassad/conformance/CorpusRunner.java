package org.jclassad.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jclassad.cli.Batch;

/**
 * Runs a corpus of recorded cases through the same code path as {@code jclassad batch} and
 * compares each result with the recorded one.
 */
final class CorpusRunner {
    /** One case that did not give the recorded result. */
    record Mismatch(String id, String tag, Object expected, Object actual) {
    }

    /** Counts per first tag, and the mismatches. */
    static final class Report {
        final Map<String, int[]> perTag = new TreeMap<>();
        final List<Mismatch> mismatches = new ArrayList<>();
        int total;
        int passed;

        String summary() {
            StringBuilder s = new StringBuilder();
            s.append(String.format("%-12s %7s %7s%n", "tag", "passed", "total"));
            perTag.forEach((tag, c) -> s.append(String.format("%-12s %7d %7d%n", tag, c[0], c[1])));
            s.append(String.format("%-12s %7d %7d%n", "all", passed, total));
            return s.toString();
        }
    }

    private CorpusRunner() {
    }

    static Report run(Path corpus, Set<String> skipTags) throws IOException {
        Batch batch = new Batch(ZoneOffset.UTC);
        Report report = new Report();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> c = Batch.readObject(line);
            @SuppressWarnings("unchecked")
            List<Object> tags = (List<Object>) c.getOrDefault("tags", List.of("untagged"));
            if (tags.stream().anyMatch(skipTags::contains)) {
                continue;
            }
            String tag = String.valueOf(tags.get(0));
            Object expected = c.get("expect");
            Map<String, Object> actual = new LinkedHashMap<>(Batch.readObject(Batch.write(batch.run(c))));
            int[] counts = report.perTag.computeIfAbsent(tag, t -> new int[2]);
            counts[1]++;
            report.total++;
            if (same(expected, actual)) {
                counts[0]++;
                report.passed++;
            } else {
                report.mismatches.add(new Mismatch(String.valueOf(c.get("id")), tag, expected, actual));
            }
        }
        return report;
    }

    /** JSON equality: same keys and values, key order ignored, numbers compared by value. */
    static boolean same(Object a, Object b) {
        if (a instanceof Map && b instanceof Map) {
            Map<?, ?> x = (Map<?, ?>) a;
            Map<?, ?> y = (Map<?, ?>) b;
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Object k : x.keySet()) {
                if (!same(x.get(k), y.get(k))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Number && b instanceof Number) {
            return ((Number) a).doubleValue() == ((Number) b).doubleValue();
        }
        return a == null ? b == null : a.equals(b);
    }

    /**
     * Runs a corpus and fails unless every case in the given areas (first tags; all areas when
     * {@code required} is empty) gives the recorded result or is listed in the ledger.
     */
    static void assertConforms(String title, Path corpus, Set<String> skipTags, Set<String> required)
            throws IOException {
        Map<String, String> ledger = ledger(SharedData.repoFile("conformance/known-deviations.txt").orElse(null));
        Report report = run(corpus, skipTags);
        System.out.println(title + " (" + corpus + "):");
        System.out.print(report.summary());
        List<Mismatch> unexplained = new ArrayList<>();
        for (Mismatch m : report.mismatches) {
            if ((required.isEmpty() || required.contains(m.tag())) && !ledger.containsKey(m.id())) {
                unexplained.add(m);
            }
        }
        unexplained.stream().limit(60).forEach(m ->
                System.out.println("MISMATCH " + m.id() + "\n  expected " + m.expected() + "\n  actual   " + m.actual()));
        if (!unexplained.isEmpty()) {
            StringBuilder ids = new StringBuilder();
            unexplained.stream().limit(10).forEach(m -> ids.append(m.id()).append(' '));
            throw new AssertionError(unexplained.size() + " cases differ from real HTCondor and are not in "
                    + "conformance/known-deviations.txt; first: " + ids);
        }
    }

    /** Case ids listed as known, explained deviations (first word of each non-comment line). */
    static Map<String, String> ledger(Path file) throws IOException {
        Map<String, String> ids = new HashMap<>();
        if (file == null || !Files.exists(file)) {
            return ids;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int space = t.indexOf(' ');
            ids.put(space < 0 ? t : t.substring(0, space), space < 0 ? "" : t.substring(space + 1).strip());
        }
        return ids;
    }
}
