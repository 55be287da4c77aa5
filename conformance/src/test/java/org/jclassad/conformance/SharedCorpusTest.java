package org.jclassad.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Checks jclassad against the results real HTCondor 25.14 gave for the shared corpus
 * ({@code ../shared/conformance/cases.jsonl}). Every case in the areas listed in
 * {@link #REQUIRED} must pass or be in the ledger ({@code conformance/known-deviations.txt},
 * explained in {@code docs/deviations.md}).
 */
class SharedCorpusTest {
    static final Set<String> REQUIRED = Set.of("operator", "lex", "parse", "unparse", "attr", "ad", "quirk",
            "limits", "match", "random", "function");

    @Test
    void everyRecordedCaseGivesHTCondorsResult() throws Exception {
        Optional<Path> corpus = SharedData.find("conformance/cases.jsonl");
        assumeTrue(corpus.isPresent(), "../shared/conformance/cases.jsonl not found: skipping the shared corpus");
        Map<String, String> ledger = CorpusRunner.ledger(
                SharedData.repoFile("conformance/known-deviations.txt").orElse(null));
        CorpusRunner.Report report = CorpusRunner.run(corpus.get(), Set.of("clock"));
        System.out.println("Shared corpus (" + corpus.get() + "), cases tagged 'clock' skipped:");
        System.out.print(report.summary());
        List<CorpusRunner.Mismatch> unexplained = report.mismatches.stream()
                .filter(m -> REQUIRED.contains(m.tag()) && !ledger.containsKey(m.id()))
                .collect(Collectors.toList());
        unexplained.stream().limit(60).forEach(m ->
                System.out.println("MISMATCH " + m.id() + "\n  expected " + m.expected() + "\n  actual   " + m.actual()));
        assertTrue(unexplained.isEmpty(), unexplained.size() + " cases differ from real HTCondor "
                + "and are not in conformance/known-deviations.txt; first: "
                + unexplained.stream().limit(10).map(CorpusRunner.Mismatch::id).collect(Collectors.joining(", ")));
    }
}
