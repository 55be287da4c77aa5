package org.jclassad.text;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** HTCondor's text forms of absolute and relative times. */
public final class TimeText {
    private TimeText() {
    }

    /** {@code 2004-01-01T00:00:00-00:00}: wall-clock time at the stored offset. */
    public static String absolute(long seconds, int offset) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds + offset, 0, ZoneOffset.UTC);
        int abs = Math.abs(offset);
        // strftime's %Y does not pad the year: year 1 prints as "1"
        return String.format("%d-%02d-%02dT%02d:%02d:%02d%s%02d:%02d", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), offset > 0 ? "+" : "-",
                abs / 3600, (abs / 60) % 60);
    }

    /** {@code [-][D+]hh:mm:ss} with shorter forms for shorter spans. */
    public static String relative(double rsecs) {
        StringBuilder out = new StringBuilder();
        if (rsecs < 0) {
            out.append('-');
            rsecs = -rsecs;
        }
        double fraction = rsecs - Math.floor(rsecs);
        int whole = CNumbers.cInt(rsecs);
        int hrs = whole % 86400;
        int mins = hrs % 3600;
        double secs = (mins % 60) + fraction;
        int days = whole / 86400;
        hrs = hrs / 3600;
        mins = mins / 60;
        boolean exact = fraction == 0;
        String s = exact ? pad2((int) secs) : g02(secs);
        if (days != 0) {
            out.append(days).append('+').append(pad2(hrs)).append(':').append(pad2(mins)).append(':').append(s);
        } else if (hrs != 0) {
            out.append(pad2(hrs)).append(':').append(pad2(mins)).append(':').append(s);
        } else if (mins != 0) {
            out.append(pad2(mins)).append(':').append(s);
        } else {
            out.append(s);
        }
        return out.toString();
    }

    private static String pad2(int v) {
        if (v < 0) {
            return v > -10 ? "-" + (-v) : Integer.toString(v);
        }
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static String g02(double v) {
        if (Double.isNaN(v)) {
            return "-nan";
        }
        String s = CFormat.general(v, 6, false);
        if (s.length() < 2) {
            s = "0" + s;
        }
        return s;
    }
}
