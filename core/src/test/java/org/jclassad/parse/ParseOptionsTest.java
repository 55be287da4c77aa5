package org.jclassad.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Options are a value: equal exactly when every component is, with equal hashes then (they key the
 * shared expression cache, so two equal options must find the same planned expressions).
 */
class ParseOptionsTest {
    private static final ParseOptions BASE = new ParseOptions(false, true, 500, ZoneId.of("UTC"), 1000);

    @Test
    void equalComponentsMakeEqualOptionsWithEqualHashes() {
        ParseOptions same = new ParseOptions(false, true, 500, ZoneId.of("UTC"), 1000);
        assertEquals(BASE, same);
        assertEquals(BASE.hashCode(), same.hashCode());
        ParseOptions noZone = new ParseOptions(false, true, 500, null, 1000);
        assertEquals(noZone, new ParseOptions(false, true, 500, null, 1000));
        assertEquals(noZone.hashCode(), new ParseOptions(false, true, 500, null, 1000).hashCode());
    }

    @Test
    void anyComponentThatDiffersMakesOptionsDiffer() {
        List<ParseOptions> others = List.of(
                BASE.withOldSyntax(true),
                BASE.withCompat(false),
                BASE.withNestingLimit(499),
                BASE.withZone(ZoneId.of("Europe/Paris")),
                BASE.withZone(null),
                new ParseOptions(false, true, 500, ZoneId.of("UTC"), 1001));
        for (ParseOptions o : others) {
            assertNotEquals(BASE, o, o.toString());
            assertNotEquals(o, BASE, o.toString());
        }
        assertNotEquals(BASE, "options");
    }

    @Test
    void aMaximumOfZeroOrLessMeansTheDefault() {
        assertEquals(new ParseOptions(false, true, 500, null, ParseOptions.DEFAULT_MAX_CHARS),
                new ParseOptions(false, true, 500, null, 0));
    }
}
