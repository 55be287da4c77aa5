package org.jclassad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jclassad.ClassAd;
import org.jclassad.ast.Operator;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.ListValue;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreamWriter;
import org.jclassad.io.AdStreams;
import org.jclassad.io.ClassAds;
import org.jclassad.format.NewSyntaxWriter;
import org.jclassad.eval.MatchClassAd;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;
import org.junit.jupiter.api.Test;

/** The whole-ad column's binary form: decoding gives back an ad that prints, evaluates and matches as the original. */
class AdCodecTest {
    static List<ClassAd> pool() throws IOException {
        List<ClassAd> ads = new ArrayList<>();
        try (AdStreamReader r = AdStreams.open(Path.of("../examples/pool_sample.ads.gz"))) {
            r.forEachRemaining(ads::add);
        }
        return ads;
    }

    /** The ad's text in every form HTCondor writes, plus each attribute's value. */
    static String everything(ClassAd ad) {
        StringBuilder s = new StringBuilder();
        for (AdFormat f : List.of(AdFormat.LONG, AdFormat.NEW, AdFormat.JSON)) {
            s.append(new AdStreamWriterText(ad, f).text).append('\n');
        }
        for (ClassAd.Attribute a : ad.attributes()) {
            s.append(a.name()).append(" -> ").append(ad.evaluateAttr(a.name())).append('\n');
        }
        return s.toString();
    }

    private record AdStreamWriterText(String text) {
        AdStreamWriterText(ClassAd ad, AdFormat f) {
            this(AdStreamWriter.toString(List.of(ad), f));
        }
    }

    @Test
    void everyAdOfTheRealPoolRoundTripsInEveryFormat() throws IOException {
        AdEncoder enc = new AdEncoder();
        AdDecoder dec = new AdDecoder();
        for (ClassAd ad : pool()) {
            ClassAd back = dec.decode(enc.encode(ad));
            assertEquals(everything(ad), everything(back), "decoded ad differs from " + ad.evaluateAttr("Name"));
        }
    }

    @Test
    void encodedAdsAreSmallerThanTheirLongFormText() throws IOException {
        long text = 0;
        long encoded = 0;
        AdEncoder enc = new AdEncoder();
        for (ClassAd ad : pool()) {
            text += AdStreamWriter.toString(List.of(ad), AdFormat.LONG).length();
            encoded += enc.encode(ad).length;
        }
        assertTrue(encoded < text, "compact: " + encoded + " bytes encoded vs " + text + " bytes of long format");
    }

    @Test
    void matchingDecodedAdsGivesTheSameAnswers() throws IOException {
        List<ClassAd> pool = pool();
        ClassAd job = ClassAds.parseOld("RequestMemory = 1024\nRequestDisk = 1000\nRequestCpus = 1\nRank = Memory\n"
                + "Requirements = TARGET.Memory >= RequestMemory && TARGET.Cpus >= RequestCpus\n");
        ClassAd job2 = AdCodec.decode(AdCodec.encode(job));
        for (ClassAd slot : pool) {
            ClassAd slot2 = AdCodec.decode(AdCodec.encode(slot));
            MatchClassAd a = new MatchClassAd(job, slot, EvalOptions.defaults());
            MatchClassAd b = new MatchClassAd(job2, slot2, EvalOptions.defaults());
            assertEquals(a.symmetricMatch(), b.symmetricMatch());
            assertEquals(a.leftRank().value().toString(), b.leftRank().value().toString());
        }
    }

    @Test
    void literalKindsAndSpellingsSurvive() {
        ClassAd ad = ClassAd.parse("[ Big = 9223372036854775807; Neg = -5; R = 1.0E-300; NaNs = real(\"NaN\"); "
                + "When = absTime(\"2024-05-06T07:08:09+02:00\"); Dur = relTime(\"1+02:03:04\"); "
                + "U = undefined; E = error; s = \"caf\u00c3\u00a9 \\\"q\\\" \\\\ \\n\"; "
                + "P = ((1 + 2)) * 3; L = { 1, { 2, \"x\" }, [ a = 1 ] }; Nested = [ a = 1; b = a + 1; c = [ d = b ] ]; "
                + "Sel = Nested.c.d; Sub = L[1][0]; Abs = .U; Cond = U ?: (E ? 1 : 2); Call = strcat(\"a\", Neg, R); "
                + "'odd name' = 1; MixedCase = Big isnt undefined ]");
        ClassAd back = AdCodec.decode(AdCodec.encode(ad));
        assertEquals(everything(ad), everything(back));
        assertEquals(NewSyntaxWriter.unparse(ad), NewSyntaxWriter.unparse(back));
    }

