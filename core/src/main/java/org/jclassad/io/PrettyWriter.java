package org.jclassad.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.ast.AttributeRef;
import org.jclassad.ast.BinaryOp;
import org.jclassad.ast.Conditional;
import org.jclassad.ast.Elvis;
import org.jclassad.ast.Expr;
import org.jclassad.ast.FunctionCall;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.Parens;
import org.jclassad.ast.Position;
import org.jclassad.ast.RecordExpr;
import org.jclassad.ast.Selection;
import org.jclassad.ast.Subscript;
import org.jclassad.ast.UnaryOp;
import org.jclassad.eval.ClassAdValue;
import org.jclassad.eval.ListValue;
import org.jclassad.eval.Node;
import org.jclassad.eval.Planner;

/**
 * HTCondor's multi-line "pretty" print (Python's {@code str(ad)}, and what {@code unparse()}
 * returns): the canonical one-line form, except that every list and ad, wherever it occurs, is
 * written over several lines with a running indentation (3 more spaces per list level, 4 per ad
 * level, each applied twice). Output is a byte string.
 */
public final class PrettyWriter {
    private static final int LIST_INDENT = 3;
    private static final int AD_INDENT = 4;

    private final StringBuilder out = new StringBuilder();
    private int indent;

    private PrettyWriter() {
    }

    /** An expression, with its lists and ads spread over lines. */
    public static String unparse(Expr e) {
        PrettyWriter p = new PrettyWriter();
        p.expr(e);
        return p.out.toString();
    }

    /** A whole ad. */
    public static String write(ClassAd ad) {
        PrettyWriter p = new PrettyWriter();
        p.ad(ad);
        return p.out.toString();
    }

    private void expr(Expr e) {
        if (!hasAggregate(e)) {
            out.append(NewSyntaxWriter.unparse(e));
        } else if (e instanceof ListExpr) {
            list(((ListExpr) e).elements());
        } else if (e instanceof RecordExpr) {
            ad(ClassAd.fromRecord((RecordExpr) e, new Planner(org.jclassad.eval.FunctionRegistry.global())));
        } else if (e instanceof Literal) {
            Object v = ((Literal) e).value();
            if (v instanceof ListValue) {
                List<Expr> items = new ArrayList<>();
                for (Node n : ((ListValue) v).elements()) {
                    items.add(n.source());
                }
                list(items);
            } else {
                ad(((ClassAdValue) v).ad());
            }
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

    private void ad(ClassAd ad) {
        indent += AD_INDENT;
        out.append('\n').append(" ".repeat(indent)).append('[');
        indent += AD_INDENT;
        List<ClassAd.Attribute> attrs = ad.attributes();
        for (int i = 0; i < attrs.size(); i++) {
            out.append('\n').append(" ".repeat(indent));
            out.append(NewSyntaxWriter.unparse(new AttributeRef(attrs.get(i).name(), false, Position.NONE)));
            out.append(" = ");
            expr(attrs.get(i).expr());
            if (i + 1 < attrs.size()) {
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
                Object v = ((Literal) e).value();
                if (v instanceof ListValue || v instanceof ClassAdValue) {
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
