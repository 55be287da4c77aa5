package org.jclassad.unparse;

import org.jclassad.ast.Expr;

/**
 * A value that is printed as an expression: a list value (its element expressions) or an ad
 * value (its attributes). The evaluator's list and ad values implement it, so the printers can
 * print them without depending on the evaluator.
 */
public interface ExpressionValue {
    /** The expression this value prints as: a list literal or an ad literal. */
    Expr asExpr();
}
