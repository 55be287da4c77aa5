package org.jclassad.text;

import java.time.ZoneId;

/**
 * C {@code strftime} in the C locale, as glibc formats (flags {@code _ - 0 ^ #}, a width, the
 * {@code E}/{@code O} modifiers, and glibc's extra conversions). Week day and year day come
 * from the proleptic Gregorian calendar, as in HTCondor's {@code formatTime}. Output longer than
 * HTCondor's buffer is cut to 1022 bytes.
 */
public final class Strftime {
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final int LIMIT = 1022;

    private Strftime() {
    }

    /** Broken-down time: full year, month 1-12, day, hour, minute, second (any values, as C allows). */
    public record Fields(int year, int month, int day, int hour, int minute, int second) {
        public int weekDay() {
            return fixedFromGregorian(year, month, day) % 7;
        }

        public int yearDay() {
            return fixedFromGregorian(year, month, day) - fixedFromGregorian(year, 1, 1);
        }
    }

    /** HTCondor's day count of a Gregorian date (its weekday is this modulo 7). */
    public static int fixedFromGregorian(int year, int month, int day) {
        int adjustment = month <= 2 ? 0 : isLeap(year) ? -1 : -2;
        return 365 * (year - 1) + (year - 1) / 4 - (year - 1) / 100 + (year - 1) / 400 + (367 * month - 362) / 12
                + adjustment + day;
    }

    public static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /**
     * Formats {@code f}. With {@code realZone} the zone data of the local time ({@code offset})
     * is used for {@code %z}; otherwise {@code %z} is {@code +0000}, as HTCondor leaves the
     * zone fields empty.
     */
    public static String format(String format, Fields f, ZoneId zone, boolean realZone, int offset) {
        StringBuilder out = new StringBuilder();
        new Strftime.Run(f, zone, realZone ? offset : 0).format(format, out);
        return out.length() > LIMIT ? out.substring(0, LIMIT) : out.toString();
    }

    private static final class Run {
        private final Fields f;
        private final ZoneId zone;
        private final int offset;

        Run(Fields f, ZoneId zone, int offset) {
            this.f = f;
            this.zone = zone;
            this.offset = offset;
        }

        void format(String fmt, StringBuilder out) {
            int n = fmt.length();
            int i = 0;
            while (i < n) {
                char c = fmt.charAt(i);
                if (c != '%') {
                    out.append(c);
                    i++;
                    continue;
                }
                int start = i++;
                char pad = 0;
                boolean upper = false;
                boolean swap = false;
                while (i < n && "_-0^#".indexOf(fmt.charAt(i)) >= 0) {
                    char flag = fmt.charAt(i++);
                    if (flag == '^') {
                        upper = true;
                    } else if (flag == '#') {
                        swap = true;
                    } else {
                        pad = flag;
                    }
                }
                int width = -1;
                while (i < n && CNumbers.isDigit(fmt.charAt(i))) {
                    width = Math.max(0, width) * 10 + (fmt.charAt(i++) - '0');
                    if (width > 100000) {
                        width = 100000;
                    }
                }
                while (i < n && (fmt.charAt(i) == 'E' || fmt.charAt(i) == 'O')) {
                    i++;
                }
                if (i >= n) {
                    out.append(fmt, start, n);
                    break;
                }
                char conv = fmt.charAt(i++);
                if (!conversion(conv, pad, width, upper, swap, out)) {
                    out.append(fmt, start, i);
                }
                if (out.length() > LIMIT + 1) {
                    return;
                }
            }
        }

