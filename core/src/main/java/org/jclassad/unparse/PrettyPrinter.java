package org.jclassad.unparse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

import org.jclassad.ast.BinaryOp;
import org.jclassad.ast.Conditional;
import org.jclassad.ast.Elvis;
import org.jclassad.ast.Expr;
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
        if (!hasAggregate(e)) {
            new Unparser(Syntax.NEW, out).expr(e);
        } else if (e instanceof ListExpr) {
            list(((ListExpr) e).elements());
        } else if (e instanceof RecordExpr) {
            attributes(Unparser.inPrintOrder((RecordExpr) e), RecordExpr.Attribute::name, RecordExpr.Attribute::value);
        } else if (e instanceof Literal) {
            expr(((ExpressionValue) ((Literal) e).value()).asExpr());
        } else if (e instanceof BinaryOp) {
            BinaryOp b = (BinaryOp) e;
            expr(b.left());
            out.append(' ').append(b.operator().newSyntax()).append(' ');
            expr(b.right());
        } else if (e instanceof UnaryOp) {
            out.append(' ').append(((UnaryOp) e).operator().newSyntax());
            expr(((UnaryOp) e).operand());
        } else if (e instanceof Conditional) {
            Conditional c = (Conditional) e;
            expr(c.condition());
            out.append(" ? ");
            expr(c.whenTrue());
            out.append(" : ");
            expr(c.whenFalse());
        } else if (e instanceof Elvis) {
            expr(((Elvis) e).value());
            out.append(" ?: ");
            expr(((Elvis) e).fallback());
        } else if (e instanceof Parens) {
            out.append('(');
            expr(((Parens) e).inner());
            out.append(')');
        } else if (e instanceof FunctionCall) {
            FunctionCall f = (FunctionCall) e;
            out.append(f.name()).append('(');
            for (int i = 0; i < f.arguments().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                expr(f.arguments().get(i));
            }
            out.append(')');
        } else if (e instanceof Selection) {
            expr(((Selection) e).base());
            out.append('.').append(((Selection) e).name());
        } else {
            Subscript s = (Subscript) e;
            expr(s.base());
            out.append('[');
            expr(s.index());
            out.append(']');
        }
    }

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
            if (e instanceof ListExpr || e instanceof RecordExpr) {
                return true;
            }
            if (e instanceof Literal) {
                if (((Literal) e).value() instanceof ExpressionValue) {
                    return true;
                }
            } else if (e instanceof BinaryOp) {
                todo.push(((BinaryOp) e).left());
                todo.push(((BinaryOp) e).right());
            } else if (e instanceof UnaryOp) {
                todo.push(((UnaryOp) e).operand());
            } else if (e instanceof Conditional) {
                todo.push(((Conditional) e).condition());
                todo.push(((Conditional) e).whenTrue());
                todo.push(((Conditional) e).whenFalse());
            } else if (e instanceof Elvis) {
                todo.push(((Elvis) e).value());
                todo.push(((Elvis) e).fallback());
            } else if (e instanceof Parens) {
                todo.push(((Parens) e).inner());
            } else if (e instanceof FunctionCall) {
                ((FunctionCall) e).arguments().forEach(todo::push);
            } else if (e instanceof Selection) {
                todo.push(((Selection) e).base());
            } else if (e instanceof Subscript) {
                todo.push(((Subscript) e).base());
                todo.push(((Subscript) e).index());
            }
        }
        return false;
    }
}
