package org.jclassad.ast;

/**
 * An immutable ClassAd expression tree, as written (parentheses are kept, names keep their
 * spelling). Every node knows where it came from in the source text.
 */
public sealed interface Expr
        permits Literal, AttributeRef, Selection, Subscript, UnaryOp, BinaryOp, Conditional, Elvis,
        FunctionCall, ListExpr, RecordExpr, Parens {

    /** Where the node starts in the source text; {@link Position#NONE} for built trees. */
    Position position();
}
