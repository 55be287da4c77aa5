package org.jclassad.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.zip.GZIPOutputStream;

import org.jclassad.io.AdFormat;
import org.jclassad.io.AdParseException;
import org.jclassad.io.AdStreamOptions;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Streams of every format with malformed ads of every kind among 2,000 good ones: every good ad comes
 * out, every bad one is reported (ordinal and line:column), and counts in = counts out + errors, plain
 * and gzip-compressed, and when the compressed data is cut short.
 */
class MalformedStreamsTest {
    private static final int ADS = 2000;

    /** One format's writer of good ads and of the kinds of bad ads it can have. */
    private record Shape(String header, String separator, String footer, IntFunction<String> good,
                         List<IntFunction<String>> bad) {
    }

    private static Shape shape(AdFormat format) {
        return switch (format) {
            case LONG -> new Shape("", "\n", "", i -> "id = " + i + "\nName = \"job" + i + "\"\n", List.of(
                    i -> "id = " + i + "\nBad = (1 +\n",
                    i -> "id = " + i + "\nNoEquals\n",
                    i -> "id = " + i + "\nS = \"" + "x".repeat(1 << 21) + "\"\n"));
            case NEW -> new Shape("{\n", ",\n", "}\n", i -> "[ id = " + i + "; Name = \"job" + i + "\" ]\n", List.of(
                    i -> "[ id = " + i + "; s = \"never closed ]\n",
                    i -> "[ id = " + i + "; x = [ y = 1 ]\n",
                    i -> "[ id = " + i + "; x = 1 + ]\n"));
            case NEWL -> new Shape("", "", "", i -> "[ id = " + i + "; Name = \"job" + i + "\" ]\n", List.of(
                    i -> "[ id = " + i + "; s = \"never closed ]\n",
                    i -> "[ id = " + i + " b = 2 ]\n"));
            case JSON -> new Shape("[\n", ",\n", "]\n",
                    i -> "{\n  \"id\": " + i + ",\n  \"Name\": \"job" + i + "\"\n}\n", List.of(
                    i -> "{\n  \"id\": " + i + ",\n  \"s\": \"never closed\n}\n",
                    i -> "{\n  \"id\": " + i + "\n  \"Name\": \"no comma\"\n}\n",
                    i -> "{\n  \"id\": " + i + ",\n  \"x\": [1, 2\n}\n"));
            case JSONL -> new Shape("", "", "", i -> "{\"id\": " + i + ", \"Name\": \"job" + i + "\"}\n", List.of(
                    i -> "{\"id\": " + i + ", \"s\": \"never closed}\n",
                    i -> "{\"id\": " + i + " \"Name\": 1}\n"));
            case XML -> new Shape("<?xml version=\"1.0\"?>\n<!DOCTYPE classads SYSTEM \"classads.dtd\">\n<classads>\n",
                    "", "</classads>\n",
                    i -> "<c>\n    <a n=\"id\"><i>" + i + "</i></a>\n    <a n=\"l\"><l><s>job" + i + "</s></l></a>\n</c>\n",
                    List.of(
                            i -> "<c>\n    <a n=\"id\"><i>" + i + "</i></a>\n    <a n=\"l\"><l><s>x</s></a>\n</c>\n",
                            i -> "<c>\n    <a n=\"id\"><i>" + i + "</i></a>\n",
                            i -> "<c>\n    <a n=\"id\"><i>" + i + "</i></a>\n    <a><i>1</i></a>\n</c>\n",
                            i -> "<c>\n    <a n=\"id\"><i>" + i + "</i></a>\n    <a n=\"e\"><e>1 +</e></a>\n</c>\n"));
        };
    }

    /** The stream, and which ids are good. */
    private record Stream(String text, List<String> goodIds, int badCount) {
    }

    private static Stream stream(AdFormat format) {
        Shape s = shape(format);
        StringBuilder text = new StringBuilder(s.header());
        List<String> good = new ArrayList<>();
        int bad = 0;
        for (int i = 1; i <= ADS; i++) {
            if (i > 1) {
                text.append(s.separator());
            }
            if (i % 97 == 0) {
                text.append(s.bad().get(bad % s.bad().size()).apply(i));
                bad++;
            } else {
                text.append(s.good().apply(i));
                good.add(String.valueOf(i));
            }
        }
        return new Stream(text.append(s.footer()).toString(), good, bad);
    }

    private record Read(List<String> ids, List<AdParseException> errors, long begun) {
    }

    private static Read read(AdStreamReader reader, List<AdParseException> errors) {
        List<String> ids = new ArrayList<>();
        try (AdStreamReader r = reader) {
            while (r.hasNext()) {
                ids.add(r.next().evaluateAttr("id").toString());
            }
            assertEquals(r.adsBegun(), r.returned() + r.malformed(), "counts in = counts out + errors");
            return new Read(ids, errors, r.adsBegun());
        }
    }

    private static AdStreamOptions skipping(List<AdParseException> errors) {
        return AdStreamOptions.defaults().withMaxAdChars(1 << 20).skippingMalformed(errors::add);
    }

    @ParameterizedTest
    @EnumSource(AdFormat.class)
    void everyGoodAdComesOutAndEveryBadOneIsReported(AdFormat format) {
        Stream s = stream(format);
        List<AdParseException> errors = new ArrayList<>();
        Read r = read(AdStreams.open(new StringReader(s.text()), format, skipping(errors)), errors);
        assertEquals(s.goodIds(), r.ids());
        assertEquals(s.badCount(), r.errors().size(), () -> r.errors().toString());
        for (AdParseException e : r.errors()) {
            assertEquals(0, e.ordinal() % 97, e.getMessage());
            assertTrue(e.line() > 0 && e.column() > 0, e.getMessage());
        }
        assertEquals(ADS, r.begun());
    }

    @ParameterizedTest
    @EnumSource(AdFormat.class)
    void theSameHoldsGzipCompressedAndDetected(AdFormat format) throws IOException {
        Stream s = stream(format);
        List<AdParseException> errors = new ArrayList<>();
        Read r = read(AdStreams.open(new ByteArrayInputStream(gzip(s.text())), null, skipping(errors)), errors);
        assertEquals(s.goodIds(), r.ids());
        assertEquals(s.badCount(), r.errors().size());
    }

    @ParameterizedTest
    @EnumSource(AdFormat.class)
    void truncatedGzipKeepsEveryAdBeforeTheCutAndReportsTheOneItIsIn(AdFormat format) throws IOException {
        Stream s = stream(format);
        byte[] whole = gzip(s.text());
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length * 2 / 3);
        List<AdParseException> errors = new ArrayList<>();
        Read r = read(AdStreams.open(new ByteArrayInputStream(cut), format, skipping(errors)), errors);
        assertTrue(r.ids().size() > ADS / 3, () -> "the ads before the cut are read: " + r.ids().size() + " " + r.errors());
        assertEquals(s.goodIds().subList(0, r.ids().size()), r.ids());
        AdParseException last = r.errors().get(r.errors().size() - 1);
        assertTrue(last.reason().startsWith("the input cannot be read any further"), last.getMessage());
        assertEquals(r.begun(), last.ordinal());
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
            z.write(text.getBytes(StandardCharsets.ISO_8859_1));
        }
        return bytes.toByteArray();
    }
}
