package org.jclassad.function;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import org.jclassad.eval.Arguments;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.eval.ListValue;
import org.jclassad.regex.MatchLimitException;
import org.jclassad.regex.PcreOption;
import org.jclassad.regex.PcrePattern;
import org.jclassad.regex.PcreSyntaxException;
import org.jclassad.text.CNumbers;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * {@code regexp}, {@code regexpMember}, {@code regexps}, {@code replace} and {@code replaceAll}:
 * PCRE2 patterns on byte strings (see {@link PcrePattern}), option letters {@code i m s x} and,
 * for substitutions, {@code f} (whole target) and {@code g} (every match). Upper-case letters are
 * ignored, as in HTCondor.
 */
final class RegexFunctions {
    private RegexFunctions() {
    }

    static void register(FunctionRegistry r) {
        r.register("regexp", RegexFunctions::regexp);
        r.register("regexpMember", RegexFunctions::regexpMember);
        r.register("regexps", a -> substitute(a, ""));
        r.register("replace", a -> substitute(a, "f"));
        r.register("replaceAll", a -> substitute(a, "fg"));
    }

    /** PCRE2 compile options from HTCondor's option letters (lower case only). */
    static Set<PcreOption> compileOptions(String letters) {
        int bits = (letters.indexOf('i') >= 0 ? 1 : 0) | (letters.indexOf('m') >= 0 ? 2 : 0)
                | (letters.indexOf('s') >= 0 ? 4 : 0) | (letters.indexOf('x') >= 0 ? 8 : 0);
        return OPTION_SETS.get(bits);
    }

    /** The option sets of the letters {@code i m s x}, indexed by which of them are given. */
    private static final List<Set<PcreOption>> OPTION_SETS = optionSets();

    private static List<Set<PcreOption>> optionSets() {
        PcreOption[] letters = {PcreOption.CASELESS, PcreOption.MULTILINE, PcreOption.DOTALL, PcreOption.EXTENDED};
        List<Set<PcreOption>> sets = new ArrayList<>();
        for (int bits = 0; bits < 16; bits++) {
            Set<PcreOption> set = EnumSet.noneOf(PcreOption.class);
            for (int k = 0; k < letters.length; k++) {
                if ((bits & 1 << k) != 0) {
                    set.add(letters[k]);
                }
            }
            sets.add(Collections.unmodifiableSet(set));
        }
        return sets;
    }

    /** The compiled pattern, or {@code null} where PCRE2 would not compile it (the functions then give error). */
    static PcrePattern compile(String pattern, Set<PcreOption> options) {
        try {
            return PcrePattern.compile(pattern, options);
        } catch (PcreSyntaxException invalid) {
            return null;
        }
    }

