package org.jclassad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * glibc 2.36's {@code snprintf} on x86-64 in the C locale, as HTCondor 25.14's
 * {@code condor_transform_ads} printed each of these through {@code $INT}, {@code $REAL} and
 * {@code $STRING} (the whole family is recorded in {@code conformance/corpus/tools/tool-cases.jsonl},
 * tag {@code printf}).
 */
class CPrintfTest {
    private static String i(String fmt, long v) {
        return CPrintf.format(fmt, CPrintf.Arg.of(v), 1000).text();
    }

    private static String r(String fmt, double v) {
        return CPrintf.format(fmt, CPrintf.Arg.of(v), 1000).text();
    }

    private static String s(String fmt, String v) {
        return CPrintf.format(fmt, CPrintf.Arg.of(v), 1000).text();
    }

    @Test
    void integersAreReadAtTheWidthTheLengthModifierSays() {
        assertEquals("1", i("%d", 4294967297L), "%d reads the low 32 bits of the long long HTCondor passes");
        assertEquals("-25536", i("%hd", 40000));
        assertEquals("127", i("%hhd", -129));
        assertEquals("4294967295", i("%u", -1));
        assertEquals("18446744073709551615", i("%lu", -1));
        assertEquals("18446744073709551615", i("%Lu", -1), "L on an integer conversion is ll");
        assertEquals("37777777777", i("%o", -1));
        assertEquals("-1", i("%jd", -1));
    }

    @Test
    void integerFlagsPrecisionAndWidth() {
        assertEquals("-0005", i("%+05d", -5));
        assertEquals(" 0005", i("% 05d", 5));
        assertEquals("       005", i("%010.3d", 5), "a precision turns the 0 flag off");
        assertEquals("", i("%.0d", 0));
        assertEquals("+", i("%+.0d", 0));
        assertEquals("010", i("%#.1o", 8));
        assertEquals("010", i("%#.3o", 8), "# adds no 0 when the precision already gave one");
        assertEquals("0", i("%#.0o", 0));
        assertEquals("", i("%#.0x", 0));
        assertEquals("0x000000ff", i("%#010x", 255));
        assertEquals("    0X00FF", i("%#10.4X", 255));
        assertEquals("4294967295", i("%+u", -1), "no sign on unsigned conversions");
        assertEquals("1234567", i("%'d", 1234567), "no grouping in the C locale");
    }

    @Test
    void charactersAndPointers() {
        assertEquals("A", i("%c", 321), "%c prints the low byte");
        assertEquals("    A", i("%05c", 65), "0 pads characters with spaces");
        assertEquals("A", i("%lc", 65));
        assertEquals(CPrintf.Status.ILLEGAL_SEQUENCE, CPrintf.format("ab%lc", CPrintf.Arg.of(200), 55).status());
        assertEquals("ab", CPrintf.format("ab%lc", CPrintf.Arg.of(200), 55).text(), "EILSEQ keeps what came before");
        assertEquals("(nil)", i("%.5p", 0));
        assertEquals("(nil)   ", i("%-8p", 0));
        assertEquals("0x00005", i("%.5p", 5));
        assertEquals("0x000005", i("%08p", 5));
        assertEquals("+0x5", i("%+p", 5), "%p keeps the + flag");
        assertEquals("0xffffffffffffffff", i("%p", -1));
    }

    @Test
    void unknownConversionsArePrintedBackAsGlibcDoes() {
        assertEquals("%hd", i("%hhhd", 5), "one length modifier, then 'h' is the (unknown) conversion");
        assertEquals("%#+08ld", i("%+#08llld", 5), "flags in glibc's order, the length dropped");
        assertEquals("%-5hd", i("%0-5hhhd", 5), "0 is not printed with -");
        assertEquals("%.0hd", i("%.hhhd", 5));
        assertEquals("%' hd", i("% 'hhhd", 5));
        assertEquals("5%-5.3y", i("%d%-5.3hy", 5));
    }

    @Test
    void reals() {
        assertEquals("2", r("%.0f", 2.5), "round half to even on the exact binary value");
        assertEquals("0.1", r("%.1f", 0.15), "0.15 is 0.1499999... in binary");
        assertEquals("-0.000000", r("%f", -0.0));
        assertEquals("0.10000000000000001", r("%.17g", 0.1));
        assertEquals("1e-05", r("%g", 1e-5));
        assertEquals("1.00000e-05", r("%#g", 1e-5));
        assertEquals("10", r("%g", 9.9999999));
        assertEquals("2.", r("%#.0f", 2.5));
        assertEquals("5.", r("%#.0g", 5));
        assertEquals("1.000000000000000025059091835209e-300", r("%.30e", 1e-300));
        assertEquals("4.94066e-324", r("%g", 4.9e-324));
        assertEquals("+05.50e+00", r("%+010.2e", 5.5));
        assertEquals("-0000005.5", r("%010.1f", -5.5));
        assertEquals("12345678901234568321933335846230608705514596173086720",
                r("%.0f", 12345678901234567890123456789012345678901234567890123.0));
    }

