package org.jclassad.transform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@code $}-functions at the extremes of their formats and numbers: HTCondor 25.14's result where
 * it has one (recorded: {@code conformance/corpus/tools/tool-cases.jsonl}, tag {@code printf}), a
 * function error where HTCondor's is undefined (it aborts, divides by zero or prints memory), and
 * never a Java exception.
 */
class MacroFunctionExtremesTest {
    private final MacroSet set = new MacroSet();
    private final MacroContext ctx = MacroContext.builder().random(new Random(7)).build();

    private String x(String text) {
        return MacroExpander.expand(text, set, ctx);
    }

    private String lastError() {
        return ctx.errors().isEmpty() ? null : ctx.errors().get(ctx.errors().size() - 1);
    }

    @Test
    void aWidthPastIntMaxPrintsNothing() {
        set.set("V", "5");
        assertEquals("", x("$INT(V,%99999999999d)"), "glibc stops with EOVERFLOW before printing");
        assertEquals("ab", x("$INT(V,ab%99999999999d)"), "what came before is kept");
        assertTrue(ctx.errors().isEmpty());
    }

    @Test
    void integersAreCutToHTCondorsBuffer() {
        set.set("V", "5");
        assertEquals(" ".repeat(55), x("$INT(V,%2147483647d)"), "56-byte buffer: 55 characters");
        assertEquals(" ".repeat(54) + "5", x("$INT(V,%55d)"));
        assertEquals("0".repeat(55), x("$INT(V,%.60d)"));
    }

    @Test
    void integersPassAsLongLongAndAreReadAsTheFormatSays() {
        set.set("V", "4294967297");
        assertEquals("1", x("$INT(V,%d)"));
        assertEquals("4294967297", x("$INT(V,%lld)"));
        set.set("Z", "0");
        assertEquals("(nil)", x("$INT(Z,%p)"));
        assertEquals("", x("$INT(Z,%c)"), "a NUL ends the C string");
        set.set("Big", "1e19");
        assertEquals("-9223372036854775808", x("$INT(Big)"), "x86-64 converts an out-of-range real to LLONG_MIN");
    }

    @Test
    void aHugeRealPrecisionKeepsTheFirst55Characters() {
        set.set("R", "5.5");
        assertEquals("5.5" + "0".repeat(52), x("$REAL(R,%.999999999f)"));
        assertEquals(".0", x("$REAL(R,%.99999999999f)"), "nothing printed, then HTCondor adds .0");
    }

    @Test
    void aRealFormatWithoutADotGetsDotZero() {
        set.set("R", "2.5");
        assertEquals("2e+00.0", x("$REAL(R,%.0e)"));
        set.set("I", "inf");
        assertEquals("inf.0", x("$REAL(I,%f)"));
        assertEquals("INF", x("$REAL(I)"), "no format: %.16G, nothing added");
    }

    @Test
    void whereHTCondorWritesPastItsBufferTheRealIsAnError() {
        set.set("R", "1e308");
        assertEquals("", x("$REAL(R,%f)"), "309 digits and no '.' in the first 55: HTCondor aborts");
        assertTrue(lastError().startsWith("$REAL() macro: '%f' prints 55 or more characters"), lastError());
        set.set("S", "5.5");
        assertEquals("", x("$REAL(S,%999999999f)"));
    }

    @Test
    void formatsReadingWhatHTCondorDoesNotPassAreErrors() {
        set.set("R", "5.5");
        assertEquals("", x("$REAL(R,%Lf)"));
        assertTrue(lastError().contains("long double"), lastError());
        set.set("S", "abc");
        assertEquals("", x("$STRING(S,%p)"));
        assertTrue(lastError().contains("address"), lastError());
        assertEquals("", x("$STRING(S,%ls)"));
        assertEquals("", x("$STRING(S,%s%)"), "glibc fails on the unfinished %; HTCondor then prints memory");
        set.set("V", "5");
        assertEquals("", x("$INT(V,%d%Zd)"), "HTCondor does not know Z, glibc reads a second integer");
    }

    @Test
    void aStringPastTheExpansionLimitIsRefused() {
        set.set("S", "abc");
        MacroExpansionException e = assertThrows(MacroExpansionException.class, () -> x("$STRING(S,%999999999s)"));
        assertTrue(e.getMessage().contains("999999999 characters"), e.getMessage());
        assertEquals(" ".repeat(7) + "abc", x("$STRING(S,%10s)"));
        assertEquals("abc", x("$STRING(S,%.999999999s)"));
    }

    @Test
    void invalidFormatsGiveTheFormatAndAnError() {
        set.set("V", "5");
        assertEquals("%d%d", x("$INT(V,%d%d)"));
        assertEquals("$INT() macro: '%d%d' is not a valid format specifier!", lastError());
        assertEquals("%%", x("$INT(V,%%)"));
        assertEquals("%n", x("$INT(V,%n)"));
        assertEquals("%s", x("$INT(V,%s)"));
    }

    @Test
    void aRandomIntegerRangeLongerThanALongIsAnError() {
        assertEquals("", x("$RANDOM_INTEGER(-9223372036854775808,9223372036854775807,1)"), "HTCondor: SIGFPE");
        assertTrue(lastError().startsWith("$RANDOM_INTEGER() config macro:"), lastError());
        assertEquals("", x("$RANDOM_INTEGER(0,10,9223372036854775807)"));
    }

    @Test
    void randomIntegerKeepsHTCondorsArithmetic() {
        assertEquals("9223372036854775807", x("$RANDOM_INTEGER(99999999999999999999,99999999999999999999)"),
                "strtol saturates");
        assertEquals("-922337203685477580", x("$RANDOM_INTEGER(-9223372036854775808,-9223372036854775808)"),
                "a 20-byte buffer keeps 19 characters");
        assertEquals("5", x("$RANDOM_INTEGER(5,5,abc)"));
        assertEquals("$RANDOM_INTEGER() config macro: invalid step!", lastError());
        for (int k = 0; k < 200; k++) {
            long v = Long.parseLong(x("$RANDOM_INTEGER(0,10000000000)"));
            assertTrue(v >= 0 && v <= Integer.MAX_VALUE, "HTCondor's random source gives 31 bits: " + v);
        }
    }

    @Test
    void numbersAtTheEdgesOfSubstrAndChoice() {
        set.set("V", "/a/b/c.txt");
        assertEquals("/a/b/c.txt", x("$SUBSTR(V,-2147483648)"));
        assertEquals("", x("$SUBSTR(V,2147483647)"));
        assertEquals("$SUBSTR() macro: 2147483647 is invalid start index!", lastError());
        assertEquals("a/b/c.txt", x("$SUBSTR(V,1,2147483647)"));
        assertEquals("", x("$SUBSTR(V,1,2147483648)"));
        assertEquals("a", x("$CHOICE(2147483647,a,b,c)"), "an invalid index is reported, then 0 is used");
        assertEquals("", x("$CHOICE(2147483646,a,b,c)"));
        assertEquals("b", x("$CHOICE(1.9,a,b,c)"));
    }
}
