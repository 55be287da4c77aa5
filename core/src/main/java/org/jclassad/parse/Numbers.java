package org.jclassad.parse;

/** Numeric literal values as HTCondor computes them from a lexeme. */
public final class Numbers {
    private Numbers() {
    }

    /**
     * Decimal conversion of an integer lexeme, stopping at the first non-digit (so {@code 0x1F}
     * is 0 and {@code 017} is 17); out of 64-bit range gives 0.
     */
    public static long integerValue(String lexeme) {
        int i = 0;
        boolean negative = false;
        if (lexeme.startsWith("-")) {
            negative = true;
            i = 1;
        }
        long value = 0;
        int start = i;
        while (i < lexeme.length() && Character.isDigit(lexeme.charAt(i))) {
            i++;
        }
        String digits = lexeme.substring(start, i);
        if (digits.isEmpty()) {
            return 0;
        }
        try {
            value = Long.parseLong(negative ? "-" + digits : digits);
        } catch (NumberFormatException overflow) {
            return 0;
        }
        return value;
    }

    /** C {@code strtod} of a real lexeme: the longest prefix that is a number (0 if none). */
    public static double realValue(String lexeme) {
        try {
            return Double.parseDouble(lexeme);
        } catch (NumberFormatException e) {
            return 0.0;
        }
    }
}
