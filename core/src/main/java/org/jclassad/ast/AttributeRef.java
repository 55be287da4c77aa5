package org.jclassad.ast;

import java.util.List;

/** A bare reference {@code name} or an absolute reference {@code .name}. */
public record AttributeRef(String name, boolean absolute, Position position) implements Expr {
    @Override
    public List<Expr> children() {
        return List.of();
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        if (!children.isEmpty()) {
            throw new IllegalArgumentException("a reference has no sub-expressions");
        }
        return this;
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.attribute(this);
    }
}
