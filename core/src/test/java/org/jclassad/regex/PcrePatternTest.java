package org.jclassad.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** PCRE2 10.32's reading of patterns (the library HTCondor 25.14 compiles with), pinned case by case. */
class PcrePatternTest {
    private static boolean matches(String pattern, String subject) throws PcreSyntaxException {
        return PcrePattern.compile(pattern).matches(subject);
    }

    private static int error(String pattern) {
        return assertThrows(PcreSyntaxException.class, () -> PcrePattern.compile(pattern)).code();
    }

    @Test
    void aRangeCannotStartOrEndWithAClass() {
        assertEquals(150, error("^[\\w-.]+$"), "PCRE2: invalid range in character class");
        assertEquals(150, error("[a-\\d]"));
        assertEquals(150, error("[[:alpha:]-z]"));
    }

    @Test
    void aHyphenAfterAClassAtTheEndIsLiteral() throws PcreSyntaxException {
        assertTrue(matches("^[\\w-]+$", "a-b"));
    }

    @Test
    void eightAndNineAreDigitsInAClassAndReferencesOutside() throws PcreSyntaxException {
        assertTrue(matches("^[\\8]$", "8"), "PCRE2 reads \\8 in a class as the digit");
        assertEquals(115, error("\\8"), "outside a class \\8 refers to group 8");
        assertTrue(matches("^(a)(b)(c)(d)(e)(f)(g)(h)\\8$", "abcdefghh"));
    }

    @Test
    void escapesThatAreNotCharactersAreErrorsInAClass() {
        assertEquals(107, error("[\\R]"));
        assertEquals(107, error("[\\C]"));
        assertEquals(171, error("[\\N]"));
    }

    @Test
    void aGInAClassIsTheLetter() throws PcreSyntaxException {
        assertTrue(matches("^[\\g]$", "g"));
    }

    @Test
    void emptyQuotesAtAClassStartKeepABracketLiteral() throws PcreSyntaxException {
        assertTrue(matches("^[\\E]]$", "]"));
        assertTrue(matches("^[\\Q\\E^]]$", "a"), "the ^ still negates");
    }

    @Test
    void posixSyntaxOutsideAClassIsAnError() {
        assertEquals(112, error("[:alpha:]"));
        assertEquals(113, error("[.a.]"));
    }

    @Test
    void wordStartAndEndAreWordBoundaries() throws PcreSyntaxException {
        assertTrue(matches("[[:<:]]ab", "x ab"));
        assertFalse(matches("[[:<:]]ab", "xab"));
        assertFalse(matches("ab[[:>:]]", "abc"));
    }

    @Test
    void anchorsCannotBeRepeated() {
        assertEquals(109, error("^*"));
        assertEquals(109, error("\\b+"));
        assertEquals(109, error("a(?i)*"));
    }

    @Test
    void eachBranchOfALookBehindHasAFixedLength() throws PcreSyntaxException {
        assertTrue(matches("(?<=a|bc)d", "bcd"), "branches may differ in length");
        assertEquals(125, error("(?<=a{1,2})b"));
        assertEquals(125, error("(?<=ab(c|de))x"), "a group inside must have one length");
    }

    @Test
    void propertiesArePcre2sAndCaseSensitive() throws PcreSyntaxException {
        assertTrue(matches("^\\p{Xan}+$", "a1"));
        assertTrue(matches("^\\p{L&}$", "B"));
        assertEquals(147, error("\\p{Alpha}"), "a Java name, unknown to PCRE2");
        assertEquals(147, error("\\p{IsGreek}"));
        PcrePattern upper = PcrePattern.compile("^\\p{Lu}$", EnumSet.of(PcreOption.CASELESS));
        assertFalse(upper.matches("a"), "caseless matching does not change \\p");
    }

    @Test
    void namedReferencesMayPrecedeTheirGroup() throws PcreSyntaxException {
        assertTrue(matches("(?<n>a)\\k<n>", "aa"));
        assertFalse(matches("\\k<n>(?<n>a)", "a"));
        assertEquals(115, error("\\k<m>(?<n>a)"));
    }

    @Test
    void ungreedyModeSwapsLazyAndGreedy() throws PcreSyntaxException {
        PcrePattern p = PcrePattern.compile("a+", EnumSet.of(PcreOption.UNGREEDY));
        assertEquals(1, p.find("aaa", 0).end());
        assertEquals(3, PcrePattern.compile("(?U)a+?").find("aaa", 0).end());
    }

    @Test
    void errorsComeInPcre2sOrder() {
        assertEquals(109, error("\\1a**"), "a missing group is reported after the whole pattern is read");
    }

    @Test
    void constructsJavaCannotRunAreUnsupportedNotErrors() {
        PcreSyntaxException e = assertThrows(PcreSyntaxException.class, () -> PcrePattern.compile("a\\Kb"));
        assertTrue(e.unsupported());
    }

    @Test
    void aRepeatedGroupOnALongSubjectMatchesWithoutOverflowingTheCallersStack() throws Exception {
        PcrePattern p = PcrePattern.compile("^(a|b)*c$");
        String subject = "ab".repeat(20_000) + "c";
        AtomicReference<Object> result = new AtomicReference<>();
        // a caller with a small stack: the match must not need it
        Thread t = new Thread(null, () -> {
            try {
                result.set(p.matches(subject));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 256 << 10);
        t.start();
        t.join();
        assertEquals(Boolean.TRUE, result.get(), "PCRE2 matches it; Java needs a deep stack to agree");
    }

    @Test
    void aCatastrophicPatternStopsAtTheMatchBudget() throws PcreSyntaxException {
        PcrePattern p = PcrePattern.compile("(a+)+b");
        assertThrows(MatchLimitException.class, () -> p.matches("a".repeat(32_000)),
                "PCRE2 gives up at its match limit; the ClassAd functions then give error");
    }
}
