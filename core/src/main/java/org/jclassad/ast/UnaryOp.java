package org.jclassad.ast;

import java.util.List;

/**
 * A prefix operator ({@code -a}, {@code !a}) or parentheses ({@code (a)}, operator
 * {@link Operator#PARENTHESES}): an operator whose {@link Operator#notation()} is
 * {@link Operator.Notation#PREFIX PREFIX} or {@link Operator.Notation#PARENTHESES PARENTHESES}.
 *
 * <pre>{@code
 * UnaryOp not = (UnaryOp) ClassAds.parseExpr("!IsIdle");
 * UnaryOp parens = (UnaryOp) ClassAds.parseExpr("(a + 1)");   // kept as written
 * if (not.operator() != Operator.NOT || !(not.operand() instanceof AttributeRef)
 *         || parens.operator() != Operator.PARENTHESES || !ClassAds.unparse(parens).equals("(a + 1)")) {
 *     throw new AssertionError(parens);
 * }
 * }</pre>
 */
public record UnaryOp(Operator operator, Expr operand, Position position) implements Expr {
    /** @throws IllegalArgumentException if {@code operator} takes two operands */
    public UnaryOp {
        Arity.checkOperator(operator, 1);
    }

    @Override
    public List<Expr> children() {
        return List.of(operand);
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        Arity.check(children, 1);
        return new UnaryOp(operator, children.get(0), position);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.unary(this);
    }
}