    @Test
    void boundValuesListsAndAdsSurvive() {
        ClassAd ad = new ClassAd();
        ad.insert("Plain", ListValue.ofValues(List.of(Value.of(1), Value.ofString("x"))));
        ad.insert("Detached", ListValue.detachedOfValues(List.of(Value.of(2.5))));
        ClassAd inner = ClassAd.parse("[ a = 1; b = a * 2 ]");
        ad.insert("Inner", new org.jclassad.eval.ClassAdValue(ClassAdAccess.scope(inner)));
        ad.insert("Wide", Value.ofBytes("\u0100 not a byte"));
        ClassAd back = AdCodec.decode(AdCodec.encode(ad));
        assertEquals(NewSyntaxWriter.unparse(ad), NewSyntaxWriter.unparse(back));
        assertEquals("true", back.evaluate("Detached =?= split(\"2.5\")").toString().isEmpty() ? "" : "true");
        assertEquals(ad.evaluate("Inner.b").toString(), back.evaluate("Inner.b").toString());
        assertEquals(ad.evaluateAttr("Wide"), back.evaluateAttr("Wide"));
    }

    @Test
    void chainedParentsAreFoldedIn() {
        ClassAd cluster = ClassAd.parse("[ Owner = \"alice\"; RequestMemory = 1024 ]");
        ClassAd proc = ClassAd.parse("[ ProcId = 3; RequestMemory = 2048 ]");
        proc.setChainedParent(cluster);
        ClassAd back = AdCodec.decode(AdCodec.encode(proc));
        assertEquals("[ Owner = \"alice\"; ProcId = 3; RequestMemory = 2048 ]", back.toString());
    }

    @Test
    void aVeryLongChainEncodesWithoutDeepRecursion() {
        StringBuilder s = new StringBuilder("x0");
        for (int i = 1; i < 20_000; i++) {
            s.append(" || x").append(i);
        }
        ClassAd ad = new ClassAd().insertExpr("Chain", s.toString());
        ad.insert("x19999", Value.TRUE);
        ClassAd back = AdCodec.decode(AdCodec.encode(ad));
        assertEquals(NewSyntaxWriter.unparse(ad), NewSyntaxWriter.unparse(back));
        assertEquals(ad.evaluateAttr("Chain"), back.evaluateAttr("Chain"));
    }

    @Test
    void anAdHandedOffIsTakenByTheNextDecodeOfTheSameBytesOnTheThread() {
        ClassAd ad = ClassAd.parse("[ a = 1; b = a + 1 ]");
        AdEncoder producer = new AdEncoder().handingOff();
        byte[] bytes = producer.encode(ad);
        assertTrue(new AdDecoder().decode(bytes.clone()) != ad, "a decoder that does not take hand-offs rebuilds");
        AdDecoder taker = new AdDecoder().takingHandOffs();
        assertTrue(taker.decode(bytes.clone()) == ad, "the same bytes: the very ad");
        assertTrue(taker.decode(bytes.clone()) != ad, "taken once");
        producer.encode(ad);
        ClassAd other = ClassAd.parse("[ a = 2; b = a + 1 ]");
        ClassAd decoded = taker.decode(AdCodec.encode(other));
        assertTrue(decoded != other && decoded != ad, "other bytes: a decoded copy");
        assertEquals(other.toString(), decoded.toString());
    }

    /** An ad with every kind of node: parentheses, Elvis, subscripts, selections, prefix and infix operators, ... */
    private static final String EVERY_KIND = "[ A = (Cpus + 1) * -Memory; B = RequestGpus ?: Args[1] ?: 0;"
            + " C = TARGET.Disk[0].x >= .Own; D = x ? { 1, \"s\" } : strcat(y, [ q = 2 ]); E = !(a is b) || c =!= d ]";

    /** Its encoding in version 1 of the form, recorded before parentheses, Elvis and subscripts became operators. */
    private static final String EVERY_KIND_ENCODED = "010502411b12191210084370757301001404020100161300100c4d656d6f7279"
            + "02421c1510165265717565737447707573151210084172677301020402040002431d12100c5441524745540401084469736b"
            + "020400010278001011064f776e02441d1410027817020402060273160c7374726361740210027918010271040402451b1213"
            + "02191210026101000b1002620100041210026301000c100264";

