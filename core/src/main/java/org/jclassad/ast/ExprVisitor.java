package org.jclassad.ast;

/**
 * One method per kind of {@link Expr}, called by {@link Expr#accept}: the way to dispatch on a
 * node's kind without a chain of {@code instanceof} tests (and the compiler says when a kind is
 * added).
 *
 * <p>To walk a whole tree without caring about kinds, use {@link Expr#children()}.
 *
 * @param <R> what each visit returns
 */
public interface ExprVisitor<R> {
    R literal(Literal e);

    R attribute(AttributeRef e);

    R selection(Selection e);

    R subscript(Subscript e);

    R unary(UnaryOp e);

    R binary(BinaryOp e);

    R conditional(Conditional e);

    R elvis(Elvis e);

    R call(FunctionCall e);

    R list(ListExpr e);

    R record(RecordExpr e);

    R parens(Parens e);
}
