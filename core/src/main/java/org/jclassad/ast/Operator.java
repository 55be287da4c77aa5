package org.jclassad.ast;

/**
 * The ClassAd operators, with their canonical spellings in new and old syntax and the way each is
 * written ({@link #notation()}).
 *
 * <p>As in HTCondor's own expression model, parentheses, subscripting and the Elvis operator are
 * operators too: {@code (a)} is a {@link UnaryOp} of {@link #PARENTHESES}, {@code a[i]} a
 * {@link BinaryOp} of {@link #SUBSCRIPT} (left the base, right the index) and {@code a ?: b} a
 * {@link BinaryOp} of {@link #ELVIS}. A {@link UnaryOp} holds an operator written
 * {@link Notation#PREFIX} or {@link Notation#PARENTHESES}; a {@link BinaryOp} one written
 * {@link Notation#INFIX} or {@link Notation#SUBSCRIPT}.
 *
 * <pre>{@code
 * String spelled = Operator.IS.newSyntax();     // "is"
 * String old = Operator.IS.oldSyntax();         // "=?="
 * BinaryOp at = (BinaryOp) ClassAds.parseExpr("Args[1]");
 * Operator.Notation how = at.operator().notation();   // SUBSCRIPT: written left[right]
 * if (!spelled.equals("is") || !old.equals("=?=") || at.operator() != Operator.SUBSCRIPT
 *         || how != Operator.Notation.SUBSCRIPT || !Operator.SUBSCRIPT.newSyntax().equals("[]")) {
 *     throw new AssertionError(how);
 * }
 * }</pre>
 */
public enum Operator {
    // prefix
    NEGATE("-", "-", Notation.PREFIX), PLUS("+", "+", Notation.PREFIX), NOT("!", "!", Notation.PREFIX),
    BITWISE_NOT("~", "~", Notation.PREFIX),
    // infix
    OR("||", "||"), AND("&&", "&&"),
    BITWISE_OR("|", "|"), BITWISE_XOR("^", "^"), BITWISE_AND("&", "&"),
    EQUAL("==", "=="), NOT_EQUAL("!=", "!="), IS("is", "=?="), ISNT("isnt", "=!="),
    LESS("<", "<"), LESS_OR_EQUAL("<=", "<="), GREATER(">", ">"), GREATER_OR_EQUAL(">=", ">="),
    SHIFT_LEFT("<<", "<<"), SHIFT_RIGHT(">>", ">>"), UNSIGNED_SHIFT_RIGHT(">>>", ">>>"),
    ADD("+", "+"), SUBTRACT("-", "-"), MULTIPLY("*", "*"), DIVIDE("/", "/"), MODULUS("%", "%"),
    // the structural operations (declared last: their ordinals follow the older constants')
    /** {@code (operand)}: parentheses as written. They change no value, but they are kept and printed. */
    PARENTHESES("()", "()", Notation.PARENTHESES),
    /**
     * {@code left ?: right}: the left operand's value, or the right operand's when the left is
     * undefined. Written infix, but binds tighter than every other infix operator: both operands
     * are postfix expressions (references, selections, subscripts, calls, literals,
     * parenthesised expressions), so {@code a ?: b ?: c} is {@code a ?: (b ?: c)}.
     */
    ELVIS("?:", "?:"),
    /** {@code left[right]}: a list's element by position, or an ad's attribute by name. */
    SUBSCRIPT("[]", "[]", Notation.SUBSCRIPT);

    /**
     * How an operator is written around its operands.
     *
     * <pre>{@code
     * Operator.Notation prefix = Operator.NOT.notation();        // PREFIX: !a
     * Operator.Notation parens = Operator.PARENTHESES.notation(); // PARENTHESES: (a)
     * if (prefix != Operator.Notation.PREFIX || parens != Operator.Notation.PARENTHESES) throw new AssertionError();
     * }</pre>
     */
    public enum Notation {
        /** Before its one operand: {@code -a}, {@code !a}. */
        PREFIX,
        /** Between its two operands: {@code a + b}, {@code a ?: b}. */
        INFIX,
        /** Around its one operand: {@code (a)}. */
        PARENTHESES,
        /** After its left operand, around its right one: {@code a[b]}. */
        SUBSCRIPT;

        /** How many operands an operator written so takes: 1 or 2. */
        public int arity() {
            return this == PREFIX || this == PARENTHESES ? 1 : 2;
        }
    }

    private final String newSyntax;
    private final String oldSyntax;
    private final Notation notation;

    Operator(String newSyntax, String oldSyntax) {
        this(newSyntax, oldSyntax, Notation.INFIX);
    }

    Operator(String newSyntax, String oldSyntax, Notation notation) {
        this.newSyntax = newSyntax;
        this.oldSyntax = oldSyntax;
        this.notation = notation;
    }

    /**
     * The operator's spelling in new syntax. For an operator written around an operand
     * ({@link Notation#PARENTHESES}, {@link Notation#SUBSCRIPT}) its opening and closing marks,
     * {@code "()"} and {@code "[]"}.
     */
    public String newSyntax() {
        return newSyntax;
    }

    /** The operator's spelling in old syntax; only {@link #IS} and {@link #ISNT} differ from {@link #newSyntax()}. */
    public String oldSyntax() {
        return oldSyntax;
    }

    /** How the operator is written around its operands, and so whether it is unary or binary. */
    public Notation notation() {
        return notation;
    }
}
