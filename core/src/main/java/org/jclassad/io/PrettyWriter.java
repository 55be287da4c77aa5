package org.jclassad.io;

import java.util.ArrayList;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.RecordExpr;
import org.jclassad.eval.Node;
import org.jclassad.value.ClassAdValue;
import org.jclassad.value.ListValue;

/** The library's multi-line new-syntax print (Python's {@code str(ad)}). Output is a byte string. */
public final class PrettyWriter {
    private final StringBuilder out = new StringBuilder();

    private PrettyWriter() {
    }

    public static String write(ClassAd ad) {
        PrettyWriter w = new PrettyWriter();
        w.ad(ad.attributes(), 0);
        return w.out.toString();
    }

    private void ad(List<ClassAd.Attribute> attrs, int indent) {
        out.append('\n').append(" ".repeat(indent + 4)).append('[');
        for (int i = 0; i < attrs.size(); i++) {
            out.append('\n').append(" ".repeat(indent + 8));
            new ExprWriter(false, out).name(attrs.get(i).name());
            out.append(" = ");
            expr(attrs.get(i).expr(), indent + 8);
            if (i + 1 < attrs.size()) {
                out.append("; ");
            }
        }
        out.append('\n').append(" ".repeat(indent + 4)).append(']');
    }

    private void list(List<Expr> elements, int indent) {
        out.append('\n').append(" ".repeat(indent + 3)).append('{');
        for (int i = 0; i < elements.size(); i++) {
            out.append('\n').append(" ".repeat(indent + 6));
            expr(elements.get(i), indent + 6);
            if (i + 1 < elements.size()) {
                out.append(',');
            }
        }
        out.append('\n').append(" ".repeat(indent + 3)).append('}');
    }

    private void expr(Expr e, int indent) {
        if (e instanceof RecordExpr) {
            ClassAd ad = ClassAd.fromRecord((RecordExpr) e,
                    new org.jclassad.eval.Planner(org.jclassad.function.FunctionRegistry.global()));
            ad(ad.attributes(), indent);
        } else if (e instanceof ListExpr) {
            list(((ListExpr) e).elements(), indent);
        } else if (e instanceof Literal && ((Literal) e).value() instanceof ClassAdValue) {
            ad(((ClassAdValue) ((Literal) e).value()).ad().attributes(), indent);
        } else if (e instanceof Literal && ((Literal) e).value() instanceof ListValue) {
            List<Expr> exprs = new ArrayList<>();
            for (Node n : ((ListValue) ((Literal) e).value()).elements()) {
                exprs.add(n.source());
            }
            list(exprs, indent);
        } else {
            new ExprWriter(false, out).expr(e);
        }
    }
}
