package org.jclassad.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finding a byte in an array eight bytes at a time: each step loads a word and tells, with a few
 * arithmetic operations, whether one of its bytes is the one sought and which is the first. The
 * readers look for newlines in every byte of their input; a loop over single bytes, which the
 * compiler does not vectorise because it stops early, spends most of their time there.
 */
final class ByteSearch {
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private ByteSearch() {
    }

    /** The index of the first {@code b} in {@code a[from, to)}, or {@code -1}. */
    static int indexOf(byte[] a, int from, int to, byte b) {
        long pattern = ONES * (b & 0xFF);
        int i = from;
        for (int last = to - 8; i <= last; i += 8) {
            // a byte of the word xor the pattern is zero where the word held b
            long zeros = zeroFlags((long) WORDS.get(a, i) ^ pattern);
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The high bit of each byte of {@code x} flagged where that byte may be zero: the lowest flag
     * is always a zero byte (a borrow that flags a byte above a zero one only travels upwards),
     * and there is none when no byte is zero.
     */
    private static long zeroFlags(long x) {
        return (x - ONES) & ~x & HIGHS;
    }

    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';

    /**
     * The index of the first double quote, backslash or NUL byte in {@code a[from, to)}, or
     * {@code -1}: what ends a plain string literal, found in one pass.
     */
    static int indexOfQuoteBackslashOrNul(byte[] a, int from, int to) {
        int i = from;
        for (int last = to - 8; i <= last; i += 8) {
            long w = (long) WORDS.get(a, i);
            // each term's lowest flag is a true match of its byte, so the lowest of all three is
            // the first byte that matches any of them
            long found = zeroFlags(w ^ QUOTES) | zeroFlags(w ^ BACKSLASHES) | zeroFlags(w);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            byte c = a[i];
            if (c == '"' || c == '\\' || c == 0) {
                return i;
            }
        }
        return -1;
    }
}
