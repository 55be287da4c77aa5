package org.jclassad.unparse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

import org.jclassad.ast.AttributeRef;
import org.jclassad.ast.BinaryOp;
import org.jclassad.ast.Conditional;
import org.jclassad.ast.Elvis;
import org.jclassad.ast.Expr;
import org.jclassad.ast.ExprVisitor;
import org.jclassad.ast.FunctionCall;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.Parens;
import org.jclassad.ast.RecordExpr;
import org.jclassad.ast.Selection;
import org.jclassad.ast.Subscript;
import org.jclassad.ast.UnaryOp;

/**
 * HTCondor's multi-line "pretty" print (Python's {@code str(ad)}, and what {@code unparse()}
 * returns): the canonical one-line form, except that every list and ad, wherever it occurs, is
 * written over several lines with a running indentation (3 more spaces per list level, 4 per ad
 * level, each applied twice). Output is a byte string.
 */
public final class PrettyPrinter {
    private static final int LIST_INDENT = 3;
    private static final int AD_INDENT = 4;

    private final StringBuilder out = new StringBuilder();
    private int indent;

    private PrettyPrinter() {
    }

    /** An expression, with its lists and ads spread over lines. */
    public static String unparse(Expr e) {
        PrettyPrinter p = new PrettyPrinter();
        p.expr(e);
        return p.out.toString();
    }

    /** A whole ad: attributes in print order, with their names and expressions. */
    public static <A> String ad(List<A> attributes, Function<A, String> name, Function<A, Expr> expr) {
        PrettyPrinter p = new PrettyPrinter();
        p.attributes(attributes, name, expr);
        return p.out.toString();
    }

    private void expr(Expr e) {
        if (hasAggregate(e)) {
            e.accept(kinds);
        } else {
            new Unparser(Syntax.NEW, out).expr(e);
        }
    }

    /** How each kind prints when a list or an ad occurs in it: the one-line form, spread at the aggregates. */
    private final ExprVisitor<Void> kinds = new ExprVisitor<>() {
        @Override
        public Void literal(Literal e) {
            expr(((ExpressionValue) e.value()).asExpr());
            return null;
        }

        @Override
        public Void attribute(AttributeRef e) {
            throw new IllegalStateException("a reference holds no list or ad");
        }

        @Override
        public Void selection(Selection e) {
            expr(e.base());
            out.append('.').append(e.name());
            return null;
        }

        @Override
        public Void subscript(Subscript e) {
            expr(e.base());
            out.append('[');
            expr(e.index());
            out.append(']');
            return null;
        }

        @Override
        public Void unary(UnaryOp e) {
            out.append(' ').append(e.operator().newSyntax());
            expr(e.operand());
            return null;
        }

        @Override
        public Void binary(BinaryOp e) {
            expr(e.left());
            out.append(' ').append(e.operator().newSyntax()).append(' ');
            expr(e.right());
            return null;
        }

        @Override
        public Void conditional(Conditional e) {
            expr(e.condition());
            out.append(" ? ");
            expr(e.whenTrue());
            out.append(" : ");
            expr(e.whenFalse());
            return null;
        }

        @Override
        public Void elvis(Elvis e) {
            expr(e.value());
            out.append(" ?: ");
            expr(e.fallback());
            return null;
        }

        @Override
        public Void call(FunctionCall e) {
            out.append(e.name()).append('(');
            for (int i = 0; i < e.arguments().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                expr(e.arguments().get(i));
            }
            out.append(')');
            return null;
        }

        @Override
        public Void list(ListExpr e) {
            PrettyPrinter.this.list(e.elements());
            return null;
        }

        @Override
        public Void record(RecordExpr e) {
            attributes(Unparser.inPrintOrder(e), RecordExpr.Attribute::name, RecordExpr.Attribute::value);
            return null;
        }

        @Override
        public Void parens(Parens e) {
            out.append('(');
            expr(e.inner());
            out.append(')');
            return null;
        }
    };

    private void list(List<Expr> items) {
        indent += LIST_INDENT;
        out.append('\n').append(" ".repeat(indent)).append('{');
        indent += LIST_INDENT;
        for (int i = 0; i < items.size(); i++) {
            out.append('\n').append(" ".repeat(indent));
            expr(items.get(i));
            if (i + 1 < items.size()) {
                out.append(',');
            }
        }
        indent -= LIST_INDENT;
        out.append('\n').append(" ".repeat(indent)).append('}');
        indent -= LIST_INDENT;
    }

    private <A> void attributes(List<A> attributes, Function<A, String> name, Function<A, Expr> expr) {
        indent += AD_INDENT;
        out.append('\n').append(" ".repeat(indent)).append('[');
        indent += AD_INDENT;
        Unparser names = new Unparser(Syntax.NEW, out);
        for (int i = 0; i < attributes.size(); i++) {
            out.append('\n').append(" ".repeat(indent));
            names.name(name.apply(attributes.get(i)));
            out.append(" = ");
            expr(expr.apply(attributes.get(i)));
            if (i + 1 < attributes.size()) {
                out.append("; ");
            }
        }
        indent -= AD_INDENT;
        out.append('\n').append(" ".repeat(indent)).append(']');
        indent -= AD_INDENT;
    }

    /** Whether a list or ad occurs anywhere in {@code root} (walked without recursion). */
    private static boolean hasAggregate(Expr root) {
        Deque<Expr> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Expr e = todo.pop();
            if (e instanceof ListExpr || e instanceof RecordExpr
                    || e instanceof Literal && ((Literal) e).value() instanceof ExpressionValue) {
                return true;
            }
            e.children().forEach(todo::push);
        }
        return false;
    }
}
