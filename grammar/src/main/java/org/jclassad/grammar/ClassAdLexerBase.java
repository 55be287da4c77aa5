package org.jclassad.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The two context-dependent parts of ClassAd lexing, kept out of the grammar rules so that the
 * rules need no semantic predicates (and ANTLR can cache its lexer DFA).
 *
 * <p><b>Signed numbers.</b> A {@code -} directly followed by a number belongs to the number
 * unless the previous token ends an operand (a literal, a name, {@code .}, {@code )},
 * {@code ]} or {@code }}). Skipped tokens (white space, comments) do not count as previous.
 *
 * <p><b>Old-syntax strings.</b> In old-syntax mode a string (or quoted name) runs to the next
 * quote; a quote preceded by a backslash is literal unless it is the last character of the input
 * or of its line, where it ends the string and the backslash stays. Strings are not
 * concatenated and escapes are not processed.
 */
public abstract class ClassAdLexerBase extends Lexer {
    private int previousType = Token.INVALID_TYPE;
    private boolean oldSyntax;
    private Token pending;

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

    private boolean minusMayStartNumber() {
        return !TokenRules.endsOperand(previousType);
    }

    @Override
    public Token nextToken() {
        Token token = next();
        if (token.getType() == ClassAdLexer.MINUS && minusMayStartNumber()) {
            Token following = next();
            if (isNumber(following) && following.getStartIndex() == token.getStopIndex() + 1
                    && !following.getText().startsWith("..")) {
                token = join(token, following);
            } else {
                pending = following;
            }
        }
        previousType = token.getType();
        return token;
    }

    private Token next() {
        if (pending != null) {
            Token t = pending;
            pending = null;
            return t;
        }
        Token t = super.nextToken();
        if (oldSyntax) {
            t = rescanOldSyntax(t);
        }
        return t;
    }

    private static boolean isNumber(Token t) {
        int type = t.getType();
        return type == ClassAdLexer.INTEGER || type == ClassAdLexer.REAL || type == ClassAdLexer.BAD_NUMBER;
    }

    private Token join(Token minus, Token number) {
        CommonToken joined = new CommonToken(_tokenFactorySourcePair, number.getType(), Token.DEFAULT_CHANNEL,
                minus.getStartIndex(), number.getStopIndex());
        joined.setLine(minus.getLine());
        joined.setCharPositionInLine(minus.getCharPositionInLine());
        joined.setText("-" + number.getText());
        return joined;
    }

    /** Re-reads a string or quoted name that the new-syntax rules matched, by old-syntax rules. */
    private Token rescanOldSyntax(Token t) {
        int type = t.getType();
        char quote;
        int oldType;
        int badType;
        if (type == ClassAdLexer.STRING || type == ClassAdLexer.BAD_STRING) {
            quote = '"';
            oldType = ClassAdLexer.OLD_STRING;
            badType = ClassAdLexer.BAD_STRING;
        } else if (type == ClassAdLexer.QUOTED_NAME || type == ClassAdLexer.BAD_QUOTED_NAME) {
            quote = '\'';
            oldType = ClassAdLexer.OLD_QUOTED_NAME;
            badType = ClassAdLexer.BAD_QUOTED_NAME;
        } else {
            return t;
        }
        CharStream in = _input;
        int start = t.getStartIndex();
        int size = in.size();
        int end = -1;
        in.seek(start + 1);
        int previous = quote;
        for (int i = start + 1; i < size; i++) {
            int c = in.LA(1);
            if (c == quote && (previous != '\\' || i + 1 >= size || in.LA(2) == '\n')) {
                end = i;
                break;
            }
            previous = c;
            in.consume();
        }
        int stop = end >= 0 ? end : size - 1;
        String text = in.getText(Interval.of(start, stop));
        in.seek(stop + 1);
        // The new-syntax rule may have run to the end of the input ("a" "b" is one token there);
        // the shorter old-syntax token leaves input to read, so the lexer must not stop yet.
        _hitEOF = false;
        int line = t.getLine();
        int column = t.getCharPositionInLine();
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        getInterpreter().setLine(line);
        getInterpreter().setCharPositionInLine(column);
        CommonToken rescanned = new CommonToken(_tokenFactorySourcePair, end >= 0 ? oldType : badType,
                Token.DEFAULT_CHANNEL, start, stop);
        rescanned.setLine(t.getLine());
        rescanned.setCharPositionInLine(t.getCharPositionInLine());
        rescanned.setText(text);
        return rescanned;
    }

    @Override
    public void reset() {
        super.reset();
        previousType = Token.INVALID_TYPE;
        pending = null;
    }
}
