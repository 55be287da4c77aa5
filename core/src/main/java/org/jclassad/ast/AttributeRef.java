package org.jclassad.ast;

/** A bare reference {@code name} or an absolute reference {@code .name}. */
public record AttributeRef(String name, boolean absolute, Position position) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.attribute(this);
    }
}
