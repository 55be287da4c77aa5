package org.jclassad.transform.config;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jclassad.text.CFormat;

/**
 * The C {@code printf} subset the {@code $INT}, {@code $REAL} and {@code $STRING} macro functions
 * accept: a format with exactly one conversion of the right kind, any literal text around it.
 */
final class Printf {
    enum Kind { INT, FLOAT, STRING }

    private Printf() {
    }

    private record Spec(int start, int end, String flags, int width, int precision, char conversion) {
    }

    /** The single conversion of {@code fmt}, or {@code null} unless there is exactly one of {@code kind}. */
    private static Spec single(String fmt, Kind kind) {
        Spec found = null;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (c != '%') {
                i++;
                continue;
            }
            if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '%') {
                i += 2;
                continue;
            }
            int start = i++;
            StringBuilder flags = new StringBuilder();
            while (i < fmt.length() && "-+ #0'".indexOf(fmt.charAt(i)) >= 0) {
                flags.append(fmt.charAt(i++));
            }
            int width = -1;
            int ws = i;
            while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                i++;
            }
            if (i > ws) {
                width = Integer.parseInt(fmt.substring(ws, i));
            }
            int precision = -1;
            if (i < fmt.length() && fmt.charAt(i) == '.') {
                i++;
                int ps = i;
                while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                precision = i > ps ? Integer.parseInt(fmt.substring(ps, i)) : 0;
            }
            while (i < fmt.length() && "hlLqjzt".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            if (i >= fmt.length()) {
                return null;
            }
            char conv = fmt.charAt(i++);
            Kind k;
            if ("diouxXc".indexOf(conv) >= 0) {
                k = Kind.INT;
            } else if ("eEfFgGaA".indexOf(conv) >= 0) {
                k = Kind.FLOAT;
            } else if (conv == 's') {
                k = Kind.STRING;
            } else {
                return null;
            }
            if (k != kind || found != null) {
                return null;
            }
            found = new Spec(start, i, flags.toString(), width, precision, conv);
        }
        return found;
    }

    static boolean valid(String fmt, Kind kind) {
        return single(fmt, kind) != null;
    }

    /** Formats one argument ({@code Long}, {@code Double} or {@code String}) with {@code fmt}. */
    static String format(String fmt, Kind kind, Object arg) {
        Spec s = single(fmt, kind);
        if (s == null) {
            return fmt;
        }
        String body = convert(s, arg);
        return literal(fmt.substring(0, s.start())) + body + literal(fmt.substring(s.end()));
    }

    private static String literal(String text) {
        return text.replace("%%", "%");
    }

    private static String convert(Spec s, Object arg) {
        boolean left = s.flags().indexOf('-') >= 0;
        boolean zero = s.flags().indexOf('0') >= 0 && !left;
        boolean plus = s.flags().indexOf('+') >= 0;
        boolean space = s.flags().indexOf(' ') >= 0;
        String sign = "";
        String digits;
        switch (s.conversion()) {
            case 'd':
            case 'i':
            case 'u':
            case 'o':
            case 'x':
            case 'X':
            case 'c': {
                long v = ((Number) arg).longValue();
                if (s.conversion() == 'c') {
                    digits = String.valueOf((char) (v & 0xff));
                    zero = false;
                    break;
                }
                if (s.conversion() == 'd' || s.conversion() == 'i') {
                    if (v < 0) {
                        sign = "-";
                    } else if (plus) {
                        sign = "+";
                    } else if (space) {
                        sign = " ";
                    }
                    digits = v < 0 ? new BigDecimal(v).negate().toPlainString() : Long.toString(v);
                } else if (s.conversion() == 'u') {
                    digits = Long.toUnsignedString(v);
                } else if (s.conversion() == 'o') {
                    digits = Long.toOctalString(v);
                } else {
                    digits = Long.toHexString(v);
                    if (s.conversion() == 'X') {
                        digits = digits.toUpperCase(java.util.Locale.ROOT);
                    }
                }
                if (s.precision() >= 0) {
                    zero = false;
                    while (digits.length() < s.precision()) {
                        digits = "0" + digits;
                    }
                    if (s.precision() == 0 && v == 0) {
                        digits = "";
                    }
                }
                break;
            }
            case 's': {
                digits = String.valueOf(arg);
                if (s.precision() >= 0 && digits.length() > s.precision()) {
                    digits = digits.substring(0, s.precision());
                }
                zero = false;
                break;
            }
            default: {
                double v = ((Number) arg).doubleValue();
                boolean negative = v < 0 || (v == 0 && 1 / v < 0);
                if (negative) {
                    sign = "-";
                } else if (plus) {
                    sign = "+";
                } else if (space) {
                    sign = " ";
                }
                double a = Math.abs(v);
                int p = s.precision() < 0 ? 6 : s.precision();
                boolean upper = Character.isUpperCase(s.conversion());
                if (Double.isNaN(a) || Double.isInfinite(a)) {
                    digits = Double.isNaN(a) ? "nan" : "inf";
                    if (upper) {
                        digits = digits.toUpperCase(java.util.Locale.ROOT);
                    }
                    zero = false;
                    break;
                }
                switch (Character.toLowerCase(s.conversion())) {
                    case 'f':
                        digits = new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
                        break;
                    case 'e':
                        digits = CFormat.exponential(a, p, upper);
                        break;
                    case 'g':
                        digits = CFormat.general(a, p, upper);
                        break;
                    default:
                        digits = Double.toHexString(a);
                        break;
                }
                break;
            }
        }
        String body = sign + digits;
        int width = s.width();
        if (width > body.length()) {
            int pad = width - body.length();
            if (left) {
                body = body + " ".repeat(pad);
            } else if (zero) {
                body = sign + "0".repeat(pad) + digits;
            } else {
                body = " ".repeat(pad) + body;
            }
        }
        return body;
    }
}
