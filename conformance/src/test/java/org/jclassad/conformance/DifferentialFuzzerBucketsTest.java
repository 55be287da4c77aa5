package org.jclassad.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.jclassad.conformance.fuzz.CaseGenerator;
import org.jclassad.conformance.fuzz.DifferentialFuzzer;
import org.junit.jupiter.api.Test;

/** How the differential fuzzer sorts disagreements with the oracle into buckets. */
class DifferentialFuzzerBucketsTest {

    private static Map<String, Object> result(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String classify(String expr, Map<String, Object> expected, Map<String, Object> actual) {
        Map<String, Object> c = result("op", "eval", "expr", expr);
        return DifferentialFuzzer.refine(DifferentialFuzzer.bucket(expected, actual), c, expected, actual);
    }

    @Test
    void agreementIsNoBucket() {
        assertNull(DifferentialFuzzer.bucket(result("ok", true, "value", "1", "type", "integer"),
                result("ok", true, "value", "1", "type", "integer")));
    }

    @Test
    void differentTypesAndValuesAreTheirOwnBuckets() {
        assertEquals("type", classify("x", result("ok", true, "value", "1", "type", "integer"),
                result("ok", true, "value", "error", "type", "error")));
        assertEquals("value", classify("x", result("ok", true, "value", "1", "type", "integer"),
                result("ok", true, "value", "2", "type", "integer")));
    }

    @Test
    void aRealDifferingInItsLastPrintedDigitIsRealLastBit() {
        assertEquals("real-last-bit", classify("pow(1.5 / 3.141592653589793, -1)",
                result("ok", true, "value", "2.094395102393196E+00", "type", "real"),
                result("ok", true, "value", "2.094395102393195E+00", "type", "real")));
        assertEquals("value", classify("1.5", result("ok", true, "value", "1.500000000000000E+00", "type", "real"),
                result("ok", true, "value", "2.500000000000000E+00", "type", "real")));
    }

    @Test
    void junkAfterATopLevelConditionalIsTheOraclesLimit() {
        assertEquals("oracle-conditional-junk", classify("b ? 5 : 2)", result("ok", false, "error", "parse"),
                result("ok", true, "unparse", "b ? 5 : 2")));
        assertEquals("parse-accept-reject", classify("(1", result("ok", false, "error", "parse"),
                result("ok", true, "unparse", "1")));
    }

    @Test
    void formattingATimeBeyondGlibcsYearsIsItsOwnBucket() {
        assertEquals("glibc-out-of-range-time", classify("formatTime(-2 >>> 1)",
                result("ok", true, "value", "\"garbage\"", "type", "string"),
                result("ok", true, "value", "\"other\"", "type", "string")));
    }

    @Test
    void generatedCasesNeverReadTheClock() {
        CaseGenerator g = new CaseGenerator(new Random(5));
        for (int i = 0; i < 20_000; i++) {
            String expr = String.valueOf(g.next(i).get("expr"));
            assertFalse(expr.matches("(?is).*(absTime|formatTime)\\s*\\(\\s*\\).*|.*\\btime\\s*\\(.*"), expr);
        }
    }
}
