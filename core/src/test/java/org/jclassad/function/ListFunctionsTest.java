package org.jclassad.function;

import static org.jclassad.TestSupport.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ListFunctionsTest {
    @Test
    void memberComparesWithDoubleEqualsSoStringsIgnoreCase() {
        assertEquals("true", eval("member(\"A\", {\"a\"})"));
        assertEquals("true", eval("member(1.0, {1, 2})"));
        assertEquals("true", eval("member(true, {1})"));
    }

    @Test
    void memberSkipsComparisonsThatAreUndefinedOrError() {
        assertEquals("true", eval("member(1, {error, 1})"));
        assertEquals("true", eval("member(1, {\"x\", 1})"));
        assertEquals("false", eval("member(1, {undefined, 2})"));
        assertEquals("false", eval("member(1, {{1}})"));
    }

    @Test
    void memberChecksUndefinedThenTypesThenError() {
        assertEquals("undefined", eval("member(undefined, {1})"));
        assertEquals("undefined", eval("member(1, undefined)"));
        assertEquals("error", eval("member(1, 2)"));
        assertEquals("error", eval("member({1}, {{1}})"));
        assertEquals("error", eval("member(error, {1})"));
    }

    @Test
    void identicalMemberUsesIsAndAcceptsUndefinedAndError() {
        assertEquals("false", eval("identicalMember(\"A\", {\"a\"})"));
        assertEquals("false", eval("identicalMember(1, {1.0})"));
        assertEquals("true", eval("identicalMember(undefined, {undefined})"));
        assertEquals("true", eval("identicalMember(error, {error})"));
        assertEquals("undefined", eval("identicalMember(1, undefined)"));
    }

    @Test
    void anyCompareAcceptsExactlyTheEightOperatorNames() {
        assertEquals("true", eval("anyCompare(\"==\", {\"A\"}, \"a\")"));
        assertEquals("false", eval("anyCompare(\"is\", {\"A\"}, \"a\")"));
        assertEquals("true", eval("allCompare(\"isnt\", {1, 2}, 3)"));
        assertEquals("true", eval("allCompare(\"!=\", {1, 2}, 3)"));
        assertEquals("error", eval("anyCompare(\"=?=\", {1}, 1)"));
        assertEquals("error", eval("anyCompare(\"LT\", {1}, 2)"));
    }

    @Test
    void anyAndAllCompareStopWithFalseAtAnUndefinedComparison() {
        assertEquals("false", eval("anyCompare(\"<\", {undefined, 1}, 2)"));
        assertEquals("false", eval("anyCompare(\"<\", {1}, undefined)"));
        assertEquals("false", eval("allCompare(\"==\", {undefined}, 1)"));
    }

    @Test
    void anyAndAllCompareStopWithErrorAtAnErrorComparison() {
        assertEquals("error", eval("anyCompare(\"<\", {\"a\", 1}, 2)"));
        assertEquals("true", eval("anyCompare(\"<\", {1, \"a\"}, 2)"));
        assertEquals("error", eval("allCompare(\"<\", {1, \"a\"}, 2)"));
    }

    @Test
    void compareOfAnEmptyListIsFalseForAnyAndTrueForAll() {
        assertEquals("false", eval("anyCompare(\"<\", {}, 1)"));
        assertEquals("true", eval("allCompare(\"<\", {}, 1)"));
    }

    @Test
    void compareWithUndefinedOperatorOrListIsUndefined() {
        assertEquals("undefined", eval("anyCompare(undefined, {1}, 1)"));
        assertEquals("undefined", eval("anyCompare(\">=\", undefined, 1)"));
        assertEquals("error", eval("anyCompare(1, {1}, 1)"));
    }

    @Test
    void sizeCountsElementsAttributesOrBytes() {
        assertEquals("3", eval("size({1, 2, 3})"));
        assertEquals("2", eval("size([a = 1; b = 2])"));
        assertEquals("2", eval("size(\"é\")"), "strings are bytes");
        assertEquals("undefined", eval("size(undefined)"));
        assertEquals("error", eval("size(1.5)"));
    }

    @Test
    void sumStartsFromTheFirstNumberAsItIs() {
        assertEquals("true", eval("sum({true})"));
        assertEquals("2", eval("sum({true, true})"));
        assertEquals("3.500000000000000E+00", eval("sum({1, 2.5})"));
    }

    @Test
    void sumSkipsUndefinedAndOfNothingIsZero() {
        assertEquals("3", eval("sum({1, undefined, 2})"));
        assertEquals("0", eval("sum({})"));
        assertEquals("0", eval("sum({undefined})"));
    }

    @Test
    void sumOfNonNumbersOrOverflowingRealsIsError() {
        assertEquals("error", eval("sum({1, \"a\"})"));
        assertEquals("error", eval("sum({1e308, 1e308})"), "+inf becomes error");
        assertEquals("-9223372036854775808", eval("sum({9223372036854775807, 1})"), "integers wrap");
    }

    @Test
    void avgIsRealExceptIntegerZeroForNothing() {
        assertEquals("2.000000000000000E+00", eval("avg({2, 2})"));
        assertEquals("1.000000000000000E+00", eval("avg({true})"));
        assertEquals("0", eval("avg({})"));
        assertEquals("0", eval("avg({undefined})"));
        assertEquals("error", eval("avg({\"x\"})"));
    }

    @Test
    void minAndMaxOfNoNumbersIsUndefined() {
        assertEquals("undefined", eval("min({})"));
        assertEquals("undefined", eval("max({undefined})"));
        assertEquals("error", eval("min({-1, \"a\"})"));
    }

    @Test
    void minAndMaxPromoteLikeTheComparisonOperators() {
        assertEquals("1.000000000000000E+00", eval("min({1, 5.0})"));
        assertEquals("0", eval("min({true, false})"));
        assertEquals("1", eval("min({true, true})"));
        assertEquals("true", eval("min({true})"));
        assertEquals("2.000000000000000E+00", eval("max({1.5, 2})"));
    }

    @Test
    void minAndMaxKeepTheFirstBoundWhenComparisonsAreFalse() {
        assertEquals("real(\"NaN\")", eval("min({real(\"NaN\"), 1})"));
        assertEquals("-0.0", eval("min({-0.0, 0.0})"));
    }

    @Test
    void aFailingElementFailsTheWholeEvaluation() {
        assertEquals("eval failed", eval("sum({random(0)})"));
        assertEquals("error", eval("{random(0)}[0]"), "only subscripts turn it into error");
    }
}
