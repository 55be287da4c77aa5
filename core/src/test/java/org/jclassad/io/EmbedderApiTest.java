package org.jclassad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jclassad.AttributeException;
import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.value.Value;
import org.junit.jupiter.api.Test;

/**
 * The embedder's entry points: typed getters, ads from Java values, sameness, quoting and the
 * reference analyses. Expected results were checked with HTCondor 25.14's Python bindings.
 */
class EmbedderApiTest {
    private static final ClassAd JOB = ClassAd.parse("[ RequestCpus = 2; Memory = 1024 * 2; Owner = \"alice\";"
            + " Weight = 1.5; Idle = RequestCpus > 4; Args = { \"-v\", RequestCpus + 1 }; Inner = [ x = 1; y = x + 1 ];"
            + " Queued = absTime(\"2026-01-02T03:04:05Z\"); Wall = relTime(\"1:30:00\"); Broken = 1/0; Nothing = undefined ]");

    @Test
    void typedGettersEvaluateTheAttribute() {
        assertEquals(2048L, JOB.getLong("memory"));
        assertEquals(2, JOB.getInt("RequestCpus"));
        assertEquals(1.5, JOB.getDouble("Weight"));
        assertEquals(2.0, JOB.getDouble("RequestCpus"), "an integer reads as a double");
        assertFalse(JOB.getBoolean("Idle"));
        assertEquals("alice", JOB.getString("Owner"));
        assertEquals(Instant.parse("2026-01-02T03:04:05Z"), JOB.getInstant("Queued"));
        assertEquals(Duration.ofMinutes(90), JOB.getDuration("Wall"));
    }

    @Test
    void listElementsComeBackAsEvaluatedValues() {
        assertEquals(List.of(Value.ofString("-v"), Value.of(3)), JOB.getList("Args"));
        assertEquals(List.of("-v", 3L), JOB.getAs("Args", List.class));
    }

    @Test
    void nestedAdsComeBackAsMapsOfValues() {
        assertEquals(Map.of("x", Value.of(1), "y", Value.of(2)), JOB.getMap("Inner"));
        assertEquals(2L, JOB.getAs("Inner", ClassAd.class).getLong("y"));
    }

    @Test
    void getOrGivesTheFallbackForMissingAndUndefinedOnly() {
        assertEquals(7, JOB.getOr("NoSuchAttribute", 7));
        assertEquals("x", JOB.getOr("Nothing", "x"));
        assertEquals(2, JOB.getOr("RequestCpus", 1));
        assertThrows(AttributeException.class, () -> JOB.getOr("Owner", 1), "a string is not an int");
    }

    @Test
    void typedGettersNameTheAttributeAndTheProblem() {
        AttributeException wrong = assertThrows(AttributeException.class, () -> JOB.getLong("Owner"));
        assertEquals("attribute 'Owner' is a string, not an integer", wrong.getMessage());
        assertEquals("Owner", wrong.attribute());
        assertEquals("attribute 'Gone' is missing",
                assertThrows(AttributeException.class, () -> JOB.getString("Gone")).getMessage());
        assertEquals("attribute 'Broken' is error",
                assertThrows(AttributeException.class, () -> JOB.getLong("Broken")).getMessage());
        assertEquals("attribute 'Nothing' is undefined",
                assertThrows(AttributeException.class, () -> JOB.getBoolean("Nothing")).getMessage());
        assertThrows(AttributeException.class, () -> ClassAd.parse("[ a = 1 << 40 ]").getInt("a"));
    }

