package org.jclassad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jclassad.format.XmlWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streams' rule: every good ad comes out, every bad one is reported with its input, ordinal
 * and line:column, and the counts add up (ads begun = ads returned + malformed ads).
 */
class NoAdLostTest {

    /** What a skipping read of a stream gave: the ids of the ads read, and the errors. */
    private record Outcome(List<String> ids, List<AdParseException> errors, long begun) {
    }

    /** A reader opened by {@code open} with options that skip malformed ads, read to the end. */
    private static Outcome read(java.util.function.Function<AdStreamOptions, AdStreamReader> open) {
        List<AdParseException> errors = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (AdStreamReader r = open.apply(AdStreamOptions.defaults().skippingMalformed(errors::add))) {
            while (r.hasNext()) {
                ids.add(r.next().evaluateAttr("id").toString());
            }
            assertEquals(r.adsBegun(), r.returned() + r.malformed(), "ads begun = returned + malformed");
            assertEquals(errors.size(), r.malformed());
            return new Outcome(ids, errors, r.adsBegun());
        }
    }

    private static Outcome read(String text, AdFormat format) {
        return read(options -> AdStreams.open(new StringReader(text), format, options));
    }

    private static AdStreamReader open(byte[] data, AdStreamOptions options) {
        try {
            return AdStreams.open(new ByteArrayInputStream(data), null, options);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String xmlAd(int id) {
        return "<c>\n    <a n=\"id\"><i>" + id + "</i></a>\n    <a n=\"l\"><l><i>1</i><s>x</s></l></a>\n</c>\n";
    }

    private static List<String> range(int from, int to, int except) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            if (i != except) {
                ids.add(String.valueOf(i));
            }
        }
        return ids;
    }

    @Test
    void xmlUnclosedListCostsOnlyItsOwnAd() {
        StringBuilder s = new StringBuilder(XmlWriter.FILE_HEADER);
        for (int i = 1; i <= 1000; i++) {
            s.append(i == 501
                    ? "<c>\n    <a n=\"id\"><i>501</i></a>\n    <a n=\"l\"><l><i>1</i></a>\n</c>\n"
                    : xmlAd(i));
        }
        s.append(XmlWriter.FILE_FOOTER);
        Outcome o = read(s.toString(), null);
        assertEquals(range(1, 1000, 501), o.ids());
        assertEquals(1, o.errors().size());
        assertEquals(501, o.errors().get(0).ordinal());
        assertTrue(o.errors().get(0).reason().startsWith("the list begun at"), o.errors().get(0).getMessage());
    }

    @Test
    void xmlAdWithoutItsEndTagEndsWhereTheNextAdBegins() {
        String text = XmlWriter.FILE_HEADER + xmlAd(1)
                + "<c>\n    <a n=\"id\"><i>2</i></a>\n" + xmlAd(3) + xmlAd(4) + XmlWriter.FILE_FOOTER;
        Outcome o = read(text, null);
        assertEquals(List.of("1", "3", "4"), o.ids(), "HTCondor would merge ads 2 and 3; jclassad reports 2");
        assertEquals(1, o.errors().size());
        assertEquals(2, o.errors().get(0).ordinal());
        assertEquals(10, o.errors().get(0).line(), "the error is at the <c> that the ad runs into");
    }

    @Test
    void xmlUnclosedNestedAdCostsOnlyItsOwnAd() {
        String text = XmlWriter.FILE_HEADER + xmlAd(1)
                + "<c>\n    <a n=\"id\"><i>2</i></a>\n    <a n=\"x\"><c>\n        <a n=\"y\"><i>1</i></a>\n"
                + "    </a>\n    <a n=\"bad\"><q/></a>\n</c>\n" + xmlAd(3) + XmlWriter.FILE_FOOTER;
        Outcome o = read(text, null);
        assertEquals(List.of("1", "3"), o.ids());
        assertEquals(List.of(2L), o.errors().stream().map(AdParseException::ordinal).toList());
    }

