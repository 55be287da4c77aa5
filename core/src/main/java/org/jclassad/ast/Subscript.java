package org.jclassad.ast;

/** {@code base[index]}: a list element or an ad attribute by name. */
public record Subscript(Expr base, Expr index, Position position) implements Expr {
}
