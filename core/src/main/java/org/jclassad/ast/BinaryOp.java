package org.jclassad.ast;

import java.util.List;

/** An infix operator (including {@code &&}, {@code ||} and the identity operators). */
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
