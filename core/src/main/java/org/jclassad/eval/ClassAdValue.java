package org.jclassad.eval;

import java.util.ArrayList;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Position;
import org.jclassad.ast.RecordExpr;
import org.jclassad.unparse.ExpressionValue;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;

/** A ClassAd as a value: the ad together with the scope chain it lives in. */
public final class ClassAdValue extends Value implements ExpressionValue {
    private final Scope scope;

    public ClassAdValue(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    public ClassAd ad() {
        return scope.ad();
    }

    @Override
    public Type type() {
        return Type.CLASSAD;
    }

    /** The ad literal of its attributes, in print order. */
    @Override
    public Expr asExpr() {
        List<RecordExpr.Attribute> attributes = new ArrayList<>(ad().size());
        for (ClassAd.Attribute a : ad().attributes()) {
            attributes.add(new RecordExpr.Attribute(a.name(), a.expr()));
        }
        return new RecordExpr(attributes, Position.NONE);
    }

    /** Ad values are equal when their ads are ({@link ClassAd#equals}). */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ClassAdValue && ad().equals(((ClassAdValue) o).ad());
    }

    @Override
    public int hashCode() {
        return ad().hashCode();
    }

    /** New syntax: the ad's attributes, {@code [ a = 1; b = a ]}. */
    @Override
    public String toString() {
        return Unparser.newSyntax(asExpr());
    }
}
