package org.jclassad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.jclassad.ClassAd;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Reading a stream through {@link AdStreamReader#parts} gives what reading it straight gives: the
 * same ads with the same ordinals, the same errors at the same places, whatever the lines are
 * (comments, blank and whitespace lines, bad lines, over-long lines and ads, CRLF endings, job-ad
 * file banners, other delimiters) and however many ads a part holds.
 */
class AdStreamPartsTest {
    private static final List<String> LINES = List.of(
            "A = 1", "B = \"two\"", "C = A + 1", "D = [ x = 1 ]", "Name = \"slot1\"", "E = (", "= 3",
            "# a comment", "   # indented comment", "", "   ", "\t", "F = 2\r", "\r", "G = \"a\\\"b\"",
            "...", "*** banner", "-- Schedd: x", "LongName = \"" + "x".repeat(70) + "\"", "H = undefined",
            "I = 1.5e3", "J = {1, 2, 3}", "K = strcat(\"a\", \"b\")", "L = 0x", "   M = 4   ");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(LINES).list().ofMaxSize(60).map(l -> String.join("\n", l))
                .flatMap(t -> Arbitraries.of(t, t + "\n", t + "\n\n"));
    }

    @Provide
    Arbitrary<AdStreamOptions> options() {
        AdStreamOptions d = AdStreamOptions.defaults();
        return Arbitraries.of(d, d.withMaxAdChars(60), d.asJobAdFile(), d.asJobAdFile().withMaxAdChars(40),
                d.withDelimiter("***"), d.skippingMalformed(null), d.skippingMalformed(null).withMaxAdChars(50));
    }

    @Property(tries = 1500)
    void partsReadWhatTheStreamReads(@ForAll("texts") String text, @ForAll("options") AdStreamOptions options,
            @ForAll @IntRange(min = 1, max = 5) int adsPerPart) {
        assertEquals(straight(text, options), inParts(text, options, adsPerPart));
    }

    /**
     * A part read to its end gives its text to the next part cut: the ads it gave, printed only
     * after every part was read (and the texts reused), are still the stream's.
     */
    @Property(tries = 500)
    void adsOutliveTheTextOfTheirPart(@ForAll("texts") String text, @ForAll("options") AdStreamOptions options,
            @ForAll @IntRange(min = 1, max = 3) int adsPerPart) {
        List<ClassAd> kept = new ArrayList<>();
        Iterator<AdStreamReader> parts = new LongFormStreamReader(new StringReader(text), options).named("in")
                .parts(adsPerPart);
        while (parts.hasNext()) {
            keep(parts.next(), kept);
        }
        List<ClassAd> expected = new ArrayList<>();
        keep(new LongFormStreamReader(new StringReader(text), options).named("in"), expected);
        assertEquals(expected.toString(), kept.toString());
    }

    /** The ads {@code r} gives, kept as they are (errors are counted by the other properties). */
    private static void keep(AdStreamReader r, List<ClassAd> out) {
        while (true) {
            try {
                if (!r.hasNext()) {
                    return;
                }
                out.add(r.next());
            } catch (AdParseException e) {
                // the next ad
            }
        }
    }

    /**
     * With a buffer of a few dozen characters the lines run past its end, or are longer than it,
     * at every place: read straight or in parts, the stream gives what it gives with the usual one.
     */
    @Property(tries = 1000)
    void aSmallBufferReadsWhatTheUsualOneReads(@ForAll("texts") String text, @ForAll("options") AdStreamOptions options,
            @ForAll @IntRange(min = 1, max = 3) int adsPerPart, @ForAll @IntRange(min = 8, max = 48) int bufferSize) {
        List<String> expected = straight(text, options);
        List<String> straight = new ArrayList<>();
        read(new LongFormStreamReader(new TextCursor(new StringReader(text), bufferSize), options).named("in"), straight);
        assertEquals(expected, straight);
        List<String> parts = new ArrayList<>();
        Iterator<AdStreamReader> it = new LongFormStreamReader(new TextCursor(new StringReader(text), bufferSize), options)
                .named("in").parts(adsPerPart);
        while (it.hasNext()) {
            read(it.next(), parts);
        }
        assertEquals(expected, parts);
    }

    @Test
    void aLineLongerThanTheBufferIsReadTheOrdinaryWay() {
        String text = "A = 1\n\nB = \"" + "y".repeat(100_000) + "\"\nC = 3\n\nD = 4\n\nE = (\n\nF = 5\n";
        for (AdStreamOptions o : List.of(AdStreamOptions.defaults(), AdStreamOptions.defaults().withMaxAdChars(50_000))) {
            for (int n = 1; n <= 3; n++) {
                assertEquals(straight(text, o), inParts(text, o, n));
            }
        }
    }

    @Test
    void aLineLongerThanTheBufferStartingAtItsStartIsNotTakenForTwoLines() {
        String first = "A = 0\n";
        // a comment fills the rest of the first buffer, so the long line starts the second one
        String text = first + "#".repeat((1 << 16) - first.length() - 1) + "\n"
                + "B = 1" + " ".repeat(70_000) + "\nC = 2\n\nD = 3\n";
        for (int n = 1; n <= 3; n++) {
            assertEquals(straight(text, AdStreamOptions.defaults()), inParts(text, AdStreamOptions.defaults(), n));
        }
    }

    @Test
    void otherFormatsArePartedAfterParsing() {
        String text = "[ a = 1 ]\n[ b = ( ]\n[ c = 3 ]\n[ d = 4 ]\n";
        AdStreamOptions o = AdStreamOptions.defaults();
        List<String> straight = new ArrayList<>();
        read(AdStreams.open(new StringReader(text), AdFormat.NEWL, o), straight);
        List<String> parts = new ArrayList<>();
        Iterator<AdStreamReader> it = AdStreams.open(new StringReader(text), AdFormat.NEWL, o).parts(2);
        while (it.hasNext()) {
            read(it.next(), parts);
        }
        assertEquals(straight, parts);
    }

    private static List<String> straight(String text, AdStreamOptions options) {
        List<String> out = new ArrayList<>();
        read(new LongFormStreamReader(new StringReader(text), options).named("in"), out);
        return out;
    }

    private static List<String> inParts(String text, AdStreamOptions options, int adsPerPart) {
        List<String> out = new ArrayList<>();
        Iterator<AdStreamReader> parts = new LongFormStreamReader(new StringReader(text), options).named("in")
                .parts(adsPerPart);
        while (parts.hasNext()) {
            read(parts.next(), out);
        }
        return out;
    }

    private static void read(AdStreamReader r, List<String> out) {
        while (true) {
            try {
                if (!r.hasNext()) {
                    return;
                }
                ClassAd ad = r.next();
                out.add("ad " + r.adsBegun() + " line " + r.lastAdLine() + ": " + ad);
            } catch (AdParseException e) {
                out.add("error " + e.getMessage());
            }
        }
    }
}
