package org.jclassad.transform.config;

/**
 * Text under expansion, held in a gap buffer: replacing a reference costs the length of the
 * value plus the distance from the previous replacement, not the length of the whole text, so
 * expanding a text with many references is linear in its size.
 */
final class MacroText implements CharSequence {
    private char[] buf;
    private int gapStart;
    private int gapEnd;

    MacroText(String text) {
        buf = new char[text.length() + 16];
        text.getChars(0, text.length(), buf, 0);
        gapStart = text.length();
        gapEnd = buf.length;
    }

    @Override
    public int length() {
        return buf.length - (gapEnd - gapStart);
    }

    @Override
    public char charAt(int i) {
        return i < gapStart ? buf[i] : buf[i + gapEnd - gapStart];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            b.append(charAt(i));
        }
        return b.toString();
    }

    /** Replaces {@code [start, end)} by {@code value}. */
    void replace(int start, int end, String value) {
        moveGap(start);
        gapEnd += end - start;
        int need = value.length();
        if (gapEnd - gapStart < need) {
            grow(need);
        }
        value.getChars(0, need, buf, gapStart);
        gapStart += need;
    }

    private void moveGap(int to) {
        if (to < gapStart) {
            int n = gapStart - to;
            System.arraycopy(buf, to, buf, gapEnd - n, n);
            gapStart -= n;
            gapEnd -= n;
        } else if (to > gapStart) {
            int n = to - gapStart;
            System.arraycopy(buf, gapEnd, buf, gapStart, n);
            gapStart += n;
            gapEnd += n;
        }
    }

    private void grow(int need) {
        int tail = buf.length - gapEnd;
        int size = Math.max(buf.length * 2, length() + need + 16);
        char[] bigger = new char[size];
        System.arraycopy(buf, 0, bigger, 0, gapStart);
        System.arraycopy(buf, gapEnd, bigger, size - tail, tail);
        buf = bigger;
        gapEnd = size - tail;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(length());
        b.append(buf, 0, gapStart).append(buf, gapEnd, buf.length - gapEnd);
        return b.toString();
    }
}
