package org.jclassad.transform.config;

import java.util.List;

import org.jclassad.text.CPrintf;

/**
 * The formats of {@code $INT(name,fmt)}, {@code $REAL(name,fmt)} and {@code $STRING(name,fmt)}
 * as HTCondor handles them: a format is accepted by HTCondor's own check (one conversion of the
 * right kind, {@code %p} always, {@code %c} for integers, no second conversion), then printed by
 * glibc's {@code snprintf} ({@link CPrintf}): integers and reals into a 56-byte buffer (so at most
 * 55 characters are kept), a real without a {@code .} gets {@code .0}, strings into a buffer of
 * the length glibc reports.
 *
 * <p>Where HTCondor's answer is not defined — glibc reading an argument HTCondor did not pass
 * ({@code %Lf}, {@code %ls}, {@code %d%Zd}), printing an address ({@code %p} of a string), or
 * HTCondor writing past its buffer or dividing by zero — the result carries a problem instead,
 * which the macro functions report as an error.
 */
final class Printf {
    enum Kind { INT, FLOAT, STRING }

    /** What HTCondor's buffer for {@code $INT} and {@code $REAL} holds: 56 bytes, a NUL included. */
    static final int NUMBER_CHARS = 55;

    private Printf() {
    }

    /**
     * A formatted value, or the reason HTCondor's result is undefined ({@code problem} not null),
     * or the value is longer than allowed ({@code tooLong}).
     */
    record Result(String text, String problem, boolean tooLong) {
        static Result of(String text) {
            return new Result(text, null, false);
        }

        static Result undefined(String problem) {
            return new Result("", problem, false);
        }

        boolean ok() {
            return problem == null;
        }
    }

    // ------------------------------------------------------------------ HTCondor's check of a format

    private enum Type { INT, FLOAT, CHAR, STRING, POINTER, CRASH, OTHER }

    private record Conversion(Type type, int end) {
    }

    /**
     * HTCondor's reading of the first conversion at or after {@code from}: flags {@code #0- +'},
     * digits, {@code .} and digits, any run of {@code hlLqjzt}, then a letter; {@code %%} is
     * skipped. {@code null} when there is none or it is not one HTCondor knows.
     */
    private static Conversion first(String f, int from) {
        int n = f.length();
        int i = f.indexOf('%', from);
        if (i < 0 || ++i >= n) {
            return null;
        }
        while (i < n && "#0- +'".indexOf(f.charAt(i)) >= 0) {
            i++;
        }
        while (i < n && Character.isDigit(f.charAt(i))) {
            i++;
        }
        if (i >= n) {
            return null;
        }
        if (f.charAt(i) == '.') {
            if (++i >= n) {
                return null;
            }
            while (i < n && Character.isDigit(f.charAt(i))) {
                i++;
            }
        }
        while (i < n && "hlLqjzt".indexOf(f.charAt(i)) >= 0) {
            i++;
        }
        if (i >= n) {
            return null;
        }
        char letter = f.charAt(i++);
        switch (letter) {
            case 'd', 'i', 'o', 'u', 'x', 'X':
                return new Conversion(Type.INT, i);
            case 'e', 'E', 'f', 'F', 'g', 'G', 'a', 'A':
                return new Conversion(Type.FLOAT, i);
            case 'c', 'C':
                return new Conversion(Type.CHAR, i);
            case 's', 'S':
                return new Conversion(Type.STRING, i);
            case 'p':
                return new Conversion(Type.POINTER, i);
            case 'n':
                return new Conversion(Type.CRASH, i);
            case 'V', 'v', 'r', 'R', 'T', 'Y':
                return new Conversion(Type.OTHER, i);
            case '%':
                return first(f, i);
            default:
                return null;
        }
    }

    /** Whether HTCondor accepts {@code fmt} for a value of {@code kind}. */
    static boolean valid(String fmt, Kind kind) {
        Conversion c = first(fmt, 0);
        if (c == null || c.type() == Type.CRASH) {
            return false;
        }
        Type want = kind == Kind.INT ? Type.INT : kind == Kind.FLOAT ? Type.FLOAT : Type.STRING;
        boolean typeOk = c.type() == want || c.type() == Type.POINTER || (kind == Kind.INT && c.type() == Type.CHAR);
        return typeOk && first(fmt, c.end()) == null;
    }

