package org.jclassad.ast;

import java.util.List;

/**
 * An infix operator (including {@code &&}, {@code ||} and the identity operators).
 *
 * <pre>{@code
 * BinaryOp sum = (BinaryOp) ClassAds.parseExpr("Cpus * 2 + 1");     // (Cpus * 2) + 1
 * BinaryOp product = (BinaryOp) sum.left();
 * if (sum.operator() != Operator.ADD || product.operator() != Operator.MULTIPLY) throw new AssertionError(sum);
 * }</pre>
 */
public record BinaryOp(Operator operator, Expr left, Expr right, Position position) implements Expr {
    @Override
    public List<Expr> children() {
        return List.of(left, right);
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        Arity.check(children, 2);
        return new BinaryOp(operator, children.get(0), children.get(1), position);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.binary(this);
    }
}
