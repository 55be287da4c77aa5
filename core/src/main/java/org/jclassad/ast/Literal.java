package org.jclassad.ast;

import org.jclassad.value.Value;

/**
 * A literal value. A literal holding a relative time evaluates to its seconds as a real, as
 * HTCondor 25.x does, but prints as {@code relTime("...")}.
 */
public record Literal(Value value, Position position) implements Expr {
    public static Literal of(Value value) {
        return new Literal(value, Position.NONE);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.literal(this);
    }
}
