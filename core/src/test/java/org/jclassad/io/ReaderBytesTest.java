package org.jclassad.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A reader's byte-chars become their bytes, other text the bytes of its UTF-8 encoding, whatever
 * pieces the reader gives and the stream is asked for.
 */
class ReaderBytesTest {
    @Property(tries = 1000)
    void byteCharsAreTheirBytesAndOtherCharsTheirUtf8(@ForAll String text, @ForAll long seed) throws IOException {
        assertArrayEquals(expected(text), readAll(new ReaderBytes(new ChunkedReader(text, seed, 5)), seed));
    }

    @Test
    void examples() throws IOException {
        assertArrayEquals(new byte[] {'a', (byte) 0xE9, (byte) 0xE2, (byte) 0x82, (byte) 0xAC},
                readAll(new ReaderBytes(new StringReader("a\u00E9\u20AC")), 1));
        assertArrayEquals(new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, '?', 'x', '?'},
                readAll(new ReaderBytes(new StringReader("\uD83D\uDE00\uD83Dx\uDE00")), 2),
                "a pair is one code point; a lone surrogate is '?'");
        assertArrayEquals(new byte[] {'?'}, readAll(new ReaderBytes(new StringReader("\uD83D")), 3));
    }

    @Test
    void whatWasReadBeforeAFailureIsHandedOnFirst() throws IOException {
        Reader failing = new FailingReader("A\u00FF");
        ReaderBytes in = new ReaderBytes(failing);
        byte[] b = new byte[10];
        assertEquals(2, in.read(b, 0, 10));
        assertEquals((byte) 0xFF, b[1]);
        assertThrows(IOException.class, () -> in.read(b, 0, 10));
    }

    /** The model: each char up to 0xFF one byte, code points above as UTF-8, lone surrogates '?'. */
    private static byte[] expected(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp <= 0xFF) {
                out.write(cp);
            } else if (Character.isSurrogate((char) cp) && cp < 0x10000) {
                out.write('?');
            } else {
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static byte[] readAll(ReaderBytes in, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] b = new byte[16];
        while (true) {
            if (random.nextInt(8) == 0) {
                int one = in.read();
                if (one < 0) {
                    break;
                }
                out.write(one);
                continue;
            }
            int n = in.read(b, 0, 1 + random.nextInt(b.length));
            if (n < 0) {
                break;
            }
            out.write(b, 0, n);
        }
        return out.toByteArray();
    }
}