    @Test
    void adsBuiltFromJavaValuesPrintAsHTCondorWould() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", 1);
        m.put("b", List.of(1, 2));
        m.put("c", Map.of("x", "y"));
        m.put("d", true);
        m.put("e", 1.5);
        m.put("f", null);
        ClassAd ad = ClassAd.fromMap(m);
        assertEquals("[ a = 1; b = { 1,2 }; c = [ x = \"y\" ]; d = true; e = 1.500000000000000E+00; f = undefined ]", ad.toString());
        assertEquals(ad, ClassAd.parse("[a=1;b={1,2};c=[x=\"y\"];d=true;e=1.5;f=undefined]"));
    }

    @Test
    void javaValuesRoundTripThroughAnAd() {
        OffsetDateTime t = OffsetDateTime.of(2026, 3, 4, 5, 6, 7, 0, ZoneOffset.ofHours(2));
        ClassAd ad = new ClassAd().put("t", t).put("d", Duration.ofMillis(1500)).put("s", "é\"\n").put("l", 1L << 40);
        assertEquals(t, ad.getAs("t", OffsetDateTime.class));
        assertEquals(Duration.ofMillis(1500), ad.getDuration("d"));
        assertEquals("é\"\n", ad.getString("s"));
        assertEquals(1L << 40, ad.getLong("l"));
        assertThrows(IllegalArgumentException.class, () -> new ClassAd().put("x", new Object()));
    }

    @Test
    void insertingNullBindsUndefinedAsPythonsNoneDoes() {
        ClassAd ad = new ClassAd();
        ad.insert("a", (Value) null);
        ad.insert("b", (Expr) null);
        assertEquals("[ a = undefined; b = undefined ]", ad.toString());
    }

    @Test
    void adsAreEqualWhenTheyBindTheSameNamesToTheSameExpressions() {
        assertEquals(ClassAd.parse("[a=1;B=2]"), ClassAd.parse("[b=2;A=1]"), "names ignore case and order");
        assertEquals(ClassAd.parse("[a=1;B=2]").hashCode(), ClassAd.parse("[b=2;A=1]").hashCode());
        assertEquals(ClassAd.parse("[a=[b=1]]"), ClassAd.parse("[a=[B=1]]"), "nested ads compare as ads");
        assertEquals(ClassAd.parse("[a = 1 + x]"), ClassAd.parse("[a=1+x]"), "layout does not count");
        assertNotEquals(ClassAd.parse("[a=1+1]"), ClassAd.parse("[a=2]"), "expressions are not evaluated");
        assertNotEquals(ClassAd.parse("[a=1 + 1]"), ClassAd.parse("[a=(1+1)]"), "parentheses count");
        assertNotEquals(ClassAd.parse("[a=\"x\"]"), ClassAd.parse("[a=\"X\"]"), "string case counts");
        assertNotEquals(ClassAd.parse("[a=1.0]"), ClassAd.parse("[a=1]"), "a real is not an integer");
        assertNotEquals(ClassAd.parse("[a=x]"), ClassAd.parse("[a=X]"), "reference spelling counts in expressions");
        assertNotEquals(ClassAd.parse("[a=1]"), ClassAd.parse("[a=1;b=2]"));
    }

    @Test
    void listAndAdValuesAreEqualByTheirExpressions() {
        ClassAd ad = ClassAd.parse("[ a = { 1, { 2, \"x\" }, [ p = 1 ] }; b = { 1, { 2, \"x\" }, [ P = 1 ] }; c = { 1, 2 } ]");
        assertEquals(ad.evaluateAttr("a"), ad.evaluateAttr("b"));
        assertEquals(ad.evaluateAttr("a").hashCode(), ad.evaluateAttr("b").hashCode());
        assertEquals(ad.getList("a"), ad.getList("b"), "nested lists and ads compare as values");
        assertNotEquals(ad.evaluateAttr("a"), ad.evaluateAttr("c"));
    }

    @Test
    void quoteWritesUtf8BytesAsOctalEscapesAndUnquoteReversesIt() {
        assertEquals("\"\\303\\251\"", ClassAds.quote("é"));
        assertEquals("\"a\\\"b\\\\c\\n\"", ClassAds.quote("a\"b\\c\n"));
        assertEquals("é", ClassAds.unquote("\"\\303\\251\""));
        assertEquals("A", ClassAds.unquote("\"\\101\""));
        assertEquals("a\"b", ClassAds.unquote("\"a\\\"b\""));
        for (String s : List.of("", "plain", "tab\there", "日本語", "emoji \uD83D\uDE00", "\\\"")) {
            assertEquals(s, ClassAds.unquote(ClassAds.quote(s)), s);
        }
        assertThrows(IllegalArgumentException.class, () -> ClassAds.unquote("abc"));
        assertThrows(IllegalArgumentException.class, () -> ClassAds.unquote("\"x\" + \"y\""));
    }

    @Test
    void referencesAndFlatteningFollowHTCondor() {
        ClassAd ad = ClassAd.parse("[a=1;b=a+e;d=b;n=[x=1;y=x+q]]");
        assertEquals(List.of("c", "x.y"), ClassAds.externalRefs(ClassAd.parse("[a=1;b=a+c]"), ClassAds.parseExpr("a+c+x.y")));
        assertEquals(List.of("a", "b"), ClassAds.internalRefs(ClassAd.parse("[a=1;b=a+c]"), ClassAds.parseExpr("a+c+b")));
        assertEquals(List.of("a", "b", "d"), ClassAds.internalRefs(ad, ClassAds.parseExpr("d")));
        assertEquals(List.of("e"), ClassAds.externalRefs(ad, ClassAds.parseExpr("d")));
        assertEquals(List.of("n"), ClassAds.internalRefs(ad, ClassAds.parseExpr("n.x + n.w")));
        assertEquals(List.of("w"), ClassAds.externalRefs(ad, ClassAds.parseExpr("n.x + n.w")));
        assertEquals(List.of("a", "b"), ClassAds.internalRefs(ad, ClassAds.parseExpr("strcat(a,b)")));
        assertTrue(Expr.sameAs(ClassAds.parseExpr("1 + c"), ClassAds.flatten(ClassAd.parse("[a=1;b=a+c]"), ClassAds.parseExpr("a+c"))));
        assertEquals("1 + c", ClassAds.unparse(ClassAds.flatten(ClassAd.parse("[a=1;b=a+c]"), ClassAds.parseExpr("a+c"))));
    }
}
