package org.jclassad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The word-at-a-time search finds the first occurrence, as a loop over single bytes does. */
class ByteSearchTest {
    @Property(tries = 3000)
    void findsTheFirstOccurrenceInAnyRange(@ForAll @Size(max = 70) byte[] bytes, @ForAll byte b,
            @ForAll @IntRange(min = 0, max = 70) int from, @ForAll @IntRange(min = 0, max = 70) int to) {
        // a small alphabet, so that the byte sought is often present, several times
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (bytes[i] & 0x83);
        }
        byte sought = (byte) (b & 0x83);
        int start = Math.min(from, bytes.length);
        int end = Math.max(start, Math.min(to, bytes.length));
        assertEquals(naive(bytes, start, end, sought), ByteSearch.indexOf(bytes, start, end, sought));
    }

    @Property(tries = 3000)
    void findsTheFirstQuoteBackslashOrNul(@ForAll @Size(max = 70) byte[] bytes,
            @ForAll @IntRange(min = 0, max = 70) int from, @ForAll @IntRange(min = 0, max = 70) int to) {
        // bytes near the three sought (one above and below each, whose borrows could mislead)
        byte[] alphabet = {'"', '\\', 0, '!', '#', '[', ']', 1, (byte) 0xFF, 'a'};
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = alphabet[Math.floorMod(bytes[i], alphabet.length)];
        }
        int start = Math.min(from, bytes.length);
        int end = Math.max(start, Math.min(to, bytes.length));
        int expected = -1;
        for (int i = start; i < end && expected < 0; i++) {
            if (bytes[i] == '"' || bytes[i] == '\\' || bytes[i] == 0) {
                expected = i;
            }
        }
        assertEquals(expected, ByteSearch.indexOfQuoteBackslashOrNul(bytes, start, end));
    }

    @Test
    void everyPlaceInAWordAndPastItIsFound() {
        for (int length = 1; length <= 40; length++) {
            for (int at = 0; at < length; at++) {
                byte[] bytes = new byte[length];
                java.util.Arrays.fill(bytes, (byte) 0x0B); // one more than the newline: a borrow's neighbour
                bytes[at] = '\n';
                assertEquals(at, ByteSearch.indexOf(bytes, 0, length, (byte) '\n'), length + "/" + at);
                assertEquals(-1, ByteSearch.indexOf(bytes, at + 1, length, (byte) '\n'));
                bytes[at] = (byte) 0xFF;
                assertEquals(at, ByteSearch.indexOf(bytes, 0, length, (byte) 0xFF));
            }
        }
    }

    private static int naive(byte[] a, int from, int to, byte b) {
        for (int i = from; i < to; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
