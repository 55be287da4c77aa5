package org.jclassad.function;

import java.time.ZoneId;

import org.jclassad.ClassAd;
import org.jclassad.eval.Arguments;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.ClassAdValue;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.text.CNumbers;
import org.jclassad.text.CivilTime;
import org.jclassad.text.Strftime;
import org.jclassad.value.AbsTimeValue;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.RelTimeValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * {@code time}, {@code currentTime}, {@code timeZoneOffset}, {@code dayTime}, the field
 * getters ({@code getYear} ... {@code getSeconds}, {@code getDays}), {@code splitTime},
 * {@code formatTime} (C {@code strftime} in the C locale) and {@code interval}. "Local" time is
 * the evaluation's zone ({@code EvalOptions.zone()}).
 */
final class TimeFunctions {
    private TimeFunctions() {
    }

    static void register(FunctionRegistry r) {
        r.register("time", TimeFunctions::time);
        r.register("currentTime", a -> a.size() != 0 ? Value.ERROR : now(a));
        r.register("timeZoneOffset", TimeFunctions::timeZoneOffset);
        r.register("dayTime", TimeFunctions::dayTime);
        for (Field f : Field.values()) {
            r.register(f.functionName, a -> field(a, f));
        }
        r.register("splitTime", TimeFunctions::splitTime);
        r.register("formatTime", TimeFunctions::formatTime);
        r.register("interval", TimeFunctions::interval);
    }

    private static long nowSeconds(Arguments a) {
        return Math.floorDiv(a.context().nowMillis(), 1000L);
    }

    private static ZoneId zone(Arguments a) {
        return a.context().options().zone();
    }

    /** The current time as an absolute time at the local offset. */
    static Value now(Arguments a) {
        long secs = nowSeconds(a);
        return Value.absTime(secs, ConversionFunctions.localOffset(zone(a), secs));
    }

    /** {@code time()}: seconds since the epoch. */
    static Value time(Arguments a) {
        if (a.size() != 0) {
            return Value.ERROR;
        }
        return Value.of(nowSeconds(a));
    }

    /** {@code timeZoneOffset()}: the local offset now, as a relative time. */
    static Value timeZoneOffset(Arguments a) {
        if (a.size() != 0) {
            return Value.ERROR;
        }
        return Value.relTime(ConversionFunctions.localOffset(zone(a), nowSeconds(a)));
    }

    /** {@code dayTime()}: seconds since local midnight, as a relative time. */
    static Value dayTime(Arguments a) {
        if (a.size() != 0) {
            return Value.ERROR;
        }
        CivilTime.Parts t = CivilTime.local(zone(a), nowSeconds(a));
        return Value.relTime(t.hour() * 3600 + t.minute() * 60 + t.second());
    }

    enum Field {
        YEAR("getYear"), MONTH("getMonth"), DAY_OF_MONTH("getDayOfMonth"), DAY_OF_WEEK("getDayOfWeek"),
        DAY_OF_YEAR("getDayOfYear"), HOURS("getHours"), MINUTES("getMinutes"), SECONDS("getSeconds"),
        DAYS("getDays");

        final String functionName;

        Field(String functionName) {
            this.functionName = functionName;
        }
    }

    /**
     * The getters: an absolute time is broken down in the local zone (its own offset is
     * ignored); a relative time gives days, hours, minutes and seconds by C integer division of
     * its 32-bit whole seconds. Anything else is an error.
     */
    static Value field(Arguments a, Field f) {
        if (a.size() != 1) {
            return Value.ERROR;
        }
        Value v = a.get(0);
        if (v instanceof AbsTimeValue) {
            CivilTime.Parts t = CivilTime.local(zone(a), ((AbsTimeValue) v).seconds());
            switch (f) {
                case YEAR: return Value.of((long) (int) t.year());
                case MONTH: return Value.of((long) t.month());
                case DAY_OF_MONTH: return Value.of((long) t.day());
                case DAY_OF_WEEK: return Value.of((long) t.weekDay());
                case DAY_OF_YEAR: return Value.of((long) t.yearDay());
                case HOURS: return Value.of((long) t.hour());
                case MINUTES: return Value.of((long) t.minute());
                case SECONDS: return Value.of((long) t.second());
                default: return Value.ERROR;
            }
        }
        if (v instanceof RelTimeValue) {
            long s = Conversions.relWholeSeconds((RelTimeValue) v);
            switch (f) {
                case DAYS: return Value.of(s / 86400);
                case HOURS: return Value.of((s % 86400) / 3600);
                case MINUTES: return Value.of((s % 3600) / 60);
                case SECONDS: return Value.of(s % 60);
                default: return Value.ERROR;
            }
        }
        return Value.ERROR;
    }

    /**
     * {@code splitTime(t)}: an ad of the parts of an absolute time (numbers count as absolute
     * times at the local offset) or of a relative time.
     */
    static Value splitTime(Arguments a) {
        if (a.size() != 1) {
            return Value.ERROR;
        }
        Value v = a.get(0);
        if (v.isUndefined()) {
            return v;
        }
        if (v instanceof ClassAdValue) {
            return Value.ERROR;
        }
        ClassAd ad = split(a, v);
        return ad == null ? Value.ERROR : new ClassAdValue(ClassAdAccess.scope(ad));
    }

