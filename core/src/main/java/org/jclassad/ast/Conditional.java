package org.jclassad.ast;

/** {@code condition ? whenTrue : whenFalse}. */
public record Conditional(Expr condition, Expr whenTrue, Expr whenFalse, Position position) implements Expr {
}
