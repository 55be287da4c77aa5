package org.jclassad.function;

import static org.jclassad.TestSupport.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;

import java.time.ZoneOffset;
import org.jclassad.ClassAd;
import org.jclassad.TestSupport;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;
import org.junit.jupiter.api.Test;

class TimeFunctionsTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    /** Evaluates with the clock fixed at {@code millis} and the zone {@code zone}. */
    private static String evalAt(long millis, ZoneId zone, String expr) {
        EvalOptions options = EvalOptions.defaults().withZone(zone).withClock(() -> millis);
        Value v = new ClassAd().evaluate(TestSupport.parse(expr), options).value();
        return Value.fromByteString(Unparser.newSyntax(v));
    }

    @Test
    void clockFunctionsReadTheEvaluationsClock() {
        assertEquals("1700000000", evalAt(1_700_000_000_123L, ZoneOffset.UTC, "time()"));
        assertEquals("absTime(\"2023-11-14T22:13:20-00:00\")",
                evalAt(1_700_000_000_000L, ZoneOffset.UTC, "currentTime()"));
        assertEquals("relTime(\"22:13:20\")", evalAt(1_700_000_000_000L, ZoneOffset.UTC, "dayTime()"));
        assertEquals("error", eval("time(1)"));
    }

    @Test
    void timeZoneOffsetIsTheLocalOffsetNow() {
        assertEquals("relTime(\"-06:00:00\")", evalAt(1_700_000_000_000L, CHICAGO, "timeZoneOffset()"));
        assertEquals("absTime(\"2023-11-14T16:13:20-06:00\")", evalAt(1_700_000_000_000L, CHICAGO, "absTime()"));
    }

    @Test
    void gettersBreakAbsoluteTimesDownInTheLocalZoneIgnoringTheirOffset() {
        assertEquals("12", eval("getHours(absTime(\"2020-06-15T12:34:56Z\"))"));
        assertEquals("7", eval("getHours(absTime(\"2020-06-15T12:34:56+05:00\"))"));
        assertEquals("18", evalAt(0, CHICAGO, "getHours(absTime(0, 3600))"));
        assertEquals("4", eval("getDayOfWeek(absTime(0, 0))"), "0 is Sunday");
        assertEquals("365", eval("getDayOfYear(absTime(\"2020-12-31T00:00:00Z\"))"), "0-based");
        assertEquals("error", eval("getDays(absTime(0, 0))"));
    }

    @Test
    void gettersSplitRelativeTimesWithCDivision() {
        assertEquals("-2", eval("getDays(relTime(-200000))"));
        assertEquals("-7", eval("getHours(relTime(-200000))"));
        assertEquals("-33", eval("getMinutes(relTime(-200000))"));
        assertEquals("-20", eval("getSeconds(relTime(-200000))"));
        assertEquals("error", eval("getYear(relTime(86400))"));
    }

    @Test
    void gettersRejectEverythingElse() {
        assertEquals("error", eval("getHours(relTime(\"1:00:00\"))"), "the literal is a real");
        assertEquals("error", eval("getYear(undefined)"));
        assertEquals("error", eval("getDayOfWeek(1)"));
    }

    @Test
    void splitTimeOfAnAbsoluteTimeUsesItsOffset() {
        assertEquals("[ Day = 15; Type = \"AbsoluteTime\"; Year = 2020; Hours = 12; Month = 6; Offset = 7200; "
                + "Minutes = 34; Seconds = 56 ]", eval("splitTime(absTime(\"2020-06-15T12:34:56+02:00\"))"));
        assertEquals("1971", eval("splitTime(86400 * 366).Year"));
    }

    @Test
    void splitTimeOfARelativeTimeNegatesOnlyTheLeadingPart() {
        assertEquals("[ Days = -2; Type = \"RelativeTime\"; Hours = 7; Minutes = 33; Seconds = 2.050000000000000E+01 ]",
                eval("splitTime(relTime(-200000.5))"));
        assertEquals("[ Days = 0; Type = \"RelativeTime\"; Hours = -1; Minutes = 0; Seconds = 0.0 ]",
                eval("splitTime(relTime(-3600))"));
    }

    @Test
    void splitTimeRejectsAdsStringsAndBooleans() {
        assertEquals("undefined", eval("splitTime(undefined)"));
        assertEquals("error", eval("splitTime(\"x\")"));
        assertEquals("error", eval("splitTime([Year = 1])"));
    }

    @Test
    void formatTimeIsStrftimeInTheCLocale() {
        assertEquals("\"1970-01-01 00:00:00 001 Thu\"", eval("formatTime(0, \"%Y-%m-%d %H:%M:%S %j %a\")"));
        assertEquals("\"Thu Jan  1 00:00:00 1970\"", eval("formatTime(0)"));
        assertEquals("\"07/04/21 09:08:07 AM\"", eval("formatTime(absTime(\"2021-07-04T09:08:07-04:00\"), \"%D %r\")"));
        assertEquals("\"%\"", eval("formatTime(0, \"%%\")"));
        assertEquals("\"%Q\"", eval("formatTime(0, \"%Q\")"), "unknown conversions are copied");
    }

    @Test
    void formatTimeZoneFieldsAreEmpty() {
        assertEquals("\"01:00 +0000\"", eval("formatTime(absTime(0, 3600), \"%H:%M %z\")"));
        assertEquals("\"UTC\"", eval("formatTime(0, \"%Z\")"));
        assertEquals("\"CST\"", evalAt(0, CHICAGO, "formatTime(absTime(\"2020-07-01T00:00:00Z\"), \"%Z\")"),
                "the standard-time name, even in summer");
        assertEquals("\"1593583200\"", evalAt(0, CHICAGO, "formatTime(absTime(\"2020-07-01T00:00:00Z\"), \"%s\")"),
                "%s reads the fields as local standard time");
    }

    @Test
    void formatTimeOfAnAdReadsItsFields() {
        assertEquals("\"Tue Jan  0 00:00:00 2020\"", eval("formatTime([Year = 2020])"));
    }

    @Test
    void formatTimeRejectsRelativeTimesAndNonStringFormats() {
        assertEquals("error", eval("formatTime(relTime(5))"));
        assertEquals("error", eval("formatTime(0, undefined)"));
        assertEquals("error", eval("formatTime(1, 2, 3)"));
        assertEquals("\"\"", eval("formatTime(0, \"\")"));
    }

    @Test
    void formatTimeOutputIsCutTo1022Bytes() {
        assertEquals("1022", eval("size(formatTime(0, strcat(" + "\"%Y%Y%Y%Y%Y\",".repeat(60) + "\"\")))"));
    }

    @Test
    void intervalPrintsTheShortestForm() {
        assertEquals("\"0\"", eval("interval(0)"));
        assertEquals("\"59\"", eval("interval(59)"));
        assertEquals("\"1:07\"", eval("interval(67)"));
        assertEquals("\"1:01:01\"", eval("interval(3661)"));
        assertEquals("\"17+01:02:03\"", eval("interval(1472523)"), "hours are padded after the days");
        assertEquals("\"-1:07\"", eval("interval(-67)"));
        assertEquals("\"-1+01:01:01\"", eval("interval(-90061)"));
    }

    @Test
    void intervalConvertsToIntegerFirst() {
        assertEquals("\"1:00:00\"", eval("interval(\"3600\")"));
        assertEquals("\"1:00:00\"", eval("interval(relTime(3600))"));
        assertEquals("error", eval("interval(undefined)"));
    }
}
