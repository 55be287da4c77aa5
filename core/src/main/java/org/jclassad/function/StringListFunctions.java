package org.jclassad.function;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.jclassad.eval.Arguments;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.regex.MatchLimitException;
import org.jclassad.regex.PcrePattern;
import org.jclassad.text.ByteStrings;
import org.jclassad.text.CNumbers;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * Functions on string lists, strings like {@code "a, b, c"}: HTCondor's {@code stringListSize},
 * {@code stringListSum}, {@code stringListAvg}, {@code stringListMin}, {@code stringListMax},
 * {@code stringListMember}, {@code stringListIMember}, {@code stringListSubsetMatch},
 * {@code stringListISubsetMatch}, {@code stringList_regexpMember}, and the core
 * {@code stringListsIntersect}.
 */
final class StringListFunctions {
    /** Delimiters of the size, summary and regexp functions. */
    static final String SUMMARY_DELIMITERS = ", ";
    /** Delimiters of the member and subset functions. */
    static final String MEMBER_DELIMITERS = ", \t\r\n";

    private static final double FLT_MAX = 3.4028234663852886e38;
    private static final double FLT_MIN = 1.1754943508222875e-38;

    private StringListFunctions() {
    }

    static void register(FunctionRegistry r) {
        r.register("stringListSize", StringListFunctions::size);
        r.register("stringListSum", a -> summarize(a, Summary.SUM));
        r.register("stringListAvg", a -> summarize(a, Summary.AVG));
        r.register("stringListMin", a -> summarize(a, Summary.MIN));
        r.register("stringListMax", a -> summarize(a, Summary.MAX));
        r.register("stringListMember", a -> member(a, false, false));
        r.register("stringListIMember", a -> member(a, true, false));
        r.register("stringListSubsetMatch", a -> member(a, false, true));
        r.register("stringListISubsetMatch", a -> member(a, true, true));
        r.register("stringList_regexpMember", StringListFunctions::regexpMember);
        r.register("stringListsIntersect", StringListFunctions::intersect);
    }