    @Test
    void theEncodedFormIsStable() {
        ClassAd ad = ClassAd.parse(EVERY_KIND);
        assertEquals(EVERY_KIND_ENCODED, HexFormat.of().formatHex(AdCodec.encode(ad)),
                "stored columns must stay readable: a change of the form needs a new VERSION");
        ClassAd back = AdCodec.decode(HexFormat.of().parseHex(EVERY_KIND_ENCODED));
        assertEquals(everything(ad), everything(back));
    }

    @Test
    void anOperatorOfTheWrongKindIsRefused() {
        byte[] bytes = AdCodec.encode(ClassAd.parse("[ A = -x ]"));
        int unary = 0;
        while (bytes[unary] != AdCodec.UNARY || bytes[unary + 1] != Operator.NEGATE.ordinal()) {
            unary++;
        }
        bytes[unary + 1] = (byte) Operator.ADD.ordinal();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AdCodec.decode(bytes));
        assertTrue(e.getMessage().contains("bad operator"), e.getMessage());
        bytes[unary + 1] = (byte) Operator.PARENTHESES.ordinal();   // parentheses have a tag of their own
        assertThrows(IllegalArgumentException.class, () -> AdCodec.decode(bytes));
    }

    @Test
    void garbageIsRefusedWithAClearError() {
        byte[] good = AdCodec.encode(ClassAd.parse("[ a = 1; b = \"two\" ]"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AdCodec.decode(java.util.Arrays.copyOf(good, good.length - 2)));
        assertTrue(e.getMessage().startsWith("not an encoded ad"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AdCodec.decode(new byte[] {42}));
        assertThrows(IllegalArgumentException.class, () -> AdCodec.decode(new byte[0]));
    }

    @Property(tries = 300)
    void generatedAdsRoundTrip(@ForAll("adTexts") String text) {
        ClassAd ad = ClassAd.parse(text);
        AdDecoder dec = new AdDecoder();
        ClassAd back = dec.decode(AdCodec.encode(ad));
        assertEquals(everything(ad), everything(back), text);
        // a decoder reuses planned trees: decoding again must give the same ad
        assertEquals(everything(ad), everything(dec.decode(AdCodec.encode(ad))), text);
    }

    @Provide
    Arbitrary<String> adTexts() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(5).map(s -> "A" + s);
        return Combinators.combine(name, values(2)).as((n, v) -> n + " = " + v)
                .list().ofMinSize(1).ofMaxSize(8).map(l -> "[ " + String.join("; ", l) + " ]");
    }

    private Arbitrary<String> values(int depth) {
        Arbitrary<String> strings = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u00ff')
                .ofMaxLength(10).map(Unparser::quote);
        Arbitrary<String> ints = Arbitraries.longs().map(String::valueOf);
        Arbitrary<String> reals = Arbitraries.doubles().map(d -> String.valueOf(d));
        Arbitrary<String> words = Arbitraries.of("true", "false", "undefined", "error", "Aa + 1", "Ab * Ac - 2",
                "TARGET.Memory >= RequestMemory && (x || !y)", "ifThenElse(Aa > 1, 1, \"b\")", "x is undefined",
                "absTime(\"2024-05-06T07:08:09+02:00\")", "relTime(\"3:00\")", "-5", "a[1] + b.c", "(1 + 2) * 3",
                "{ }", "[ ]", "Aa ?: 7", "~3 >>> 1", "strcat(Ab, \"x\")", "MY.Aa =?= TARGET.Ab");
        if (depth == 0) {
            return Arbitraries.oneOf(strings, ints, reals, words);
        }
        Arbitrary<String> list = values(depth - 1).list().ofMaxSize(3).map(l -> "{ " + String.join(", ", l) + " }");
        Arbitrary<String> nested = Combinators.combine(Arbitraries.of("n", "m", "Q"), values(depth - 1))
                .as((n, v) -> n + " = " + v).list().ofMinSize(1).ofMaxSize(3).uniqueElements(s -> s.substring(0, 1))
                .map(l -> "[ " + String.join("; ", l) + " ]");
        return Arbitraries.oneOf(strings, ints, reals, words, list, nested);
    }
}
