package org.jclassad.transform.xform;

import java.util.Locale;

/** HTCondor universe names and numbers ({@code UNIVERSE vanilla} is 5). */
public final class Universes {
    private static final String[] NAMES = {
        null, "STANDARD", "PIPE", "LINDA", "PVM", "VANILLA", "PVMD", "SCHEDULER", "MPI", "GRID", "JAVA", "PARALLEL",
        "LOCAL", "VM",
    };

    private Universes() {
    }

    /** The number for a name or number, as HTCondor reads {@code UNIVERSE}; 0 when unknown. */
    public static int number(String text) {
        if (text == null) {
            return 0;
        }
        int n = atoi(text);
        if (n != 0) {
            return n;
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (int i = 1; i < NAMES.length; i++) {
            if (NAMES[i].equals(t)) {
                return i;
            }
        }
        return 0;
    }

    /** The upper-case name of a universe number, or {@code null}. */
    public static String name(int universe) {
        return universe > 0 && universe < NAMES.length ? NAMES[universe] : null;
    }

    static int atoi(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        long v = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            v = v * 10 + (s.charAt(i) - '0');
            if (v > Integer.MAX_VALUE) {
                break;
            }
            i++;
        }
        return (int) (neg ? -v : v);
    }
}
