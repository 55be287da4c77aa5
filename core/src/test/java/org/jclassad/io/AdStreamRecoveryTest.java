package org.jclassad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jclassad.format.NewSyntaxWriter;
import org.jclassad.format.XmlWriter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.jclassad.ClassAd;

/** Malformed ads: the error names the ad and the place; skipping loses no other ad. */
class AdStreamRecoveryTest {

    /** Reads skipping malformed ads; returns the value of attribute {@code id} of each ad read. */
    private static List<String> ids(String text, AdFormat format, List<AdParseException> errors) {
        return ids(text, format, AdStreamOptions.defaults(), errors);
    }

    private static List<String> ids(String text, AdFormat format, AdStreamOptions options,
            List<AdParseException> errors) {
        List<String> ids = new ArrayList<>();
        try (AdStreamReader r = AdStreams.open(new StringReader(text), format,
                options.skippingMalformed(errors::add))) {
            while (r.hasNext()) {
                ids.add(r.next().evaluateAttr("id").toString());
            }
        }
        return ids;
    }

    private static void assertError(AdParseException e, long ordinal, long line, int column) {
        assertEquals(ordinal + "@" + line + ":" + column, e.ordinal() + "@" + e.line() + ":" + e.column(),
                e.getMessage());
    }

    @Test
    void longFormBadLineSkipsThatAdOnly() {
        String text = "id = 1\nA = 2\n\n# a comment\nid = 2\nBad = (1 +\nC = 3\n\nid = 3\n";
        List<AdParseException> errors = new ArrayList<>();
        assertEquals(List.of("1", "3"), ids(text, AdFormat.LONG, errors));
        assertEquals(1, errors.size());
        assertError(errors.get(0), 2, 6, 11);
        assertTrue(errors.get(0).getMessage().startsWith("ad 2 at 6:11: "), errors.get(0).getMessage());
    }

    @Test
    void withoutSkippingNextThrowsAndTheReaderGoesOn() {
        String text = "id = 1\n\nid = 2\nBad = = 3\n\nid = 3\n";
        try (AdStreamReader r = AdStreams.open(new StringReader(text), AdFormat.LONG, AdStreamOptions.defaults())) {
            assertEquals("1", r.next().evaluateAttr("id").toString());
            AdParseException e = assertThrows(AdParseException.class, r::next);
            assertError(e, 2, 4, 7);
            assertEquals("3", r.next().evaluateAttr("id").toString());
            assertFalse(r.hasNext());
        }
    }