    /**
     * HTCondor's string-list tokenizer: delimiters and white space before a token are skipped,
     * a token runs to the next delimiter and loses its trailing white space; empty tokens never
     * appear.
     */
    static List<String> tokens(String list, String delimiters) {
        List<String> out = new ArrayList<>();
        int n = list.length();
        int i = 0;
        while (i < n) {
            while (i < n && (delimiters.indexOf(list.charAt(i)) >= 0 || CNumbers.isSpace(list.charAt(i)))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && delimiters.indexOf(list.charAt(i)) < 0) {
                i++;
            }
            int end = i;
            while (end > start && CNumbers.isSpace(list.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                out.add(list.substring(start, end));
            }
        }
        return out;
    }

    /** Evaluates the arguments; null unless every one is a string. */
    private static String[] strings(Arguments a) {
        String[] s = new String[a.size()];
        Value[] v = new Value[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i);
        }
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] instanceof StringValue)) {
                return null;
            }
            s[i] = ((StringValue) v[i]).bytes();
        }
        return s;
    }

    /** {@code stringListSize(list [, delimiters])}: the number of tokens. */
    static Value size(Arguments a) {
        if (a.size() < 1 || a.size() > 2) {
            return Value.ERROR;
        }
        String[] s = strings(a);
        if (s == null) {
            return Value.ERROR;
        }
        return Value.of((long) tokens(s[0], s.length > 1 ? s[1] : SUMMARY_DELIMITERS).size());
    }

    enum Summary { SUM, AVG, MIN, MAX }

    /**
     * {@code stringListSum/Avg/Min/Max(list [, delimiters])}: each token read as a C double; the
     * result is an integer unless some token has a character other than {@code +-0-9}. Min and
     * max start from C's FLT_MAX and FLT_MIN (a tiny positive number), as HTCondor does.
     */
    static Value summarize(Arguments a, Summary kind) {
        if (a.size() < 1 || a.size() > 2) {
            return Value.ERROR;
        }
        String[] s = strings(a);
        if (s == null) {
            return Value.ERROR;
        }
        double accumulator = kind == Summary.MIN ? FLT_MAX : kind == Summary.MAX ? FLT_MIN : 0.0;
        boolean real = false;
        int count = 0;
        for (String token : tokens(s[0], s.length > 1 ? s[1] : SUMMARY_DELIMITERS)) {
            count++;
            CNumbers.Strtod number = CNumbers.strtod(token, 0);
            if (number.end() == 0 || danglingExponent(token, number.end())) {
                return Value.ERROR;
            }
            for (int i = 0; i < token.length(); i++) {
                if ("+-0123456789".indexOf(token.charAt(i)) < 0) {
                    real = true;
                    break;
                }
            }
            double x = number.value();
            switch (kind) {
                case MIN:
                    accumulator = x < accumulator ? x : accumulator;
                    break;
                case MAX:
                    accumulator = x > accumulator ? x : accumulator;
                    break;
                default:
                    accumulator = x + accumulator;
            }
        }
        if (count == 0) {
            return kind == Summary.SUM || kind == Summary.AVG ? Value.of(0.0) : Value.UNDEFINED;
        }
        if (kind == Summary.AVG) {
            accumulator /= count;
        }
        return real ? Value.of(accumulator) : Value.of(CNumbers.cLong(accumulator));
    }

    /**
     * C {@code sscanf("%lf")} reads an exponent marker before finding that no digits follow and
     * cannot give it back, so {@code "1e"} or {@code "100ergs"} fail where {@code strtod} stops
     * before the {@code e}.
     */
    private static boolean danglingExponent(String token, int end) {
        if (end >= token.length() || (token.charAt(end) != 'e' && token.charAt(end) != 'E')) {
            return false;
        }
        String head = token.substring(0, end).trim();
        return !head.matches("[+-]?(?i:0x.*|inf.*|nan.*)");
    }

    /**
     * {@code stringListMember(x, list [, delims])}, {@code stringListIMember}, and the subset
     * forms {@code stringListSubsetMatch(l1, l2 [, delims])}, {@code stringListISubsetMatch}.
     * Arguments are strings or undefined; undefined acts as "" unless both lists are undefined.
     */
    static Value member(Arguments a, boolean ignoreCase, boolean subset) {
        if (a.size() < 2 || a.size() > 3) {
            return Value.ERROR;
        }
        Value x = a.get(0);
        Value list = a.get(1);
        Value delims = a.size() > 2 ? a.get(2) : Value.UNDEFINED;
        for (Value v : new Value[] {x, list, delims}) {
            if (!v.isUndefined() && !(v instanceof StringValue)) {
                return Value.ERROR;
            }
        }
        if (x.isUndefined() && list.isUndefined()) {
            return Value.UNDEFINED;
        }
        String item = x.isUndefined() ? "" : ((StringValue) x).bytes();
        String listText = list.isUndefined() ? "" : ((StringValue) list).bytes();
        String delimiters = delims.isUndefined() ? MEMBER_DELIMITERS : ((StringValue) delims).bytes();
        List<String> tokens = tokens(listText, delimiters);
        if (!subset) {
            for (String t : tokens) {
                if (ignoreCase ? ByteStrings.compareIgnoreCase(t, item) == 0 : t.equals(item)) {
                    return Value.TRUE;
                }
            }
            return Value.FALSE;
        }
        if (item.isEmpty()) {
            return Value.TRUE;
        }
        Set<String> set = ignoreCase ? new TreeSet<>(ByteStrings::compareIgnoreCase) : new HashSet<>();
        set.addAll(tokens);
        boolean all = false;
        for (String t : tokens(item, delimiters)) {
            all = set.contains(t);
            if (!all) {
                break;
            }
        }
        return Value.of(all);
    }

    /**
     * {@code stringList_regexpMember(pattern, list [, delims [, options]])}: whether some token
     * matches; undefined when there are no tokens. Option letters may be either case here.
     */
    static Value regexpMember(Arguments a) {
        if (a.size() < 2 || a.size() > 4) {
            return Value.ERROR;
        }
        String[] s = strings(a);
        if (s == null) {
            return Value.ERROR;
        }
        String letters = s.length > 3 ? s[3].toLowerCase(Locale.ROOT) : "";
        PcrePattern re = RegexFunctions.compile(s[0], RegexFunctions.compileOptions(letters));
        if (re == null) {
            return Value.ERROR;
        }
        List<String> tokens = tokens(s[1], s.length > 2 ? s[2] : SUMMARY_DELIMITERS);
        if (tokens.isEmpty()) {
            return Value.UNDEFINED;
        }
        boolean any = false;
        for (String t : tokens) {
            try {
                any |= re.matches(t);
            } catch (MatchLimitException limit) {
                // HTCondor's matcher reports a failed match as no match
            }
        }
        return Value.of(any);
    }

    /**
     * {@code stringListsIntersect(l1, l2 [, delims])}: whether the lists share a token
     * (case-sensitive, untrimmed; default delimiters space and comma).
     */
    static Value intersect(Arguments a) {
        if (a.size() != 2 && a.size() != 3) {
            return Value.ERROR;
        }
        Value[] v = new Value[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.context() == null ? Value.ERROR : evaluateOrError(a, i);
        }
        for (Value x : v) {
            if (x.isError()) {
                return Value.ERROR;
            }
        }
        for (Value x : v) {
            if (x.isUndefined()) {
                return Value.UNDEFINED;
            }
        }
        for (Value x : v) {
            if (!(x instanceof StringValue)) {
                return Value.ERROR;
            }
        }
        String delims = v.length > 2 ? ((StringValue) v[2]).bytes() : "";
        if (delims.isEmpty()) {
            delims = " ,";
        }
        Set<String> second = new HashSet<>(plainTokens(((StringValue) v[1]).bytes(), delims));
        for (String t : plainTokens(((StringValue) v[0]).bytes(), delims)) {
            if (second.contains(t)) {
                return Value.TRUE;
            }
        }
        return Value.FALSE;
    }

    private static Value evaluateOrError(Arguments a, int i) {
        return a.context().evaluateOrError(a.node(i), a.context().current());
    }

    /** Pieces between delimiter characters, untrimmed, empty pieces dropped. */
    private static List<String> plainTokens(String s, String delims) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || delims.indexOf(s.charAt(i)) >= 0) {
                if (i > start) {
                    out.add(s.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }
}
