package org.jclassad.ast;

/** A prefix operator. */
public record UnaryOp(Operator operator, Expr operand, Position position) implements Expr {
}
