package org.jclassad.ast;

import java.util.List;

/**
 * {@code base[index]}: a list element or an ad attribute by name.
 *
 * <pre>{@code
 * Subscript s = (Subscript) ClassAds.parseExpr("Args[1]");
 * Value v = ClassAd.parse("[ Args = { \"-v\", \"-q\" } ]").evaluate(s, EvalOptions.defaults()).value();   // "-q"
 * if (!v.equals(Value.ofString("-q"))) throw new AssertionError(v);
 * }</pre>
 */
public record Subscript(Expr base, Expr index, Position position) implements Expr {
    @Override
    public List<Expr> children() {
        return List.of(base, index);
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        Arity.check(children, 2);
        return new Subscript(children.get(0), children.get(1), position);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.subscript(this);
    }
}
