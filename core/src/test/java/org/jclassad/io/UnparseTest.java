package org.jclassad.io;

import static org.jclassad.TestSupport.eval;
import static org.jclassad.TestSupport.unparse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jclassad.format.JsonWriter;
import org.jclassad.format.OldSyntaxWriter;
import org.jclassad.ClassAd;
import org.jclassad.TestSupport;
import org.jclassad.text.RealText;
import org.jclassad.text.TimeText;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;
import org.junit.jupiter.api.Test;

class UnparseTest {

    @Test
    void realsPrintWithFifteenDecimalsInNewSyntax() {
        assertEquals("1.000000000000000E+00", eval("1.0"));
        assertEquals("4.940656458412465E-324", eval("4.9e-324"));
        assertEquals("3.000000000000000E-01", eval("0.30000000000000004"));
        assertEquals("-0.0", eval("-0.0"));
    }

    @Test
    void realsPrintAsShortestGInOldSyntax() {
        assertEquals("1.0", RealText.oldSyntax(1.0));
        assertEquals("1E+16", RealText.oldSyntax(1e16));
        assertEquals("1000000000000000.0", RealText.oldSyntax(1e15));
        assertEquals("1.5E-07", RealText.oldSyntax(1.5e-7));
        assertEquals("0.0001", RealText.oldSyntax(0.0001));
        assertEquals("1E-05", RealText.oldSyntax(0.00001));
    }

    @Test
    void nonAsciiBytesPrintAsOctal() {
        assertEquals("\"a\\303\\251\"", eval("\"a\u00e9\""));
    }

    @Test
    void unaryOperatorsPrintWithALeadingSpace() {
        assertEquals(" -a +  !b", unparse("-a + !b"));
        assertEquals("[ x =  !b ]", unparse("[x = !b]"));
    }

    @Test
    void identityOperatorsPrintAsIsAndIsnt() {
        assertEquals("a is b isnt c", unparse("a =?= b =!= c"));
        assertEquals("a =?= b", Value.fromByteString(Unparser.oldSyntax(TestSupport.parse("a is b"))));
    }

    @Test
    void parenthesesAreKeptExactly() {
        assertEquals("((1))", unparse("((1))"));
    }

    @Test
    void emptyListsAndAdsHaveTwoSpaces() {
        assertEquals("{  }", unparse("{}"));
        assertEquals("[  ]", unparse("[]"));
    }

    @Test
    void attributesPrintByLengthThenName() {
        assertEquals("[ a = 2; B = 4; _c = 5; zz = 1; bbb = 3 ]",
                ClassAd.parse("[zz = 1; a = 2; bbb = 3; B = 4; _c = 5]").toString());
    }

    @Test
    void namesThatAreNotIdentifiersAreQuoted() {
        assertEquals("'a b' + 'True' + 'parent'.a", unparse("'a b' + 'True' + 'parent'.a"));
    }

    @Test
    void relativeTimesPrintInTheirShortestForm() {
        assertEquals("1+02:03:04", TimeText.relative(93784));
        assertEquals("01:1.25", TimeText.relative(61.25));
        assertEquals("0.5", TimeText.relative(0.5));
        assertEquals("00", TimeText.relative(0));
        assertEquals("-24855+-3:-14:-nan", TimeText.relative(Double.POSITIVE_INFINITY));
    }

    @Test
    void absoluteTimesPrintAtTheirOffset() {
        assertEquals("1970-01-01T01:00:00+01:00", TimeText.absolute(0, 3600));
        assertEquals("1970-01-01T00:00:00-00:00", TimeText.absolute(0, 0));
    }

    @Test
    void oldLongFormSortsByByteOrder() {
        ClassAd ad = ClassAd.parse("[b = 1; A = \"x\\\\y\"; C = 2.5]");
        assertEquals("A = \"x\\y\"\nC = 2.5\nb = 1\n", Value.fromByteString(OldSyntaxWriter.longForm(ad)));
    }

    @Test
    void jsonWritesExpressionsAsQuotedStrings() {
        ClassAd ad = ClassAd.parse("[a = 1; b = a + 1; c = {1, 2}; d = undefined]");
        assertEquals("{\"a\": 1,\"b\": \"\\/Expr(a + 1)\\/\",\"c\": [1,2],\"d\": null}", JsonWriter.write(ad, false));
    }

    @Test
    void jsonReadsBackWhatItWrites() {
        ClassAd ad = ClassAd.parse("[a = 1; b = a + 1; c = {1, [x = 2]}; d = \"s\"]");
        ClassAd back = ClassAds.parseJson(JsonWriter.write(ad, true));
        assertEquals(ad.toString(), back.toString());
    }
}
