package org.jclassad.transform.xform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.jclassad.ClassAd;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdStreamOptions;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;
import org.junit.jupiter.api.Test;

/** {@link TransformPipeline}: results in input order, the same on any number of threads. */
class TransformPipelineTest {
    static final Transform RULES = Transform.fromRulesText("rules", String.join("\n",
            "EVALSET Twice N * 2",
            "SET Tag \"t$(Row)-$(Step)\"",
            "TRANSFORM 2",
            ""));

    /** Ads N = 0..count-1; every {@code badEvery}th position throws as a malformed ad would. */
    static Iterator<ClassAd> inputs(int count, int badEvery) {
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public ClassAd next() {
                if (i >= count) {
                    throw new NoSuchElementException();
                }
                int n = i++;
                if (badEvery > 0 && n % badEvery == badEvery - 1) {
                    throw new IllegalArgumentException("bad ad " + n);
                }
                return ClassAd.parse("[ N = " + n + " ]");
            }
        };
    }

    static List<String> run(int threads, int count, int badEvery) {
        TransformPipeline p = TransformPipeline.builder(() -> Transformer.of(RULES)).threads(threads).batchSize(7)
                .render(ClassAd::toString).build();
        List<String> out = new ArrayList<>();
        try (TransformPipeline.Results results = p.run(inputs(count, badEvery))) {
            long expected = 1;
            while (results.hasNext()) {
                TransformPipeline.Result r = results.next();
                assertEquals(expected++, r.ordinal());
                if (r.readFailure() != null) {
                    assertNull(r.input());
                    out.add("failure: " + r.readFailure().getMessage());
                    continue;
                }
                r.replay(new TransformListener() {
                    @Override
                    public void step(Step step) {
                        out.add("step: " + step);
                    }
                }, (ad, text) -> out.add("ad: " + text));
            }
        }
        return out;
    }

    @Test
    void parallelResultsEqualSequentialOnes() {
        List<String> one = run(1, 1000, 0);
        assertEquals(1000 * 2 * 3, one.size(), "two ads per input, each after its two steps");
        for (int threads : new int[] {2, 3, 8}) {
            assertEquals(one, run(threads, 1000, 0), threads + " threads");
        }
        assertTrue(one.get(2).contains("Tag = \"t0-0\"") && one.get(5).contains("Tag = \"t0-1\""), one.toString());
    }

    @Test
    void aFailureToReadIsAResultInItsPlaceAndReadingGoesOn() {
        List<String> one = run(1, 300, 50);
        assertTrue(one.contains("failure: bad ad 49"), one.toString());
        assertEquals(one, run(4, 300, 50));
    }

    /** The same through an ad stream, which workers take in parts and parse themselves. */
    static List<String> runStream(int threads, String text) {
        TransformPipeline p = TransformPipeline.builder(() -> Transformer.of(RULES)).threads(threads).batchSize(5)
                .render(ClassAd::toString).build();
        List<String> out = new ArrayList<>();
        try (AdStreamReader in = AdStreams.open(new StringReader(text), AdFormat.LONG, AdStreamOptions.defaults());
                TransformPipeline.Results results = p.run(in)) {
            while (results.hasNext()) {
                TransformPipeline.Result r = results.next();
                if (r.readFailure() != null) {
                    out.add(r.ordinal() + " failure: " + r.readFailure().getMessage());
                    continue;
                }
                r.replay(TransformListener.NONE, (ad, rendered) -> out.add(r.ordinal() + " ad: " + rendered));
            }
        }
        return out;
    }

    @Test
    void anAdStreamIsParsedByTheWorkersWithTheSameResults() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            text.append(i % 37 == 36 ? "N = (\n" : "N = " + i + "\n").append("# comment\nM = \"m\"\n\n");
        }
        List<String> one = runStream(1, text.toString());
        assertTrue(one.contains("37 failure: ad 37 at 145:6: unexpected end of input"), one.get(72));
        for (int threads : new int[] {2, 3}) {
            assertEquals(one, runStream(threads, text.toString()), threads + " threads");
        }
    }

    @Test
    void closingEarlyStopsTheWorkers() {
        TransformPipeline p = TransformPipeline.builder(() -> Transformer.of(RULES)).threads(3).build();
        try (TransformPipeline.Results results = p.run(inputs(1_000_000, 0))) {
            for (int i = 0; i < 10; i++) {
                assertNotNull(results.next());
            }
        }
    }

    @Test
    void rulesDrawingRandomNumbersRunOnOneThread() {
        Transform random = Transform.fromRulesText("r", "SET Pick $RANDOM_INTEGER(1, 6)\n");
        assertEquals(1, TransformPipeline.builder(() -> Transformer.of(random)).threads(4).build().threads());
        assertEquals(4, TransformPipeline.builder(() -> Transformer.of(RULES)).threads(4).build().threads());
    }
}
