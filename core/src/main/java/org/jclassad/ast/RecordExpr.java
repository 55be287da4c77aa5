package org.jclassad.ast;

import java.util.List;

/** An ad literal {@code [ a = 1; b = 2 ]}, attributes in source order (duplicates kept). */
public record RecordExpr(List<Attribute> attributes, Position position) implements Expr {
    public RecordExpr {
        attributes = List.copyOf(attributes);
    }

    /** One {@code name = expr} definition. */
    public record Attribute(String name, Expr value) {
    }
}
