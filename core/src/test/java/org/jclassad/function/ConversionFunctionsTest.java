package org.jclassad.function;

import static org.jclassad.TestSupport.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConversionFunctionsTest {
    @Test
    void intReadsStringsWithStrtod() {
        assertEquals("1000", eval("int(\"1e3\")"));
        assertEquals("26", eval("int(\"0x1A\")"));
        assertEquals("-3", eval("int(\"-3.9\")"));
        assertEquals("12", eval("int(\"12abc\")"));
        assertEquals("9007199254740992", eval("int(\"9007199254740993\")"), "through a double");
        assertEquals("error", eval("int(\"abc\")"));
    }

    @Test
    void outOfRangeIntegerConversionsGiveTheMostNegativeInteger() {
        assertEquals("-9223372036854775808", eval("int(1e30)"));
        assertEquals("-9223372036854775808", eval("int(\"nan\")"));
    }

    @Test
    void conversionsOfUndefinedAreUndefined() {
        assertEquals("undefined", eval("int(undefined)"));
        assertEquals("undefined", eval("real(undefined)"));
        assertEquals("undefined", eval("string(undefined)"));
        assertEquals("undefined", eval("bool(undefined)"));
    }

    @Test
    void realAcceptsInfinityAndNaNText() {
        assertEquals("real(\"INF\")", eval("real(\"INF\")"));
        assertEquals("real(\"INF\")", eval("real(\"infinity\")"));
        assertEquals("real(\"-INF\")", eval("real(\"-inf\")"));
        assertEquals("real(\"NaN\")", eval("real(\"NaN\")"));
    }

    @Test
    void realIgnoresTrailingGarbageButNeedsANumber() {
        assertEquals("2.500000000000000E+00", eval("real(\"  2.5xyz\")"));
        assertEquals("1.000000000000000E+00", eval("real(\"1e\")"));
        assertEquals("1.600000000000000E+01", eval("real(\"0x10\")"));
        assertEquals("-0.0", eval("real(\"-0\")"));
        for (String bad : new String[] {"", " ", ".", "-", "abc"}) {
            assertEquals("error", eval("real(\"" + bad + "\")"), "'" + bad + "' has no number");
        }
    }

    @Test
    void relativeTimesConvertAsWholeSeconds() {
        assertEquals("1.000000000000000E+00", eval("real(relTime(1.5))"));
        assertEquals("90", eval("int(relTime(90.9))"));
        assertEquals("false", eval("bool(relTime(0.5))"));
        assertEquals("\"05\"", eval("string(relTime(5))"));
    }

    @Test
    void stringFormsOfRealsAndTimes() {
        assertEquals("\"1.500000000000000E+00\"", eval("string(1.5)"));
        assertEquals("\"-0.0\"", eval("string(-0.0)"));
        assertEquals("\"1.000000000000000E+100\"", eval("string(1e100)"));
        assertEquals("\"1970-01-01T00:00:00-00:00\"", eval("string(absTime(0, 0))"));
        assertEquals("\"1+01:01:01\"", eval("string(relTime(90061))"));
        assertEquals("\"{ 1,1 + 1 }\"", eval("string({1, 1 + 1})"));
        assertEquals("\"{  }\"", eval("string({})"));
    }

    @Test
    void boolReadsOnlyTrueAndFalseText() {
        assertEquals("true", eval("bool(\"TRUE\")"));
        assertEquals("false", eval("bool(\"fAlSe\")"));
        assertEquals("undefined", eval("bool(\"yes\")"));
        assertEquals("undefined", eval("bool(\" true\")"));
        assertEquals("true", eval("bool(real(\"NaN\"))"));
        assertEquals("error", eval("bool(absTime(0, 0))"));
    }

    @Test
    void absTimeBuildsFromNumbersWithAnOffset() {
        assertEquals("absTime(\"1970-01-01T01:00:00+01:00\")", eval("absTime(0, 3600)"));
        assertEquals("absTime(\"1970-01-01T02:00:00+02:00\")", eval("absTime(0, relTime(7200))"));
        assertEquals("absTime(\"1970-01-01T00:00:01-00:00\")", eval("absTime(1.9, 0)"));
        assertEquals("absTime(\"1970-01-01T00:01:00-00:00\")", eval("absTime(relTime(60), 0)"));
    }

    @Test
    void absTimeReturnsAbsoluteTimesAndComputedStringsUnchanged() {
        assertEquals("absTime(\"1970-01-01T00:01:40-00:00\")", eval("absTime(absTime(100, 0), 3600)"));
        assertEquals("\"2020\"", eval("absTime(strcat(\"2020\"))"));
        assertEquals("\"2020-01-01T00:00:00Z\"", eval("absTime(\"2020-01-01T00:00:00Z\", 0)"));
    }

    @Test
    void absTimeChecksTheOffsetFirst() {
        assertEquals("error", eval("absTime(undefined, undefined)"));
        assertEquals("undefined", eval("absTime(undefined, 0)"));
        assertEquals("error", eval("absTime(true)"));
    }

    @Test
    void absTimeWithOffsetMinusOneFails() {
        assertEquals("eval failed", eval("absTime(1, -1)"));
    }

    @Test
    void relTimeAtRunTime() {
        assertEquals("relTime(\"1+01:01:01\")", eval("relTime(90061)"));
        assertEquals("relTime(\"-01:30.5\")", eval("relTime(-90.5)"));
        assertEquals("relTime(\"05\")", eval("relTime(4294967301)"), "32-bit");
        assertEquals("relTime(\"01:40\")", eval("relTime(absTime(100, 0))"));
        assertEquals("relTime(\"00\")", eval("relTime(strcat(\"5\"))"), "a computed string gives 0");
        assertEquals("error", eval("relTime(true)"));
        assertEquals("error", eval("relTime()"));
        assertEquals("error", eval("relTime(1, 2)"));
    }
}