    /**
     * Evaluates all arguments, then applies HTCondor's checks in order: any error, any undefined,
     * options not a string. Returns the values, or a one-element array holding the result.
     */
    private static Value[] evaluate(Arguments a, int required) {
        Value[] v = new Value[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i);
        }
        for (Value x : v) {
            if (x.isError()) {
                return new Value[] {Value.ERROR};
            }
        }
        for (Value x : v) {
            if (x.isUndefined()) {
                return new Value[] {Value.UNDEFINED};
            }
        }
        if (v.length > required && !(v[required] instanceof StringValue)) {
            return new Value[] {Value.ERROR};
        }
        return v;
    }

    private static String options(Value[] v, int required) {
        return v.length > required ? ((StringValue) v[required]).bytes() : "";
    }

    /** {@code regexp(pattern, target [, options])}: whether the pattern matches somewhere in the target. */
    static Value regexp(Arguments a) {
        if (a.size() != 2 && a.size() != 3) {
            return Value.ERROR;
        }
        Value[] v = evaluate(a, 2);
        if (v.length == 1) {
            return v[0];
        }
        if (!(v[0] instanceof StringValue) || !(v[1] instanceof StringValue)) {
            return Value.ERROR;
        }
        return match(((StringValue) v[0]).bytes(), ((StringValue) v[1]).bytes(), options(v, 2));
    }

    /** A match test: true/false, or error for a bad pattern or a runaway match. */
    static Value match(String pattern, String target, String letters) {
        PcrePattern re = compile(pattern, compileOptions(letters));
        if (re == null) {
            return Value.ERROR;
        }
        try {
            return Value.of(re.matches(target));
        } catch (MatchLimitException limit) {
            return Value.ERROR;
        }
    }

    /**
     * {@code regexpMember(pattern, list [, options])}: true at the first string element that
     * matches; a non-string element (other than undefined) is an error; undefined if an
     * undefined element was seen and nothing matched.
     */
    static Value regexpMember(Arguments a) {
        if (a.size() != 2 && a.size() != 3) {
            return Value.ERROR;
        }
        Value[] v = evaluate(a, 2);
        if (v.length == 1) {
            return v[0];
        }
        if (!(v[0] instanceof StringValue) || !(v[1] instanceof ListValue)) {
            return Value.ERROR;
        }
        String pattern = ((StringValue) v[0]).bytes();
        String letters = options(v, 2);
        ListValue list = (ListValue) v[1];
        boolean sawUndefined = false;
        for (int i = 0; i < list.size(); i++) {
            Value element = Lists.elementOrError(a, list, i);
            if (element instanceof StringValue) {
                if (match(pattern, ((StringValue) element).bytes(), letters) == Value.TRUE) {
                    return Value.TRUE;
                }
            } else if (element.isUndefined()) {
                sawUndefined = true;
            } else {
                return Value.ERROR;
            }
        }
        return sawUndefined ? Value.UNDEFINED : Value.FALSE;
    }

    /** {@code regexps}, {@code replace} ({@code f} added) and {@code replaceAll} ({@code fg} added). */
    static Value substitute(Arguments a, String extraOptions) {
        if (a.size() != 3 && a.size() != 4) {
            return Value.ERROR;
        }
        Value[] v = evaluate(a, 3);
        if (v.length == 1) {
            return v[0];
        }
        if (!(v[0] instanceof StringValue) || !(v[1] instanceof StringValue) || !(v[2] instanceof StringValue)) {
            return Value.ERROR;
        }
        String letters = options(v, 3) + extraOptions;
        PcrePattern re = compile(((StringValue) v[0]).bytes(), compileOptions(letters));
        if (re == null) {
            return Value.ERROR;
        }
        try {
            String out = substitute(re, ((StringValue) v[1]).bytes(), ((StringValue) v[2]).bytes(),
                    letters.indexOf('f') >= 0, letters.indexOf('g') >= 0);
            return out == null ? Value.ERROR : Value.ofBytes(out);
        } catch (MatchLimitException limit) {
            return Value.ERROR;
        }
    }

    /**
     * HTCondor's substitution loop, including its handling of empty matches: after an empty
     * match the next try is anchored there and must be non-empty; when it fails one byte is
     * copied (even without {@code f}). An empty match at the very end of the target in a global
     * substitution runs past the end, which HTCondor reports as an error (null here).
     */
    private static String substitute(PcrePattern re, String target, String replacement, boolean whole,
            boolean global) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        boolean emptyMatch = false;
        while (true) {
            if (at > target.length()) {
                return null;
            }
            Matcher m = emptyMatch ? re.nonEmptyAt(target, at) : re.find(target, at);
            if (m == null && emptyMatch) {
                if (at < target.length()) {
                    out.append(target.charAt(at));
                }
                at++;
                emptyMatch = false;
                if (!global) {
                    break;
                }
                continue;
            }
            if (m == null) {
                break;
            }
            if (whole) {
                out.append(target, at, m.start());
            }
            int groups = PcrePattern.groupsSet(m);
            for (int k = 0; k < replacement.length(); k++) {
                char c = replacement.charAt(k);
                if (c == '\\' && k + 1 < replacement.length() && CNumbers.isDigit(replacement.charAt(k + 1))) {
                    int group = replacement.charAt(++k) - '0';
                    if (group >= groups) {
                        return null;
                    }
                    String text = m.group(group);
                    out.append(text == null ? "" : text);
                } else {
                    out.append(c);
                }
            }
            at = m.end();
            if (m.start() == m.end()) {
                emptyMatch = true;
            }
            if (!global) {
                break;
            }
        }
        if (whole) {
            out.append(target, Math.min(at, target.length()), target.length());
        }
        return out.toString();
    }
}
