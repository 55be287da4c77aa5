package org.jclassad.text;

/**
 * Pieces of input quoted in error messages, never longer than a line: {@link #shorten} cuts text
 * to one line of at most {@value #WIDTH} characters, {@link #caret} shows the line holding a
 * place with a {@code ^} under it. Control characters are shown as {@code ?}, so a message stays
 * one line whatever the input held. Use these wherever a message quotes input, so that a huge
 * input never makes a huge message.
 *
 * <pre>{@code
 * Excerpt.shorten("SET A 1\nSET B 2");          // "SET A 1 ..."
 * Excerpt.caret("a = 1\nb = strcat(x,, y)", 2, 15);
 * // "b = strcat(x,, y)\n              ^"
 * }</pre>
 */
public final class Excerpt {
    /** The most characters of input an excerpt shows. */
    public static final int WIDTH = 100;
    private static final String MORE = "...";

    private Excerpt() {
    }

    /** The first line of {@code text}, at most {@link #WIDTH} characters, {@code ...} where it was cut. */
    public static String shorten(CharSequence text) {
        if (text == null) {
            return "";
        }
        int end = lineEnd(text, 0);
        boolean cut = end < text.length();
        if (end > WIDTH) {
            end = WIDTH - MORE.length();
            cut = true;
        }
        StringBuilder b = new StringBuilder(end + 4);
        printable(text, 0, end, b);
        if (cut) {
            b.append(end < WIDTH - MORE.length() ? " " : "").append(MORE);
        }
        return b.toString();
    }

    /**
     * The line {@code line} (1-based) of {@code text} and a caret under column {@code column}
     * (1-based), cut to at most {@link #WIDTH} characters around the column.
     */
    public static String caret(CharSequence text, int line, int column) {
        int start = 0;
        for (int l = 1; l < line && start < text.length(); l++) {
            start = lineEnd(text, start);
            if (start < text.length()) {
                start++;
            }
        }
        return caret(text, start + Math.max(column, 1) - 1);
    }

    /** The line of {@code text} holding {@code offset} and a caret under it, cut to at most {@link #WIDTH} characters. */
    public static String caret(CharSequence text, int offset) {
        offset = Math.max(0, Math.min(offset, text.length()));
        int start = offset;
        while (start > 0 && text.charAt(start - 1) != '\n') {
            start--;
        }
        int end = lineEnd(text, offset);
        int from = start;
        int to = end;
        if (to - from > WIDTH) {
            from = Math.max(start, offset - WIDTH / 2);
            to = Math.min(end, from + WIDTH);
            from = Math.max(start, to - WIDTH);
        }
        StringBuilder b = new StringBuilder();
        String before = from > start ? MORE : "";
        b.append(before);
        printable(text, from, to, b);
        if (to < end) {
            b.append(MORE);
        }
        b.append('\n').append(" ".repeat(before.length() + offset - from)).append('^');
        return b.toString();
    }

    private static int lineEnd(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static void printable(CharSequence text, int from, int to, StringBuilder b) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            b.append(c == '\t' ? ' ' : c < 0x20 || c == 0x7f ? '?' : c);
        }
    }
}
