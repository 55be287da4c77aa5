package org.jclassad.ast;

/**
 * A bare reference {@code name} or an absolute reference {@code .name}.
 *
 * <pre>{@code
 * AttributeRef ref = (AttributeRef) ClassAds.parseExpr(".Memory");
 * if (!ref.name().equals("Memory") || !ref.absolute()) throw new AssertionError(ref);
 * }</pre>
 */
public record AttributeRef(String name, boolean absolute, Position position) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.attribute(this);
    }
}