    @Test
    void infinitiesAndNans() {
        assertEquals("inf", r("%f", Double.POSITIVE_INFINITY));
        assertEquals("-INF", r("%F", Double.NEGATIVE_INFINITY));
        assertEquals("       inf", r("%010f", Double.POSITIVE_INFINITY), "0 pads inf with spaces");
        assertEquals("+nan", r("%+f", Double.NaN));
        assertEquals("-nan", r("%f", Math.copySign(Double.NaN, -1)), "the sign bit of a NaN is printed");
    }

    @Test
    void hexadecimalReals() {
        assertEquals("0x1.6p+2", r("%a", 5.5));
        assertEquals("0X1.6P+2", r("%A", 5.5));
        assertEquals("0x1p+2", r("%.0a", 5.5), "round half to even on hex digits: 1.6 -> 1");
        assertEquals("0x2p+0", r("%.0a", 1.5), "1.8 -> 2, without renormalising");
        assertEquals("0x2p+1023", r("%.0a", Double.MAX_VALUE));
        assertEquals("0x0.0000000000001p-1022", r("%a", Double.MIN_VALUE));
        assertEquals("0x1.000p-1022", r("%.3a", 2.225073858507201e-308), "a subnormal rounded up gains a 1");
        assertEquals("0x0p+0", r("%a", 0));
        assertEquals("0x1.p+0", r("%#a", 1));
        assertEquals("0x1.00000000000000000000p+0", r("%.20a", 1));
        assertEquals("0x1.999999999999ap-4", r("%a", 0.1));
        assertEquals("0x1.9ap-4", r("%.2a", 0.1));
    }

    @Test
    void strings() {
        assertEquals("  abc", s("%05s", "abc"), "0 pads strings with spaces");
        assertEquals("        ab", s("%10.2s", "abc"));
        assertEquals("abc       |", s("%-10s|", "abc"));
        assertEquals("x%yabc", s("x%%y%s", "abc"));
        assertEquals("abc", s("%hs", "abc"), "h is ignored on %s");
    }

    @Test
    void hugeWidthsAndPrecisionsCostOnlyWhatIsKept() {
        CPrintf.Output o = CPrintf.format("%2147483647d", CPrintf.Arg.of(5), 55);
        assertEquals(" ".repeat(55), o.text());
        assertEquals(2147483647L, o.length());
        assertEquals(CPrintf.Status.OK, o.status());
        assertEquals("5.5" + "0".repeat(52), CPrintf.format("%.999999999f", CPrintf.Arg.of(5.5), 55).text());
        assertEquals("2.99999999999999988897769753748434595763683319091796875",
                CPrintf.format("%.999999999e", CPrintf.Arg.of(0.3), 55).text(), "the exact value, then zeros");
        assertEquals("0.29999999999999998889776975374843459576368331909179687",
                CPrintf.format("%.999999999g", CPrintf.Arg.of(0.3), 55).text());
        assertEquals(CPrintf.Status.LENGTH_OVERFLOW, CPrintf.format("x%2147483647d", CPrintf.Arg.of(5), 55).status());
    }

    @Test
    void glibcStopsAtAWidthOverIntMaxOrAnUnfinishedConversion() {
        CPrintf.Output o = CPrintf.format("ab%99999999999d", CPrintf.Arg.of(5), 55);
        assertEquals("ab", o.text());
        assertEquals(CPrintf.Status.SPEC_OVERFLOW, o.status());
        assertEquals(CPrintf.Status.SPEC_OVERFLOW, CPrintf.format("%.2147483648d", CPrintf.Arg.of(5), 55).status());
        assertEquals("5", CPrintf.format("%d%5", CPrintf.Arg.of(5), 55).text());
        assertEquals(CPrintf.Status.INCOMPLETE, CPrintf.format("%d%5", CPrintf.Arg.of(5), 55).status());
    }

    @Test
    void formatsThatReadWhatIsNotPassedAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> i("%d%d", 5), "a second argument");
        assertThrows(IllegalArgumentException.class, () -> i("%*d", 5), "a width from the arguments");
        assertThrows(IllegalArgumentException.class, () -> r("%Lf", 5), "a long double");
        assertThrows(IllegalArgumentException.class, () -> s("%ls", "x"), "a wide string");
        assertThrows(IllegalArgumentException.class, () -> i("%s", 5), "a string from an integer");
    }
}
