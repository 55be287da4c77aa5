package org.jclassad.function;

import java.util.ArrayList;
import java.util.List;

import org.jclassad.eval.Arguments;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.eval.ListValue;
import org.jclassad.text.ByteStrings;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * String functions on byte strings: {@code strcat}, {@code join}, {@code substr},
 * {@code toUpper}, {@code toLower}, {@code strcmp}, {@code stricmp}, the version comparisons
 * ({@code versioncmp}, {@code versionLT} ... {@code versionEQ}, {@code version_in_range}) and
 * HTCondor's {@code split}, {@code splitUserName} and {@code splitSlotName}.
 */
final class StringFunctions {
    private StringFunctions() {
    }

    static void register(FunctionRegistry r) {
        r.register("strcat", StringFunctions::strcat);
        r.register("join", StringFunctions::join);
        r.register("substr", StringFunctions::substr);
        r.register("toUpper", a -> changeCase(a, true));
        r.register("toLower", a -> changeCase(a, false));
        r.register("strcmp", a -> compare(a, false));
        r.register("stricmp", a -> compare(a, true));
        r.register("versioncmp", a -> version(a, null));
        r.register("versionLT", a -> version(a, "LT"));
        r.register("versionLE", a -> version(a, "LE"));
        r.register("versionGT", a -> version(a, "GT"));
        r.register("versionGE", a -> version(a, "GE"));
        r.register("versionEQ", a -> version(a, "EQ"));
        r.register("version_in_range", StringFunctions::versionInRange);
        r.register("split", StringFunctions::split);
        r.register("splitUserName", a -> splitAt(a, false));
        r.register("splitSlotName", a -> splitAt(a, true));
    }

