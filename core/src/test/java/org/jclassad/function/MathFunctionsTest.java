package org.jclassad.function;

import static org.jclassad.TestSupport.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MathFunctionsTest {
    @Test
    void roundingGivesIntegers() {
        assertEquals("2", eval("floor(2.7)"));
        assertEquals("3", eval("ceil(2.1)"));
        assertEquals("4", eval("ceiling(\"3.2\")"));
        assertEquals("0", eval("ceil(-0.5)"));
        assertEquals("1", eval("floor(true)"));
        assertEquals("5", eval("floor(5)"));
    }

    @Test
    void roundIsHalfToEven() {
        assertEquals("2", eval("round(2.5)"));
        assertEquals("4", eval("round(3.5)"));
        assertEquals("-2", eval("round(-2.5)"));
        assertEquals("0", eval("round(0.5)"));
    }

    @Test
    void roundingNonFiniteOrHugeValuesGivesTheMostNegativeInteger() {
        assertEquals("-9223372036854775808", eval("floor(real(\"INF\"))"));
        assertEquals("-9223372036854775808", eval("ceil(real(\"NaN\"))"));
        assertEquals("-9223372036854775808", eval("round(1e19)"));
    }

    @Test
    void roundingUndefinedIsError() {
        assertEquals("error", eval("round(undefined)"));
        assertEquals("error", eval("floor({1.5})"));
    }

    @Test
    void integerPowerGoesThroughADoubleAndAddsAHalf() {
        assertEquals("1024", eval("pow(2, 10)"));
        assertEquals("1", eval("pow(0, 0)"));
        assertEquals("3909821048582988288", eval("pow(7, 22)"));
        assertEquals("-7", eval("pow(-2, 3)"), "a negative odd result is one too high");
        assertEquals("-9223372036854775808", eval("pow(2, 63)"));
    }

    @Test
    void otherPowersAreReal() {
        assertEquals("5.000000000000000E-01", eval("pow(2, -1)"));
        assertEquals("8.000000000000000E+00", eval("pow(\"2\", 3)"));
        assertEquals("real(\"NaN\")", eval("pow(-8, 1.0 / 3)"));
        assertEquals("real(\"INF\")", eval("pow(1e308, 2)"), "pow does not turn infinity into error");
        assertEquals("error", eval("pow(undefined, 2)"));
    }

    @Test
    void quantizeRoundsUpToAMultiple() {
        assertEquals("8", eval("quantize(3, 8)"));
        assertEquals("4", eval("quantize(3, 2)"));
        assertEquals("0", eval("quantize(0, 4)"));
        assertEquals("8.000000000000000E+00", eval("quantize(7.0, 2)"));
        assertEquals("8.000000000000000E+00", eval("quantize(7, \"2\")"));
        assertEquals("7.199999999999999E+00", eval("quantize(6.8, 1.2)"));
        assertEquals("-2", eval("quantize(-3, 2)"), "C division truncates");
    }

    @Test
    void quantizeByZeroReturnsTheValueUnchanged() {
        assertEquals("\"7\"", eval("quantize(\"7\", 0)"));
        assertEquals("10", eval("quantize(10, 0.0)"));
    }

    @Test
    void quantizeWithAListPicksTheFirstLargeEnoughElement() {
        assertEquals("\"4\"", eval("quantize(3, {\"4\"})"));
        assertEquals("3.000000000000000E+00", eval("quantize(3, {1, 2, 0.5})"));
        assertEquals("20", eval("quantize(12, {5, 10})"));
        assertEquals("2.000000000000000E+01", eval("quantize(12, {5, 10.0})"));
        assertEquals("3", eval("quantize(3, {})"));
        assertEquals("error", eval("quantize(3, {1, 2, \"A\"})"));
    }

    @Test
    void randomStaysInRange() {
        assertEquals("0", eval("random(1)"));
        assertEquals("true", eval("isInteger(random(10))"));
        assertEquals("true", eval("isReal(random())"));
        assertEquals("true", eval("random(2.5) <= 2.5"));
    }

    @Test
    void randomOfANonPositiveNumberFails() {
        assertEquals("eval failed", eval("random(0)"));
        assertEquals("eval failed", eval("random(-0.5)"));
        assertEquals("eval failed", eval("isError(random(0))"));
        assertEquals("true", eval("true || random(0)"));
        assertEquals("error", eval("random(\"5\")"));
    }
}
