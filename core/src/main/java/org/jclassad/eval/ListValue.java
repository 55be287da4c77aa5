package org.jclassad.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jclassad.ast.Expr;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Position;
import org.jclassad.unparse.ExpressionValue;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;

/**
 * A list. Like HTCondor's, it holds element <em>expressions</em> evaluated on demand in the
 * scope the list was written in ({@code [a = {b}; b = 1]}: {@code a} is the list {@code { b }}).
 *
 * <p>Lists built by HTCondor's registered functions ({@code split}, {@code splitUserName},
 * {@code splitSlotName}, {@code evalInEachContext}) carry a different internal tag in HTCondor,
 * visible through {@code =?=}; {@link #isDetached()} models it.
 */
public final class ListValue extends Value implements ExpressionValue {
    private final List<Node> elements;
    private final Scope scope;
    private final boolean detached;

    private ListValue(List<Node> elements, Scope scope, boolean detached) {
        this.elements = elements;
        this.scope = scope;
        this.detached = detached;
    }

    /** A list of expressions to be evaluated in {@code scope}. */
    public static ListValue ofNodes(List<Node> elements, Scope scope) {
        return new ListValue(Collections.unmodifiableList(elements), scope, false);
    }

    /** A list of already computed values. */
    public static ListValue ofValues(List<? extends Value> values) {
        return new ListValue(constants(values), null, false);
    }

    /** A computed list with HTCondor's "shared list" tag (see {@link #isDetached()}). */
    public static ListValue detachedOfValues(List<? extends Value> values) {
        return new ListValue(constants(values), null, true);
    }

    private static List<Node> constants(List<? extends Value> values) {
        List<Node> nodes = new ArrayList<>(values.size());
        for (Value v : values) {
            nodes.add(Node.constant(v));
        }
        return Collections.unmodifiableList(nodes);
    }

    public int size() {
        return elements.size();
    }

    public List<Node> elements() {
        return elements;
    }

    /** The scope elements are evaluated in; {@code null} for computed lists. */
    public Scope scope() {
        return scope;
    }

    public boolean isDetached() {
        return detached;
    }

    @Override
    public Type type() {
        return Type.LIST;
    }

    /** The list literal of its element expressions. */
    @Override
    public Expr asExpr() {
        List<Expr> exprs = new ArrayList<>(elements.size());
        for (Node n : elements) {
            exprs.add(n.source());
        }
        return new ListExpr(exprs, Position.NONE);
    }

    /**
     * Lists are equal when their element expressions are the same ({@link Expr#sameAs}), as
     * HTCondor compares expressions, and their {@link #isDetached()} tags agree; the scope they
     * are evaluated in does not count.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ListValue && ((ListValue) o).detached == detached
                && Expr.sameAs(asExpr(), ((ListValue) o).asExpr());
    }

    @Override
    public int hashCode() {
        return Expr.sameAsHash(asExpr());
    }

    /** New syntax: the element expressions, {@code { a,b }}. */
    @Override
    public String toString() {
        return Unparser.newSyntax(asExpr());
    }
}
