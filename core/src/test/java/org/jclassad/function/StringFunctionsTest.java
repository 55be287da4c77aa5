package org.jclassad.function;

import static org.jclassad.TestSupport.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StringFunctionsTest {
    @Test
    void strcatConvertsEveryArgument() {
        assertEquals("\"a12.500000000000000E+00true\"", eval("strcat(\"a\", 1, 2.5, true)"));
        assertEquals("\"{ 1,\\\"x\\\" }\"", eval("strcat({1, \"x\"})"));
        assertEquals("\"1970-01-01T00:00:00-00:00\"", eval("strcat(absTime(0, 0))"));
        assertEquals("\"\"", eval("strcat()"));
    }

    @Test
    void strcatIsUndefinedOrErrorAtTheFirstSuchArgument() {
        assertEquals("undefined", eval("strcat(\"a\", undefined, \"b\")"));
        assertEquals("undefined", eval("strcat(undefined, error)"));
        assertEquals("error", eval("strcat(error, undefined)"));
    }

    @Test
    void stringConversionOfAdsUsesStorageOrder() {
        assertEquals("\"[ a = 2; B = 4; zz = 1; bbb = 3 ]\"", eval("strcat([zz=1;a=2;bbb=3;B=4])"));
    }

    @Test
    void joinTakesTheSeparatorFirstOrJoinsAList() {
        assertEquals("\"a-b-c\"", eval("join(\"-\", {\"a\", \"b\", \"c\"})"));
        assertEquals("\"ab\"", eval("join({\"a\", \"b\"})"));
        assertEquals("\"213\"", eval("join(1, 2, 3)"));
        assertEquals("\"\"", eval("join(\",\")"));
    }

    @Test
    void joinSkipsUndefinedAndIsUndefinedOnlyWhenNothingIsDefined() {
        assertEquals("\"a, c\"", eval("join(\", \", {\"a\", undefined, \"c\"})"));
        assertEquals("\"ab\"", eval("join(undefined, \"a\", \"b\")"));
        assertEquals("undefined", eval("join(\",\", undefined)"));
        assertEquals("undefined", eval("join(\",\", {undefined})"));
        assertEquals("error", eval("join(\",\", error)"));
    }

    @Test
    void joinPutsTheSeparatorOnlyAfterNonEmptyText() {
        assertEquals("\"b\"", eval("join(\",\", \"\", \"b\")"));
        assertEquals("\"a,,b\"", eval("join(\",\", \"a\", \"\", \"b\")"));
    }

    @Test
    void substrCountsNegativeOffsetsAndLengthsFromTheEnd() {
        assertEquals("\"cdef\"", eval("substr(\"abcdef\", 2)"));
        assertEquals("\"ef\"", eval("substr(\"abcdef\", -2)"));
        assertEquals("\"abcdef\"", eval("substr(\"abcdef\", -10)"));
        assertEquals("\"\"", eval("substr(\"abcdef\", 10)"));
        assertEquals("\"cde\"", eval("substr(\"abcdef\", 2, -1)"));
        assertEquals("\"\"", eval("substr(\"abcdef\", 2, -10)"));
        assertEquals("\"de\"", eval("substr(\"abcdef\", -3, 2)"));
        assertEquals("\"cdef\"", eval("substr(\"abcdef\", 2, 100)"));
        assertEquals("\"\"", eval("substr(\"abcdef\", 3, 0)"));
    }

    @Test
    void substrReadsNumbersAs32BitIntegers() {
        assertEquals("\"cdef\"", eval("substr(\"abcdef\", 4294967298)"));
    }

    @Test
    void substrChecksUndefinedBeforeTypes() {
        assertEquals("undefined", eval("substr(error, undefined)"));
        assertEquals("error", eval("substr(\"abc\", 1.0)"));
        assertEquals("error", eval("substr(123, 1)"));
    }

    @Test
    void caseMappingIsAsciiOnlyAndConvertsFirst() {
        assertEquals("\"ABC\"", eval("toUpper(\"abc\")"));
        assertEquals("\"\\303\\251\"", eval("toUpper(\"é\")"));
        assertEquals("\"1.500000000000000E+00\"", eval("toUpper(1.5)"));
        assertEquals("\"{ \\\"a\\\" }\"", eval("toLower({\"A\"})"));
        assertEquals("undefined", eval("toLower(undefined)"));
    }

    @Test
    void strcmpIsNormalisedAndComparesStringForms() {
        assertEquals("-1", eval("strcmp(\"a\", \"b\")"));
        assertEquals("0", eval("strcmp(1, \"1\")"));
        assertEquals("1", eval("strcmp(1.5, \"1.5\")"));
        assertEquals("1", eval("strcmp(\"é\", \"e\")"), "bytes compare unsigned");
        assertEquals("0", eval("stricmp(\"A\", \"a\")"));
    }

    @Test
    void strcmpChecksUndefinedBeforeError() {
        assertEquals("undefined", eval("strcmp(error, undefined)"));
        assertEquals("error", eval("stricmp(error, \"a\")"));
    }

    @Test
    void versioncmpReturnsTheRawDifference() {
        assertEquals("-2", eval("versioncmp(\"a\", \"c\")"));
        assertEquals("99", eval("versioncmp(\"abc\", \"ab\")"));
        assertEquals("-97", eval("versioncmp(\"\", \"a\")"));
        assertEquals("1", eval("versioncmp(10, \"9\")"));
    }

    @Test
    void versionOrderSortsLeadingZerosFirst() {
        String[] order = {"000", "00", "01", "010", "09", "0", "1", "9", "10"};
        for (int i = 0; i + 1 < order.length; i++) {
            assertEquals("true", eval("versionLT(\"" + order[i] + "\", \"" + order[i + 1] + "\")"),
                    order[i] + " < " + order[i + 1]);
        }
        assertEquals("true", eval("versionLT(\"1.9\", \"1.10\")"));
        assertEquals("true", eval("versionLT(\"1.00\", \"1.0\")"));
        assertEquals("true", eval("versionLT(\"a010\", \"a10\")"));
    }

    @Test
    void versionComparisonsAreUndefinedForUndefinedUnlikeIs() {
        assertEquals("undefined", eval("versionEQ(undefined, undefined)"));
        assertEquals("undefined", eval("versioncmp(undefined, error)"));
        assertEquals("error", eval("versionLE(\"a\", error)"));
    }

    @Test
    void versionInRangeIsInclusive() {
        assertEquals("true", eval("version_in_range(\"8.9.7\", \"8.0\", \"9.0\")"));
        assertEquals("true", eval("version_in_range(\"1.0\", \"1.0\", \"1.0\")"));
        assertEquals("undefined", eval("version_in_range(\"1.5\", \"1\", undefined)"));
        assertEquals("error", eval("version_in_range(undefined, \"1\", \"2\")"));
    }

    @Test
    void splitDropsEmptyPiecesExceptBetweenRepeatedSeparators() {
        assertEquals("{ \"a\",\"b\",\"c\" }", eval("split(\"a, b,c\")"));
        assertEquals("{ \"foo\",\"bar\" }", eval("split(\"foo ,bar\")"));
        assertEquals("{ \"a\",\"\",\"b\" }", eval("split(\"a,,b\")"));
        assertEquals("{ \"a\",\"\",\"b\" }", eval("split(\"a, ,b\")"));
        assertEquals("{ \"a\",\"\",\"\",\"b\" }", eval("split(\"a,,,b\")"));
        assertEquals("{ \"a\" }", eval("split(\",a,\")"));
        assertEquals("{ \"\",\"a\" }", eval("split(\",,a\")"));
        assertEquals("{  }", eval("split(\"\")"));
    }

    @Test
    void splitDefaultsToCommaSpaceAndTabOnly() {
        assertEquals("{ \"a\",\"b\\nc\" }", eval("split(\"a\\tb\\nc\")"));
        assertEquals("{ \"a\",\"b\",\"\",\"c\" }", eval("split(\"a;b;;c\", \";\")"));
        assertEquals("{ \"a b\" }", eval("split(\"a b\", \"\")"));
    }

    @Test
    void splitNeedsStrings() {
        assertEquals("error", eval("split(undefined)"));
        assertEquals("error", eval("split(\"a\", 1)"));
    }

    @Test
    void splitUserAndSlotNamesAtTheFirstAt() {
        assertEquals("{ \"a\",\"b@c\" }", eval("splitUserName(\"a@b@c\")"));
        assertEquals("{ \"alice\",\"\" }", eval("splitUserName(\"alice\")"));
        assertEquals("{ \"\",\"host\" }", eval("splitSlotName(\"host\")"));
        assertEquals("{ \"\",\"b\" }", eval("splitUserName(\"@b\")"));
        assertEquals("error", eval("splitSlotName(undefined)"));
    }
}
