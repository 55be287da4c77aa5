package org.jclassad.reliability;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.jclassad.ast.Expr;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdStreamOptions;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;
import org.jclassad.io.JsonReader;
import org.jclassad.io.LongFormReader;
import org.jclassad.parse.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.transform.xform.Transform;
import org.jclassad.transform.xform.TransformLoadException;
import org.jclassad.unparse.Unparser;

/**
 * The coverage-guided fuzz target over every way text gets in: the expression parser (new and old
 * syntax, full and non-full), new-syntax ads, the four ad readers as streams (long, new, JSON, XML,
 * and format detection) and the transform loader. The first byte picks the entry point, the rest is
 * the text (bytes as chars, the library's convention).
 *
 * <p>A finding is any throwable other than the documented ones ({@link ParseException} and, from the
 * transform loader, {@link TransformLoadException}): a runtime exception, a stack overflow, running
 * out of memory under the suite's small heap, or a stream whose counts do not add up.
 *
 * <p>{@code mvn verify} fuzzes a bounded number of inputs (property {@code fuzz.executions}); without
 * {@code JAZZER_FUZZ=1} the test only replays the seeds under {@code src/test/resources}. See the
 * module's README for long runs.
 */
class ParserAndReadersFuzzTest {
    private static final ParseOptions NEW = ParseOptions.defaults();
    private static final ParseOptions OLD = NEW.withOldSyntax(true);
    private static final AdFormat[] STREAM_FORMATS = {null, AdFormat.LONG, AdFormat.NEW, AdFormat.NEWL,
            AdFormat.JSON, AdFormat.JSONL, AdFormat.XML};

    @FuzzTest(maxDuration = "3h")
    void everyEntryPointFailsOnlyWithItsDocumentedErrors(FuzzedDataProvider data) {
        int target = data.consumeInt(0, 6 + STREAM_FORMATS.length);
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.ISO_8859_1);
        try {
            switch (target) {
                case 0 -> print(ExprParser.parseExpression(text, NEW, true));
                case 1 -> print(ExprParser.parseExpression(text, OLD, true));
                case 2 -> print(ExprParser.parsePrefix(text, NEW).expr());
                case 3 -> print(ExprParser.parseRecord(text, NEW));
                case 4 -> LongFormReader.parseAd(text, NEW).toString();
                case 5 -> JsonReader.parseAd(text, NEW).toString();
                case 6 -> Transform.fromRulesText("fuzz", text);
                default -> readStream(text, STREAM_FORMATS[target - 7]);
            }
        } catch (ParseException | TransformLoadException expected) {
            // a documented refusal
        }
    }

    private static void print(Expr e) {
        Unparser.newSyntax(e);
        Unparser.oldSyntax(e);
    }

    /** Reads every ad of a stream, skipping malformed ones; the counts must add up. */
    private static void readStream(String text, AdFormat format) {
        try (AdStreamReader r = AdStreams.open(new StringReader(text), format,
                AdStreamOptions.defaults().skippingMalformed(null))) {
            while (r.hasNext()) {
                r.next().toString();
            }
            if (r.adsBegun() != r.returned() + r.malformed()) {
                throw new IllegalStateException("ads begun " + r.adsBegun() + " != returned " + r.returned()
                        + " + malformed " + r.malformed());
            }
        }
    }
}
