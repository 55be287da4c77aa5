package org.jclassad.transform.config;

import java.util.Arrays;
import java.util.function.Function;

/**
 * {@code $}-expansion as HTCondor's config and submit languages do it: repeatedly replace the
 * leftmost {@code $(name)}, {@code $(name:default)} or {@code $FUNC(args)} by its value
 * (results are rescanned, so values may hold further references, and a reference may be
 * completed by what an inner one expands to: {@code $(A$(B))}), leave {@code $$(...)} alone,
 * and finally turn {@code $(DOLLAR)} into {@code $}.
 *
 * <p>HTCondor rescans from the start after every replacement. This does the same work in linear
 * time: the text is a gap buffer ({@link MacroText}), and scanning resumes at the replaced
 * reference, or earlier only at a {@code $} whose scan had looked at the replaced text (a
 * reference it might now complete). The result is the same as HTCondor's.
 *
 * <p>Text is a byte string. A reference whose body is not a valid name is left as written.
 * An expansion (with the expansions its {@code $}-functions start) is bounded by
 * {@link ConfigOptions#maxExpansionChars()} and {@link ConfigOptions#maxExpansionSteps()}, and
 * functions nest at most {@value #MAX_NESTING} deep; past a bound it throws
 * {@link MacroExpansionException}.
 *
 * <pre>{@code
 * MacroSet m = new MacroSet();
 * m.set("color", "red");
 * MacroExpander.expand("$(color)-$(size:7)", m, MacroContext.plain());   // "red-7"
 * }</pre>
 */
public final class MacroExpander {
    /** How deep {@code $}-functions may nest expansions of their arguments. */
    static final int MAX_NESTING = 128;

    private MacroExpander() {
    }

    /**
     * Expands every macro reference in {@code value}.
     *
     * @throws MacroExpansionException past a limit of the context's {@link ConfigOptions}
     */
    public static String expand(String value, MacroSet set, MacroContext ctx) {
        if (value.indexOf('$') < 0) {
            return value;
        }
        Budget budget = ctx.beginExpansion();
        try {
            MacroText text = new MacroText(value);
            replaceAll(text, MacroRef.BodyCheck.NO_DOLLAR, ref -> MacroFunctions.evaluate(ref, text, set, ctx), budget);
            replaceAll(text, MacroRef.BodyCheck.DOLLAR_ONLY, ref -> "$", budget);
            return text.toString();
        } finally {
            ctx.endExpansion();
        }
    }

    /**
     * Expands only references to {@code self} (what a definition {@code name = ...$(name)...}
     * does at definition time, so that a macro can be extended).
     *
     * @throws MacroExpansionException past a limit of the context's {@link ConfigOptions}
     */
    public static String expandSelf(String value, String self, MacroSet set, MacroContext ctx) {
        if (value.indexOf('$') < 0) {
            return value;
        }
        String selfless = null;
        String subsys = ctx.subsys();
        if (subsys != null && self.length() > subsys.length() + 1
                && self.regionMatches(true, 0, subsys, 0, subsys.length()) && self.charAt(subsys.length()) == '.') {
            selfless = self.substring(subsys.length() + 1);
        }
        Budget budget = ctx.beginExpansion();
        try {
            MacroText text = new MacroText(value);
            replaceAll(text, MacroRef.BodyCheck.onlySelf(self, selfless),
                    ref -> MacroFunctions.evaluate(ref, text, set, ctx), budget);
            return text.toString();
        } finally {
            ctx.endExpansion();
        }
    }

    /** Whether {@code text} holds any {@code $(...)} or {@code $FUNC(...)} reference. */
    public static boolean hasMacros(String text) {
        return MacroRef.find(text, 0, MacroRef.BodyCheck.ANY) != null;
    }

    /** Replaces references {@code check} lets through, leftmost first, until none is left. */
    private static void replaceAll(MacroText text, MacroRef.BodyCheck check, Function<MacroRef, String> valueOf,
            Budget budget) {
        Passed passed = new Passed();
        int from = 0;
        while (true) {
            long examinedBefore = passed.examined;
            MacroRef ref = MacroRef.find(text, from, check, passed);
            budget.charge((ref == null ? text.length() : ref.end()) - from + passed.examined - examinedBefore);
            if (ref == null) {
                return;
            }
            String value = valueOf.apply(ref);
            budget.charge(1 + value.length());
            long length = (long) text.length() - (ref.end() - ref.dollar()) + value.length();
            if (length > text.length()) {
                budget.checkLength(length);
            }
            text.replace(ref.dollar(), ref.end(), value);
            from = passed.restartFor(ref.dollar());
        }
    }

    /**
     * The {@code $}s scanned and passed over, in order, with the furthest index any of them (or
     * an earlier one) examined. After a replacement at {@code d}, scanning must resume at the
     * first of them that examined {@code d} or beyond; the others saw only unchanged text.
     */
    private static final class Passed implements MacroRef.Scan {
        private int[] start = new int[16];
        private int[] reach = new int[16];
        private int count;
        long examined;

        @Override
        public void passed(int dollar, int last) {
            if (count == start.length) {
                start = Arrays.copyOf(start, count * 2);
                reach = Arrays.copyOf(reach, count * 2);
            }
            start[count] = dollar;
            reach[count] = count == 0 ? last : Math.max(reach[count - 1], last);
            count++;
            examined += last - dollar + 1;
        }

        int restartFor(int changed) {
            int lo = 0;
            int hi = count;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (reach[mid] >= changed) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            if (lo == count) {
                return changed;
            }
            count = lo;
            return start[lo];
        }
    }

    /**
     * What one top-level expansion, with the expansions its functions start, may still do. Kept
     * by the {@link MacroContext} while an expansion runs.
     */
    static final class Budget {
        private final long maxSteps;
        private final int maxChars;
        private long steps;
        int depth;

        Budget(ConfigOptions options) {
            this.maxSteps = options.maxExpansionSteps();
            this.maxChars = options.maxExpansionChars();
        }

        void charge(long n) {
            steps += n;
            if (steps > maxSteps) {
                throw new MacroExpansionException("macro expansion does not end within " + maxSteps
                        + " steps (a macro that refers to itself through others?) (ConfigOptions.maxExpansionSteps)");
            }
        }

        void checkLength(long length) {
            if (length > maxChars) {
                throw new MacroExpansionException("macro expansion grows past " + maxChars
                        + " characters (ConfigOptions.maxExpansionChars)");
            }
        }

        void enter() {
            if (++depth > MAX_NESTING) {
                throw new MacroExpansionException("$-functions nest more than " + MAX_NESTING + " expansions deep");
            }
        }
    }
}
