package org.jclassad.function;

import org.jclassad.io.NewSyntaxWriter;
import org.jclassad.io.TimeFormat;
import org.jclassad.value.AbsTimeValue;
import org.jclassad.value.BooleanValue;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.RelTimeValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * The value conversions HTCondor's functions share: to string, to real and to integer, with
 * C's number parsing ({@code strtod}) and x86-64's out-of-range float-to-integer results.
 */
final class Conversions {
    private Conversions() {
    }

    /**
     * HTCondor's string conversion: strings unchanged, times in their text forms, everything
     * else unparsed. Undefined stays undefined, error stays error.
     */
    static Value toStringValue(Value v) {
        if (v.isUndefined() || v.isError() || v instanceof StringValue) {
            return v;
        }
        return Value.ofBytes(text(v));
    }

    /** The string form of a defined, non-error value (see {@link #toStringValue}). */
    static String text(Value v) {
        if (v instanceof StringValue) {
            return ((StringValue) v).bytes();
        }
        if (v instanceof AbsTimeValue) {
            AbsTimeValue t = (AbsTimeValue) v;
            return TimeFormat.absolute(t.seconds(), t.offset());
        }
        if (v instanceof RelTimeValue) {
            return TimeFormat.relative(relWholeSeconds((RelTimeValue) v));
        }
        return NewSyntaxWriter.unparse(v);
    }

    /** HTCondor's real conversion: a real, or undefined/error when it cannot convert. */
    static Value toReal(Value v) {
        if (v instanceof RealValue || v.isUndefined()) {
            return v;
        }
        if (v instanceof IntegerValue) {
            return Value.of((double) ((IntegerValue) v).value());
        }
        if (v instanceof BooleanValue) {
            return Value.of(((BooleanValue) v).value() ? 1.0 : 0.0);
        }
        if (v instanceof AbsTimeValue) {
            return Value.of((double) ((AbsTimeValue) v).seconds());
        }
        if (v instanceof RelTimeValue) {
            return Value.of((double) relWholeSeconds((RelTimeValue) v));
        }
        if (v instanceof StringValue) {
            Strtod r = strtod(((StringValue) v).bytes(), 0);
            if (r.end == 0 && r.value == 0.0) {
                return Value.ERROR;
            }
            return Value.of(r.value);
        }
        return Value.ERROR;
    }

    /** HTCondor's integer conversion: an integer, or undefined/error when it cannot convert. */
    static Value toInt(Value v) {
        if (v instanceof IntegerValue || v.isUndefined()) {
            return v;
        }
        if (v instanceof BooleanValue) {
            return Value.of(((BooleanValue) v).value() ? 1L : 0L);
        }
        if (v instanceof RealValue) {
            return Value.of(cLong(((RealValue) v).value()));
        }
        if (v instanceof AbsTimeValue) {
            return Value.of(((AbsTimeValue) v).seconds());
        }
        if (v instanceof RelTimeValue) {
            return Value.of((long) relWholeSeconds((RelTimeValue) v));
        }
        if (v instanceof StringValue) {
            Strtod r = strtod(((StringValue) v).bytes(), 0);
            long i = cLong(r.value);
            if (r.end == 0 && i == 0) {
                return Value.ERROR;
            }
            return Value.of(i);
        }
        return Value.ERROR;
    }

    /** A relative time read as whole seconds, as HTCondor does through a C {@code int}. */
    static int relWholeSeconds(RelTimeValue v) {
        return cInt(v.seconds());
    }

    /** x86-64's double to 64-bit conversion: NaN and out-of-range values give Long.MIN_VALUE. */
    static long cLong(double d) {
        if (Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63) {
            return Long.MIN_VALUE;
        }
        return (long) d;
    }

    /** x86-64's double to 32-bit conversion: NaN and out-of-range values give Integer.MIN_VALUE. */
    static int cInt(double d) {
        return org.jclassad.eval.Operators.cInt(d);
    }

    /** The result of {@link #strtod}: the number and the index just after it ({@code start} if none). */
    record Strtod(double value, int end) {
    }

    /**
     * C {@code strtod} on a byte string from {@code start}: leading white space, a sign, then a
     * decimal or hexadecimal number, {@code inf}/{@code infinity} or {@code nan}/{@code nan(...)}.
     * Parsing stops at the first character that does not fit; nothing parsed gives 0 at
     * {@code start}.
     */
    static Strtod strtod(String s, int start) {
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
            if (new java.math.BigDecimal(mantissa.endsWith(".") ? mantissa + "0" : mantissa).signum() == 0) {
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
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAlnum(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** ASCII upper or lower case of a byte string; other bytes unchanged. */
    static String changeCase(String bytes, boolean upper) {
        char[] chars = bytes.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (upper && c >= 'a' && c <= 'z') {
                chars[i] = (char) (c - 32);
            } else if (!upper && c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + 32);
            }
        }
        return new String(chars);
    }
}
