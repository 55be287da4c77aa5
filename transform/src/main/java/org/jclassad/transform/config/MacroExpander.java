package org.jclassad.transform.config;

/**
 * {@code $}-expansion as HTCondor's config and submit languages do it: repeatedly replace the
 * leftmost {@code $(name)}, {@code $(name:default)} or {@code $FUNC(args)} by its value
 * (results are rescanned, so values may hold further references), leave {@code $$(...)} alone,
 * and finally turn {@code $(DOLLAR)} into {@code $}.
 *
 * <p>Text is a byte string. A reference whose body is not a valid name is left as written.
 *
 * <pre>{@code
 * MacroSet m = new MacroSet();
 * m.set("color", "red");
 * MacroExpander.expand("$(color)-$(size:7)", m, MacroContext.plain());   // "red-7"
 * }</pre>
 */
public final class MacroExpander {
    /** Expansions in one call before giving up (a reference cycle would never end). */
    static final int MAX_EXPANSIONS = 100_000;

    private MacroExpander() {
    }

    /** Expands every macro reference in {@code value}. */
    public static String expand(String value, MacroSet set, MacroContext ctx) {
        String tmp = value;
        int budget = MAX_EXPANSIONS;
        while (true) {
            MacroRef ref = MacroRef.find(tmp, 0, MacroRef.BodyCheck.NO_DOLLAR);
            if (ref == null) {
                break;
            }
            if (--budget < 0 || tmp.length() > 10_000_000) {
                ctx.error("macro expansion does not terminate: " + shorten(value));
                return "";
            }
            String v = MacroFunctions.evaluate(ref, tmp, set, ctx);
            tmp = tmp.substring(0, ref.dollar()) + v + tmp.substring(ref.end());
        }
        while (true) {
            MacroRef ref = MacroRef.find(tmp, 0, MacroRef.BodyCheck.DOLLAR_ONLY);
            if (ref == null) {
                break;
            }
            tmp = tmp.substring(0, ref.dollar()) + "$" + tmp.substring(ref.end());
        }
        return tmp;
    }

    /**
     * Expands only references to {@code self} (what a definition {@code name = ...$(name)...}
     * does at definition time, so that a macro can be extended).
     */
    public static String expandSelf(String value, String self, MacroSet set, MacroContext ctx) {
        String tmp = value;
        String selfless = null;
        String subsys = ctx.subsys();
        if (subsys != null && self.length() > subsys.length() + 1
                && self.regionMatches(true, 0, subsys, 0, subsys.length()) && self.charAt(subsys.length()) == '.') {
            selfless = self.substring(subsys.length() + 1);
        }
        MacroRef.BodyCheck onlySelf = MacroRef.BodyCheck.onlySelf(self, selfless);
        int budget = MAX_EXPANSIONS;
        while (true) {
            MacroRef ref = MacroRef.find(tmp, 0, onlySelf);
            if (ref == null) {
                return tmp;
            }
            if (--budget < 0) {
                return tmp;
            }
            String v = MacroFunctions.evaluate(ref, tmp, set, ctx);
            tmp = tmp.substring(0, ref.dollar()) + v + tmp.substring(ref.end());
        }
    }

    /** Whether {@code text} holds any {@code $(...)} or {@code $FUNC(...)} reference. */
    public static boolean hasMacros(String text) {
        return MacroRef.find(text, 0, MacroRef.BodyCheck.ANY) != null;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
