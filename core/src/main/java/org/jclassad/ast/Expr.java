package org.jclassad.ast;

import java.util.List;

/**
 * An immutable ClassAd expression tree, as written (parentheses are kept, names keep their
 * spelling). Every node knows where it came from in the source text.
 *
 * <pre>{@code
 * Expr e = ClassAds.parseExpr("Memory >= (2048)");
 * BinaryOp test = (BinaryOp) e;                      // the parentheses are kept: Parens(Literal 2048)
 * Position where = test.right().position();          // 1:11
 * Expr same = e.withChildren(e.children());
 * if (!(test.right() instanceof Parens) || where.column() != 11 || !Expr.sameAs(e, same)) throw new AssertionError(where);
 * }</pre>
 */
public sealed interface Expr
        permits Literal, AttributeRef, Selection, Subscript, UnaryOp, BinaryOp, Conditional, Elvis,
        FunctionCall, ListExpr, RecordExpr, Parens {

    /** Where the node starts in the source text; {@link Position#NONE} for built trees. */
    Position position();

    /**
     * The direct sub-expressions, left to right: operands, a call's arguments, a list's elements,
     * an ad literal's attribute values. Empty for the leaves, literals and references.
     */
    default List<Expr> children() {
        return List.of();
    }

    /** This node with {@code children} (as many as {@link #children()} has) in place of its own. */
    default Expr withChildren(List<Expr> children) {
        Arity.check(children, 0);
        return this;
    }

    /** Calls the {@code visitor} method for this node's kind. */
    <R> R accept(ExprVisitor<R> visitor);

    /**
     * Whether two trees are the same expression, as HTCondor's {@code ==} on expressions: same
     * structure, operators, literal values and reference spellings (parentheses count, source
     * positions do not; an ad literal's names ignore case and order).
     *
     * <pre>{@code
     * Expr.sameAs(ClassAds.parseExpr("a + 1"), ClassAds.parseExpr("a+1"));    // true
     * Expr.sameAs(ClassAds.parseExpr("(a + 1)"), ClassAds.parseExpr("a+1"));  // false
     * }</pre>
     */
    static boolean sameAs(Expr a, Expr b) {
        return SameAs.same(a, b);
    }

    /** A hash code consistent with {@link #sameAs}. */
    static int sameAsHash(Expr e) {
        return SameAs.hash(e);
    }
}
