package org.jclassad.ast;

import java.util.List;

/** A list literal {@code { a, b }}. */
public record ListExpr(List<Expr> elements, Position position) implements Expr {
    public ListExpr {
        elements = List.copyOf(elements);
    }
}
