package org.jclassad.ast;

import org.jclassad.value.Value;

/**
 * A literal value. A literal holding a relative time evaluates to its seconds as a real, as
 * HTCondor 25.x does, but prints as {@code relTime("...")}.
 *
 * <pre>{@code
 * Literal five = (Literal) ClassAds.parseExpr("5");
 * Literal name = new Literal(Value.ofString("slot1"), Position.NONE);   // prints as "slot1"
 * if (!five.value().equals(Value.of(5)) || !ClassAds.unparse(name).equals("\"slot1\"")) throw new AssertionError();
 * }</pre>
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
