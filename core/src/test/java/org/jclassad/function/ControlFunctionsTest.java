package org.jclassad.function;

import static org.jclassad.TestSupport.eval;
import static org.jclassad.TestSupport.evalIn;
import static org.jclassad.TestSupport.evalStrict;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jclassad.ClassAd;
import org.junit.jupiter.api.Test;

class ControlFunctionsTest {
    private static final ClassAd UNPARSE = ClassAd.parse("[ x = a + b * 2; y = {1, 2}; z = \"str\"; "
            + "w = [p = 1; q = \"r\"]; v = 1.5; u = c =?= d; s = sum({z, {1}}) ]");
    private static final ClassAd REFS = ClassAd.parse("[ r = TARGET.Memory > 1024 && Disk > 0 && MY.Cpus > 1; "
            + "Disk = 10; s = 1 + 2; t = baz + MY.foo + TARGET.bar + Disk ]");

    @Test
    void ifThenElseEvaluatesOnlyTheChosenBranch() {
        assertEquals("1", eval("ifThenElse(true, 1, error)"));
        assertEquals("7", eval("ifThenElse(false, 1 / 0, 7)"));
    }

    @Test
    void ifThenElseConditionIsStrict() {
        assertEquals("undefined", eval("ifThenElse(undefined, 1, 2)"));
        assertEquals("error", eval("ifThenElse(\"true\", 1, 2)"), "a string condition is an error");
        assertEquals("1", eval("ifThenElse(real(\"NaN\"), 1, 2)"), "NaN is true");
    }

    @Test
    void evalParsesTheStringAndEvaluatesItInTheCurrentAd() {
        assertEquals("4", evalIn(ClassAd.parse("[ x = 2 ]"), "eval(\"x * 2\")"));
        assertEquals("12", eval("eval(strcat(\"3\", \"*\", \"4\"))"));
        assertEquals("undefined", eval("eval(\"nosuch\")"));
    }

    @Test
    void evalConvertsNonStringsFirst() {
        assertEquals("5", eval("eval(5)"));
        assertEquals("{ 1 }", eval("eval({1})"));
    }

    @Test
    void evalOfUndefinedOrTextThatDoesNotParseIsError() {
        assertEquals("error", eval("eval(undefined)"));
        assertEquals("error", eval("eval(\"1 +\")"));
        assertEquals("error", eval("eval(\"\")"));
        assertEquals("error", eval("eval(\"1 2\")"));
    }

    @Test
    void debugReturnsItsArgumentsValue() {
        assertEquals("3", eval("debug(1 + 2)"));
        assertEquals("error", eval("debug()"));
    }

    @Test
    void unparseGivesTheExpressionText() {
        assertEquals("a + b * 2", evalInText(UNPARSE, "unparse(x)"));
        assertEquals("\"str\"", evalInText(UNPARSE, "unparse(z)"));
        assertEquals("c is d", evalInText(UNPARSE, "unparse(u)"));
    }

    @Test
    void unparsePrintsListsAndAdsOnSeveralLines() {
        assertEquals("\n   {\n      1,\n      2\n   }", evalInText(UNPARSE, "unparse(y)"));
        assertEquals("\n    [\n        p = 1; \n        q = \"r\"\n    ]", evalInText(UNPARSE, "unparse(w)"));
        assertEquals("sum(\n   {\n      z,\n      \n         {\n            1\n         }\n   })",
                evalInText(UNPARSE, "unparse(s)"), "nested lists indent further, wherever they are");
    }

    @Test
    void unparseNeedsABareAttributeReference() {
        assertEquals("error", evalIn(UNPARSE, "unparse(\"x\")"));
        assertEquals("error", evalIn(UNPARSE, "unparse((x))"));
        assertEquals("error", evalIn(UNPARSE, "unparse(1 + 2)"));
    }

    @Test
    void unparseOfAMissingOrScopedNameIsEmpty() {
        assertEquals("\"\"", evalIn(UNPARSE, "unparse(nosuch)"));
        assertEquals("\"\"", evalIn(UNPARSE, "unparse(MY.x)"), "the text MY.x is looked up as a name");
    }

    @Test
    void unresolvedListsExternalReferencesSortedWithTargetStripped() {
        assertEquals("\"Cpus,Memory\"", evalIn(REFS, "unresolved(r)"));
        assertEquals("\"\"", evalIn(REFS, "unresolved(s)"));
    }

    @Test
    void unresolvedReportsMyReferencesBareOnlyInCompatibilityMode() {
        assertEquals("\"baz,foo,bar\"", evalIn(REFS, "unresolved(t)"));
        assertEquals("\"baz,MY.foo,bar\"", evalStrict(REFS, "unresolved(t)"));
    }

    @Test
    void unresolvedOfAMissingAttributeIsUndefinedBeforeThePatternIsLookedAt() {
        assertEquals("undefined", evalIn(REFS, "unresolved(nosuch)"));
        assertEquals("undefined", evalIn(REFS, "unresolved(nosuch, 1)"));
    }

    @Test
    void unresolvedWithAPatternMatchesCaselesslyAndNeverEmpty() {
        assertEquals("true", evalIn(REFS, "unresolved(r, \"^mem\")"));
        assertEquals("false", evalIn(REFS, "unresolved(r, \"\")"));
        assertEquals("error", evalIn(REFS, "unresolved(r, \"(\")"));
    }

    @Test
    void unresolvedWithANonStringPatternFailsTheEvaluation() {
        assertEquals("eval failed", evalIn(REFS, "unresolved(r, undefined)"));
        assertEquals("eval failed", evalIn(REFS, "unresolved(r, 1)"));
    }

    private static String evalInText(ClassAd ad, String expr) {
        return unquote(evalIn(ad, expr));
    }

    /** The text of a printed string value. */
    private static String unquote(String printed) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < printed.length() - 1; i++) {
            char c = printed.charAt(i);
            if (c == '\\') {
                char e = printed.charAt(++i);
                out.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
