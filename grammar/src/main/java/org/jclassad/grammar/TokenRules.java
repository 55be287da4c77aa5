package org.jclassad.grammar;

/**
 * Token facts shared by the grammar's lexer and core's hand-written reader. This class uses only
 * the lexer's token numbers (compile-time constants), so using it does not load the ANTLR runtime.
 */
public final class TokenRules {
    private TokenRules() {
    }

    /**
     * Whether a token of this type ends an operand, so that a {@code -} after it is the binary
     * operator; after any other token a {@code -} directly followed by a number joins it.
     */
    public static boolean endsOperand(int tokenType) {
        switch (tokenType) {
            case ClassAdLexer.INTEGER:
            case ClassAdLexer.REAL:
            case ClassAdLexer.STRING:
            case ClassAdLexer.OLD_STRING:
            case ClassAdLexer.TRUE:
            case ClassAdLexer.FALSE:
            case ClassAdLexer.UNDEFINED:
            case ClassAdLexer.ERROR:
            case ClassAdLexer.NAME:
            case ClassAdLexer.QUOTED_NAME:
            case ClassAdLexer.OLD_QUOTED_NAME:
            case ClassAdLexer.DOT:
            case ClassAdLexer.RPAREN:
            case ClassAdLexer.RBRACK:
            case ClassAdLexer.RBRACE:
                return true;
            default:
                return false;
        }
    }
}
