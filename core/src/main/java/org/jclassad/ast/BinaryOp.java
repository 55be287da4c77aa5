package org.jclassad.ast;

import java.util.List;

/**
 * An operator of two operands: an infix operator (including {@code &&}, {@code ||}, the identity
 * operators and the Elvis operator {@code a ?: b}, {@link Operator#ELVIS}) or a subscript
 * {@code left[right]} ({@link Operator#SUBSCRIPT}): an operator whose {@link Operator#notation()} is
 * {@link Operator.Notation#INFIX INFIX} or {@link Operator.Notation#SUBSCRIPT SUBSCRIPT}.
 *
 * <pre>{@code
 * BinaryOp sum = (BinaryOp) ClassAds.parseExpr("Cpus * 2 + 1");     // (Cpus * 2) + 1
 * BinaryOp product = (BinaryOp) sum.left();
 * BinaryOp gpus = (BinaryOp) ClassAds.parseExpr("RequestGpus ?: 0");
 * Value v = new ClassAd().evaluate(gpus, EvalOptions.defaults()).value();   // 0: RequestGpus is undefined
 * if (sum.operator() != Operator.ADD || product.operator() != Operator.MULTIPLY
 *         || gpus.operator() != Operator.ELVIS || !v.equals(Value.of(0))) throw new AssertionError(sum);
 * }</pre>
 */
public record BinaryOp(Operator operator, Expr left, Expr right, Position position) implements Expr {
    /** @throws IllegalArgumentException if {@code operator} takes one operand */
    public BinaryOp {
        Arity.checkOperator(operator, 2);
    }

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
