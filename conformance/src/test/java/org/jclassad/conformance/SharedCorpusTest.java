package org.jclassad.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Checks jclassad against the results real HTCondor 25.14 gave for the shared corpus
 * ({@code ../shared/conformance/cases.jsonl}). Every case in the areas listed in
 * {@link #REQUIRED} must pass or be in the ledger ({@code conformance/known-deviations.txt},
 * explained in {@code docs/deviations.md}). Cases tagged {@code clock} read the current time and
 * are checked only while their recorded moment holds (until 2036), so they run too.
 */
class SharedCorpusTest {
    static final Set<String> REQUIRED = Set.of("operator", "lex", "parse", "unparse", "attr", "ad", "quirk",
            "limits", "match", "random", "function");

    @Test
    void everyRecordedCaseGivesHTCondorsResult() throws Exception {
        Optional<Path> corpus = SharedData.find("conformance/cases.jsonl");
        assumeTrue(corpus.isPresent(), "../shared/conformance/cases.jsonl not found: skipping the shared corpus");
        CorpusRunner.assertConforms("Shared corpus", corpus.get(), Set.of(), REQUIRED);
    }
}
