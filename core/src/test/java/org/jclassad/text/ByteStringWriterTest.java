package org.jclassad.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The byte-string writer writes what an ISO-8859-1 {@code OutputStreamWriter} writes, only faster. */
class ByteStringWriterTest {
    @Provide
    Arbitrary<List<String>> pieces() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\0', '\u00ff').ofMaxLength(300),
                // whole surrogate pairs only: a pair split across two calls is documented to differ
                Arbitraries.strings().all().ofMaxLength(40).filter(ByteStringWriterTest::pairsWhole),
                Arbitraries.of("\ud83d\ude00", "\u20ac", "é", "", "\n"));
        return piece.list().ofMaxSize(30);
    }

    @Property(tries = 400)
    void writesTheBytesOfAnIsoLatin1Writer(@ForAll("pieces") List<String> pieces,
            @ForAll @IntRange(min = 1, max = 70) int bufferSize) throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        try (Writer reference = new OutputStreamWriter(expected, StandardCharsets.ISO_8859_1);
                Writer w = new ByteStringWriter(actual, bufferSize)) {
            int i = 0;
            for (String p : pieces) {
                // whole strings, parts of strings and char arrays, as writers are called
                switch (i++ % 3) {
                    case 0 -> {
                        reference.write(p);
                        w.write(p);
                    }
                    case 1 -> {
                        boolean slice = p.chars().noneMatch(c -> Character.isSurrogate((char) c));
                        int from = slice && !p.isEmpty() ? 1 : 0;
                        int n = slice ? Math.max(0, p.length() - from - 1) : p.length();
                        reference.write(p, from, n);
                        w.write(p, from, n);
                    }
                    default -> {
                        reference.write(p.toCharArray(), 0, p.length());
                        w.write(p.toCharArray(), 0, p.length());
                    }
                }
            }
        }
        assertArrayEquals(expected.toByteArray(), actual.toByteArray());
    }

    @Provide
    Arbitrary<List<String>> byteStrings() {
        return Arbitraries.strings().withCharRange('\0', '\u00ff').ofMaxLength(150).list().ofMaxSize(30);
    }

    @Property(tries = 400)
    void aByteStringWrittenStraightIntoTheBufferIsWhatWriteWrites(@ForAll("byteStrings") List<String> pieces,
            @ForAll @IntRange(min = 1, max = 70) int bufferSize) throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        try (ByteStringWriter reference = new ByteStringWriter(expected, bufferSize);
                ByteStringWriter w = new ByteStringWriter(actual, bufferSize)) {
            int i = 0;
            for (String p : pieces) {
                reference.write(p);
                // mixed with the other ways in, as the ad writer mixes punctuation and rendered ads
                if (i++ % 2 == 0) {
                    w.writeByteString(p);
                } else {
                    w.write(p);
                }
            }
        }
        assertArrayEquals(expected.toByteArray(), actual.toByteArray());
    }

    private static boolean pairsWhole(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aClosedWriterRefusesToWrite() throws IOException {
        Writer w = new ByteStringWriter(new ByteArrayOutputStream());
        w.close();
        assertThrows(IOException.class, () -> w.write("x"));
    }
}
