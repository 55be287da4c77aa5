package org.jclassad.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * An ad literal {@code [ a = 1; b = 2 ]}, attributes in source order (duplicates kept).
 *
 * <pre>{@code
 * RecordExpr literal = (RecordExpr) ClassAds.parseExpr("[ a = 1; b = a + 1 ]");
 * String second = literal.attributes().get(1).name();      // "b"
 * ClassAd ad = ClassAd.fromRecord(literal);
 * if (!second.equals("b") || ad.getLong("b") != 2) throw new AssertionError(ad);
 * }</pre>
 */
public record RecordExpr(List<Attribute> attributes, Position position) implements Expr {
    public RecordExpr {
        attributes = List.copyOf(attributes);
    }

    /** The attributes' expressions, in source order. */
    @Override
    public List<Expr> children() {
        List<Expr> values = new ArrayList<>(attributes.size());
        for (Attribute a : attributes) {
            values.add(a.value());
        }
        return values;
    }

    /** The same names (in order) bound to new expressions. */
    @Override
    public Expr withChildren(List<Expr> children) {
        Arity.check(children, attributes.size());
        List<Attribute> rebound = new ArrayList<>(attributes.size());
        for (int i = 0; i < attributes.size(); i++) {
            rebound.add(new Attribute(attributes.get(i).name(), children.get(i)));
        }
        return new RecordExpr(rebound, position);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.record(this);
    }

    /**
     * One {@code name = expr} definition.
     *
     * <pre>{@code
     * RecordExpr literal = (RecordExpr) ClassAds.parseExpr("[ a = 1; A = 2 ]");   // duplicates are kept
     * RecordExpr.Attribute second = literal.attributes().get(1);
     * if (!second.name().equals("A") || !ClassAds.unparse(second.value()).equals("2")) throw new AssertionError();
     * }</pre>
     */
    public record Attribute(String name, Expr value) {
    }
}
