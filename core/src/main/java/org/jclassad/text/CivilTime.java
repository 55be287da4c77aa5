package org.jclassad.text;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Calendar arithmetic on 64-bit seconds that never throws (unlike {@code java.time}, whose range
 * is smaller than what ClassAd integers can hold): proleptic Gregorian, UTC-based.
 */
public final class CivilTime {
    private static final long MIN_INSTANT = Instant.MIN.getEpochSecond();
    private static final long MAX_INSTANT = Instant.MAX.getEpochSecond();

    private CivilTime() {
    }

    /** Broken-down time: year, month 1-12, day, hour, minute, second, weekday (0 = Sunday), year day (0-based). */
    public record Parts(long year, int month, int day, int hour, int minute, int second, int weekDay, int yearDay) {
    }

    /** The parts of {@code epochSeconds} read as UTC. */
    public static Parts utc(long epochSeconds) {
        long days = Math.floorDiv(epochSeconds, 86400L);
        int secs = (int) Math.floorMod(epochSeconds, 86400L);
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        if (m <= 2) {
            y++;
        }
        int weekDay = (int) Math.floorMod(days + 4, 7L);
        int yearDay = (int) (days - daysFromCivil(y, 1, 1));
        return new Parts(y, m, d, secs / 3600, (secs / 60) % 60, secs % 60, weekDay, yearDay);
    }

    /** The parts of {@code epochSeconds} as wall-clock time in {@code zone}. */
    public static Parts local(ZoneId zone, long epochSeconds) {
        return utc(epochSeconds + offset(zone, epochSeconds));
    }

    /** The zone's offset (seconds east of UTC) at an instant; instants beyond java.time's range are clamped. */
    public static int offset(ZoneId zone, long epochSeconds) {
        long clamped = Math.max(MIN_INSTANT, Math.min(MAX_INSTANT, epochSeconds));
        return zone.getRules().getOffset(Instant.ofEpochSecond(clamped)).getTotalSeconds();
    }

    /** The zone's standard-time offset at an instant (clamped like {@link #offset}). */
    public static int standardOffset(ZoneId zone, long epochSeconds) {
        long clamped = Math.max(MIN_INSTANT, Math.min(MAX_INSTANT, epochSeconds));
        return zone.getRules().getStandardOffset(Instant.ofEpochSecond(clamped)).getTotalSeconds();
    }

    /** Days since 1970-01-01 of a date; the month may be out of range (it carries into the year). */
    public static long daysFromCivil(long year, long month, long day) {
        year += Math.floorDiv(month - 1, 12);
        month = Math.floorMod(month - 1, 12) + 1;
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long mp = month > 2 ? month - 3 : month + 9;
        long doy = (153 * mp + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** Seconds since the epoch of a UTC wall-clock time (fields may be out of range, as C's mktime allows). */
    public static long toEpoch(long year, long month, long day, long hour, long minute, long second) {
        return daysFromCivil(year, month, day) * 86400L + hour * 3600L + minute * 60L + second;
    }

    /** The zone's standard-time abbreviation ({@code CST}), as C's {@code tzname[0]}. */
    public static String standardZoneName(ZoneId zone) {
        return TimeZone.getTimeZone(zone).getDisplayName(false, TimeZone.SHORT, Locale.ROOT);
    }
}
