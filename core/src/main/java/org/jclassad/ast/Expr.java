package org.jclassad.ast;

import java.util.List;

/**
 * An immutable ClassAd expression tree, as written (parentheses are kept, names keep their
 * spelling). Every node knows where it came from in the source text.
 *
 * <p>The kinds of node follow HTCondor's own expression model: literals, attribute references,
 * selections ({@code a.b}), calls, list and ad literals, the ternary {@link Conditional}, and
 * operations: {@link UnaryOp} and {@link BinaryOp}. Parentheses, subscripts and the Elvis operator
 * {@code ?:} are operations too ({@link Operator#PARENTHESES}, {@link Operator#SUBSCRIPT},
 * {@link Operator#ELVIS}), as they are in HTCondor.
 *
 * <pre>{@code
 * Expr e = ClassAds.parseExpr("Memory >= (2048)");
 * BinaryOp test = (BinaryOp) e;                      // the parentheses are kept: UnaryOp PARENTHESES (Literal 2048)
 * Position where = test.right().position();          // 1:11
 * Expr same = e.withChildren(e.children());
 * if (!(test.right() instanceof UnaryOp u && u.operator() == Operator.PARENTHESES)
 *         || where.column() != 11 || !Expr.sameAs(e, same)) throw new AssertionError(where);
 * }</pre>
 */
public sealed interface Expr
        permits Literal, AttributeRef, Selection, UnaryOp, BinaryOp, Conditional, FunctionCall, ListExpr, RecordExpr {

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
