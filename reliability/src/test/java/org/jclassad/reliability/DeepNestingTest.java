package org.jclassad.reliability;

import static org.jclassad.reliability.Inputs.nested;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdParseException;
import org.jclassad.io.AdStreamOptions;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;
import org.jclassad.format.JsonReader;
import org.jclassad.format.LongFormReader;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.transform.xform.Transform;
import org.jclassad.transform.xform.TransformLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input nested far past HTCondor's limits is a parse error in every reader and statement, never a
 * stack overflow (the suite runs with a 1 MB thread stack); the ads around it are still read.
 */
class DeepNestingTest {
    private static final int DEEP = 100_000;
    private static final ParseOptions OPTIONS = ParseOptions.defaults();

    @ParameterizedTest
    @ValueSource(strings = {"(|1|)", "{|1|}", "[a = |1|]", "f(|1|)", "a[|0|]", "!|true|", "-|1|", "~|1|",
            "1 ? |2| : 3", "1 ? 2 : |3|", "a ?: |b|", "x.y[|0|].z", "{[a = |1|]}"})
    void everyNestingConstructIsAParseError(String shape) {
        String[] parts = shape.split("\\|", -1);
        String text = nested(parts[0], parts[1], parts[2], DEEP);
        ParseException e = assertThrows(ParseException.class, () -> ExprParser.parseExpression(text, OPTIONS, Reading.WHOLE));
        assertTrue(e.reason().startsWith("expression nested too deeply"), e.getMessage());
    }

    @Test
    void theDeepestAcceptedNestingStillPrintsAndEvaluates() {
        String text = nested("(", "1", ")", 165);
        ClassAd ad = ClassAd.parse("[ x = " + nested("{", "1", "}", 164) + " ]");
        assertEquals("1", ad.evaluate(text).toString());
        assertTrue(ad.toString().length() > 300);
    }

    @Test
    void newSyntaxAd() {
        assertThrows(ParseException.class, () -> ClassAd.parse(nested("[a = ", "1", "]", DEEP)));
    }

    @Test
    void longFormValue() {
        assertThrows(ParseException.class, () -> LongFormReader.parseAd("A = " + nested("(", "1", ")", DEEP) + "\n", OPTIONS));
    }

    @Test
    void jsonObjectsListsAndExpressions() {
        assertThrows(ParseException.class, () -> JsonReader.parseAd("{\"a\":" + nested("[", "", "]", DEEP) + "}", OPTIONS));
        assertThrows(ParseException.class,
                () -> JsonReader.parseAd(nested("{\"a\":", "1", "}", DEEP), OPTIONS));
        assertThrows(ParseException.class,
                () -> JsonReader.parseAd("{\"a\":\"\\/Expr(" + nested("(", "1", ")", DEEP) + ")\\/\"}", OPTIONS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LONG", "NEW", "NEWL", "JSON", "JSONL", "XML"})
    void everyStreamFormatReportsTheDeepAdAndReadsTheOthers(String format) {
        AdFormat f = AdFormat.valueOf(format);
        String deepValue = switch (f) {
            case LONG -> "X = " + nested("(", "1", ")", DEEP);
            case NEW, NEWL -> "[ id = 2; x = " + nested("{", "1", "}", DEEP) + " ]";
            case JSON, JSONL -> "{\"id\": 2, \"x\": " + nested("[", "1", "]", DEEP) + "}";
            case XML -> "<c><a n=\"id\"><i>2</i></a><a n=\"x\">" + nested("<l>", "<i>1</i>", "</l>", DEEP) + "</a></c>";
        };
        String text = switch (f) {
            case LONG -> "id = 1\n\nid = 2\n" + deepValue + "\n\nid = 3\n";
            case NEW -> "{\n[ id = 1 ]\n,\n" + deepValue + "\n,\n[ id = 3 ]\n}\n";
            case NEWL -> "[ id = 1 ]\n" + deepValue + "\n[ id = 3 ]\n";
            case JSON -> "[\n{\"id\": 1},\n" + deepValue + ",\n{\"id\": 3}\n]\n";
            case JSONL -> "{\"id\": 1}\n" + deepValue + "\n{\"id\": 3}\n";
            case XML -> "<?xml version=\"1.0\"?>\n<classads>\n<c><a n=\"id\"><i>1</i></a></c>\n" + deepValue
                    + "\n<c><a n=\"id\"><i>3</i></a></c>\n</classads>\n";
        };
        List<AdParseException> errors = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (AdStreamReader r = AdStreams.open(new StringReader(text), f,
                AdStreamOptions.defaults().skippingMalformed(errors::add))) {
            r.forEachRemaining(ad -> ids.add(ad.evaluateAttr("id").toString()));
        }
        assertEquals(List.of("1", "3"), ids);
        assertEquals(1, errors.size());
        assertEquals(2, errors.get(0).ordinal());
    }

    @Test
    void transformStatement() {
        String rules = "SET X = " + nested("(", "1", ")", DEEP) + "\n";
        try {
            Transform t = Transform.fromRulesText("deep", rules);
            assertTrue(t != null);
        } catch (TransformLoadException | ParseException refused) {
            // a clean refusal is fine; a stack overflow is not
        }
    }

    @Test
    void batchAnswersDeepInputWithTheProtocolsErrors() {
        org.jclassad.cli.Batch batch = new org.jclassad.cli.Batch(java.time.ZoneOffset.UTC);
        String deepJson = "{\"a\":" + nested("[", "", "]", DEEP) + "}";
        assertEquals("{\"ok\":false,\"error\":\"parse\"}",
                org.jclassad.cli.Batch.write(batch.run(java.util.Map.of("op", "parse_ad", "syntax", "json", "text", deepJson))));
        assertEquals("{\"ok\":false,\"error\":\"parse\"}", org.jclassad.cli.Batch.write(
                batch.run(java.util.Map.of("op", "eval", "expr", nested("(", "1", ")", DEEP)))));
    }
}
