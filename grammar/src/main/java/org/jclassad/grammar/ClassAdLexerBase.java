package org.jclassad.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * State the ClassAd lexer needs beyond its rules.
 *
 * <p>A {@code -} directly followed by a digit belongs to the number unless the previous token
 * ends an operand (a literal, a name, {@code .}, {@code )}, {@code ]} or {@code }}). Skipped
 * tokens (white space, comments) do not count as "previous".
 *
 * <p>In old-syntax mode a string runs to the next quote; a quote preceded by a backslash is
 * literal (and the backslash dropped) unless the quote is the last character of the input or
 * of its line, where it ends the string and the backslash stays.
 */
public abstract class ClassAdLexerBase extends Lexer {
    private int previousType = Token.INVALID_TYPE;
    private boolean oldSyntax;

    protected ClassAdLexerBase(CharStream input) {
        super(input);
    }

    /** Selects old-syntax string and quoted-name scanning. */
    public void setOldSyntax(boolean oldSyntax) {
        this.oldSyntax = oldSyntax;
    }

    public boolean isOldSyntax() {
        return oldSyntax;
    }

    protected boolean minusMayStartNumber() {
        switch (previousType) {
            case ClassAdLexer.INTEGER:
            case ClassAdLexer.REAL:
            case ClassAdLexer.STRING:
            case ClassAdLexer.OLD_STRING_START:
            case ClassAdLexer.TRUE:
            case ClassAdLexer.FALSE:
            case ClassAdLexer.UNDEFINED:
            case ClassAdLexer.ERROR:
            case ClassAdLexer.NAME:
            case ClassAdLexer.QUOTED_NAME:
            case ClassAdLexer.OLD_QUOTED_NAME_START:
            case ClassAdLexer.DOT:
            case ClassAdLexer.RPAREN:
            case ClassAdLexer.RBRACK:
            case ClassAdLexer.RBRACE:
                return false;
            default:
                return true;
        }
    }

    /**
     * Called after an opening quote has been matched in old-syntax mode: consumes the rest of
     * the string. An unterminated string turns the token into {@link ClassAdLexer#BAD_STRING}.
     */
    protected void scanOldQuoted(char quote) {
        CharStream in = _input;
        while (true) {
            int c = in.LA(1);
            if (c == CharStream.EOF) {
                setType(quote == '"' ? ClassAdLexer.BAD_STRING : ClassAdLexer.BAD_QUOTED_NAME);
                return;
            }
            getInterpreter().consume(in);
            if (c == quote) {
                int before = in.LA(-2);
                if (before != '\\') {
                    return;
                }
                int after = in.LA(1);
                if (after == CharStream.EOF || after == '\n') {
                    return;
                }
            }
        }
    }

    @Override
    public Token nextToken() {
        Token token = super.nextToken();
        previousType = token.getType();
        return token;
    }

    @Override
    public void reset() {
        super.reset();
        previousType = Token.INVALID_TYPE;
    }
}
