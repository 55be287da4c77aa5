package org.jclassad.format;

import org.jclassad.parse.ParseException;

/**
 * The parser's nesting budget ({@link org.jclassad.parse.ParseOptions#nestingLimit()}, HTCondor's
 * 500 activations) as the JSON and XML readers spend it: the ad itself and every value nested in
 * an attribute or a list cost 3, as a bracketed level does in the grammar. So any ad these readers
 * accept could also be written and read back in new syntax, and input nested past the budget is
 * a parse error instead of a stack overflow.
 */
public final class NestingBudget {
    /** What one nested ad or list level costs. */
    public static final int LEVEL = 3;

    private final int limit;
    private int used;

    public NestingBudget(int limit) {
        this.limit = limit;
    }

    /** Charges one level; past the limit, a parse error at {@code line:column}. */
    public void enter(int line, int column) {
        if (!tryEnter()) {
            throw new ParseException(exceeded(), line, column);
        }
    }

    /** Charges one level; {@code false} once past the limit. */
    public boolean tryEnter() {
        used += LEVEL;
        return used <= limit;
    }

    /** The problem when {@link #tryEnter()} fails. */
    public String exceeded() {
        return "nested too deeply (limit " + limit + ")";
    }

    public void leave() {
        used -= LEVEL;
    }
}