    // ------------------------------------------------------------------ what glibc then does

    /**
     * Why glibc's reading of an accepted format is undefined for a value of {@code kind}, or
     * {@code null} when it is well defined.
     */
    private static String undefined(String fmt, Kind kind) {
        List<CPrintf.Spec> specs = CPrintf.specs(fmt);
        CPrintf.Spec reads = null;
        for (CPrintf.Spec s : specs) {
            if (s.star()) {
                return "'" + fmt + "' takes a field width from an argument HTCondor does not pass";
            }
            if (s.conversion() == 'm') {
                return "'" + fmt + "' prints the error of the last system call";
            }
            if (s.known() && s.conversion() != '%') {
                if (reads != null) {
                    return "glibc reads a second argument for '" + fmt + "', which HTCondor does not pass";
                }
                reads = s;
            }
        }
        if (reads == null) {
            return null;
        }
        String what = "%" + reads.length() + reads.conversion();
        switch (kind) {
            case INT:
                return reads.readsInteger() ? null : "glibc reads '" + what + "' as another type than the integer";
            case FLOAT:
                if (reads.readsLongDouble()) {
                    return "'" + what + "' reads a long double, but HTCondor passes a double";
                }
                return reads.readsDouble() ? null : "'" + what + "' does not print a double (HTCondor prints memory)";
            default:
                if (reads.conversion() == 'p') {
                    return "'%p' prints the address of the string";
                }
                if (reads.wide()) {
                    return "'" + what + "' reads a wide string, but HTCondor passes a byte string";
                }
                return reads.conversion() == 's' ? null : "glibc reads '" + what + "' as another type than the string";
        }
    }

    /** C string semantics: the text ends at a NUL. */
    private static String cString(String s) {
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    /** {@code $INT}: the integer through {@code fmt}, as much as the 56-byte buffer keeps. */
    static Result formatInt(String fmt, long value) {
        String problem = undefined(fmt, Kind.INT);
        if (problem != null) {
            return Result.undefined(problem);
        }
        // glibc stops at an overflow or an unprintable wide character; what it wrote is kept
        return Result.of(cString(CPrintf.format(fmt, CPrintf.Arg.of(value), NUMBER_CHARS).text()));
    }

    /** {@code $REAL}: the double through {@code fmt} (or {@code %.16G}), {@code .0} added when a format gives no {@code .}. */
    static Result formatReal(String fmt, double value) {
        if (fmt == null) {
            return Result.of(CPrintf.format("%.16G", CPrintf.Arg.of(value), NUMBER_CHARS).text());
        }
        String problem = undefined(fmt, Kind.FLOAT);
        if (problem != null) {
            return Result.undefined(problem);
        }
        CPrintf.Output o = CPrintf.format(fmt, CPrintf.Arg.of(value), NUMBER_CHARS);
        if (o.status() == CPrintf.Status.LENGTH_OVERFLOW) {
            return Result.undefined("'" + fmt + "' prints more than 2147483647 characters (HTCondor aborts)");
        }
        String text = cString(o.text());
        if (text.indexOf('.') >= 0) {
            return Result.of(text);
        }
        if (text.length() >= NUMBER_CHARS) {
            return Result.undefined("'" + fmt + "' prints " + NUMBER_CHARS
                    + " or more characters without a '.' (HTCondor writes past its buffer adding \".0\" and aborts)");
        }
        return Result.of(text + ".0");
    }

    /** {@code $STRING}: the string through {@code fmt}; longer than {@code maxChars} is a problem. */
    static Result formatString(String fmt, String value, long maxChars) {
        String problem = undefined(fmt, Kind.STRING);
        if (problem != null) {
            return Result.undefined(problem);
        }
        CPrintf.Output measured = CPrintf.format(fmt, CPrintf.Arg.of(value), 0);
        if (measured.status() != CPrintf.Status.OK) {
            return Result.undefined("glibc cannot print '" + fmt + "' (" + measured.status()
                    + "), and HTCondor then uses memory it never wrote");
        }
        if (measured.length() > maxChars) {
            return new Result("", "'" + fmt + "' prints " + measured.length() + " characters, more than the limit of "
                    + maxChars, true);
        }
        return Result.of(cString(CPrintf.format(fmt, CPrintf.Arg.of(value), (int) measured.length()).text()));
    }
}
