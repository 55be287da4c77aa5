package org.jclassad.transform.xform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code /regex/} of {@code COPY}, {@code RENAME} and {@code DELETE}: matched against
 * attribute names, always caseless, unanchored (PCRE2 semantics through {@link Pattern}; the
 * {@code U} flag swaps greedy and lazy quantifiers), and the {@code \0}–{@code \9} substitution
 * of the new name.
 */
final class AttributeRegex {
    private AttributeRegex() {
    }

    /** Compiles; throws {@link PatternSyntaxException} on a bad pattern. */
    static Pattern compile(Tokens.Regex re) {
        String p = re.ungreedy() ? swapGreediness(re.pattern()) : re.pattern();
        int flags = Pattern.CASE_INSENSITIVE;
        if (re.multiline()) {
            flags |= Pattern.MULTILINE;
        }
        return Pattern.compile(p, flags);
    }

    /** Makes greedy quantifiers lazy and lazy ones greedy (PCRE's UNGREEDY option). */
    static String swapGreediness(String p) {
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < p.length()) {
                out.append(c).append(p.charAt(i + 1));
                i += 2;
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
                out.append(c);
                i++;
                continue;
            }
            if (c == '[') {
                inClass = true;
                out.append(c);
                i++;
                if (i < p.length() && p.charAt(i) == '^') {
                    out.append('^');
                    i++;
                }
                if (i < p.length() && p.charAt(i) == ']') {
                    out.append(']');
                    i++;
                }
                continue;
            }
            boolean quantifier = c == '*' || c == '+' || c == '?';
            int end = i + 1;
            if (c == '{') {
                int close = p.indexOf('}', i);
                if (close > 0 && p.substring(i + 1, close).matches("\\d+(,\\d*)?")) {
                    quantifier = true;
                    end = close + 1;
                }
            }
            boolean groupStart = c == '?' && i > 0 && p.charAt(i - 1) == '(';
            if (quantifier && !groupStart) {
                out.append(p, i, end);
                if (end < p.length() && p.charAt(end) == '?') {
                    end++;
                } else if (end < p.length() && p.charAt(end) == '+') {
                    out.append('+');
                    end++;
                } else {
                    out.append('?');
                }
                i = end;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** {@code replacement} with {@code \N} replaced by group N for groups up to the last one set. */
    static String substitute(Matcher m, String input, String replacement) {
        int cvec = 1;
        for (int g = m.groupCount(); g >= 1; g--) {
            if (m.start(g) >= 0) {
                cvec = g + 1;
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < replacement.length()) {
            char c = replacement.charAt(i);
            if (c == '\\' && i + 1 < replacement.length()) {
                char d = replacement.charAt(i + 1);
                if (d >= '0' && d < '0' + cvec) {
                    int g = d - '0';
                    if (m.start(g) >= 0) {
                        out.append(input, m.start(g), m.end(g));
                    }
                    i += 2;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
