package org.jclassad.ast;

/** An infix operator (including {@code &&}, {@code ||} and the identity operators). */
public record BinaryOp(Operator operator, Expr left, Expr right, Position position) implements Expr {
}
