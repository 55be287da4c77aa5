package org.jclassad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jclassad.format.LongFormReader;
import org.jclassad.format.NewSyntaxWriter;
import org.jclassad.format.OldSyntaxWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.jclassad.ClassAd;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;

/** The literal fast path of the long-format reader builds exactly what the parser builds. */
class LongFormFastPathTest {
    private static final List<String> EDGES = List.of("A = 0", "A = -0", "A = 007", "A = 00", "A = -17",
            "A = 9223372036854775807", "A = -9223372036854775808", "A = 99999999999999999999", "A = 1.5",
            "A = -0.0", "A = 0.0", "A = 1.5e300", "A = 1.5E-3", "A = 1.", "A = .5", "A = 1e5", "A = 01.5",
            "A = \"x\"", "A = \"\"", "A = \"a\\\"b\"", "A = \"a\\b\"", "A = \"x\" y", "A = TRUE", "A = fAlse",
            "A = true2", "A = 1 2", "A = 1  ", "A =\t1", "  A=1", "A B = 2", "A = \"tab\there\"", " = 1", "A",
            "A = \"\u00e9\"", "A = -", "A = 1.5.2");

    @Test
    void sameAsTheParserOnEveryLineOfTheSamplePoolAndOnEdgeCases() {
        List<String> lines = new ArrayList<>(EDGES);
        for (String line : SamplePool.text().split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        int fast = 0;
        for (String line : lines) {
            ClassAd viaFast = new ClassAd();
            // the line as the reader finds it: inside its buffer, between other text
            String before = "= \"x\"\n";
            byte[] buffer = (before + line + "\r\n1").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!LongFormFastPath.tryInsert(viaFast, buffer, before.length(), before.length() + line.length())) {
                continue;
            }
            fast++;
            ClassAd viaParser = new ClassAd();
            try {
                LongFormReader.addLine(viaParser, line, 1, ParseOptions.defaults());
            } catch (ParseException e) {
                throw new AssertionError("fast path accepted a line the parser rejects: " + line, e);
            }
            assertEquals(NewSyntaxWriter.unparse(viaParser), NewSyntaxWriter.unparse(viaFast), line);
            assertEquals(OldSyntaxWriter.longForm(viaParser), OldSyntaxWriter.longForm(viaFast), line);
            ClassAd.Attribute p = viaParser.attributes().get(0);
            ClassAd.Attribute f = viaFast.attributes().get(0);
            assertEquals(p.name(), f.name(), line);
            assertEquals(p.expr().getClass(), f.expr().getClass(), line);
            assertEquals(viaParser.evaluateAttr(p.name()), viaFast.evaluateAttr(f.name()), line);
        }
        assertTrue(fast > 90_000, "most sample lines take the fast path: " + fast);
    }
}
