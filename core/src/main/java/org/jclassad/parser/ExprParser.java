package org.jclassad.parser;

import java.util.concurrent.atomic.AtomicLong;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.UnbufferedTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.ast.Conditional;
import org.jclassad.ast.Expr;
import org.jclassad.ast.RecordExpr;
import org.jclassad.grammar.ClassAdLexer;
import org.jclassad.grammar.ClassAdParser;
import org.jclassad.grammar.ClassAdParserBase;

/**
 * Turns ClassAd text into an {@link Expr}. The ANTLR grammar defines the language: it runs in SLL
 * mode, then, only if that fails, in full LL mode (which decides whether the text really is
 * malformed), and the AST is built while it runs ({@link AstBuilder}); no parse tree is kept.
 * Common text is read first by {@link DescentParser}, a hand-written reading that gives the
 * grammar's very tree or leaves the text to the grammar (errors are always the grammar's).
 *
 * <p>Input is a byte string (one char per byte); a NUL ends it, as in HTCondor.
 */
public final class ExprParser {
    private static final AtomicLong PARSES = new AtomicLong();
    private static final AtomicLong LL_FALLBACKS = new AtomicLong();

    private ExprParser() {
    }

    /**
     * Parses an expression: the whole text ({@link Reading#WHOLE}: anything after it is an error,
     * except after a top-level conditional, which HTCondor ends there) or its first complete
     * expression ({@link Reading#PREFIX}, as HTCondor reads {@code Name = Expr} lines).
     */
    public static Expr parseExpression(String text, ParseOptions options, Reading reading) {
        boolean full = reading == Reading.WHOLE;
        String input = input(text, options);
        DescentParser.Result fast = DescentParser.expression(input, options);
        if (fast != null && (!full || fast.atEnd() || fast.expr() instanceof Conditional)) {
            return fast.expr();
        }
        return parseWithGrammar(input, options, reading);
    }

    /** {@link #parseExpression} by the grammar alone, without the hand-written reading (for tests). */
    static Expr parseWithGrammar(String text, ParseOptions options, Reading reading) {
        boolean full = reading == Reading.WHOLE;
        Session s = new Session(input(text, options), options);
        Expr expr = s.run(Rule.EXPRESSION);
        if (full) {
            Token next = s.tokens.LT(1);
            if (next.getType() != Token.EOF && !(expr instanceof Conditional)) {
                throw s.error(next, "unexpected " + describe(next) + " after the expression");
            }
        }
        return expr;
    }

    /** An expression read from the start of a text, and where the unread rest begins. */
    public record Prefix(Expr expr, int end) {
    }

    /**
     * Parses the first complete expression of {@code text} (a non-full parse) and says where it
     * ended, for formats that put something after an expression (a separator, another expression).
     */
    public static Prefix parsePrefix(String text, ParseOptions options) {
        DescentParser.Result fast = DescentParser.expression(input(text, options), options);
        if (fast != null) {
            return new Prefix(fast.expr(), fast.atEnd() ? text.length() : fast.end());
        }
        return parsePrefixWithGrammar(text, options);
    }

    /** {@link #parsePrefix} by the grammar alone (for tests). */
    static Prefix parsePrefixWithGrammar(String text, ParseOptions options) {
        Session s = new Session(input(text, options), options);
        Expr expr = s.run(Rule.EXPRESSION);
        Token next = s.tokens.LT(1);
        int end = next.getType() == Token.EOF ? text.length() : next.getStartIndex();
        return new Prefix(expr, end);
    }

    /** Parses a whole new-syntax ad literal {@code [ ... ]}; nothing but white space may follow. */
    public static RecordExpr parseRecord(String text, ParseOptions options) {
        DescentParser.Result fast = DescentParser.record(input(text, options), options);
        if (fast != null && fast.atEnd()) {
            return (RecordExpr) fast.expr();
        }
        return parseRecordWithGrammar(text, options);
    }

    /** {@link #parseRecord} by the grammar alone (for tests). */
    static RecordExpr parseRecordWithGrammar(String text, ParseOptions options) {
        Session s = new Session(input(text, options), options);
        RecordExpr record = (RecordExpr) s.run(Rule.RECORD);
        Token next = s.tokens.LT(1);
        if (next.getType() != Token.EOF) {
            throw s.error(next, "unexpected " + describe(next) + " after the ad");
        }
        return record;
    }

