package org.jclassad.grammar;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Nesting budget, mode switches and parse events for the ClassAd parser.
 *
 * <p>HTCondor's parser gives up beyond 500 nested activations; {@link #enter(int)} charges the
 * same costs so that the same inputs are accepted and rejected, and so that absurdly deep input
 * fails cleanly long before the Java stack is at risk.
 *
 * <p>With {@link #setEvents(Events)} the parser reports each token it matches and each rule it
 * completes, in order, so that a caller can build its own tree while parsing; with
 * {@code setBuildParseTree(false)} nothing of ANTLR's parse tree is then kept, and memory stays
 * proportional to the nesting depth rather than to the length of the input.
 */
public abstract class ClassAdParserBase extends Parser {
    /** HTCondor's activation limit. */
    public static final int DEFAULT_NESTING_LIMIT = 500;

    /** What a tree builder hears while the parser runs. */
    public interface Events {
        /** The rule {@code rule} (still open) matched {@code token}. */
        void token(Token token, ParserRuleContext rule);

        /** The rule {@code rule} completed; its start and stop tokens are set. */
        void exit(ParserRuleContext rule);
    }

    private int nestingLimit = DEFAULT_NESTING_LIMIT;
    private int nesting;
    private boolean semicolonArguments;
    private Events events;
    /** Set once the parse has failed: rules then unwind without telling the listener. */
    private boolean abandoned;

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

    /** Reports matched tokens and completed rules to {@code e} (or to nobody for {@code null}). */
    public void setEvents(Events e) {
        this.events = e;
    }

    protected boolean semicolonSeparatesArguments() {
        return semicolonArguments;
    }

    protected void enter(int cost) {
        nesting += cost;
        if (nesting > nestingLimit) {
            abandoned = true;
            throw new NestingLimitException(getCurrentToken(), nestingLimit);
        }
    }

    protected void leave(int cost) {
        nesting -= cost;
    }

    /**
     * With a listener: matches the current token without adding it to a parse tree (the error
     * strategy is expected to bail out, never to recover) and tells the listener.
     */
    @Override
    public Token consume() {
        if (events == null) {
            return super.consume();
        }
        Token token = getCurrentToken();
        if (token.getType() != Token.EOF) {
            getInputStream().consume();
        }
        if (!abandoned) {
            try {
                events.token(token, _ctx);
            } catch (RuntimeException | Error e) {
                abandoned = true;
                throw e;
            }
        }
        return token;
    }

    /**
     * Generated rules call this in a {@code finally} block, so it also runs while a failure
     * unwinds; the listener hears only rules that completed.
     */
    @Override
    public void exitRule() {
        ParserRuleContext rule = _ctx;
        if (events != null && !abandoned && rule.exception == null) {
            rule.stop = getInputStream().LT(-1);
            try {
                events.exit(rule);
            } catch (RuntimeException | Error e) {
                abandoned = true;
                throw e;
            }
        }
        super.exitRule();
    }

    @Override
    public void reset() {
        super.reset();
        nesting = 0;
        abandoned = false;
    }

    /** Thrown when input nests deeper than the configured limit. */
    public static final class NestingLimitException extends RuntimeException {
        private final transient Token token;

        NestingLimitException(Token token, int limit) {
            super("expression nested too deeply (limit " + limit + ")", null, false, false);
            this.token = token;
        }

        public Token token() {
            return token;
        }
    }
}
