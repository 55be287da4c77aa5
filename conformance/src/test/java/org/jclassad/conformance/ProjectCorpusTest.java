package org.jclassad.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

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
        CorpusRunner.assertConforms("Project corpus", corpus.get(), Set.of(), Set.of());
    }
}