    @Test
    void xmlDeepNestingIsAParseErrorAndTheNextAdIsRead() {
        String deep = "<c><a n=\"id\"><i>2</i></a><a n=\"x\">" + "<l>".repeat(5000) + "</l>".repeat(5000) + "</a></c>\n";
        Outcome o = read(XmlWriter.FILE_HEADER + xmlAd(1) + deep + xmlAd(3) + XmlWriter.FILE_FOOTER, null);
        assertEquals(List.of("1", "3"), o.ids());
        assertEquals("nested too deeply (limit 500)", o.errors().get(0).reason());
    }

    @Test
    void jsonUnterminatedStringIsAnErrorOfItsOwnAndTheNextAdIsRead() {
        String text = "[\n{\n  \"id\": 1\n},\n{\n  \"id\": 2,\n  \"s\": \"never closed\n},\n{\n  \"id\": 3,\n"
                + "  \"t\": \"x\"\n},\n{\n  \"id\": 4\n}\n]\n";
        Outcome o = read(text, null);
        assertEquals(List.of("1", "3", "4"), o.ids());
        assertEquals(1, o.errors().size());
        AdParseException e = o.errors().get(0);
        assertEquals("2@7:8", e.ordinal() + "@" + e.line() + ":" + e.column(), e.getMessage());
        assertEquals(4, o.begun());
    }

    @Test
    void jsonDeepNestingIsAParseErrorAndTheNextAdIsRead() {
        String text = "[\n{\"id\": 1},\n{\"id\": 2, \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "},\n{\"id\": 3}\n]\n";
        Outcome o = read(text, AdFormat.JSON);
        assertEquals(List.of("1", "3"), o.ids());
        assertEquals("nested too deeply (limit 500)", o.errors().get(0).reason());
    }

    @Test
    void newSyntaxAdRunningIntoTheNextOneIsCutThere() {
        String text = "{\n[ id = 1 ]\n,\n[ id = 2; x = [ y = 1 ]\n,\n[ id = 3 ]\n}\n";
        Outcome o = read(text, null);
        assertEquals(List.of("1", "3"), o.ids());
        assertEquals(2, o.errors().get(0).ordinal());
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
            z.write(text.getBytes(StandardCharsets.ISO_8859_1));
        }
        return bytes.toByteArray();
    }

    private static String longAds(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append("id = ").append(i).append("\nName = \"slot").append(i).append("@host.example.org\"\n")
                    .append("Requirements = TARGET.Memory > ").append(i).append("\n\n");
        }
        return s.toString();
    }

    @Test
    void truncatedGzipIsAReaderErrorWithTheAdsOrdinal() throws IOException {
        byte[] whole = gzip(longAds(4_000));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        Outcome o = read(options -> open(cut, options));
        assertFalse(o.ids().isEmpty());
        assertEquals(1, o.errors().size(), "one error, for the ad the data ran out in");
        AdParseException e = o.errors().get(0);
        assertEquals(o.ids().size() + 1, e.ordinal());
        assertTrue(e.reason().startsWith("the input cannot be read any further: EOFException"), e.reason());
        for (int i = 0; i < o.ids().size(); i++) {
            assertEquals(String.valueOf(i + 1), o.ids().get(i));
        }
    }

    @Test
    void corruptGzipIsReportedAsAnAdNotThrownAsAnUncheckedIOException() throws IOException {
        byte[] data = gzip(longAds(4_000));
        for (int i = data.length / 2; i < data.length / 2 + 64; i++) {
            data[i] = (byte) ~data[i];
        }
        Outcome o = read(options -> open(data, options));
        assertTrue(o.ids().size() > 100, "the ads before the damage are read");
        AdParseException last = o.errors().get(o.errors().size() - 1);
        assertTrue(last.reason().startsWith("the input cannot be read any further: ZipException"), last.reason());
        assertEquals(o.begun(), last.ordinal(), "the last ad begun is the one the damage is in");
    }

    @Test
    void errorsFromAFileNameTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("jobs.ads");
        Files.writeString(file, "id = 1\n\nid = 2\nX = (\n\nid = 3\n");
        Outcome o = read(options -> {
            try {
                return AdStreams.open(file, null, options);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(List.of("1", "3"), o.ids());
        assertEquals(file.toString(), o.errors().get(0).source());
        assertTrue(o.errors().get(0).getMessage().startsWith(file + ": ad 2 at 4:"), o.errors().get(0).getMessage());
    }
}
