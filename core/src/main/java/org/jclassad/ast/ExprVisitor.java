package org.jclassad.ast;

/**
 * One method per kind of {@link Expr}, called by {@link Expr#accept}: the way to dispatch on a
 * node's kind without a chain of {@code instanceof} tests (and the compiler says when a kind is
 * added).
 *
 * <p>Parentheses, subscripts and the Elvis operator are operations, visited as {@link #unary} and
 * {@link #binary}; their {@link Operator} tells them apart. To walk a whole tree without caring
 * about kinds, use {@link Expr#children()}.
 *
 * <pre>{@code
 * ExprVisitor<String> kind = new ExprVisitor<>() {
 *     public String literal(Literal e) { return "literal"; }
 *     public String attribute(AttributeRef e) { return "attribute"; }
 *     public String selection(Selection e) { return "selection"; }
 *     public String unary(UnaryOp e) { return e.operator() == Operator.PARENTHESES ? "parentheses" : "unary"; }
 *     public String binary(BinaryOp e) { return e.operator() == Operator.SUBSCRIPT ? "subscript" : "binary"; }
 *     public String conditional(Conditional e) { return "conditional"; }
 *     public String call(FunctionCall e) { return "call"; }
 *     public String list(ListExpr e) { return "list"; }
 *     public String record(RecordExpr e) { return "record"; }
 * };
 * String k = ClassAds.parseExpr("TARGET.Memory").accept(kind);   // "selection"
 * String s = ClassAds.parseExpr("Args[0]").accept(kind);         // "subscript"
 * if (!k.equals("selection") || !s.equals("subscript")) throw new AssertionError(k);
 * }</pre>
 *
 * @param <R> what each visit returns
 */
public interface ExprVisitor<R> {
    R literal(Literal e);

    R attribute(AttributeRef e);

    R selection(Selection e);

    R unary(UnaryOp e);

    R binary(BinaryOp e);

    R conditional(Conditional e);

    R call(FunctionCall e);

    R list(ListExpr e);

    R record(RecordExpr e);
}
