package org.jclassad.io;

import org.jclassad.format.LongFormReader;
import org.jclassad.ClassAd;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.Node;
import org.jclassad.text.CNumbers;
import org.jclassad.value.Value;

/**
 * The common {@code Name = literal} lines of long-format ads (integers, plain reals, strings
 * without quotes or backslashes, booleans) turned into literals without running the parser; most
 * lines of a {@code condor_status -long} dump are like that, and the parser's setup dominates
 * their cost. Anything else is left to {@link LongFormReader#addLine}; the literals built here are
 * the ones the parser would build (checked by tests against the sample pool).
 */
final class LongFormFastPath {
    private LongFormFastPath() {
    }

    /** Inserts the line's attribute if it is a simple literal; returns whether it did. */
    static boolean tryInsert(ClassAd ad, String line) {
        int n = line.length();
        int start = 0;
        while (start < n && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
            start++;
        }
        int eq = line.indexOf('=', start);
        if (eq < 0) {
            return false;
        }
        int end = eq;
        while (end > start && line.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == start) {
            return false;
        }
        int v = eq + 1;
        while (v < n && line.charAt(v) == ' ') {
            v++;
        }
        if (v >= n) {
            return false;
        }
        Value value = literal(line, v, n);
        if (value == null) {
            return false;
        }
        Node node = Node.constant(value);
        if (!ClassAdAccess.bindIfNext(ad, line, start, end, node)) {
            ClassAdAccess.bind(ad, line.substring(start, end), node);
        }
        return true;
    }

    private static Value literal(String s, int from, int to) {
        char c = s.charAt(from);
        if (c == '"') {
            if (to - from < 2 || s.charAt(to - 1) != '"') {
                return null;
            }
            for (int i = from + 1; i < to - 1; i++) {
                char d = s.charAt(i);
                if (d == '"' || d == '\\' || d == '\0') {
                    return null;
                }
            }
            return Value.ofBytes(s.substring(from + 1, to - 1));
        }
        if (c == 't' || c == 'T' || c == 'f' || c == 'F') {
            int len = to - from;
            // the usual spelling first: the check ignoring case costs more
            if (len == 4 && (s.startsWith("true", from) || s.regionMatches(true, from, "true", 0, 4))) {
                return Value.TRUE;
            }
            if (len == 5 && (s.startsWith("false", from) || s.regionMatches(true, from, "false", 0, 5))) {
                return Value.FALSE;
            }
            return null;
        }
        return number(s, from, to);
    }

    private static Value number(String s, int from, int to) {
        int i = from;
        if (s.charAt(i) == '-') {
            i++;
        }
        int digits = i;
        while (i < to && isDigit(s.charAt(i))) {
            i++;
        }
        int intDigits = i - digits;
        if (intDigits == 0 || (intDigits > 1 && s.charAt(digits) == '0')) {
            return null;
        }
        if (i == to) {
            if (intDigits > 18) {
                return null;
            }
            long n = 0;
            for (int k = digits; k < to; k++) {
                n = n * 10 + (s.charAt(k) - '0');
            }
            return Value.of(digits > from ? -n : n);
        }
        if (s.charAt(i) != '.') {
            return null;
        }
        i++;
        int frac = i;
        while (i < to && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == frac) {
            return null;
        }
        if (i < to && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = i;
            while (i < to && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == exp) {
                return null;
            }
        }
        if (i != to) {
            return null;
        }
        return Value.of(CNumbers.realValue(s.substring(from, to)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
