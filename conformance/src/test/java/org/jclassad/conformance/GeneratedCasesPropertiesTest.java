package org.jclassad.conformance;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.jclassad.cli.Batch;
import org.jclassad.conformance.fuzz.CaseGenerator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The differential fuzzer's case generator as a jqwik arbitrary: whatever it writes, jclassad
 * answers with a protocol result, never an internal failure. (The comparison with real HTCondor
 * runs in CI, where the oracle is installed.)
 */
class GeneratedCasesPropertiesTest {
    private final Batch batch = new Batch(java.time.ZoneOffset.UTC);

    @Provide
    Arbitrary<Map<String, Object>> cases() {
        return Arbitraries.randomValue(random -> new CaseGenerator(random).next(0));
    }

    @Property(tries = 3000)
    void everyGeneratedCaseGetsAnAnswer(@ForAll("cases") Map<String, Object> c) {
        Map<String, Object> result = batch.run(c);
        assertNotEquals("internal", result.get("error"), () -> "jclassad failed internally on " + c);
    }
}
