package org.jclassad.grammar;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.TokenStream;

/**
 * Nesting budget and mode switches for the ClassAd parser.
 *
 * <p>HTCondor's parser gives up beyond 500 nested activations; {@link #enter(int)} charges the
 * same costs so that the same inputs are accepted and rejected, and so that absurdly deep input
 * fails cleanly long before the Java stack is at risk.
 */
public abstract class ClassAdParserBase extends Parser {
    /** HTCondor's activation limit. */
    public static final int DEFAULT_NESTING_LIMIT = 500;

    private int nestingLimit = DEFAULT_NESTING_LIMIT;
    private int nesting;
    private boolean semicolonArguments;

    protected ClassAdParserBase(TokenStream input) {
        super(input);
    }

    public void setNestingLimit(int limit) {
        this.nestingLimit = limit;
    }

    /** In HTCondor's compatibility mode {@code f(a; b)} means {@code f(a, b)}. */
    public void setSemicolonArguments(boolean allowed) {
        this.semicolonArguments = allowed;
    }

    protected boolean semicolonSeparatesArguments() {
        return semicolonArguments;
    }

    protected void enter(int cost) {
        nesting += cost;
        if (nesting > nestingLimit) {
            throw new NestingLimitException(getCurrentToken(), nestingLimit);
        }
    }

    protected void leave(int cost) {
        nesting -= cost;
    }

    @Override
    public void reset() {
        super.reset();
        nesting = 0;
    }

    /** Thrown when input nests deeper than the configured limit. */
    public static final class NestingLimitException extends RuntimeException {
        private final transient org.antlr.v4.runtime.Token token;

        NestingLimitException(org.antlr.v4.runtime.Token token, int limit) {
            super("expression nested too deeply (limit " + limit + ")", null, false, false);
            this.token = token;
        }

        public org.antlr.v4.runtime.Token token() {
            return token;
        }
    }
}
