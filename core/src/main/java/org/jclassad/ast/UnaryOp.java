package org.jclassad.ast;

import java.util.List;

/** A prefix operator. */
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