    /**
     * {@code strcat(a, ...)}: the arguments converted to strings and concatenated. The first
     * undefined argument makes the result undefined, the first error makes it error.
     */
    static Value strcat(Arguments a) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < a.size(); i++) {
            Value s = Conversions.toStringValue(a.get(i));
            if (!(s instanceof StringValue)) {
                return s;
            }
            out.append(((StringValue) s).bytes());
        }
        return Value.ofBytes(out.toString());
    }

    /**
     * {@code join(sep, a, ...)}, {@code join(sep, list)} and {@code join(list)}: items converted
     * to strings and joined. Undefined items are skipped (all undefined gives undefined), an
     * error gives error, and the separator goes only after non-empty text.
     */
    static Value join(Arguments a) {
        int n = a.size();
        ListValue list = null;
        if (n > 0 && n <= 2) {
            Value last = a.get(n - 1);
            if (last instanceof ListValue) {
                list = (ListValue) last;
            }
        }
        boolean hasSeparatorArgument = list == null || n == 2;
        StringBuilder out = new StringBuilder();
        String separator = "";
        boolean sawUndefined = false;
        boolean sawDefined = false;
        int count = list == null ? n : list.size() + 1;
        for (int i = 0; i < count; i++) {
            Value v;
            if (i == 0) {
                v = hasSeparatorArgument ? a.get(0) : Value.ofBytes("");
            } else {
                v = list == null ? a.get(i) : Lists.element(a, list, i - 1);
            }
            Value s = Conversions.toStringValue(v);
            if (s.isUndefined()) {
                sawUndefined = true;
                continue;
            }
            if (s.isError()) {
                return Value.ERROR;
            }
            String text = ((StringValue) s).bytes();
            if (i == 0) {
                separator = text;
                continue;
            }
            if (out.length() > 0) {
                out.append(separator);
            }
            sawDefined = true;
            out.append(text);
        }
        if (sawUndefined && !sawDefined) {
            return Value.UNDEFINED;
        }
        return Value.ofBytes(out.toString());
    }

    /**
     * {@code substr(s, offset [, length])}: Perl-like; negative offsets and lengths count from
     * the end. The numbers are read as 32-bit integers.
     */
    static Value substr(Arguments a) {
        if (a.size() < 2 || a.size() > 3) {
            return Value.ERROR;
        }
        Value s = a.get(0);
        Value o = a.get(1);
        Value l = a.size() > 2 ? a.get(2) : null;
        if (s.isUndefined() || o.isUndefined() || (l != null && l.isUndefined())) {
            return Value.UNDEFINED;
        }
        if (!(s instanceof StringValue) || !(o instanceof IntegerValue)
                || (l != null && !(l instanceof IntegerValue))) {
            return Value.ERROR;
        }
        String bytes = ((StringValue) s).bytes();
        int offset = (int) ((IntegerValue) o).value();
        int len = l == null ? 0 : (int) ((IntegerValue) l).value();
        int n = bytes.length();
        if (offset < 0) {
            offset = Math.max(0, n + offset);
        } else if (offset >= n) {
            offset = n;
        }
        if (len <= 0) {
            len = Math.max(0, n - offset + len);
        } else if (len > n - offset) {
            len = n - offset;
        }
        if (l != null && (int) ((IntegerValue) l).value() == 0) {
            len = 0;
        }
        return Value.ofBytes(bytes.substring(offset, offset + len));
    }

    /** {@code toUpper(x)} and {@code toLower(x)}: x as a string, ASCII letters mapped. */
    static Value changeCase(Arguments a, boolean upper) {
        if (a.size() != 1) {
            return Value.ERROR;
        }
        Value s = Conversions.toStringValue(a.get(0));
        if (!(s instanceof StringValue)) {
            return s;
        }
        return Value.ofBytes(ByteStrings.changeCase(((StringValue) s).bytes(), upper));
    }

    /** {@code strcmp(a, b)} and {@code stricmp(a, b)}: -1, 0 or 1; undefined first, then error. */
    static Value compare(Arguments a, boolean ignoreCase) {
        if (a.size() != 2) {
            return Value.ERROR;
        }
        Value x = a.get(0);
        Value y = a.get(1);
        if (x.isUndefined() || y.isUndefined()) {
            return Value.UNDEFINED;
        }
        Value sx = Conversions.toStringValue(x);
        Value sy = Conversions.toStringValue(y);
        if (!(sx instanceof StringValue) || !(sy instanceof StringValue)) {
            return Value.ERROR;
        }
        String p = ((StringValue) sx).bytes();
        String q = ((StringValue) sy).bytes();
        int c = ignoreCase ? ByteStrings.compareIgnoreCase(p, q) : p.compareTo(q);
        return Value.of((long) Integer.signum(c));
    }

    /**
     * {@code versioncmp(a, b)} (the raw comparison value) and {@code versionLT} ...
     * {@code versionEQ} (booleans): HTCondor's natural order of version strings.
     */
    static Value version(Arguments a, String test) {
        if (a.size() != 2) {
            return Value.ERROR;
        }
        Value x = a.get(0);
        Value y = a.get(1);
        if (x.isUndefined() || y.isUndefined()) {
            return Value.UNDEFINED;
        }
        Value sx = Conversions.toStringValue(x);
        Value sy = Conversions.toStringValue(y);
        if (!(sx instanceof StringValue) || !(sy instanceof StringValue)) {
            return Value.ERROR;
        }
        int r = naturalCompare(((StringValue) sx).bytes(), ((StringValue) sy).bytes());
        if (test == null) {
            return Value.of((long) r);
        }
        switch (test) {
            case "LT": return Value.of(r < 0);
            case "LE": return Value.of(r <= 0);
            case "GT": return Value.of(r > 0);
            case "GE": return Value.of(r >= 0);
            default: return Value.of(r == 0);
        }
    }

    /** {@code version_in_range(v, min, max)}: min &lt;= v &lt;= max in version order. */
    static Value versionInRange(Arguments a) {
        if (a.size() != 3) {
            return Value.ERROR;
        }
        Value v = a.get(0);
        Value min = a.get(1);
        Value max = a.get(2);
        if (min.isUndefined() || max.isUndefined()) {
            return Value.UNDEFINED;
        }
        Value sv = Conversions.toStringValue(v);
        Value smin = Conversions.toStringValue(min);
        Value smax = Conversions.toStringValue(max);
        if (!(sv instanceof StringValue) || !(smin instanceof StringValue) || !(smax instanceof StringValue)) {
            return Value.ERROR;
        }
        String version = ((StringValue) sv).bytes();
        return Value.of(naturalCompare(((StringValue) smin).bytes(), version) <= 0
                && naturalCompare(version, ((StringValue) smax).bytes()) <= 0);
    }

    /**
     * HTCondor's {@code natural_cmp}, an {@code strverscmp}-like order: digit runs compare as
     * numbers, and more leading zeros sort first. Characters compare as signed bytes.
     */
    static int naturalCompare(String s1, String s2) {
        int i = 0;
        while (i < s1.length() && i < s2.length() && s1.charAt(i) == s2.charAt(i)) {
            i++;
        }
        int c1 = at(s1, i);
        int c2 = at(s2, i);
        if (c1 == c2) {
            return 0;
        }
        int n = i;
        while (n > 0 && isDigit(at(s1, n - 1))) {
            n--;
        }
        if (n == i && (!isDigit(c1) || !isDigit(c2))) {
            return c1 - c2;
        }
        int z1 = zerosEnd(s1, n);
        int z2 = zerosEnd(s2, n);
        if (z1 - n != z2 - n) {
            return (z2 - n) - (z1 - n);
        }
        if (z1 > n) {
            return c1 - c2;
        }
        int e1 = z1;
        while (isDigit(at(s1, e1))) {
            e1++;
        }
        int e2 = z2;
        while (isDigit(at(s2, e2))) {
            e2++;
        }
        if (e1 - n != e2 - n) {
            return (e1 - n) - (e2 - n);
        }
        return c1 - c2;
    }

    private static int zerosEnd(String s, int from) {
        int z = from;
        while (at(s, z) == '0') {
            z++;
        }
        if (z > from && !isDigit(at(s, z))) {
            z--;
        }
        return z;
    }

    /** The signed char at {@code i}, 0 past the end (C string semantics). */
    private static int at(String s, int i) {
        return i < s.length() ? (byte) s.charAt(i) : 0;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /**
     * {@code split(s [, separators])}: the text between separator characters (default comma,
     * space and tab). Empty pieces are dropped, except between two occurrences of the same
     * non-white-space separator.
     */
    static Value split(Arguments a) {
        if (a.size() != 1 && a.size() != 2) {
            return Value.ERROR;
        }
        Value s = a.get(0);
        Value sepValue = a.size() == 2 ? a.get(1) : null;
        if (!(s instanceof StringValue) || (sepValue != null && !(sepValue instanceof StringValue))) {
            return Value.ERROR;
        }
        String str = ((StringValue) s).bytes();
        String seps = sepValue == null ? ", \t" : ((StringValue) sepValue).bytes();
        List<Value> out = new ArrayList<>();
        int last = 0;
        if (!seps.isEmpty()) {
            int previous = -1;
            for (int ix = firstOf(str, seps, 0); ix < str.length(); ix = firstOf(str, seps, last)) {
                int c = (byte) str.charAt(ix);
                if (ix > last) {
                    out.add(Value.ofBytes(str.substring(last, ix)));
                } else if (!isCSpace(previous) && previous == c) {
                    out.add(Value.ofBytes(""));
                }
                if (!isCSpace(c)) {
                    previous = c;
                }
                last = ix + 1;
            }
        }
        if (str.length() > last) {
            out.add(Value.ofBytes(str.substring(last)));
        }
        return ListValue.detachedOfValues(out);
    }

    private static int firstOf(String s, String set, int from) {
        for (int i = from; i < s.length(); i++) {
            if (set.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static boolean isCSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * {@code splitUserName(s)} and {@code splitSlotName(s)}: the parts before and after the
     * first {@code @}; without one, the whole string is the user (or the machine).
     */
    static Value splitAt(Arguments a, boolean slot) {
        if (a.size() != 1) {
            return Value.ERROR;
        }
        Value s = a.get(0);
        if (!(s instanceof StringValue)) {
            return Value.ERROR;
        }
        String str = ((StringValue) s).bytes();
        int at = str.indexOf('@');
        String first;
        String second;
        if (at < 0) {
            first = slot ? "" : str;
            second = slot ? str : "";
        } else {
            first = str.substring(0, at);
            second = str.substring(at + 1);
        }
        return ListValue.detachedOfValues(List.of(Value.ofBytes(first), Value.ofBytes(second)));
    }
}
