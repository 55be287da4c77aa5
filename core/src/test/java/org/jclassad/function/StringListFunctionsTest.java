package org.jclassad.function;

import static org.jclassad.TestSupport.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StringListFunctionsTest {
    @Test
    void tokensAreTrimmedAndEmptyOnesNeverCount() {
        assertEquals("4", eval("stringListSize(\"A B C,,,,,D\")"));
        assertEquals("4", eval("stringListSize(\"A B C;D\", \" ; \")"));
        assertEquals("0", eval("stringListSize(\" , ,\")"));
        assertEquals("1", eval("stringListSize(\"a\\tb\")"), "tab is not a default delimiter");
        assertEquals("1", eval("stringListSize(\"a;b;c\", \"\")"));
    }

    @Test
    void summariesNeedStrings() {
        assertEquals("error", eval("stringListSize(undefined)"));
        assertEquals("error", eval("stringListSum(1)"));
    }

    @Test
    void sumIsIntegerUnlessATokenHasOtherCharacters() {
        assertEquals("6", eval("stringListSum(\"1,2,3\")"));
        assertEquals("1.000000000000000E+00", eval("stringListSum(\"1.0\")"));
        assertEquals("1.000000000000000E+00", eval("stringListSum(\"1abc\")"));
        assertEquals("1.600000000000000E+01", eval("stringListSum(\"0x10\")"));
        assertEquals("real(\"INF\")", eval("stringListSum(\"inf\")"));
        assertEquals("error", eval("stringListSum(\"x\")"));
        assertEquals("error", eval("stringListSum(\"100ergs\")"), "sscanf cannot give back the e");
    }

    @Test
    void emptySumAndAvgAreRealZeroAndEmptyMinMaxUndefined() {
        assertEquals("0.0", eval("stringListSum(\"\")"));
        assertEquals("0.0", eval("stringListAvg(\"\")"));
        assertEquals("undefined", eval("stringListMin(\"\")"));
    }

    @Test
    void avgOfIntegersIsTruncated() {
        assertEquals("1", eval("stringListAvg(\"1,2\")"));
        assertEquals("25", eval("stringListAvg(\"10, 20, 30, 40\")"));
        assertEquals("1.500000000000000E+00", eval("stringListAvg(\"1.0,2\")"));
    }

    @Test
    void minAndMaxStartFromFloatLimits() {
        assertEquals("3.402823466385289E+38", eval("stringListMin(\"1e39\")"));
        assertEquals("0", eval("stringListMax(\"-5,-3\")"), "max starts at FLT_MIN, a positive number");
        assertEquals("1.175494350822288E-38", eval("stringListMax(\"-5.5,-3.5\")"));
        assertEquals("4.500000000000000E+00", eval("stringListMax(\"1 , 4.5, -5\")"));
    }

    @Test
    void memberComparesUntrimmedItemWithTrimmedTokens() {
        assertEquals("true", eval("stringListMember(\"green\", \"red, blue, green\")"));
        assertEquals("false", eval("stringListMember(\"Green\", \"red, blue, green\")"));
        assertEquals("true", eval("stringListIMember(\"Green\", \"red, blue, green\")"));
        assertEquals("false", eval("stringListMember(\" green \", \"red, green\")"));
        assertEquals("false", eval("stringListMember(\"\", \"a\")"));
    }

    @Test
    void memberTreatsUndefinedAsEmptyUnlessBothAreUndefined() {
        assertEquals("false", eval("stringListMember(undefined, \"green\")"));
        assertEquals("false", eval("stringListMember(\"green\", undefined)"));
        assertEquals("undefined", eval("stringListMember(undefined, undefined)"));
        assertEquals("false", eval("stringListMember(\"b\", \"a;b\", undefined)"), "undefined delimiters are the default");
        assertEquals("error", eval("stringListMember(error, \"a\")"));
    }

    @Test
    void subsetMatchOfNothingIsTrue() {
        assertEquals("true", eval("stringListSubsetMatch(\"a,b\", \"b,a,c\")"));
        assertEquals("true", eval("stringListSubsetMatch(\"\", \"a\")"));
        assertEquals("true", eval("stringListSubsetMatch(undefined, \"a\")"));
        assertEquals("true", eval("stringListSubsetMatch(\"\", undefined)"));
        assertEquals("false", eval("stringListSubsetMatch(\",,\", \"a\")"));
        assertEquals("false", eval("stringListSubsetMatch(\"a\", undefined)"));
        assertEquals("true", eval("stringListISubsetMatch(\"A,B\", \"a,b,c\")"));
    }

    @Test
    void regexpMemberIsUndefinedWithoutTokens() {
        assertEquals("true", eval("stringList_regexpMember(\"^b\", \"a, bc\")"));
        assertEquals("undefined", eval("stringList_regexpMember(\"^x\", \"\")"));
        assertEquals("undefined", eval("stringList_regexpMember(\"^x\", \" , \")"));
        assertEquals("error", eval("stringList_regexpMember(\"(\", \"\")"), "the pattern is checked first");
    }

    @Test
    void regexpMemberOptionsComeFourthAndIgnoreCase() {
        assertEquals("true", eval("stringList_regexpMember(\"^B\", \"a, bc\", \", \", \"I\")"));
        assertEquals("false", eval("stringList_regexpMember(\"B\", \"abc\", \"I\")"), "the third argument is the delimiters");
        assertEquals("error", eval("stringList_regexpMember(undefined, \"a\")"));
    }

    @Test
    void listsIntersectOnUntrimmedCaseSensitiveTokens() {
        assertEquals("true", eval("stringListsIntersect(\"a,b,c\", \"c,d\")"));
        assertEquals("false", eval("stringListsIntersect(\"a\\tb\", \"b\")"));
        assertEquals("true", eval("stringListsIntersect(\"a; b\", \" b\", \";\")"));
        assertEquals("false", eval("stringListsIntersect(\"A\", \"a\")"));
    }

    @Test
    void listsIntersectChecksErrorThenUndefinedThenTypes() {
        assertEquals("error", eval("stringListsIntersect(undefined, error)"));
        assertEquals("undefined", eval("stringListsIntersect(\"a\", \"a\", undefined)"));
        assertEquals("error", eval("stringListsIntersect(1, \"1\")"));
    }
}
