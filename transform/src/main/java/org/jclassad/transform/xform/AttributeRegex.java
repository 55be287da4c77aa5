package org.jclassad.transform.xform;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;

import org.jclassad.regex.MatchLimitException;
import org.jclassad.regex.PcreOption;
import org.jclassad.regex.PcrePattern;
import org.jclassad.regex.PcreSyntaxException;

/**
 * The {@code /regex/} of {@code COPY}, {@code RENAME} and {@code DELETE}: a PCRE2 pattern (the
 * library's one engine, {@link PcrePattern}, with its translation and match budget) matched
 * against attribute names, always caseless, unanchored, {@code m} and {@code U} as written after
 * the closing slash; and the {@code \0}–{@code \9} substitution of the new name.
 */
final class AttributeRegex {
    private final PcrePattern pattern;

    private AttributeRegex(PcrePattern pattern) {
        this.pattern = pattern;
    }

    /** Compiles as HTCondor does, or fails with PCRE2's error number. */
    static AttributeRegex compile(Tokens.Regex re) throws PcreSyntaxException {
        Set<PcreOption> options = EnumSet.of(PcreOption.CASELESS);
        if (re.multiline()) {
            options.add(PcreOption.MULTILINE);
        }
        if (re.ungreedy()) {
            options.add(PcreOption.UNGREEDY);
        }
        return new AttributeRegex(PcrePattern.compile(re.pattern(), options));
    }

    /** What HTCondor's message quotes for a pattern that does not compile: PCRE2's error number. */
    static String errorText(PcreSyntaxException e) {
        return e.unsupported() ? e.getMessage() : Integer.toString(e.code());
    }

    /**
     * The match in {@code name}, or {@code null}. A match that exceeds PCRE2's limits counts as
     * no match, as HTCondor counts any failed match: the statement goes on with the other names.
     */
    Matcher find(String name) {
        try {
            return pattern.find(name, 0);
        } catch (MatchLimitException limit) {
            return null;
        }
    }

    /** {@code replacement} with {@code \N} replaced by group N for groups up to the last one set. */
    static String substitute(Matcher m, String input, String replacement) {
        int cvec = PcrePattern.groupsSet(m);
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
