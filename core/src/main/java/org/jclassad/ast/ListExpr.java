package org.jclassad.ast;

import java.util.List;

/**
 * A list literal {@code { a, b }}.
 *
 * <pre>{@code
 * ListExpr list = (ListExpr) ClassAds.parseExpr("{ 1, \"two\", 3.0 }");
 * if (list.elements().size() != 3 || !(list.elements().get(1) instanceof Literal)) throw new AssertionError(list);
 * }</pre>
 */
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
