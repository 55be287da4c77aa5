package org.jclassad.ast;

/** {@code value ?: fallback}: the fallback when the value is undefined. */
public record Elvis(Expr value, Expr fallback, Position position) implements Expr {
}
