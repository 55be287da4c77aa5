package org.jclassad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcerptTest {
    @Test
    void shortTextIsKept() {
        assertEquals("SET A 1", Excerpt.shorten("SET A 1"));
    }

    @Test
    void onlyTheFirstLineIsShown() {
        assertEquals("SET A 1 ...", Excerpt.shorten("SET A 1\nSET B 2"));
    }

    @Test
    void aLongLineIsCutToTheWidth() {
        String s = Excerpt.shorten("x".repeat(34_000_000));
        assertEquals(Excerpt.WIDTH, s.length());
        assertTrue(s.endsWith("..."));
    }

    @Test
    void controlCharactersDoNotBreakTheLine() {
        assertEquals("a?b c", Excerpt.shorten("a\u0001b\tc"));
    }

    @Test
    void aCaretPointsAtTheColumn() {
        assertEquals("b = strcat(x,, y)\n             ^", Excerpt.caret("a = 1\nb = strcat(x,, y)\nc = 2", 2, 14));
    }

    @Test
    void aCaretInAHugeLineShowsTheNeighbourhood() {
        String line = "a".repeat(1_000_000) + "!" + "b".repeat(1_000_000);
        String e = Excerpt.caret(line, 1, 1_000_001);
        String[] two = e.split("\n");
        assertTrue(two[0].length() <= Excerpt.WIDTH + 6, two[0]);
        assertEquals('!', two[0].charAt(two[1].length() - 1), "the caret is under the '!'");
    }
}
