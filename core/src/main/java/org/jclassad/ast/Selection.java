package org.jclassad.ast;

import java.util.List;

/**
 * {@code base.name}: an attribute looked up starting in the ad {@code base} evaluates to.
 *
 * <pre>{@code
 * Selection s = (Selection) ClassAds.parseExpr("TARGET.Memory");
 * if (!s.name().equals("Memory") || !(s.base() instanceof AttributeRef)) throw new AssertionError(s);
 * }</pre>
 */
public record Selection(Expr base, String name, Position position) implements Expr {
    @Override
    public List<Expr> children() {
        return List.of(base);
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        Arity.check(children, 1);
        return new Selection(children.get(0), name, position);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.selection(this);
    }
}
