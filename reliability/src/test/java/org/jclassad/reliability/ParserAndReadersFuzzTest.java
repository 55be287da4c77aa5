package org.jclassad.reliability;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdStreamOptions;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;
import org.jclassad.format.JsonReader;
import org.jclassad.format.LongFormReader;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.transform.config.ConfigOptions;
import org.jclassad.transform.config.Configuration;
import org.jclassad.transform.config.ConfigurationException;
import org.jclassad.transform.config.MacroExpansionException;
import org.jclassad.transform.config.MacroSet;
import org.jclassad.transform.xform.Transform;
import org.jclassad.transform.xform.TransformLoadException;
import org.jclassad.transform.xform.TransformResult;
import org.jclassad.transform.xform.Transformer;
import org.jclassad.unparse.Unparser;

/**
 * The coverage-guided fuzz target over every way text gets in: the expression parser (new and old
 * syntax, full and non-full), new-syntax ads, the four ad readers as streams (long, new, JSON, XML,
 * and format detection), the transform loader, and config and rules text read and run under
 * {@link ConfigOptions#untrusted()} (every knob expanded; the rules applied to a job ad). The first byte picks the entry point, the rest is
 * the text (bytes as chars, the library's convention).
 *
 * <p>A finding is any throwable other than the documented ones ({@link ParseException} and, from the
 * transform loader and the config reader, {@link TransformLoadException},
 * {@link ConfigurationException} and {@link MacroExpansionException}): a runtime exception, a stack overflow, running
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
    private static final ClassAd JOB = LongFormReader.parseAd("ClusterId = 7\nProcId = 0\nOwner = \"alice\"\n"
            + "RequestCpus = 4\nRequestMemory = 2048\nCmd = \"/bin/sleep\"\n", NEW);

    @FuzzTest(maxDuration = "3h")
    void everyEntryPointFailsOnlyWithItsDocumentedErrors(FuzzedDataProvider data) {
        int target = data.consumeInt(0, 8 + STREAM_FORMATS.length);
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.ISO_8859_1);
        try {
            switch (target) {
                case 0 -> print(ExprParser.parseExpression(text, NEW, Reading.WHOLE));
                case 1 -> print(ExprParser.parseExpression(text, OLD, Reading.WHOLE));
                case 2 -> print(ExprParser.parsePrefix(text, NEW).expr());
                case 3 -> print(ExprParser.parseRecord(text, NEW));
                case 4 -> LongFormReader.parseAd(text, NEW).toString();
                case 5 -> JsonReader.parseAd(text, NEW).toString();
                case 6 -> Transform.fromRulesText("fuzz", text);
                case 7 + 7 -> readConfig(text);
                case 8 + 7 -> applyRules(text);
                default -> readStream(text, STREAM_FORMATS[target - 7]);
            }
        } catch (ParseException | TransformLoadException | ConfigurationException | MacroExpansionException expected) {
            // a documented refusal
        }
    }

    /** Config text read as an untrusted configuration, then every knob expanded. */
    private static void readConfig(String text) throws ConfigurationException {
        Configuration c = Configuration.read(text, "fuzz", ConfigOptions.untrusted());
        for (MacroSet.Macro m : c.macros().macros()) {
            c.expanded(m.name());
        }
    }

    /** Rules text applied to a job ad under the untrusted options: a failed transform is an answer. */
    private static void applyRules(String text) {
        Transform t = Transform.fromRulesText("fuzz", text, ConfigOptions.untrusted());
        TransformResult r = Transformer.builder().add(t).options(ConfigOptions.untrusted()).build().apply(JOB);
        for (ClassAd ad : r.ads()) {
            ad.toString();
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
