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
 * Checks jclassad against the project's own corpus ({@code conformance/corpus/cases.jsonl}),
 * whose expectations were recorded from real HTCondor by {@code conformance/oracle/regenerate.py}.
 * Every case must pass or be in the ledger.
 */
class ProjectCorpusTest {

    @Test
    void everyProjectCaseGivesHTCondorsResult() throws Exception {
        Optional<Path> corpus = SharedData.repoFile("conformance/corpus/cases.jsonl");
        assumeTrue(corpus.isPresent(), "conformance/corpus/cases.jsonl not found");
        Map<String, String> ledger = CorpusRunner.ledger(
                SharedData.repoFile("conformance/known-deviations.txt").orElse(null));
        CorpusRunner.Report report = CorpusRunner.run(corpus.get(), Set.of());
        System.out.println("Project corpus (" + corpus.get() + "):");
        System.out.print(report.summary());
        List<CorpusRunner.Mismatch> unexplained = report.mismatches.stream()
                .filter(m -> !ledger.containsKey(m.id()))
                .collect(Collectors.toList());
        unexplained.stream().limit(40).forEach(m ->
                System.out.println("MISMATCH " + m.id() + "\n  expected " + m.expected() + "\n  actual   " + m.actual()));
        assertTrue(unexplained.isEmpty(), unexplained.size() + " project cases differ from real HTCondor; first: "
                + unexplained.stream().limit(10).map(CorpusRunner.Mismatch::id).collect(Collectors.joining(", ")));
    }
}