    @Test
    void longFormCommentsBlankRunsAndOtherDelimiters() {
        String text = "\n\n  # lead\nid = 1\n   \n\n\n#x\nid = 2\n  # inside\nB = 1\n";
        List<AdParseException> errors = new ArrayList<>();
        assertEquals(List.of("1", "2"), ids(text, AdFormat.LONG, errors));
        String starred = "id = 1\n\nA = 2\n*** end\nid = 2\n*** end\n";
        assertEquals(List.of("1", "2"), ids(starred, AdFormat.LONG,
                AdStreamOptions.defaults().withDelimiter("***"), errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void newSyntaxListWithABadAd() {
        String text = "{\n[ id = 1; a = 2 ]\n,\n[ id = 2; b = (1 + ]\n,\n[ id = 3 ]\n}\n";
        List<AdParseException> errors = new ArrayList<>();
        assertEquals(List.of("1", "3"), ids(text, null, errors));
        assertEquals(1, errors.size());
        assertError(errors.get(0), 2, 4, 20);
    }

    @Test
    void newSyntaxUnterminatedStringResyncsAtTheNextAd() {
        String text = "[ id = 1 ]\n[ id = 2; s = \"oops ]\n[ id = 3 ]\n  [ id = 4 ]\n";
        List<AdParseException> errors = new ArrayList<>();
        assertEquals(List.of("1", "3", "4"), ids(text, AdFormat.NEW, errors));
        assertEquals(1, errors.size());
        assertError(errors.get(0), 2, 2, 15);
        assertEquals("unterminated string", errors.get(0).reason(), "the error is the bad ad's own, at its string");
    }

    @Test
    void newSyntaxOneAdPerLine() {
        String text = "[ id = 1 ]\n[ id = 2; x = ]\n\n[ id = 3 ]\n";
        List<AdParseException> errors = new ArrayList<>();
        assertEquals(List.of("1", "3"), ids(text, null, errors));
        assertError(errors.get(0), 2, 2, 15);
    }

    @Test
    void jsonArrayWithABadObject() {
        String text = "[\n{\n  \"id\": 1\n}\n,\n{\n  \"id\": 2,\n  \"x\": tru\n}\n,\n{\n  \"id\": 3\n}\n]\n";
        List<AdParseException> errors = new ArrayList<>();
        assertEquals(List.of("1", "3"), ids(text, null, errors));
        assertError(errors.get(0), 2, 8, 8);
    }

    @Test
    void jsonLinesWithABadLine() {
        String text = "{\"id\": 1}\n{\"id\": 2, \"x\": \"\\/Expr(1 +)\\/\"}\n{\"id\": 3}\n";
        List<AdParseException> errors = new ArrayList<>();
        assertEquals(List.of("1", "3"), ids(text, null, errors));
        assertEquals(2, errors.get(0).ordinal());
        assertEquals(2, errors.get(0).line());
    }

    @Test
    void xmlWithBadAds() {
        String text = XmlWriter.FILE_HEADER
                + "<c>\n    <a n=\"id\"><i>1</i></a>\n</c>\n"
                + "<c>\n    <a n=\"id\"><i>2</i></a>\n    <a n=\"e\"><e>1 +</e></a>\n    <a n=\"n\"><i>5</i></a>\n</c>\n"
                + "<c>\n    <a><i>7</i></a>\n</c>\n"
                + "<c>\n    <a n=\"id\"><i>4</i></a>\n    <a n=\"x\"><c>\n        <a n=\"y\"><s>a &lt; b</s></a>\n"
                + "    </c></a>\n</c>\n"
                + XmlWriter.FILE_FOOTER;
        List<AdParseException> errors = new ArrayList<>();
        assertEquals(List.of("1", "4"), ids(text, null, errors));
        assertEquals(2, errors.size());
        assertError(errors.get(0), 2, 9, 20);
        assertError(errors.get(1), 3, 13, 5);
    }

    @Test
    void xmlValuesAsHTCondorReadsThem() {
        String text = "<?xml version=\"1.0\"?>\n<classads><c><a n=\"i\"><i>12abc</i></a><a n=\"bad\"><i>x</i></a>"
                + "<a n=\"r\"><r>INF</r></a><a n=\"s\"><s>  a\\tb\"c</s></a><a n=\"e\"><s></s></a>"
                + "<a n=\"b\"><b v=\"T\"/></a><a n=\"u\"><un/></a><a n=\"l\"><l><i>1</i><s>x</s></l></a>"
                + "<a n=\"q\\&quot;\"><e>a &amp;&amp; b</e></a></c></classads>\n";
        List<ClassAd> ads = new ArrayList<>();
        try (AdStreamReader r = AdStreams.open(new StringReader(text), null, AdStreamOptions.defaults())) {
            assertEquals(AdFormat.XML, r.format());
            r.forEachRemaining(ads::add);
        }
        assertEquals("[ b = true; e = \"\"; i = 12; l = { 1,\"x\" }; r = real(\"INF\"); s = \"  a\\tb\\\"c\"; u = undefined; "
                + "bad = error; 'q&quot;' = a && b ]", NewSyntaxWriter.unparse(ads.get(0)));
    }

    @Test
    void detectsEveryHTCondorForm() {
        assertEquals(AdFormat.LONG, AdStreams.detect("# comment\n\nA = 1\n"));
        assertEquals(AdFormat.XML, AdStreams.detect("\n<?xml version=\"1.0\"?>\n<classads>"));
        assertEquals(AdFormat.JSON, AdStreams.detect("[\n{\n  \"a\": 1\n}\n]\n"));
        assertEquals(AdFormat.NEW, AdStreams.detect("{\n[ a = 1 ]\n}\n"));
        assertEquals(AdFormat.JSONL, AdStreams.detect("{\"a\": 1}\n"));
        assertEquals(AdFormat.NEWL, AdStreams.detect("  [ a = 1 ]  \n"));
        assertEquals(AdFormat.NEW, AdStreams.detect("[\n  a = 1;\n  b = 2\n]\n"),
                "a '[' line not followed by '{' cannot begin a long-form ad: new syntax");
        assertEquals(AdFormat.NEW, AdStreams.detect("[ a = 1;\n  b = 2 ]\n[ a = 3 ]\n"));
        assertEquals(AdFormat.NEW, AdStreams.detect("[ a = ( ]\n"), "a malformed one-line ad is still new syntax");
        assertEquals(AdFormat.NEW, AdStreams.detect("[ a = 1\n"), "HTCondor reads it as long form and fails"
                + " (docs/deviations.md D11)");
        assertEquals(AdFormat.LONG, AdStreams.detect(""));
    }

    @Test
    void lineNumbersSurviveDetection() {
        String text = "# header\n\nid = 1\n\nid = 2\nX = )\n";
        List<AdParseException> errors = new ArrayList<>();
        assertEquals(List.of("1"), ids(text, null, errors));
        assertError(errors.get(0), 2, 6, 5);
    }

    @Test
    void overlongAdsAreMalformedNotFatal() {
        String big = "x".repeat(500);
        String text = "id = 1\n\nid = 2\nS = \"" + big + "\"\n\nid = 3\n";
        List<AdParseException> errors = new ArrayList<>();
        assertEquals(List.of("1", "3"), ids(text, AdFormat.LONG, AdStreamOptions.defaults().withMaxAdChars(100), errors));
        assertEquals(2, errors.get(0).ordinal());
        String json = "{\"id\": 1}\n{\"id\": 2, \"s\": \"" + big + "\"}\n{\"id\": 3}\n";
        errors.clear();
        assertEquals(List.of("1", "3"), ids(json, AdFormat.JSON, AdStreamOptions.defaults().withMaxAdChars(100), errors));
    }
}
