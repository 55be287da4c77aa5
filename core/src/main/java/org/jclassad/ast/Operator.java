package org.jclassad.ast;

/**
 * ClassAd operators with their canonical spellings in new and old syntax.
 *
 * <pre>{@code
 * String spelled = Operator.IS.newSyntax();     // "is"
 * String old = Operator.IS.oldSyntax();         // "=?="
 * if (!spelled.equals("is") || !old.equals("=?=")) throw new AssertionError(old);
 * }</pre>
 */
public enum Operator {
    // prefix
    NEGATE("-", "-"), PLUS("+", "+"), NOT("!", "!"), BITWISE_NOT("~", "~"),
    // infix
    OR("||", "||"), AND("&&", "&&"),
    BITWISE_OR("|", "|"), BITWISE_XOR("^", "^"), BITWISE_AND("&", "&"),
    EQUAL("==", "=="), NOT_EQUAL("!=", "!="), IS("is", "=?="), ISNT("isnt", "=!="),
    LESS("<", "<"), LESS_OR_EQUAL("<=", "<="), GREATER(">", ">"), GREATER_OR_EQUAL(">=", ">="),
    SHIFT_LEFT("<<", "<<"), SHIFT_RIGHT(">>", ">>"), UNSIGNED_SHIFT_RIGHT(">>>", ">>>"),
    ADD("+", "+"), SUBTRACT("-", "-"), MULTIPLY("*", "*"), DIVIDE("/", "/"), MODULUS("%", "%");

    private final String newSyntax;
    private final String oldSyntax;

    Operator(String newSyntax, String oldSyntax) {
        this.newSyntax = newSyntax;
        this.oldSyntax = oldSyntax;
    }

    public String newSyntax() {
        return newSyntax;
    }

    public String oldSyntax() {
        return oldSyntax;
    }
}
