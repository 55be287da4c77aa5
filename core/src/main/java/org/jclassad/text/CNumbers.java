package org.jclassad.text;

import java.math.BigDecimal;

/**
 * Numbers as C reads and converts them on x86-64, which is what HTCondor's results follow:
 * {@code strtod}, the conversions of out-of-range doubles to integers, and the value of a numeric
 * literal's lexeme.
 */
public final class CNumbers {
    private CNumbers() {
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

    /** x86-64's double to 64-bit conversion: NaN and out-of-range values give Long.MIN_VALUE. */
    public static long cLong(double d) {
        if (Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63) {
            return Long.MIN_VALUE;
        }
        return (long) d;
    }

    /** C's {@code (int)} of a double on x86-64: NaN and values out of 32-bit range give INT_MIN. */
    public static int cInt(double d) {
        if (Double.isNaN(d) || d >= 0x1p31 || d <= -0x1p31 - 1) {
            return Integer.MIN_VALUE;
        }
        return (int) d;
    }

    /** The result of {@link #strtod}: the number and the index just after it ({@code start} if none). */
    public record Strtod(double value, int end) {
    }

    /**
     * C {@code strtod} on a byte string from {@code start}: leading white space, a sign, then a
     * decimal or hexadecimal number, {@code inf}/{@code infinity} or {@code nan}/{@code nan(...)}.
     * Parsing stops at the first character that does not fit; nothing parsed gives 0 at
     * {@code start}.
     */
    public static Strtod strtod(String s, int start) {
        int n = s.length();
        int i = start;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (startsWithIgnoreCase(s, i, "inf")) {
            int end = startsWithIgnoreCase(s, i, "infinity") ? i + 8 : i + 3;
            return new Strtod(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, end);
        }
        if (startsWithIgnoreCase(s, i, "nan")) {
            int end = i + 3;
            if (end < n && s.charAt(end) == '(') {
                int j = end + 1;
                while (j < n && (isAlnum(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                if (j < n && s.charAt(j) == ')') {
                    end = j + 1;
                }
            }
            return new Strtod(Double.NaN, end);
        }
        if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            Strtod hex = hexadecimal(s, i + 2, negative);
            if (hex != null) {
                return hex;
            }
            return new Strtod(negative ? -0.0 : 0.0, i + 1);
        }
        int digitsStart = i;
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return new Strtod(0.0, start);
        }
        int mantissaEnd = i;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            if (j < n && isDigit(s.charAt(j))) {
                while (j < n && isDigit(s.charAt(j))) {
                    j++;
                }
                i = j;
            }
        }
        String text = s.substring(digitsStart, i);
        double value;
        if (i > mantissaEnd) {
            value = parseDecimal(text, mantissaEnd - digitsStart);
        } else {
            value = Double.parseDouble(text.equals(".") ? "0" : text);
        }
        return new Strtod(negative ? -value : value, i);
    }

    /** A decimal with an exponent whose digits may exceed what {@link Double#parseDouble} takes. */
    private static double parseDecimal(String text, int mantissaLength) {
        String mantissa = text.substring(0, mantissaLength);
        String exponent = text.substring(mantissaLength + 1);
        boolean negativeExponent = exponent.startsWith("-");
        String expDigits = exponent.replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
        if (expDigits.length() > 9) {
            if (new BigDecimal(mantissa.endsWith(".") ? mantissa + "0" : mantissa).signum() == 0) {
                return 0.0;
            }
            return negativeExponent ? 0.0 : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(mantissa + "e" + (negativeExponent ? "-" : "") + expDigits);
    }

    /** A hexadecimal float after {@code 0x}, or null when no hex digit follows. */
    private static Strtod hexadecimal(String s, int i, boolean negative) {
        int n = s.length();
        StringBuilder mantissa = new StringBuilder();
        int digits = 0;
        while (i < n && isHexDigit(s.charAt(i))) {
            mantissa.append(s.charAt(i++));
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            int j = i + 1;
            StringBuilder fraction = new StringBuilder();
            while (j < n && isHexDigit(s.charAt(j))) {
                fraction.append(s.charAt(j++));
            }
            if (digits > 0 || fraction.length() > 0) {
                mantissa.append('.').append(fraction);
                digits += fraction.length();
                i = j;
            }
        }
        if (digits == 0) {
            return null;
        }
        String exponent = "0";
        if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            int j = i + 1;
            int signAt = j;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            if (j < n && isDigit(s.charAt(j))) {
                while (j < n && isDigit(s.charAt(j))) {
                    j++;
                }
                exponent = s.substring(signAt, j);
                i = j;
            }
        }
        String m = mantissa.toString();
        if (m.startsWith(".")) {
            m = "0" + m;
        }
        double value;
        try {
            String e = exponent.replaceFirst("^\\+", "");
            if (e.replaceFirst("^-", "").length() > 9) {
                value = e.startsWith("-") ? 0.0 : Double.POSITIVE_INFINITY;
                if (m.replaceAll("[0.]", "").isEmpty()) {
                    value = 0.0;
                }
            } else {
                value = Double.parseDouble("0x" + m + "p" + e);
            }
        } catch (NumberFormatException tooLong) {
            value = Double.POSITIVE_INFINITY;
        }
        return new Strtod(negative ? -value : value, i);
    }

    private static boolean startsWithIgnoreCase(String s, int at, String word) {
        return s.regionMatches(true, at, word, 0, word.length());
    }

    /** C {@code isspace} in the C locale. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAlnum(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
