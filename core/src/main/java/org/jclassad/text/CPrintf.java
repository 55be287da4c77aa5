package org.jclassad.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * glibc's {@code snprintf} (x86-64, C locale) for a format with one argument, with a bound on
 * what is kept: the text is what a buffer of {@code limit} characters would hold, the length is
 * what glibc would have printed, and no more than {@code limit} characters are ever built, so a
 * width or precision of two billion costs nothing.
 *
 * <p>The format is read as glibc reads it: flags {@code #0- +'I}, a width, a precision, one
 * length modifier ({@code hh h l ll L q j z Z t}) and a conversion. A conversion glibc does not
 * know is printed back as glibc prints it ({@code %-5.2y}, flags in glibc's order, the length
 * modifier dropped) and the rest of the format goes on. Widths and precisions over
 * {@code INT_MAX}, output longer than {@code INT_MAX}, a character that is not ASCII for a wide
 * {@code %lc}, and a format that ends inside a conversion end the output where glibc stops it
 * (the {@link Status} says why).
 *
 * <pre>{@code
 * CPrintf.format("%-6.2f|", CPrintf.Arg.of(2.5), 55).text();        // "2.50  |"
 * CPrintf.format("%2147483647d", CPrintf.Arg.of(5), 55).length();   // 2147483647 (text: 55 spaces)
 * }</pre>
 */
public final class CPrintf {
    private static final long INT_MAX = Integer.MAX_VALUE;
    /** Decimal places past which a double's exact expansion has only zeros (2^-1074 has 1074). */
    private static final int EXACT_SCALE = 1100;

    private CPrintf() {
    }

    /** Why glibc stopped printing early. */
    public enum Status {
        /** Everything was printed. */
        OK,
        /** A width or precision over {@code INT_MAX} (EOVERFLOW before the conversion is printed). */
        SPEC_OVERFLOW,
        /** The output would be longer than {@code INT_MAX} (EOVERFLOW; what came before is kept). */
        LENGTH_OVERFLOW,
        /** A wide character that is not ASCII for {@code %lc} (EILSEQ; what came before is kept). */
        ILLEGAL_SEQUENCE,
        /** The format ends inside a conversion ({@code "%5"}); what came before is kept. */
        INCOMPLETE
    }

    /** The one argument: an integer (passed as {@code long long}), a double or a byte string. */
    public sealed interface Arg {
        static Arg of(long v) {
            return new IntArg(v);
        }

        static Arg of(double v) {
            return new RealArg(v);
        }

        static Arg of(String s) {
            return new StringArg(s);
        }
    }

    /** An integer argument. */
    public record IntArg(long value) implements Arg {
    }

    /** A double argument. */
    public record RealArg(double value) implements Arg {
    }

    /** A string argument (a byte string: one char per byte). */
    public record StringArg(String value) implements Arg {
    }

    /**
     * One conversion as glibc reads it, spanning {@code [start, end)} of the format.
     *
     * @param width     -1 when none; {@link Long#MAX_VALUE} for {@code *}
     * @param precision -1 when none; {@link Long#MAX_VALUE} for {@code *}
     * @param length    the length modifier as written ({@code ""}, {@code "hh"}, {@code "l"}, ...)
     * @param conversion the conversion character, or 0 when the format ends first
     */
    public record Spec(int start, int end, String flags, long width, long precision, String length,
            char conversion) {
        boolean has(char flag) {
            return flags.indexOf(flag) >= 0;
        }

        /** Whether glibc prints this conversion from an argument (unknown ones are printed back). */
        public boolean known() {
            return "diouxXcsCSpeEfFgGaAm%".indexOf(conversion) >= 0 && conversion != 0;
        }

        /** Whether the argument glibc reads for it is an integer. */
        public boolean readsInteger() {
            return "diouxXcCp".indexOf(conversion) >= 0;
        }

        /** Whether glibc reads a double for it. */
        public boolean readsDouble() {
            return "eEfFgGaA".indexOf(conversion) >= 0 && !readsLongDouble();
        }

        /** Whether glibc reads a {@code long double} ({@code L}, {@code ll} or {@code q} on a floating conversion). */
        public boolean readsLongDouble() {
            return "eEfFgGaA".indexOf(conversion) >= 0
                    && (length.equals("L") || length.equals("ll") || length.equals("q"));
        }

        /** Whether a character or string conversion is a wide one ({@code %lc}, {@code %C}, {@code %ls}, {@code %S}). */
        public boolean wide() {
            return conversion == 'C' || conversion == 'S'
                    || ((conversion == 'c' || conversion == 's') && !length.isEmpty() && !length.startsWith("h"));
        }

        /** Whether glibc takes a width or precision from the arguments ({@code *}). */
        public boolean star() {
            return width == Long.MAX_VALUE || precision == Long.MAX_VALUE;
        }
    }

    /** What {@link #format} printed: the kept text, glibc's length (what it counted), and why it stopped. */
    public record Output(String text, long length, Status status) {
    }

    /** Every conversion of {@code fmt} as glibc reads it, {@code %%} included. */
    public static List<Spec> specs(String fmt) {
        List<Spec> out = new ArrayList<>();
        int i = 0;
        while ((i = fmt.indexOf('%', i)) >= 0) {
            Spec s = parse(fmt, i);
            out.add(s);
            i = s.end();
        }
        return out;
    }

    /** The conversion starting at the {@code %} at {@code at}. */
    public static Spec parse(String fmt, int at) {
        int n = fmt.length();
        int i = at + 1;
        StringBuilder flags = new StringBuilder();
        while (i < n && "#0- +'I".indexOf(fmt.charAt(i)) >= 0) {
            flags.append(fmt.charAt(i++));
        }
        long width = -1;
        if (i < n && fmt.charAt(i) == '*') {
            width = Long.MAX_VALUE;
            i++;
        } else if (i < n && CNumbers.isDigit(fmt.charAt(i))) {
            width = 0;
            while (i < n && CNumbers.isDigit(fmt.charAt(i))) {
                width = saturatingDigit(width, fmt.charAt(i++));
            }
        }
        long precision = -1;
        if (i < n && fmt.charAt(i) == '.') {
            i++;
            precision = 0;
            if (i < n && fmt.charAt(i) == '*') {
                precision = Long.MAX_VALUE;
                i++;
            } else {
                while (i < n && CNumbers.isDigit(fmt.charAt(i))) {
                    precision = saturatingDigit(precision, fmt.charAt(i++));
                }
            }
        }
        int lengthStart = i;
        if (i < n) {
            char c = fmt.charAt(i);
            if (c == 'h' || c == 'l') {
                i++;
                if (i < n && fmt.charAt(i) == c) {
                    i++;
                }
            } else if ("LqjzZt".indexOf(c) >= 0) {
                i++;
            }
        }
        String length = fmt.substring(lengthStart, i);
        char conversion = i < n ? fmt.charAt(i++) : 0;
        return new Spec(at, i, flags.toString(), width, precision, length, conversion);
    }

    private static long saturatingDigit(long v, char d) {
        return v > INT_MAX ? v : v * 10 + (d - '0');
    }

    /** Formats {@code arg} with {@code fmt}, keeping at most {@code limit} characters. */
    public static Output format(String fmt, Arg arg, int limit) {
        Out out = new Out(limit);
        int i = 0;
        boolean argUsed = false;
        while (i < fmt.length()) {
            int pct = fmt.indexOf('%', i);
            if (pct < 0) {
                out.append(fmt, i, fmt.length());
                break;
            }
            out.append(fmt, i, pct);
            Spec s = parse(fmt, pct);
            i = s.end();
            if (s.conversion() == 0) {
                return out.stop(Status.INCOMPLETE);
            }
            if (s.width() > INT_MAX && s.width() != Long.MAX_VALUE
                    || s.precision() > INT_MAX && s.precision() != Long.MAX_VALUE) {
                return out.stop(Status.SPEC_OVERFLOW);
            }
            if (s.star()) {
                throw new IllegalArgumentException("format takes a width or precision from the arguments: " + fmt);
            }
            if (s.conversion() == '%') {
                out.append("%");
                continue;
            }
            if (!s.known()) {
                printBack(s, out);
                continue;
            }
            if (argUsed || s.conversion() == 'm') {
                throw new IllegalArgumentException("format reads more than one argument: " + fmt);
            }
            argUsed = true;
            Status st = convert(s, arg, out);
            if (st != Status.OK) {
                return out.stop(st);
            }
        }
        return out.stop(Status.OK);
    }

    /** An unknown conversion, printed back as glibc does. */
    private static void printBack(Spec s, Out out) {
        StringBuilder b = new StringBuilder("%");
        if (s.has('#')) {
            b.append('#');
        }
        if (s.has('\'')) {
            b.append('\'');
        }
        if (s.has('+')) {
            b.append('+');
        } else if (s.has(' ')) {
            b.append(' ');
        }
        if (s.has('-')) {
            b.append('-');
        } else if (s.has('0')) {
            b.append('0');
        }
        if (s.has('I')) {
            b.append('I');
        }
        if (s.width() > 0) {
            b.append(s.width());
        }
        if (s.precision() >= 0) {
            b.append('.').append(s.precision());
        }
        b.append(s.conversion());
        out.append(b);
    }

    private static Status convert(Spec s, Arg arg, Out out) {
        char c = s.conversion();
        if (s.readsInteger()) {
            long v = ((IntArg) require(arg, IntArg.class, s)).value();
            if (c == 'c' || c == 'C') {
                return character(s, v, out);
            }
            if (c == 'p') {
                pointer(s, v, out);
                return Status.OK;
            }
            integer(s, v, out);
            return Status.OK;
        }
        if (c == 's' || c == 'S') {
            if (s.wide()) {
                throw new IllegalArgumentException("wide strings are not supported: " + c);
            }
            String v = ((StringArg) require(arg, StringArg.class, s)).value();
            long len = s.precision() >= 0 ? Math.min(s.precision(), v.length()) : v.length();
            pad(s, v.substring(0, (int) len), "", 0, false, out);
            return Status.OK;
        }
        if (s.readsLongDouble()) {
            throw new IllegalArgumentException("long double is not supported: " + s.length() + c);
        }
        double v = ((RealArg) require(arg, RealArg.class, s)).value();
        real(s, v, out);
        return Status.OK;
    }

    private static Arg require(Arg arg, Class<? extends Arg> kind, Spec s) {
        if (!kind.isInstance(arg)) {
            throw new IllegalArgumentException("%" + s.length() + s.conversion() + " does not print a "
                    + arg.getClass().getSimpleName());
        }
        return arg;
    }

    private static Status character(Spec s, long v, Out out) {
        char ch;
        if (s.wide()) {
            long w = v & 0xffffffffL;
            if (w > 0x7f) {
                return Status.ILLEGAL_SEQUENCE;
            }
            ch = (char) w;
        } else {
            ch = (char) (v & 0xff);
        }
        pad(s, String.valueOf(ch), "", 0, false, out);
        return Status.OK;
    }

    private static void pointer(Spec s, long v, Out out) {
        if (v == 0) {
            pad(s, "(nil)", "", 0, false, out);
            return;
        }
        String digits = Long.toHexString(v);
        String sign = s.has('+') ? "+" : s.has(' ') ? " " : "";
        long zeros = s.precision() > digits.length() ? s.precision() - digits.length() : 0;
        pad(s, digits, sign + "0x", zeros, s.precision() < 0, out);
    }

    private static void integer(Spec s, long v, Out out) {
        char c = s.conversion();
        int bits = switch (s.length()) {
            case "hh" -> 8;
            case "h" -> 16;
            case "" -> 32;
            default -> 64;
        };
        boolean signed = c == 'd' || c == 'i';
        String sign = "";
        String digits;
        boolean zero;
        if (signed) {
            long x = bits == 8 ? (byte) v : bits == 16 ? (short) v : bits == 32 ? (int) v : v;
            zero = x == 0;
            digits = x < 0 ? Long.toString(x).substring(1) : Long.toString(x);
            sign = x < 0 ? "-" : s.has('+') ? "+" : s.has(' ') ? " " : "";
        } else {
            long x = bits == 64 ? v : v & ((1L << bits) - 1);
            zero = x == 0;
            int radix = c == 'o' ? 8 : c == 'u' ? 10 : 16;
            digits = Long.toUnsignedString(x, radix);
            if (c == 'X') {
                digits = digits.toUpperCase(Locale.ROOT);
            }
        }
        if (zero && s.precision() == 0) {
            digits = "";
        }
        String prefix = sign;
        if (s.has('#')) {
            if (c == 'o' && (digits.isEmpty() || s.precision() <= digits.length()) && !digits.startsWith("0")) {
                digits = "0" + digits;
            } else if ((c == 'x' || c == 'X') && !zero) {
                prefix = c == 'x' ? "0x" : "0X";
            }
        }
        long zeros = s.precision() > digits.length() ? s.precision() - digits.length() : 0;
        pad(s, digits, prefix, zeros, s.precision() < 0, out);
    }

    /**
     * Prints {@code prefix}, {@code zeros} zeros and {@code body} in the field: spaces before
     * (or after, with {@code -}), or zeros after the prefix when {@code 0} applies.
     */
    private static void pad(Spec s, CharSequence body, String prefix, long zeros, boolean zeroFlagApplies, Out out) {
        long len = prefix.length() + zeros + body.length();
        long fill = s.width() > len ? s.width() - len : 0;
        boolean left = s.has('-');
        boolean zeroPad = !left && zeroFlagApplies && s.has('0');
        if (!left && !zeroPad) {
            out.repeat(' ', fill);
        }
        out.append(prefix);
        if (zeroPad) {
            out.repeat('0', fill);
        }
        out.repeat('0', zeros);
        out.append(body);
        if (left) {
            out.repeat(' ', fill);
        }
    }

    private static void real(Spec s, double v, Out out) {
        char c = s.conversion();
        boolean upper = Character.isUpperCase(c);
        boolean negative = (Double.doubleToRawLongBits(v) & Long.MIN_VALUE) != 0;
        String sign = negative ? "-" : s.has('+') ? "+" : s.has(' ') ? " " : "";
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            String word = Double.isNaN(v) ? "nan" : "inf";
            pad(s, upper ? word.toUpperCase(Locale.ROOT) : word, sign, 0, false, out);
            return;
        }
        double a = Math.abs(v);
        long p = s.precision() < 0 ? 6 : s.precision();
        Digits body;
        switch (Character.toLowerCase(c)) {
            case 'f':
                body = fixed(a, p, s.has('#'));
                break;
            case 'e':
                body = exponential(a, p, s.has('#'), upper);
                break;
            case 'g':
                body = general(a, p == 0 ? 1 : p, s.has('#'), upper);
                break;
            default:
                hex(s, a, sign, upper, out);
                return;
        }
        long len = sign.length() + body.length();
        long fill = s.width() > len ? s.width() - len : 0;
        boolean left = s.has('-');
        boolean zeroPad = !left && s.has('0');
        if (!left && !zeroPad) {
            out.repeat(' ', fill);
        }
        out.append(sign);
        if (zeroPad) {
            out.repeat('0', fill);
        }
        body.print(out);
        if (left) {
            out.repeat(' ', fill);
        }
    }

    /** Digits with a run of zeros in the middle that is never built: {@code head}, zeros, {@code tail}. */
    private record Digits(String head, long zeros, String tail) {
        long length() {
            return head.length() + zeros + tail.length();
        }

        void print(Out out) {
            out.append(head);
            out.repeat('0', zeros);
            out.append(tail);
        }
    }

    /** The exact decimal value of {@code a} (finite, non-negative): significant digits and the exponent of the first. */
    private record Exact(String digits, int exponent) {
        static Exact of(double a) {
            if (a == 0) {
                return new Exact("0", 0);
            }
            BigDecimal d = new BigDecimal(a).stripTrailingZeros();
            String u = d.unscaledValue().toString();
            return new Exact(u, u.length() - 1 - d.scale());
        }

        /** Rounded half-even to {@code n} significant digits (fewer when the rest are zeros). */
        Exact round(long n) {
            if (n >= digits.length() || digits.equals("0")) {
                return this;
            }
            BigDecimal d = new BigDecimal(new BigInteger(digits), digits.length() - 1 - exponent)
                    .round(new MathContext((int) n, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            String u = d.unscaledValue().toString();
            return new Exact(u, u.length() - 1 - d.scale());
        }
    }

    private static Digits fixed(double a, long p, boolean alt) {
        BigDecimal d = new BigDecimal(a).setScale((int) Math.min(p, EXACT_SCALE), RoundingMode.HALF_EVEN);
        String plain = d.toPlainString();
        long more = p - Math.min(p, EXACT_SCALE);
        if (p == 0) {
            return new Digits(alt ? plain + "." : plain, 0, "");
        }
        return new Digits(plain, more, "");
    }

    private static String exponentText(int e, boolean upper) {
        int abs = Math.abs(e);
        return (upper ? "E" : "e") + (e < 0 ? "-" : "+") + (abs < 10 ? "0" : "") + abs;
    }

    private static Digits exponential(double a, long p, boolean alt, boolean upper) {
        Exact x = Exact.of(a).round(p + 1);
        String first = x.digits().substring(0, 1);
        String rest = x.digits().substring(1);
        long zeros = p - rest.length();
        String head = first + (p > 0 || alt ? "." : "") + rest;
        return new Digits(head, zeros, exponentText(a == 0 ? 0 : x.exponent(), upper));
    }

    private static Digits general(double a, long p, boolean alt, boolean upper) {
        Exact x = Exact.of(a).round(p);
        int e = a == 0 ? 0 : x.exponent();
        if (e < -4 || e >= p) {
            if (alt) {
                return exponential(a, p - 1, true, upper);
            }
            String rest = x.digits().substring(1);
            return new Digits(x.digits().charAt(0) + (rest.isEmpty() ? "" : "." + rest), 0, exponentText(e, upper));
        }
        // fixed notation with p - 1 - e decimals
        String digits = x.digits();
        String intPart;
        String frac;
        if (e >= 0) {
            intPart = digits.length() > e + 1 ? digits.substring(0, e + 1)
                    : digits + "0".repeat(e + 1 - digits.length());
            frac = digits.length() > e + 1 ? digits.substring(e + 1) : "";
        } else {
            intPart = "0";
            frac = "0".repeat(-e - 1) + (digits.equals("0") ? "" : digits);
        }
        long decimals = p - 1 - e;
        if (!alt) {
            return new Digits(frac.isEmpty() ? intPart : intPart + "." + frac, 0, "");
        }
        return new Digits(intPart + "." + frac, decimals - frac.length(), "");
    }

    /** {@code %a}: the binary significand in hex digits, glibc's way (no renormalisation after rounding). */
    private static void hex(Spec s, double a, String sign, boolean upper, Out out) {
        long bits = Double.doubleToRawLongBits(a);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & 0xfffffffffffffL;
        int lead = biased == 0 ? 0 : 1;
        int exponent = a == 0 ? 0 : biased == 0 ? -1022 : biased - 1023;
        String frac = String.format("%013x", mantissa);
        long p = s.precision();
        if (p < 0) {
            int end = frac.length();
            while (end > 0 && frac.charAt(end - 1) == '0') {
                end--;
            }
            frac = frac.substring(0, end);
        } else if (p < 13) {
            // round half to even on the hexadecimal digits
            BigInteger all = BigInteger.valueOf(lead).shiftLeft(52).or(BigInteger.valueOf(mantissa));
            int drop = (int) (13 - p) * 4;
            BigInteger kept = all.shiftRight(drop);
            BigInteger rest = all.subtract(kept.shiftLeft(drop));
            BigInteger half = BigInteger.ONE.shiftLeft(drop - 1);
            int cmp = rest.compareTo(half);
            if (cmp > 0 || (cmp == 0 && kept.testBit(0))) {
                kept = kept.add(BigInteger.ONE);
            }
            lead = kept.shiftRight((int) p * 4).intValue();
            long low = kept.subtract(BigInteger.valueOf(lead).shiftLeft((int) p * 4)).longValue();
            frac = p == 0 ? "" : String.format("%0" + p + "x", low);
        }
        long zeros = p > 13 ? p - 13 : 0;
        String head = Integer.toHexString(lead) + (frac.isEmpty() && zeros == 0 && !s.has('#') ? "" : ".") + frac;
        String tail = "p" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
        String prefix = sign + "0x";
        if (upper) {
            head = head.toUpperCase(Locale.ROOT);
            tail = tail.toUpperCase(Locale.ROOT);
            prefix = prefix.toUpperCase(Locale.ROOT);
        }
        long len = prefix.length() + head.length() + zeros + tail.length();
        long fill = s.width() > len ? s.width() - len : 0;
        boolean left = s.has('-');
        boolean zeroPad = !left && s.has('0');
        if (!left && !zeroPad) {
            out.repeat(' ', fill);
        }
        out.append(prefix);
        if (zeroPad) {
            out.repeat('0', fill);
        }
        out.append(head);
        out.repeat('0', zeros);
        out.append(tail);
        if (left) {
            out.repeat(' ', fill);
        }
    }

    /** Collects at most {@code limit} characters and counts them all. */
    private static final class Out {
        private final StringBuilder text = new StringBuilder();
        private final int limit;
        private long length;

        Out(int limit) {
            this.limit = limit;
        }

        void append(CharSequence s) {
            append(s, 0, s.length());
        }

        void append(CharSequence s, int from, int to) {
            int room = limit - text.length();
            if (room > 0) {
                text.append(s, from, from + Math.min(room, to - from));
            }
            length += to - from;
        }

        void repeat(char c, long n) {
            long room = Math.min(n, limit - text.length());
            for (long k = 0; k < room; k++) {
                text.append(c);
            }
            length += n;
        }

        Output stop(Status status) {
            if (status == Status.OK && length > INT_MAX) {
                status = Status.LENGTH_OVERFLOW;
            }
            return new Output(text.toString(), length, status);
        }
    }
}