    /** HTCondor's time splitting; null for values it does not split. */
    private static ClassAd split(Arguments a, Value v) {
        if (v instanceof IntegerValue) {
            long secs = ((IntegerValue) v).value();
            return splitAbsolute(secs, ConversionFunctions.localOffset(zone(a), secs));
        }
        if (v instanceof RealValue) {
            long secs = CNumbers.cInt(((RealValue) v).value());
            return splitAbsolute(secs, ConversionFunctions.localOffset(zone(a), secs));
        }
        if (v instanceof AbsTimeValue) {
            AbsTimeValue t = (AbsTimeValue) v;
            return splitAbsolute(t.seconds(), t.offset());
        }
        if (v instanceof RelTimeValue) {
            return splitRelative(((RelTimeValue) v).seconds());
        }
        return null;
    }

    private static ClassAd splitAbsolute(long secs, int offset) {
        CivilTime.Parts t = CivilTime.utc(secs + offset);
        ClassAd ad = new ClassAd();
        ad.insert("Type", Value.ofString("AbsoluteTime"));
        ad.insert("Year", Value.of((long) (int) t.year()));
        ad.insert("Month", Value.of((long) t.month()));
        ad.insert("Day", Value.of((long) t.day()));
        ad.insert("Hours", Value.of((long) t.hour()));
        ad.insert("Minutes", Value.of((long) t.minute()));
        ad.insert("Seconds", Value.of((long) t.second()));
        ad.insert("Offset", Value.of((long) offset));
        return ad;
    }

    /** The magnitude split into parts, then only the most significant non-zero part negated. */
    private static ClassAd splitRelative(double rsecs) {
        boolean negative = rsecs < 0;
        if (negative) {
            rsecs = -rsecs;
        }
        int whole = CNumbers.cInt(rsecs);
        int hours = whole % 86400;
        int minutes = hours % 3600;
        double seconds = (minutes % 60) + (rsecs - Math.floor(rsecs));
        int days = whole / 86400;
        hours = hours / 3600;
        minutes = minutes / 60;
        if (negative) {
            if (days > 0) {
                days = -days;
            } else if (hours > 0) {
                hours = -hours;
            } else if (minutes > 0) {
                minutes = -minutes;
            } else {
                seconds = -seconds;
            }
        }
        ClassAd ad = new ClassAd();
        ad.insert("Type", Value.ofString("RelativeTime"));
        ad.insert("Days", Value.of((long) days));
        ad.insert("Hours", Value.of((long) hours));
        ad.insert("Minutes", Value.of((long) minutes));
        ad.insert("Seconds", Value.of(seconds));
        return ad;
    }

    /**
     * {@code formatTime([t [, format]])}: C {@code strftime} of the split time (default format
     * {@code %c}); relative times and non-times are errors.
     */
    static Value formatTime(Arguments a) {
        if (a.size() == 0) {
            long secs = nowSeconds(a);
            CivilTime.Parts t = CivilTime.local(zone(a), secs);
            Strftime.Fields f = new Strftime.Fields((int) t.year(), t.month(), t.day(), t.hour(), t.minute(),
                    t.second());
            return Value.ofBytes(Strftime.format("%c", f, zone(a), true, ConversionFunctions.localOffset(zone(a), secs)));
        }
        if (a.size() > 2) {
            return Value.ERROR;
        }
        Value v = a.get(0);
        if (v instanceof RelTimeValue) {
            return Value.ERROR;
        }
        ClassAd split = v instanceof ClassAdValue ? ((ClassAdValue) v).ad() : split(a, v);
        if (split == null) {
            return Value.ERROR;
        }
        Strftime.Fields f = new Strftime.Fields(intField(split, "Year", 1900), intField(split, "Month", 1),
                intField(split, "Day", 0), intField(split, "Hours", 0), intField(split, "Minutes", 0),
                intField(split, "Seconds", 0));
        String format = "%c";
        if (a.size() == 2) {
            Value fmt = a.get(1);
            if (!(fmt instanceof StringValue)) {
                return Value.ERROR;
            }
            format = ((StringValue) fmt).bytes();
        }
        return Value.ofBytes(Strftime.format(format, f, zone(a), false, 0));
    }

    /** An integer attribute read as a C int, or the fallback when missing or not an integer. */
    private static int intField(ClassAd ad, String name, int fallback) {
        Value v = ad.evaluateAttr(name);
        return v instanceof IntegerValue ? (int) ((IntegerValue) v).value() : fallback;
    }

    /**
     * {@code interval(secs)}: {@code [d+]hh:mm:ss}-style text of a number of seconds (read as a
     * 32-bit integer), with shorter forms when days, hours or minutes are zero.
     */
    static Value interval(Arguments a) {
        if (a.size() != 1) {
            return Value.ERROR;
        }
        Value v = Conversions.toInt(a.get(0));
        if (!(v instanceof IntegerValue)) {
            return Value.ERROR;
        }
        int total = (int) ((IntegerValue) v).value();
        int days = total / 86400;
        total %= 86400;
        int hours = total / 3600;
        total %= 3600;
        int minutes = total / 60;
        int seconds = total % 60;
        String text;
        if (days != 0) {
            text = String.format("%d+%02d:%02d:%02d", days, Math.abs(hours), Math.abs(minutes), Math.abs(seconds));
        } else if (hours != 0) {
            text = String.format("%d:%02d:%02d", hours, Math.abs(minutes), Math.abs(seconds));
        } else if (minutes != 0) {
            text = String.format("%d:%02d", minutes, Math.abs(seconds));
        } else {
            text = Integer.toString(seconds);
        }
        return Value.ofBytes(text);
    }
}
