package org.jclassad.ast;

import java.util.List;

/**
 * {@code condition ? whenTrue : whenFalse}.
 *
 * <pre>{@code
 * Conditional c = (Conditional) ClassAds.parseExpr("Cpus > 1 ? \"multi\" : \"single\"");
 * Value v = ClassAd.parse("[ Cpus = 4 ]").evaluate(c, EvalOptions.defaults()).value();   // "multi"
 * if (!ClassAds.unparse(c.condition()).equals("Cpus > 1") || !v.equals(Value.ofString("multi"))) throw new AssertionError(v);
 * }</pre>
 */
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
