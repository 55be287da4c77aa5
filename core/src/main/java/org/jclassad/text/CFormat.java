package org.jclassad.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * C {@code printf} number formats as glibc prints them, computed from the exact binary value of
 * the double (so rounding matches glibc, which {@link String#format} does not always).
 */
public final class CFormat {
    private CFormat() {
    }

    /** Digits and decimal exponent of {@code |v|} rounded to {@code digits} significant digits. */
    private static Object[] round(double v, int digits) {
        BigDecimal d = new BigDecimal(Math.abs(v)).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        String unscaled = d.unscaledValue().toString();
        int exponent = unscaled.length() - 1 - d.scale();
        StringBuilder s = new StringBuilder(unscaled);
        while (s.length() < digits) {
            s.append('0');
        }
        return new Object[] {s.substring(0, digits), exponent};
    }

    /** {@code %1.<precision>E} for a finite, non-zero or zero double. */
    public static String exponential(double v, int precision, boolean upper) {
        String sign = (v < 0 || (v == 0 && 1 / v < 0)) ? "-" : "";
        String mantissa;
        int exponent;
        if (v == 0) {
            mantissa = "0".repeat(precision + 1);
            exponent = 0;
        } else {
            Object[] r = round(v, precision + 1);
            mantissa = (String) r[0];
            exponent = (Integer) r[1];
        }
        StringBuilder out = new StringBuilder(sign);
        out.append(mantissa.charAt(0));
        if (precision > 0) {
            out.append('.').append(mantissa, 1, mantissa.length());
        }
        out.append(upper ? 'E' : 'e').append(exponent < 0 ? '-' : '+');
        int abs = Math.abs(exponent);
        if (abs < 10) {
            out.append('0');
        }
        out.append(abs);
        return out.toString();
    }

    /** {@code %.<precision>g} (or {@code G}) for a finite double. */
    public static String general(double v, int precision, boolean upper) {
        if (precision == 0) {
            precision = 1;
        }
        String sign = (v < 0 || (v == 0 && 1 / v < 0)) ? "-" : "";
        if (v == 0) {
            return sign + "0";
        }
        Object[] r = round(v, precision);
        String digits = (String) r[0];
        int exponent = (Integer) r[1];
        String body;
        if (exponent < -4 || exponent >= precision) {
            String frac = stripZeros(digits.substring(1));
            StringBuilder b = new StringBuilder();
            b.append(digits.charAt(0));
            if (!frac.isEmpty()) {
                b.append('.').append(frac);
            }
            b.append(upper ? 'E' : 'e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            if (abs < 10) {
                b.append('0');
            }
            b.append(abs);
            body = b.toString();
        } else if (exponent >= 0) {
            String intPart = digits.substring(0, exponent + 1);
            String frac = stripZeros(digits.substring(exponent + 1));
            body = frac.isEmpty() ? intPart : intPart + "." + frac;
        } else {
            String frac = stripZeros("0".repeat(-exponent - 1) + digits);
            body = frac.isEmpty() ? "0" : "0." + frac;
        }
        return sign + body;
    }

    private static String stripZeros(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') {
            end--;
        }
        return s.substring(0, end);
    }
}
