package org.jclassad.ast;

import java.util.List;

/**
 * A prefix operator.
 *
 * <pre>{@code
 * UnaryOp not = (UnaryOp) ClassAds.parseExpr("!IsIdle");
 * if (not.operator() != Operator.NOT || !(not.operand() instanceof AttributeRef)) throw new AssertionError(not);
 * }</pre>
 */
public record UnaryOp(Operator operator, Expr operand, Position position) implements Expr {
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
