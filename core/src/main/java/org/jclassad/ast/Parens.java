package org.jclassad.ast;

import java.util.List;

/**
 * Parentheses as written; they only matter for printing.
 *
 * <pre>{@code
 * Parens p = (Parens) ClassAds.parseExpr("(a + 1)");
 * if (!(p.inner() instanceof BinaryOp) || !ClassAds.unparse(p).equals("(a + 1)")) throw new AssertionError(p);
 * }</pre>
 */
public record Parens(Expr inner, Position position) implements Expr {
    @Override
    public List<Expr> children() {
        return List.of(inner);
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        Arity.check(children, 1);
        return new Parens(children.get(0), position);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.parens(this);
    }
}
