package org.jclassad.regex;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A PCRE2 pattern (8-bit, non-UTF, as HTCondor compiles them) run on {@link java.util.regex}:
 * the one regular-expression engine of jclassad, behind the ClassAd regex functions and the
 * transforms' {@code /regex/} statements.
 *
 * <p>The pattern is translated ({@link Translator}, {@link ClassTranslator}) so that Java reads
 * it as PCRE2 does; what PCRE2 rejects is a {@link PcreSyntaxException} with PCRE2's error
 * number. Subjects are byte strings, one char per byte, so {@code .} matches one byte. A match
 * is bounded like PCRE2's: it reads at most {@link #MATCH_BUDGET} characters, and one that may
 * recurse deeply runs on a large stack ({@link DeepStack}); past either it fails with a
 * {@link MatchLimitException}, never with a hang or a stack overflow.
 *
 * <pre>{@code
 * PcrePattern re = PcrePattern.compile("^slot(\\d+)@", EnumSet.of(PcreOption.CASELESS));
 * boolean found = re.matches("slot1@node7");
 * }</pre>
 *
 * Compiled patterns are cached (bounded) and thread-safe.
 */
public final class PcrePattern {
    /** Subject reads allowed per match attempt, in the spirit of PCRE2's default match limit. */
    public static final long MATCH_BUDGET = 10_000_000L;

    /**
     * How much recursion the caller's own stack is trusted with: a subject's length times one more
     * than the depth of its most deeply nested repeated group. Beyond it the match runs on
     * {@link DeepStack}.
     */
    static final int CALLER_STACK_WORK = 512;

    private static final int CACHE_LIMIT = 512;
    private static final PcreOption[] OPTIONS = PcreOption.values();
    /** Compiled patterns, or the {@link PcreSyntaxException} of a pattern that does not compile. */
    private static final Map<Key, Object> CACHE = new ConcurrentHashMap<>();

    private record Key(String pattern, int options) {
        // written out rather than generated (see ExpressionCache's key)
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && options == k.options && pattern.equals(k.pattern);
        }

        @Override
        public int hashCode() {
            return pattern.hashCode() * 31 + options;
        }
    }

    private final Pattern search;
    /** The pattern followed by "not where the attempt started": PCRE2's NOTEMPTY_ATSTART for anchored tries. */
    private final Pattern nonEmpty;
    /** One more than the depth of the deepest repeated group; 0 if no group repeats. */
    private final int recursionPerByte;

    private PcrePattern(Pattern search, Pattern nonEmpty, int recursionPerByte) {
        this.search = search;
        this.nonEmpty = nonEmpty;
        this.recursionPerByte = recursionPerByte;
    }

    /** Compiles a pattern as PCRE2 would with {@code options}. */
    public static PcrePattern compile(String pattern, Set<PcreOption> options) throws PcreSyntaxException {
        int bits = 0;
        for (PcreOption o : OPTIONS) {
            if (options.contains(o)) {
                bits |= 1 << o.ordinal();
            }
        }
        Key key = new Key(pattern, bits);
        Object p = CACHE.get(key);
        if (p == null) {
            try {
                p = build(pattern, options);
            } catch (PcreSyntaxException e) {
                p = e;
            }
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(key, p);
        }
        if (p instanceof PcreSyntaxException) {
            PcreSyntaxException e = (PcreSyntaxException) p;
            throw new PcreSyntaxException(e.code(), e.offset(), e.getMessage());
        }
        return (PcrePattern) p;
    }

    /** Compiles with no options. */
    public static PcrePattern compile(String pattern) throws PcreSyntaxException {
        return compile(pattern, EnumSet.noneOf(PcreOption.class));
    }

    private static PcrePattern build(String pattern, Set<PcreOption> options) throws PcreSyntaxException {
        Translator translator = new Translator(pattern, options);
        String java = translator.translate();
        int flags = Pattern.UNIX_LINES;
        if (options.contains(PcreOption.CASELESS)) {
            flags |= Pattern.CASE_INSENSITIVE;
        }
        if (options.contains(PcreOption.MULTILINE)) {
            flags |= Pattern.MULTILINE;
        }
        if (options.contains(PcreOption.DOTALL)) {
            flags |= Pattern.DOTALL;
        }
        try {
            return new PcrePattern(Pattern.compile(java, flags), Pattern.compile("(?:" + java + ")(?!\\G)", flags),
                    translator.repeatedGroupDepth() + 1);
        } catch (PatternSyntaxException | StackOverflowError invalid) {
            // the translation is valid PCRE2, so what Java refuses is a limit of its own
            // (a back reference or a repeated group in a look-behind, a pattern nested too deeply)
            throw new PcreSyntaxException(0, 0, "the pattern is beyond what jclassad can run");
        }
    }

    /** Whether a match on {@code subject} may recurse deeper than the caller's stack is trusted with. */
    private boolean deep(String subject) {
        return (long) subject.length() * recursionPerByte > CALLER_STACK_WORK;
    }

    /** The first match at or after {@code from}, or {@code null}. */
    public Matcher find(String subject, int from) {
        if (deep(subject)) {
            return DeepStack.run(() -> findHere(subject, from));
        }
        return findHere(subject, from);
    }

    private Matcher findHere(String subject, int from) {
        Matcher m = search.matcher(new MatchBudget(subject));
        return m.find(from) ? m : null;
    }

    /** A non-empty match starting exactly at {@code at}: PCRE2_ANCHORED with PCRE2_NOTEMPTY_ATSTART. */
    public Matcher nonEmptyAt(String subject, int at) {
        if (deep(subject)) {
            return DeepStack.run(() -> nonEmptyHere(subject, at));
        }
        return nonEmptyHere(subject, at);
    }

    private Matcher nonEmptyHere(String subject, int at) {
        Matcher m = nonEmpty.matcher(new MatchBudget(subject));
        m.region(at, subject.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.lookingAt() ? m : null;
    }

    /** Whether the pattern matches anywhere. */
    public boolean matches(String subject) {
        return find(subject, 0) != null;
    }

    /** Whether some non-empty match exists (PCRE2_NOTEMPTY). */
    public boolean matchesNonEmpty(String subject) {
        if (deep(subject)) {
            return DeepStack.run(() -> matchesNonEmptyHere(subject));
        }
        return matchesNonEmptyHere(subject);
    }

    private boolean matchesNonEmptyHere(String subject) {
        for (int at = 0; at <= subject.length(); at++) {
            if (nonEmptyHere(subject, at) != null) {
                return true;
            }
        }
        return false;
    }

    /** PCRE2's count of a match: 1 + the highest group that took part. */
    public static int groupsSet(Matcher m) {
        for (int g = m.groupCount(); g >= 1; g--) {
            if (m.start(g) >= 0) {
                return g + 1;
            }
        }
        return 1;
    }
}
