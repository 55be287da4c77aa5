package org.jclassad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jclassad.format.NewSyntaxWriter;
import org.jclassad.format.XmlWriter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.jclassad.ClassAd;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.eval.Planner;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.unparse.Unparser;

/** Read, write, read again: nothing may change, in any of the stream formats. */
class AdStreamRoundTripTest {
    private static final List<ClassAd> POOL = SamplePool.ads();

    static List<ClassAd> read(String text, AdFormat format) {
        List<ClassAd> ads = new ArrayList<>();
        try (AdStreamReader r = AdStreams.open(new StringReader(text), format, AdStreamOptions.defaults())) {
            r.forEachRemaining(ads::add);
        }
        return ads;
    }

    static List<String> canonical(List<ClassAd> ads) {
        List<String> out = new ArrayList<>();
        for (ClassAd ad : ads) {
            out.add(NewSyntaxWriter.unparse(ad));
        }
        return out;
    }

    @Test
    void samplePoolIsReadWhole() {
        assertEquals(SamplePool.ADS, POOL.size());
        String text = SamplePool.text();
        assertEquals(text.substring(0, text.indexOf("\n\n") + 1).split("\n").length, POOL.get(0).size(),
                "attributes of the first ad");
    }

    @Test
    void longFormIsByteIdenticalToCondorStatusLong() {
        // condor_status -long sorts case-insensitively and ends every ad with a blank line; the
        // snapshot lacks only the last one
        assertEquals(SamplePool.text() + "\n", AdStreamWriter.toString(POOL, AdFormat.LONG));
    }

    @ParameterizedTest
    @EnumSource(AdFormat.class)
    void samplePoolRoundTrips(AdFormat format) {
        List<ClassAd> some = POOL.subList(0, 40);
        String text = AdStreamWriter.toString(some, format);
        assertEquals(format, AdStreams.detect(text), "detected format");
        List<ClassAd> back = read(text, null);
        assertEquals(canonical(some), canonical(back));
        assertEquals(text, AdStreamWriter.toString(back, format));
    }

    @Property(tries = 150)
    void generatedAdsRoundTrip(@ForAll("ads") List<String> adTexts, @ForAll AdFormat format) {
        List<ClassAd> ads = new ArrayList<>();
        for (String t : adTexts) {
            ads.add(ClassAdAccess.fromRecord(ExprParser.parseRecord(t, ParseOptions.defaults()),
                    new Planner(FunctionRegistry.global())));
        }
        String text = AdStreamWriter.toString(ads, format);
        List<ClassAd> back = read(text, format);
        assertEquals(canonical(ads), canonical(back), text);
        assertEquals(canonical(ads), canonical(read(text, null)), "with the format detected");
    }

    @Provide
    Arbitrary<List<String>> ads() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').withChars('_', 'Q', 'Z')
                .ofMinLength(1).ofMaxLength(8).map(s -> "A" + s)
                .filter(s -> !AdStreamWriter.isPrivate(s));
        Arbitrary<String> attr = Combinators.combine(name, values(2)).as((n, v) -> n + " = " + v);
        return attr.list().ofMinSize(1).ofMaxSize(8).map(l -> "[ " + String.join("; ", l) + " ]")
                .list().ofMinSize(1).ofMaxSize(4);
    }

    /** New-syntax value texts; strings avoid what the long format cannot carry (newlines, backslashes). */
    private Arbitrary<String> values(int depth) {
        Arbitrary<String> strings = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u00ff')
                .withChars('\t').ofMaxLength(12)
                .filter(s -> s.indexOf('\\') < 0)
                .map(s -> Unparser.quote(s));
        Arbitrary<String> ints = Arbitraries.longs().map(String::valueOf);
        Arbitrary<String> reals = Arbitraries.integers().between(-2_000_000, 2_000_000)
                .map(i -> String.valueOf(i / 1000.0));
        Arbitrary<String> words = Arbitraries.of("true", "false", "undefined", "error",
                "TARGET.Memory >= RequestMemory && (x || !y)", "ifThenElse(a, 1, \"b\")", "x is undefined",
                "absTime(\"2024-05-06T07:08:09+02:00\")", "-5", "a[1] + b.c", "(1 + 2) * 3", "{ }", "[ ]",
                "\"/Expr(a)/\"", "a < b && c > d && e <= f");
        if (depth == 0) {
            return Arbitraries.oneOf(strings, ints, reals, words);
        }
        Arbitrary<String> list = values(depth - 1).list().ofMaxSize(3).map(l -> "{ " + String.join(", ", l) + " }");
        Arbitrary<String> nested = Combinators.combine(Arbitraries.of("n", "m", "Q"), values(depth - 1))
                .as((n, v) -> n + " = " + v).list().ofMinSize(1).ofMaxSize(3).uniqueElements(s -> s.substring(0, 1))
                .map(l -> "[ " + String.join("; ", l) + " ]");
        return Arbitraries.oneOf(strings, ints, reals, words, list, nested);
    }

    @Test
    void emptyAndPrivateAttributes() {
        ClassAd ad = ClassAd.parse("[ ClaimId = \"secret\"; Capability = \"x\"; _condor_privX = 1; Name = \"slot1\" ]");
        assertEquals("Name = \"slot1\"\n\n", AdStreamWriter.toString(List.of(ad, new ClassAd()), AdFormat.LONG));
        assertEquals("", AdStreamWriter.toString(List.of(), AdFormat.JSON));
        assertEquals(XmlWriter.FILE_HEADER + XmlWriter.FILE_FOOTER, AdStreamWriter.toString(List.of(), AdFormat.XML));
    }
}
