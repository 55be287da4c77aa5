package org.jclassad.io;

/**
 * A growing run of characters, for text cut from a stream line by line and then read in place
 * (see {@link TextCursor#appendLine}): unlike a {@code StringBuilder} it neither checks whether
 * the characters fit in a byte each nor copies them to hand them out.
 */
final class CharRun implements CharSequence {
    private char[] chars;
    private int length;

    CharRun(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    /** An empty run written into {@code reuse} (whose old contents are overwritten). */
    CharRun(char[] reuse) {
        chars = reuse;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int i) {
        return chars[i];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    /** The characters; only the first {@link #length()} are the run's. */
    char[] array() {
        return chars;
    }

    void append(char[] from, int offset, int n) {
        if (length + n > chars.length) {
            chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, length + n));
        }
        System.arraycopy(from, offset, chars, length, n);
        length += n;
    }

    void append(char c) {
        if (length == chars.length) {
            chars = java.util.Arrays.copyOf(chars, chars.length * 2);
        }
        chars[length++] = c;
    }

    /** The characters from {@code from} to the end, as a string. */
    String substring(int from) {
        return new String(chars, from, length - from);
    }

    void setLength(int n) {
        length = n;
    }
}