        private boolean conversion(char conv, char pad, int width, boolean upper, boolean swap, StringBuilder out) {
            int wday = f.weekDay();
            int yday = f.yearDay();
            switch (conv) {
                case '%': text("%", pad, width, false, out); return true;
                case 'n': text("\n", pad, width, false, out); return true;
                case 't': text("\t", pad, width, false, out); return true;
                case 'a': text(name(DAYS, wday, 3), pad, width, upper || swap, out); return true;
                case 'A': text(name(DAYS, wday, 0), pad, width, upper || swap, out); return true;
                case 'b':
                case 'h': text(name(MONTHS, f.month() - 1, 3), pad, width, upper || swap, out); return true;
                case 'B': text(name(MONTHS, f.month() - 1, 0), pad, width, upper || swap, out); return true;
                case 'p': text(f.hour() > 11 ? "PM" : "AM", pad, width, false, out, swap); return true;
                case 'P': text(f.hour() > 11 ? "pm" : "am", pad, width, upper, out); return true;
                case 'c': composite("%a %b %e %H:%M:%S %Y", pad, width, upper, out); return true;
                case 'D':
                case 'x': composite("%m/%d/%y", pad, width, upper, out); return true;
                case 'F': composite("%Y-%m-%d", pad, width, upper, out); return true;
                case 'r': composite("%I:%M:%S %p", pad, width, upper, out); return true;
                case 'R': composite("%H:%M", pad, width, upper, out); return true;
                case 'T':
                case 'X': composite("%H:%M:%S", pad, width, upper, out); return true;
                case 'C': number(Math.floorDiv(f.year(), 100), 2, '0', pad, width, out); return true;
                case 'd': number(f.day(), 2, '0', pad, width, out); return true;
                case 'e': number(f.day(), 2, ' ', pad, width, out); return true;
                case 'H': number(f.hour(), 2, '0', pad, width, out); return true;
                case 'k': number(f.hour(), 2, ' ', pad, width, out); return true;
                case 'I': number(hour12(), 2, '0', pad, width, out); return true;
                case 'l': number(hour12(), 2, ' ', pad, width, out); return true;
                case 'j': number(yday + 1, 3, '0', pad, width, out); return true;
                case 'm': number(f.month(), 2, '0', pad, width, out); return true;
                case 'M': number(f.minute(), 2, '0', pad, width, out); return true;
                case 'S': number(f.second(), 2, '0', pad, width, out); return true;
                case 'y': number(Math.floorMod(f.year(), 100), 2, '0', pad, width, out); return true;
                case 'Y': number(f.year(), 1, '0', pad, width, out); return true;
                case 'u': number((wday - 1 + 7) % 7 + 1, 1, '0', pad, width, out); return true;
                case 'w': number(wday, 1, '0', pad, width, out); return true;
                case 'U': number((yday - wday + 7) / 7, 2, '0', pad, width, out); return true;
                case 'W': number((yday - (wday - 1 + 7) % 7 + 7) / 7, 2, '0', pad, width, out); return true;
                case 'G':
                case 'g':
                case 'V': {
                    int[] iso = isoWeek(yday, wday);
                    if (conv == 'G') {
                        number(iso[0], 1, '0', pad, width, out);
                    } else if (conv == 'g') {
                        number(Math.floorMod(iso[0], 100), 2, '0', pad, width, out);
                    } else {
                        number(iso[1] / 7 + 1, 2, '0', pad, width, out);
                    }
                    return true;
                }
                case 's': {
                    long wall = CivilTime.toEpoch(f.year(), f.month(), f.day(), f.hour(), f.minute(), f.second());
                    int standard = CivilTime.standardOffset(zone, wall);
                    number(wall - standard, 1, '0', pad, width, out);
                    return true;
                }
                case 'z': {
                    int abs = Math.abs(offset);
                    String z = (offset < 0 ? "-" : "+") + String.format("%02d%02d", abs / 3600, (abs / 60) % 60);
                    text(z, pad, width, false, out);
                    return true;
                }
                case 'Z':
                    text(CivilTime.standardZoneName(zone), pad, width, upper, out);
                    return true;
                default:
                    return false;
            }
        }

        private int hour12() {
            int h = f.hour() % 12;
            return h == 0 ? 12 : h;
        }

        private int[] isoWeek(int yday, int wday) {
            int year = f.year();
            int days = isoWeekDays(yday, wday);
            if (days < 0) {
                year--;
                days = isoWeekDays(yday + (365 + (isLeap(year) ? 1 : 0)), wday);
            } else {
                int d = isoWeekDays(yday - (365 + (isLeap(year) ? 1 : 0)), wday);
                if (d >= 0) {
                    year++;
                    days = d;
                }
            }
            return new int[] {year, days};
        }

        private static int isoWeekDays(int yday, int wday) {
            int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
            return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 4 - 1;
        }

        private static String name(String[] names, int index, int length) {
            if (index < 0 || index >= names.length) {
                return "?";
            }
            return length == 0 ? names[index] : names[index].substring(0, length);
        }

        private void composite(String format, char pad, int width, boolean upper, StringBuilder out) {
            StringBuilder inner = new StringBuilder();
            format(format, inner);
            text(inner.toString(), pad, width, upper, out);
        }

        private static void text(String s, char pad, int width, boolean upper, StringBuilder out) {
            text(s, pad, width, upper, out, false);
        }

        private static void text(String s, char pad, int width, boolean upper, StringBuilder out, boolean lower) {
            if (upper) {
                s = ByteStrings.changeCase(s, true);
            } else if (lower) {
                s = ByteStrings.changeCase(s, false);
            }
            for (int k = s.length(); k < width; k++) {
                out.append(pad == '0' ? '0' : ' ');
            }
            out.append(s);
        }

        private static void number(long value, int digits, char defaultPad, char pad, int width, StringBuilder out) {
            boolean negative = value < 0;
            String body = Long.toString(Math.abs(value));
            int min = width >= 0 ? width : digits;
            char fill = pad == '_' ? ' ' : pad == '0' ? '0' : pad == '-' ? 0 : defaultPad;
            if (negative) {
                min--;
            }
            StringBuilder s = new StringBuilder();
            if (fill == ' ') {
                for (int k = body.length(); k < min; k++) {
                    s.append(' ');
                }
                if (negative) {
                    s.append('-');
                }
                s.append(body);
            } else {
                if (negative) {
                    s.append('-');
                }
                if (fill == '0') {
                    for (int k = body.length(); k < min; k++) {
                        s.append('0');
                    }
                }
                s.append(body);
            }
            out.append(s);
        }
    }
}
