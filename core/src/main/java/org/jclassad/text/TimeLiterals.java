package org.jclassad.text;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.OptionalDouble;

/** The string forms accepted by {@code absTime("...")} and {@code relTime("...")}. */
public final class TimeLiterals {
    private TimeLiterals() {
    }

    /** An absolute time: seconds since the epoch and the offset (seconds east of UTC) it was written in. */
    public record AbsoluteTime(long seconds, int offset) {
    }

    /** Parses an absolute time; {@code null} when HTCondor would reject the string. */
    public static AbsoluteTime parseAbsTime(String text, ZoneId zone) {
        StringBuilder s = new StringBuilder(text);
        boolean hasOffset = false;
        int tzHours = 0;
        int tzMinutes = 0;
        int len = s.length();
        int i = len - 1;
        while (i >= 0 && CNumbers.isSpace(s.charAt(i))) {
            i--;
        }
        if (i > 0 && (s.charAt(i) == 'z' || s.charAt(i) == 'Z')) {
            hasOffset = true;
            s.deleteCharAt(i);
        } else if (len > 5 && (s.charAt(len - 5) == '+' || s.charAt(len - 5) == '-')) {
            int[] tz = zoneSuffix(s);
            if (tz != null) {
                hasOffset = true;
                tzHours = tz[0];
                tzMinutes = tz[1];
            }
        } else if (len > 6 && (s.charAt(len - 6) == '+' || s.charAt(len - 6) == '-') && s.charAt(len - 3) == ':') {
            s.deleteCharAt(len - 3);
            int[] tz = zoneSuffix(s);
            if (tz != null) {
                hasOffset = true;
                tzHours = tz[0];
                tzMinutes = tz[1];
            }
        }
        String t = s.toString();
        len = t.length();
        int[] pos = {0};
        skipNonDigits(t, pos);
        if (pos[0] > len - 4) {
            return null;
        }
        int year = atoi(t.substring(pos[0], pos[0] + 4));
        pos[0] += 4;
        int[] fields = {1, 0, 0, 0, 0}; // month, day, hour, minute, second
        for (int f = 0; f < 5; f++) {
            skipNonDigits(t, pos);
            if (pos[0] <= len - 2) {
                fields[f] = atoi(t.substring(pos[0], pos[0] + 2));
                pos[0] += 2;
            } else if (f == 1) {
                fields[f] = 0;
            }
        }
        skipNonDigits(t, pos);
        if (pos[0] <= len - 1 && CNumbers.isDigit(t.charAt(pos[0]))) {
            return null;
        }
        LocalDateTime wall = LocalDateTime.of(year, 1, 1, 0, 0, 0)
                .plusMonths(fields[0] - 1L)
                .plusDays(fields[1] - 1L)
                .plusHours(fields[2])
                .plusMinutes(fields[3])
                .plusSeconds(fields[4]);
        long utcWall = wall.toEpochSecond(ZoneOffset.UTC);
        int offset = hasOffset ? tzHours * 3600 + tzMinutes * 60 : localOffset(wall, zone);
        return new AbsoluteTime(utcWall - offset, offset);
    }

    /** The offset a wall-clock time gets in a zone; in a gap or overlap, the later offset. */
    static int localOffset(LocalDateTime wall, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(wall);
        if (transition != null) {
            return transition.getOffsetAfter().getTotalSeconds();
        }
        return zone.getRules().getValidOffsets(wall).get(0).getTotalSeconds();
    }

    private static int[] zoneSuffix(StringBuilder s) {
        int len = s.length();
        String off = s.substring(len - 5);
        if ((off.charAt(0) == '+' || off.charAt(0) == '-') && CNumbers.isDigit(off.charAt(1)) && CNumbers.isDigit(off.charAt(2))
                && CNumbers.isDigit(off.charAt(3)) && CNumbers.isDigit(off.charAt(4))) {
            s.setLength(len - 5);
            int h = atoi(off.substring(1, 3));
            int m = atoi(off.substring(3, 5));
            return off.charAt(0) == '+' ? new int[] {h, m} : new int[] {-h, -m};
        }
        return null;
    }

    /** Parses a relative time in seconds; empty when HTCondor would reject the string. */
    public static OptionalDouble parseRelTime(String s) {
        int i = s.length() - 1;
        double secs = 0;
        int mins = 0;
        int hours = 0;
        int days = 0;
        boolean negative = false;
        i = skipSpaceBack(s, i);
        if (i >= 0 && (s.charAt(i) == 's' || s.charAt(i) == 'S' || CNumbers.isDigit(s.charAt(i)))) {
            if (s.charAt(i) == 's' || s.charAt(i) == 'S') {
                i--;
            }
            i = skipSpaceBack(s, i);
            int end = i + 1;
            while (i >= 0 && CNumbers.isDigit(s.charAt(i))) {
                i--;
            }
            if (i >= 0 && s.charAt(i) == '.') {
                i--;
                while (i >= 0 && CNumbers.isDigit(s.charAt(i))) {
                    i--;
                }
            }
            secs = strtod(s.substring(i + 1, end));
        }
        int[] at = {i};
        int[] out = new int[1];
        if (unit(s, at, "mM:", out)) {
            mins = out[0];
        }
        if (unit(s, at, "hH:", out)) {
            hours = out[0];
        }
        if (unit(s, at, "dD+", out)) {
            days = out[0];
        }
        i = skipSpaceBack(s, at[0]);
        if (i >= 0 && s.charAt(i) == '-') {
            negative = true;
            i--;
        }
        i = skipSpaceBack(s, i);
        if (i >= 0 && !CNumbers.isSpace(s.charAt(i))) {
            return OptionalDouble.empty();
        }
        double total = (double) days * 86400 + hours * 3600 + mins * 60 + secs;
        return OptionalDouble.of(negative ? -total : total);
    }

    private static boolean unit(String s, int[] at, String markers, int[] out) {
        int i = skipSpaceBack(s, at[0]);
        at[0] = i;
        if (i >= 0 && markers.indexOf(s.charAt(i)) >= 0) {
            i--;
            i = skipSpaceBack(s, i);
            int end = i + 1;
            while (i >= 0 && CNumbers.isDigit(s.charAt(i))) {
                i--;
            }
            out[0] = digitsToInt(s.substring(i + 1, end));
            at[0] = i;
            return true;
        }
        return false;
    }

    private static int digitsToInt(String digits) {
        if (digits.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException overflow) {
            return 0;
        }
    }

    private static double strtod(String s) {
        if (s.isEmpty() || s.equals(".")) {
            return 0;
        }
        return Double.parseDouble(s);
    }

    private static int skipSpaceBack(String s, int i) {
        while (i >= 0 && CNumbers.isSpace(s.charAt(i))) {
            i--;
        }
        return i;
    }

    private static void skipNonDigits(String s, int[] pos) {
        while (pos[0] < s.length() && !CNumbers.isDigit(s.charAt(pos[0]))) {
            pos[0]++;
        }
    }

    /** C {@code atoi}: optional spaces and sign, then digits. */
    static int atoi(String s) {
        int i = 0;
        while (i < s.length() && CNumbers.isSpace(s.charAt(i))) {
            i++;
        }
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int v = 0;
        while (i < s.length() && CNumbers.isDigit(s.charAt(i))) {
            v = v * 10 + (s.charAt(i) - '0');
            i++;
        }
        return neg ? -v : v;
    }
}
