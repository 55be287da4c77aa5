package org.jclassad.transform.xform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.value.Value;
import org.junit.jupiter.api.Test;

/**
 * The {@code /regex/} forms of COPY, RENAME and DELETE use the library's PCRE2 engine: PCRE2's
 * dialect and error numbers, its match limit, and no stack overflow on any name.
 */
class RegexStatementTest {
    private static TransformResult run(String rules, ClassAd ad) {
        return Transformer.of(Transform.fromRulesText("rules.xform", rules)).apply(ad);
    }

    private static ClassAd adWith(String name) {
        return new ClassAd().insert(name, Value.of(1L)).insert("RequestCpus", Value.of(3L))
                .insert("RequestMemory", Value.of(2048L));
    }

    @Test
    void compileErrorsQuotePcre2sErrorNumber() {
        TransformResult r = run("DELETE /(Request/\nCOPY /[Request/ Z\nSET Ok 1\n", adWith("Alpha"));
        assertEquals(List.of("ERROR: Error compiling regex '(Request'. 114. this entry will be ignored.\n",
                "ERROR: Error compiling regex '[Request'. 106. this entry will be ignored.\n"), r.errors(),
                "condor_transform_ads prints PCRE2's numbers: 114 missing ), 106 missing ]");
        assertEquals("1", StatementTest.attr(r, "Ok"));
    }

    @Test
    void aRangeFromAClassIsAnErrorAsInPcre2() {
        TransformResult r = run("DELETE /^[\\w-.]+$/\n", adWith("Alpha"));
        assertEquals(List.of("ERROR: Error compiling regex '^[\\w-.]+$'. 150. this entry will be ignored.\n"),
                r.errors(), "PCRE2 refuses [\\w-.] (invalid range in character class), java.util.regex did not");
        assertEquals("1", StatementTest.attr(r, "Alpha"));
    }

    @Test
    void catastrophicAlternationOnALongNameFailsAsANonMatch() {
        String name = "a".repeat(2_000);
        TransformResult r = run("DELETE /(a|aa)*c/\nDELETE /^RequestCpus$/\n", adWith(name));
        assertEquals("1", StatementTest.attr(r, name),
                "HTCondor counts a match that hits PCRE2's limit as no match, and keeps going");
        assertNull(StatementTest.attr(r, "RequestCpus"), "the next statement still runs");
        assertTrue(r.errors().isEmpty());
    }

    @Test
    void nestedQuantifiersOnAHugeNameStopAtTheMatchBudget() {
        String name = "a".repeat(32_000);
        TransformResult r = run("DELETE /(a+)+b/\n", adWith(name));
        assertEquals("1", StatementTest.attr(r, name));
    }

    @Test
    void aRepeatedGroupMatchesAcrossALongName() {
        String name = "a".repeat(5_000);
        TransformResult r = run("DELETE /^(a|b)*$/\n", adWith(name));
        assertFalse(r.failed());
        assertNull(StatementTest.attr(r, name), "PCRE2 matches it; Java's matcher needs a deep stack to agree");
    }

    @Test
    void ungreedyAppliesToEveryQuantifierAndQuestionMarkRestoresGreed() {
        TransformResult r = run("COPY /^Request(.+?)/U U\\1\n", adWith("Alpha"));
        assertEquals("2048", StatementTest.attr(r, "UMemory"), "(.+?) under U is greedy: the whole rest");
    }
}
