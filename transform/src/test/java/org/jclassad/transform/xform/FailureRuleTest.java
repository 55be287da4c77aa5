package org.jclassad.transform.xform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What fails a whole transform (spec §2.5, §2.8), one rule per test. */
class FailureRuleTest {
    static TransformResult run(String rules) {
        return StatementTest.run(rules);
    }

    @Test
    void unknownKeywordFails() {
        TransformResult r = run("SET D 3\nFROBNICATE Alpha\n");
        assertTrue(r.failed());
        assertTrue(r.failure().contains("FROBNICATE is not a valid transform keyword"), r.failure());
    }

    @Test
    void keywordAloneFails() {
        assertTrue(run("DELETE\n").failed());
    }

    @Test
    void missingValueFails() {
        assertTrue(run("SET Delta\n").failed());
        assertTrue(run("EVALMACRO color\n").failed());
        assertTrue(run("COPY Alpha\n").failed());
    }

    @Test
    void gluedAssignmentIsOneWordAndFails() {
        assertTrue(run("SET Delta=3\n").failed(), "SET A=1 without spaces has no value");
    }

    @Test
    void unknownRegexFlagFails() {
        assertTrue(run("COPY /^Request(.*)/x X\\1\n").failed());
        assertTrue(run("COPY /^Request(.*)/I X\\1\n").failed(), "flags are case-sensitive: only i m U g");
    }

    @Test
    void errorStatementFails() {
        assertTrue(run("error : no\n").failed());
        assertFalse(run("warning : just saying\nSET D 1\n").failed());
    }

    @Test
    void useStatementFails() {
        assertTrue(run("use ROLE : Execute\n").failed());
    }

    @Test
    void includeIsRejected() {
        assertTrue(run("include : other.xform\n").failed(), "HTCondor honours it; a port rejects it (spec 2.4)");
    }

    @Test
    void invalidIfConditionFails() {
        assertTrue(run("if MY.Charlie\nSET D 1\nendif\n").failed(), "a single word is not a condition");
        assertTrue(run("if on\nSET D 1\nendif\n").failed(), "on/off are not if literals");
        assertTrue(run("if version < 12\nendif\n").failed(), "the version literal needs major.minor");
    }

    @Test
    void falseComplexConditionFailsButTrueOneIsTaken() {
        assertTrue(run("if RequestCpus > 1000\nSET D 1\nendif\n").failed());
        TransformResult r = run("if RequestCpus > 1\nSET D 1\nendif\n");
        assertFalse(r.failed());
    }

    @Test
    void ifStructureErrorsFail() {
        assertTrue(run("if true\nSET D 1\n").failed(), "missing endif");
        assertTrue(run("endif\n").failed(), "stray endif");
        assertTrue(run("if false\nelse\nelse\nendif\n").failed(), "duplicate else");
        assertTrue(run("if false\nelse\nelif true\nendif\n").failed(), "elif after else");
    }

    @Test
    void ifNestingIsLimitedTo63() {
        String ok = "if true\n".repeat(63) + "endif\n".repeat(63);
        assertFalse(run(ok).failed());
        String deep = "if true\n".repeat(64) + "endif\n".repeat(64);
        assertTrue(run(deep).failed(), "if nesting too deep!");
    }

    @Test
    void unparsableRequirementsFailLoadingWithFileAndLine() {
        TransformLoadException e = assertThrows(TransformLoadException.class,
                () -> Transform.fromRulesText("site.xform", "SET A 1\n\nREQUIREMENTS RequestCpus >\n"));
        assertEquals("site.xform", e.source());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("site.xform:3: "), e.getMessage());
        assertTrue(e.getMessage().contains("REQUIREMENTS RequestCpus >"), e.getMessage());
    }

    @Test
    void failuresCarryFileLineAndStatement() {
        TransformResult r = run("SET A 1\n# comment\nFROBNICATE Alpha\n");
        assertEquals("rules.xform:3: FROBNICATE is not a valid transform keyword (in: FROBNICATE Alpha)", r.failure());
    }

    @Test
    void continuationLinesKeepTheirFirstLineNumber() {
        TransformResult r = run("SET A 1 + \\\n  2\nBOGUS x\n");
        assertTrue(r.failure().startsWith("rules.xform:3:"), r.failure());
    }
}
