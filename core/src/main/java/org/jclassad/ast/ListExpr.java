package org.jclassad.ast;

import java.util.List;

/** A list literal {@code { a, b }}. */
public record ListExpr(List<Expr> elements, Position position) implements Expr {
    public ListExpr {
        elements = List.copyOf(elements);
    }

    @Override
    public List<Expr> children() {
        return elements;
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return new ListExpr(children, position);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.list(this);
    }
}
