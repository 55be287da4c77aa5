package org.jclassad.ast;

import java.util.List;

/**
 * {@code value ?: fallback}: the fallback when the value is undefined.
 *
 * <pre>{@code
 * Elvis e = (Elvis) ClassAds.parseExpr("RequestGpus ?: 0");
 * Value v = new ClassAd().evaluate(e, EvalOptions.defaults()).value();   // 0: RequestGpus is undefined
 * if (!v.equals(Value.of(0))) throw new AssertionError(v);
 * }</pre>
 */
public record Elvis(Expr value, Expr fallback, Position position) implements Expr {
    @Override
    public List<Expr> children() {
        return List.of(value, fallback);
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        Arity.check(children, 2);
        return new Elvis(children.get(0), children.get(1), position);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.elvis(this);
    }
}
