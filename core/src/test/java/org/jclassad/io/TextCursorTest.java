package org.jclassad.io;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The cursor's lines, whatever the buffer holds of them: split at {@code \n} only, one {@code \r}
 * before it dropped (a last line without a newline keeps its {@code \r}), a line over the limit
 * consumed and reported, and the line, column and offset always those of the next character, for
 * lines lying in the buffer, running past its end, longer than it, or given back.
 */
class TextCursorTest {
    private static final String TOO_LONG = "<too long>";

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', 'b', ' ', '\r', '\n').ofMaxLength(300);
    }

    @Property(tries = 1500)
    void linesAreTheTextSplitAtNewlinesWhateverTheBufferAndTheReads(@ForAll("texts") String text,
            @ForAll @IntRange(min = 1, max = 40) int bufferSize, @ForAll @IntRange(min = 1, max = 30) int max,
            @ForAll long seed) {
        TextCursor cursor = new TextCursor(new ChunkedReader(text, seed, 12), bufferSize);
        assertEquals(model(text, max, 0, 1), readAll(cursor, max));
        assertFalse(cursor.nextLine(max));
        assertFalse(cursor.lastLineTooLong());
    }

    @Property(tries = 1500)
    void textGivenBackIsReadAgainAsBefore(@ForAll("texts") String text,
            @ForAll @IntRange(min = 1, max = 40) int bufferSize, @ForAll @IntRange(min = 1, max = 30) int max,
            @ForAll long seed) {
        List<Line> lines = model(text, max, 0, 1);
        SplittableRandom r = new SplittableRandom(seed);
        int read = lines.isEmpty() ? 0 : r.nextInt(lines.size());
        TextCursor cursor = new TextCursor(new ChunkedReader(text, seed, 12), bufferSize);
        List<Line> got = new ArrayList<>(readLines(cursor, max, read));
        for (int extra = r.nextInt(4); extra > 0 && cursor.read() >= 0; extra--) {
            // a part of the next line taken too, so the text given back ends within a line
        }
        int back = read == 0 ? 0 : r.nextInt(read + 1);
        int from = back == read ? (read == 0 ? 0 : lines.get(read - 1).offsetAfter) : lines.get(back).start;
        long fromLine = back == read ? (read == 0 ? 1 : lines.get(read - 1).lineAfter) : lines.get(back).number;
        int fromColumn = back == read && read > 0 ? lines.get(read - 1).columnAfter : 1;
        cursor.unread(text.substring(from, (int) cursor.offset()), fromLine, fromColumn);
        assertEquals(from, cursor.offset());
        got.addAll(readAll(cursor, max));
        List<Line> expected = new ArrayList<>(lines.subList(0, read));
        expected.addAll(model(text, max, from, fromLine, fromColumn));
        assertEquals(expected, got);
    }

    @Test
    void aLineInTheBufferIsReadInPlace() {
        TextCursor cursor = new TextCursor(new StringReader("A = 1\r\nB = 2\n"));
        assertTrue(cursor.nextLine(100));
        byte[] buffer = cursor.lineBytes();
        assertEquals("A = 1", new String(buffer, cursor.lineStart(), cursor.lineEnd() - cursor.lineStart(), ISO_8859_1));
        assertTrue(cursor.nextLine(100));
        assertSame(buffer, cursor.lineBytes(), "the second line is in the same buffer, not copied");
        assertEquals(7, cursor.lineStart());
        assertEquals(12, cursor.lineEnd());
    }

    @Test
    void aLineRunningPastTheBufferIsMovedToItsFrontAndReadInPlace() {
        TextCursor cursor = new TextCursor(new StringReader("abcdef\nghijklmn\nxy"), 10);
        assertEquals("abcdef", cursor.readLine(100));
        assertTrue(cursor.nextLine(100));
        assertEquals("ghijklmn", new String(cursor.lineBytes(), cursor.lineStart(), cursor.lineEnd() - cursor.lineStart(), ISO_8859_1));
        assertEquals(0, cursor.lineStart(), "moved to the front of the buffer");
        assertEquals("xy", cursor.readLine(100));
        assertEquals(3, cursor.column());
        assertEquals(18, cursor.offset());
    }

    @Test
    void aReadFailureWithinALineLeavesTheCursorAfterWhatWasRead() {
        Reader failing = new FailingReader("A = 1\nB = 2");
        TextCursor cursor = new TextCursor(failing, 64);
        assertEquals("A = 1", cursor.readLine(100));
        assertThrows(UncheckedIOException.class, () -> cursor.nextLine(100));
        assertEquals(2, cursor.line());
        assertEquals(6, cursor.column(), "the place reading stopped: after 'B = 2'");
        assertEquals(11, cursor.offset());
    }

    private static List<Line> readAll(TextCursor cursor, int max) {
        return readLines(cursor, max, Integer.MAX_VALUE);
    }

    private static List<Line> readLines(TextCursor cursor, int max, int count) {
        List<Line> lines = new ArrayList<>();
        while (lines.size() < count) {
            int start = (int) cursor.offset();
            String line = cursor.readLine(max);
            if (line == null && !cursor.lastLineTooLong()) {
                break;
            }
            lines.add(new Line(line == null ? TOO_LONG : line, cursor.lastLineNumber(), start,
                    (int) cursor.offset(), cursor.line(), cursor.column()));
        }
        return lines;
    }

    private static List<Line> model(String text, int max, int from, long firstLine) {
        return model(text, max, from, firstLine, 1);
    }

    /** The lines of {@code text} from {@code from} on, the first numbered {@code firstLine}. */
    private static List<Line> model(String text, int max, int from, long firstLine, int firstColumn) {
        List<Line> lines = new ArrayList<>();
        long number = firstLine;
        int column = firstColumn;
        int i = from;
        while (i < text.length()) {
            int newline = text.indexOf('\n', i);
            int end = newline < 0 ? text.length() : newline;
            String raw = text.substring(i, end);
            String line = raw.length() > max ? TOO_LONG
                    : newline >= 0 && raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            int next = newline < 0 ? end : newline + 1;
            lines.add(new Line(line, number, i, next, newline < 0 ? number : number + 1,
                    newline < 0 ? column + raw.length() : 1));
            number++;
            column = 1;
            i = next;
        }
        return lines;
    }

    /** A line read: its text (or {@link #TOO_LONG}), its number, where it starts, and the cursor's place after it. */
    private record Line(String text, long number, int start, int offsetAfter, long lineAfter, int columnAfter) {
    }
}
