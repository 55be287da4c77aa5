package org.jclassad.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jclassad.transform.conformance.RealWorldConformanceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The real-world transform and route-conversion cases ({@code ../shared/conformance/realworld/}
 * and the project's {@code conformance/corpus/tools/tool-cases.jsonl}) through
 * {@code jclassad transform -compat}, compared with what HTCondor 25.14's
 * {@code condor_transform_ads} printed, by {@link RealWorldConformanceTest}'s rules (its ledger,
 * its unstable sub-results, its counts).
 */
class RealWorldTransformConformanceTest {
    @AfterAll
    static void report() {
        RealWorldConformanceTest.report();
    }

    @SuppressWarnings("unchecked")
    @TestFactory
    Stream<DynamicTest> convert() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> c : RealWorldConformanceTest.cases("convert")) {
            Map<String, Object> e = (Map<String, Object>) c.get("expect");
            String config = (String) c.get("config");
            for (String mode : new String[] {"config", "file"}) {
                Map<String, Object> m = (Map<String, Object>) e.get(mode);
                if (m != null) {
                    tests.add(RealWorldConformanceTest.check(c, "convert", mode,
                            () -> TransformRun.convert(config, mode, c.get("options")), m, "exit", "stdout"));
                }
            }
        }
        return tests.stream();
    }

    @SuppressWarnings("unchecked")
    @TestFactory
    Stream<DynamicTest> transform() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> c : RealWorldConformanceTest.cases("transform")) {
            Map<String, Object> e = (Map<String, Object>) c.get("expect");
            tests.add(RealWorldConformanceTest.check(c, "transform", "stdout", () -> TransformRun.transformCase(c), e,
                    "exit", "stdout"));
        }
        return tests.stream();
    }
}
