package org.jclassad.eval;

import static org.jclassad.TestSupport.eval;
import static org.jclassad.TestSupport.evalIn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jclassad.ClassAd;
import org.jclassad.TestSupport;
import org.junit.jupiter.api.Test;

class OperatorSemanticsTest {

    @Test
    void errorBeatsUndefinedInStrictOperators() {
        assertEquals("error", eval("undefined + error"));
        assertEquals("undefined", eval("undefined + 1"));
    }

    @Test
    void integerArithmeticWrapsAround() {
        assertEquals("-9223372036854775808", eval("9223372036854775807 + 1"));
    }

    @Test
    void integerDivisionTruncatesTowardZero() {
        assertEquals("-3", eval("-7 / 2"));
        assertEquals("-1", eval("-7 % 2"));
        assertEquals("1", eval("7 % -2"));
    }

    @Test
    void integerDivisionByZeroIsError() {
        assertEquals("error", eval("1 / 0"));
        assertEquals("error", eval("1 % 0"));
    }

    @Test
    void minIntegerDividedByMinusOneIsMax() {
        assertEquals("9223372036854775807", eval("-9223372036854775808 / -1"));
        assertEquals("0", eval("-9223372036854775808 % -1"));
    }

    @Test
    void realModulusIsAlwaysError() {
        assertEquals("error", eval("5.0 % 2"));
    }

    @Test
    void positiveInfinityResultIsErrorButNegativeInfinityAndNaNPass() {
        assertEquals("error", eval("1.0 / 0"));
        assertEquals("real(\"-INF\")", eval("-1.0 / 0"));
        assertEquals("real(\"NaN\")", eval("0.0 / 0"));
    }

    @Test
    void booleansPromoteInArithmeticButNotWithTimes() {
        assertEquals("2", eval("true + 1"));
        assertEquals("2.500000000000000E+00", eval("true * 2.5"));
        assertEquals("error", eval("\"a\" + \"b\""));
    }

    @Test
    void stringComparisonIgnoresCase() {
        assertEquals("true", eval("\"a\" < \"B\""));
        assertEquals("true", eval("\"x\" == \"X\""));
    }

    @Test
    void comparingListsOrMixedTypesIsError() {
        assertEquals("error", eval("{1} == {1}"));
        assertEquals("error", eval("\"1\" == 1"));
    }

    @Test
    void identityIsCaseSensitiveAndTypeStrict() {
        assertEquals("false", eval("\"a\" =?= \"A\""));
        assertEquals("false", eval("1 =?= 1.0"));
        assertEquals("false", eval("true =?= 1"));
        assertEquals("true", eval("undefined =?= undefined"));
        assertEquals("true", eval("error =?= error"));
        assertEquals("error", eval("{1} =?= {1}"), "lists compared by identity give error");
    }

    @Test
    void andIsNonStrictOnTheLeftOnly() {
        assertEquals("false", eval("false && error"));
        assertEquals("false", eval("undefined && false"));
        assertEquals("undefined", eval("undefined && true"));
        assertEquals("error", eval("true && \"x\""));
        assertEquals("error", eval("\"x\" && false"));
        assertEquals("true", eval("1 && 2"));
    }

    @Test
    void orIsNonStrictOnTheLeftOnly() {
        assertEquals("true", eval("true || error"));
        assertEquals("true", eval("undefined || true"));
        assertEquals("undefined", eval("undefined || false"));
        assertEquals("error", eval("error || true"));
    }

    @Test
    void conditionalEvaluatesOnlyTheChosenBranch() {
        assertEquals("1", eval("true ? 1 : 1/0"));
        assertEquals("undefined", eval("undefined ? 1 : 2"));
        assertEquals("error", eval("\"s\" ? 1 : 2"));
    }

    @Test
    void elvisReplacesOnlyUndefined() {
        assertEquals("2", eval("undefined ?: 2"));
        assertEquals("error", eval("error ?: 2"));
        assertEquals("0", eval("0 ?: 2"));
    }

