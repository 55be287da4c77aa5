package org.jclassad.ast;

/** Parentheses as written; they only matter for printing. */
public record Parens(Expr inner, Position position) implements Expr {
}