    /** The text up to a NUL (which ends the input, as in HTCondor), within the length limit. */
    private static String input(String text, ParseOptions options) {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            text = text.substring(0, nul);
        }
        if (text.length() > options.maxChars()) {
            throw new ParseException("text of " + text.length() + " characters is longer than the limit of "
                    + options.maxChars() + " (ParseOptions.maxChars)", 1, 1);
        }
        return text;
    }

    /** How many parses the grammar ran, and how many of them needed the LL fallback (for tests). */
    public static long[] predictionStatistics() {
        return new long[] {PARSES.get(), LL_FALLBACKS.get()};
    }

    private enum Rule { EXPRESSION, RECORD }

    /**
     * One parse of one text. The grammar reports to an {@link AstBuilder} as it goes, with
     * ANTLR's parse tree switched off and tokens read through an unbuffered stream, so what is
     * held is the AST being built, the input and a few tokens of look-ahead.
     */
    private static final class Session {
        final CharStream chars;
        final ParseOptions options;
        final AstBuilder builder;
        ClassAdParser parser;
        TokenStream tokens;

        Session(String text, ParseOptions options) {
            this.chars = CharStreams.fromString(text);
            this.options = options;
            this.builder = new AstBuilder(options);
        }

        /** A lexer, token stream and parser over the text from its start. */
        private void start(PredictionMode mode) {
            chars.seek(0);
            ClassAdLexer lexer = new ClassAdLexer(chars);
            lexer.removeErrorListeners();
            lexer.setOldSyntax(options.oldSyntax());
            tokens = new UnbufferedTokenStream<>(lexer, 64);
            parser = new ClassAdParser(tokens);
            parser.removeErrorListeners();
            parser.setErrorHandler(new BailErrorStrategy());
            parser.setBuildParseTree(false);
            parser.setNestingLimit(options.nestingLimit());
            parser.setSemicolonArguments(options.compat());
            parser.setEvents(builder);
            parser.getInterpreter().setPredictionMode(mode);
            builder.reset();
        }

        Expr run(Rule rule) {
            PARSES.incrementAndGet();
            start(PredictionMode.SLL);
            try {
                return build(rule);
            } catch (ParseCancellationException sllFailed) {
                LL_FALLBACKS.incrementAndGet();
                start(PredictionMode.LL);
                try {
                    return build(rule);
                } catch (ParseCancellationException e) {
                    throw syntaxError(e);
                }
            }
        }

        private Expr build(Rule rule) {
            try {
                if (rule == Rule.EXPRESSION) {
                    parser.expressionStart();
                } else {
                    parser.classadStart();
                }
                return builder.result();
            } catch (ClassAdParserBase.NestingLimitException deep) {
                throw error(deep.token(), deep.getMessage());
            }
        }

        ParseException syntaxError(ParseCancellationException e) {
            Throwable cause = e.getCause();
            Token offending = null;
            if (cause instanceof RecognitionException) {
                offending = ((RecognitionException) cause).getOffendingToken();
                if (cause instanceof NoViableAltException) {
                    offending = ((NoViableAltException) cause).getOffendingToken();
                }
            }
            if (offending == null) {
                offending = tokens.LT(1);
            }
            String what = cause instanceof InputMismatchException || cause instanceof NoViableAltException
                    ? "unexpected " + describe(offending)
                    : "syntax error at " + describe(offending);
            return error(offending, what);
        }

        ParseException error(Token token, String reason) {
            if (token == null) {
                return new ParseException(reason, 1, 1);
            }
            String lexical = lexicalProblem(token);
            return new ParseException(lexical != null ? lexical : reason, token.getLine(),
                    token.getCharPositionInLine() + 1);
        }
    }

    static String lexicalProblem(Token t) {
        switch (t.getType()) {
            case ClassAdLexer.BAD_STRING:
                return "unterminated string";
            case ClassAdLexer.BAD_QUOTED_NAME:
                return "unterminated quoted name";
            case ClassAdLexer.BAD_COMMENT:
                return "unterminated comment";
            case ClassAdLexer.BAD_NUMBER:
                return "malformed number '" + t.getText() + "'";
            case ClassAdLexer.BAD_META:
                return "'=?' must be followed by '='";
            case ClassAdLexer.ILLEGAL_CHAR:
                return "illegal character " + printable(t.getText());
            default:
                return null;
        }
    }

    static String describe(Token t) {
        if (t.getType() == Token.EOF) {
            return "end of input";
        }
        String lexical = lexicalProblem(t);
        if (lexical != null) {
            return lexical;
        }
        return quoted(t.getText());
    }

    /** A well-formed token's text as an error message names it. */
    static String quoted(String text) {
        return "'" + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "'";
    }

    private static String printable(String s) {
        char c = s.isEmpty() ? 0 : s.charAt(0);
        if (c >= 0x20 && c < 0x7f) {
            return "'" + c + "'";
        }
        return String.format("byte 0x%02X", (int) c);
    }
}
