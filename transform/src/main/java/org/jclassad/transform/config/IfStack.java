package org.jclassad.transform.config;

/**
 * Nesting state of {@code if/elif/else/endif} (at most 63 levels), as HTCondor's config reader
 * keeps it: one bit per level for "this branch is on", one for "an earlier branch was taken" and
 * one for "no else seen yet".
 */
final class IfStack {
    private long state = 1;
    private long estate;
    private long istate;
    private long top = 1;

    boolean enabled() {
        long mask = top | (top - 1);
        return (state & mask) == mask;
    }

    boolean insideIf() {
        return Long.compareUnsigned(top, 1) > 0;
    }

    private boolean insideElse() {
        return Long.compareUnsigned(top, 1) > 0 && (istate & top) == 0;
    }

    private boolean beginIf(boolean b) {
        top <<= 1;
        istate |= top;
        if (b) {
            state |= top;
            estate |= top;
        } else {
            state &= ~top;
            estate &= ~top;
        }
        return top != 0;
    }

    private boolean beginElse() {
        if ((istate & top) == 0) {
            return false;
        }
        istate &= ~top;
        if (((estate | state) & top) != 0) {
            state &= ~top;
        } else {
            state |= top;
        }
        return Long.compareUnsigned(top, 1) > 0;
    }

    private boolean beginElif(boolean b) {
        if ((istate & top) == 0) {
            return false;
        }
        if ((estate & top) != 0) {
            state &= ~top;
        } else if (b) {
            estate |= top;
            state |= top;
        } else {
            state &= ~top;
        }
        return Long.compareUnsigned(top, 1) > 0;
    }

    private boolean endIf() {
        istate &= ~top;
        top >>>= 1;
        if (top == 0) {
            top = 1;
            state = 1;
            istate = 0;
            estate = 0;
            return false;
        }
        return true;
    }

    /** Whether {@code line} is an {@code if}, {@code elif}, {@code else} or {@code endif} line. */
    static boolean isConditional(String line) {
        return keyword(line, "if") || keyword(line, "elif") || keyword(line, "else") || keyword(line, "endif");
    }

    private static boolean keyword(String line, String kw) {
        int n = kw.length();
        return line.length() >= n && line.regionMatches(true, 0, kw, 0, n)
                && (line.length() == n || LineReader.isSpace(line.charAt(n)));
    }

    /**
     * Handles {@code line} if it is an if-family line: returns {@code null} when it is not,
     * {@code ""} when it was handled, or an error message.
     */
    String handle(String line, MacroSet set, MacroContext ctx) {
        if (keyword(line, "if")) {
            String expr = line.substring(2).strip();
            boolean b = enabled();
            if (b) {
                IfCondition.Result r = IfCondition.test(expr, set, ctx);
                if (r.error() != null) {
                    return expr + " is not a valid if condition" + (r.error().isEmpty() ? "" : " because " + r.error());
                }
                b = r.value();
            }
            if (!beginIf(b)) {
                return "if nesting too deep!";
            }
            return "";
        }
        if (keyword(line, "else")) {
            if (!beginElse()) {
                return insideElse() ? "else is not allowed after else" : "else without matching if";
            }
            return "";
        }
        if (keyword(line, "elif")) {
            String expr = line.substring(4).strip();
            boolean b = (estate & top) == 0 && (state & (top - 1)) == (top - 1);
            if (b && (istate & top) != 0) {
                IfCondition.Result r = IfCondition.test(expr, set, ctx);
                if (r.error() != null) {
                    return expr + " is not a valid elif condition" + (r.error().isEmpty() ? "" : " because " + r.error());
                }
                b = r.value();
            }
            if (!beginElif(b)) {
                return insideElse() ? "elif is not allowed after else" : "elif without matching if";
            }
            return "";
        }
        if (keyword(line, "endif")) {
            if (!endIf()) {
                return "endif without matching if";
            }
            return "";
        }
        return null;
    }
}
