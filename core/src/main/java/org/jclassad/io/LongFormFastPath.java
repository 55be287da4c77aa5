package org.jclassad.io;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import org.jclassad.format.LongFormReader;
import org.jclassad.ClassAd;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.Node;
import org.jclassad.text.CNumbers;
import org.jclassad.value.Value;

/**
 * The common {@code Name = literal} lines of long-format ads (integers, plain reals, strings
 * without quotes or backslashes, booleans) turned into literals without running the parser; most
 * lines of a {@code condor_status -long} dump or a job queue are like that, and the parser's setup
 * dominates their cost. The line is bytes (see {@link TextCursor}), strings are made of them as
 * ISO-8859-1 decodes them. Anything else is left to {@link LongFormReader#addLine}; the literals
 * built here are the ones the parser would build (checked by tests against the sample pool).
 *
 * <p>It reads the line where the stream reader found it, in the reader's buffer, so a common line
 * costs no string of its own: a name the ad's kind has next is matched in place
 * ({@link ClassAdAccess#bindIfNext}), numbers and booleans are read from the characters, and only
 * a string value (or a name not seen before) is copied out.
 */
final class LongFormFastPath {
    /** The planned nodes of the values lines hold most, shared by all ads as the expression cache shares the parser's. */
    private static final Node TRUE = Node.constant(Value.TRUE);
    private static final Node FALSE = Node.constant(Value.FALSE);
    private static final Node[] SMALL_INTEGERS = new Node[1024];

    static {
        for (int i = 0; i < SMALL_INTEGERS.length; i++) {
            SMALL_INTEGERS[i] = Node.constant(Value.of(i));
        }
    }

    private LongFormFastPath() {
    }

    /**
     * Inserts the attribute of the line {@code s[from, to)} if it is a simple literal; returns
     * whether it did.
     */
    static boolean tryInsert(ClassAd ad, byte[] s, int from, int to) {
        int start = from;
        while (start < to && (s[start] == ' ' || s[start] == '\t')) {
            start++;
        }
        int eq = ByteSearch.indexOf(s, start, to, (byte) '=');
        if (eq < 0) {
            return false;
        }
        int end = eq;
        while (end > start && s[end - 1] == ' ') {
            end--;
        }
        if (end == start) {
            return false;
        }
        int v = eq + 1;
        while (v < to && s[v] == ' ') {
            v++;
        }
        if (v >= to) {
            return false;
        }
        Node node = literal(s, v, to);
        if (node == null) {
            return false;
        }
        if (!ClassAdAccess.bindIfNext(ad, s, start, end, node)) {
            ClassAdAccess.bind(ad, new String(s, start, end - start, ISO_8859_1), node);
        }
        return true;
    }

    private static Node literal(byte[] s, int from, int to) {
        byte c = s[from];
        if (c == '"') {
            if (to - from < 2 || s[to - 1] != '"'
                    || ByteSearch.indexOfQuoteBackslashOrNul(s, from + 1, to - 1) >= 0) {
                return null;
            }
            return Node.constant(Value.ofBytes(new String(s, from + 1, to - from - 2, ISO_8859_1)));
        }
        if (c == 't' || c == 'T' || c == 'f' || c == 'F') {
            return bool(s, from, to);
        }
        return number(s, from, to);
    }

    private static Node bool(byte[] s, int from, int to) {
        int len = to - from;
        // the usual spelling first: the check ignoring case costs more
        if (len == 4 && s[from] == 't' && s[from + 1] == 'r' && s[from + 2] == 'u' && s[from + 3] == 'e') {
            return TRUE;
        }
        if (len == 5 && s[from] == 'f' && s[from + 1] == 'a' && s[from + 2] == 'l' && s[from + 3] == 's'
                && s[from + 4] == 'e') {
            return FALSE;
        }
        if (len == 4 || len == 5) {
            String word = new String(s, from, len, ISO_8859_1);
            if (word.equalsIgnoreCase("true")) {
                return TRUE;
            }
            if (word.equalsIgnoreCase("false")) {
                return FALSE;
            }
        }
        return null;
    }

    private static Node number(byte[] s, int from, int to) {
        int i = from;
        if (s[i] == '-') {
            i++;
        }
        int digits = i;
        while (i < to && isDigit(s[i])) {
            i++;
        }
        int intDigits = i - digits;
        if (intDigits == 0 || (intDigits > 1 && s[digits] == '0')) {
            return null;
        }
        if (i == to) {
            if (intDigits > 18) {
                return null;
            }
            long n = 0;
            for (int k = digits; k < to; k++) {
                n = n * 10 + (s[k] - '0');
            }
            long value = digits > from ? -n : n;
            if (value >= 0 && value < SMALL_INTEGERS.length) {
                return SMALL_INTEGERS[(int) value];
            }
            return Node.constant(Value.of(value));
        }
        if (s[i] != '.') {
            return null;
        }
        i++;
        int frac = i;
        while (i < to && isDigit(s[i])) {
            i++;
        }
        if (i == frac) {
            return null;
        }
        if (i < to && (s[i] == 'e' || s[i] == 'E')) {
            i++;
            if (i < to && (s[i] == '+' || s[i] == '-')) {
                i++;
            }
            int exp = i;
            while (i < to && isDigit(s[i])) {
                i++;
            }
            if (i == exp) {
                return null;
            }
        }
        if (i != to) {
            return null;
        }
        // reals are rare in ads: converted from a string, by the parser's own conversion
        return Node.constant(Value.of(CNumbers.realValue(new String(s, from, to - from, ISO_8859_1))));
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