    @Test
    void unaryOperatorsFollowHTCondorsTable() {
        assertEquals("error", eval("-true"));
        assertEquals("false", eval("!1"));
        assertEquals("error", eval("~1.5"));
        assertEquals("-9223372036854775808", eval("-(-9223372036854775808)"));
    }

    @Test
    void shiftsBehaveAsOnX86() {
        assertEquals("1", eval("1 << 64"));
        assertEquals("-9223372036854775808", eval("1 << -1"));
        assertEquals("-1", eval("-8 >> 64"));
        assertEquals("-8", eval("-8 >> 0"));
        assertEquals("15", eval("-1 >>> 60"));
        assertEquals("0", eval("-1 >>> 0"));
    }

    @Test
    void timeArithmeticTruncatesRelativeTimeTo32Bits() {
        assertEquals("absTime(\"1970-01-01T00:01:40-00:00\")", eval("absTime(\"1970-01-01T00:00:00Z\") + relTime(4294967396)"));
    }

    @Test
    void subscriptsTruncateTheIndexTo32Bits() {
        assertEquals("1", eval("{1, 2}[4294967296]"));
        assertEquals("error", eval("{1, 2}[2]"));
        assertEquals("error", eval("{1, 2}[1.0]"));
    }

    @Test
    void adSubscriptLooksOnlyInThatAd() {
        assertEquals("undefined", eval("[a = 3][\"c\"]"));
        assertEquals("3", eval("[a = 3][\"A\"]"));
    }

    @Test
    void projectionOverAListOfAds() {
        assertEquals("{ 1,2,undefined }", eval("{[a=1],[a=2],[b=3]}.a"));
        assertEquals("{ 1,error }", eval("{[a=1],5}.a"));
    }

    @Test
    void listsKeepTheirElementExpressions() {
        ClassAd ad = ClassAd.parse("[a = {b}; b = 1]");
        assertEquals("{ b }", evalIn(ad, "a"));
        assertEquals("1", evalIn(ad, "a[0]"));
    }

    @Test
    void cyclesAreUndefined() {
        ClassAd ad = ClassAd.parse("[a = b; b = a; w = x =?= undefined; x = x]");
        assertEquals("undefined", evalIn(ad, "a"));
        assertEquals("true", evalIn(ad, "w"));
    }

    @Test
    void scopingIsLexical() {
        ClassAd ad = ClassAd.parse(
                "[a = 1; B = a + 1; c = [a = 10; d = a; e = B; f = parent.a; g = .a; j = self.a; k = my.a]]");
        assertEquals("2", evalIn(ad, "b"));
        assertEquals("10", evalIn(ad, "c.d"));
        assertEquals("2", evalIn(ad, "c.e"));
        assertEquals("1", evalIn(ad, "c.f"));
        assertEquals("1", evalIn(ad, "c.g"));
        assertEquals("10", evalIn(ad, "c.j"));
        assertEquals("10", evalIn(ad, "c.k"), "my is special in compatibility mode");
        assertEquals("undefined", TestSupport.evalStrict(ad, "c.k"));
    }

    @Test
    void specialNamesHideOuterAttributes() {
        ClassAd ad = ClassAd.parse("[root = 5; x = [y = root]]");
        assertEquals("[ x = [ y = root ]; root = 5 ]", evalIn(ad, "x.y"), "x.y is the whole outer ad, not 5");
    }

    @Test
    void depthLimitFailsTheEvaluation() {
        StringBuilder chain = new StringBuilder("[");
        for (int i = 0; i < 300; i++) {
            chain.append("a").append(i).append(" = a").append(i + 1).append(" + 1; ");
        }
        chain.append("a300 = 0]");
        assertEquals("eval failed", evalIn(ClassAd.parse(chain.toString()), "a0"));
    }

    @Test
    void stepBudgetFailsExponentialEvaluation() {
        StringBuilder ad = new StringBuilder("[");
        for (int i = 0; i < 25; i++) {
            ad.append("a").append(i).append(" = a").append(i + 1).append(" + a").append(i + 1).append("; ");
        }
        ad.append("a25 = 1]");
        assertEquals("eval failed", evalIn(ClassAd.parse(ad.toString()), "a0"));
    }
}
