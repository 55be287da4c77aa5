package org.jclassad.ast;

import java.util.List;

/** The check of {@link Expr#withChildren}'s argument. */
final class Arity {
    private Arity() {
    }

    static void check(List<Expr> children, int expected) {
        if (children.size() != expected) {
            throw new IllegalArgumentException("expected " + expected + " sub-expressions, got " + children.size());
        }
    }
}
