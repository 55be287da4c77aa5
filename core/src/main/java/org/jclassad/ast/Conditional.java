package org.jclassad.ast;

import java.util.List;

/** {@code condition ? whenTrue : whenFalse}. */
public record Conditional(Expr condition, Expr whenTrue, Expr whenFalse, Position position) implements Expr {
    @Override
    public List<Expr> children() {
        return List.of(condition, whenTrue, whenFalse);
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        Arity.check(children, 3);
        return new Conditional(children.get(0), children.get(1), children.get(2), position);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.conditional(this);
    }
}
