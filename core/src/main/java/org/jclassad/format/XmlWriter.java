package org.jclassad.format;

import java.util.List;
import java.util.function.Function;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.RecordExpr;
import org.jclassad.text.ByteStrings;
import org.jclassad.text.RealText;
import org.jclassad.text.TimeText;
import org.jclassad.unparse.ExpressionValue;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.AbsTimeValue;
import org.jclassad.value.BooleanValue;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.RelTimeValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * HTCondor's XML form of one ad (§6.10): literals as typed elements, other expressions as
 * {@code <e>} holding new-syntax text with {@code & < >} as entities. Output is a byte string.
 * Non-compact spacing (the file form) puts a newline after {@code <c>} and each {@code <a>} on its
 * own line indented 4 spaces per level.
 */
public final class XmlWriter {
    /** {@code <?xml ...?>}, the doctype and {@code <classads>}, each on its own line. */
    public static final String FILE_HEADER = "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE classads SYSTEM \"classads.dtd\">\n<classads>\n";
    public static final String FILE_FOOTER = "</classads>\n";

    private final boolean compact;
    private final StringBuilder out = new StringBuilder();

    private XmlWriter(boolean compact) {
        this.compact = compact;
    }

    /** One ad, attributes in the ad's order. */
    public static String write(ClassAd ad, boolean compact) {
        return write(ad.attributes(), compact);
    }

    /** One ad with the given attributes in the given order. */
    public static String write(List<ClassAd.Attribute> attrs, boolean compact) {
        XmlWriter w = new XmlWriter(compact);
        w.ad(attrs, ClassAd.Attribute::name, ClassAd.Attribute::expr, 0);
        return w.out.toString();
    }

    private <A> void ad(List<A> attrs, Function<A, String> name, Function<A, Expr> expr, int indent) {
        out.append("<c>");
        if (!compact) {
            out.append('\n');
        }
        for (A a : attrs) {
            if (!compact) {
                spaces(indent + 4);
            }
            out.append("<a n=\"");
            StringBuilder q = new StringBuilder();
            ByteStrings.appendQuoted(q, name.apply(a), '"');
            escape(q, 1, q.length() - 1);
            out.append("\">");
            expr(expr.apply(a), indent + 4);
            out.append("</a>");
            if (!compact) {
                out.append('\n');
            }
        }
        if (!compact) {
            spaces(indent);
        }
        out.append("</c>");
        if (!compact && indent == 0) {
            out.append('\n');
        }
    }

    private void spaces(int n) {
        for (int i = 0; i < n; i++) {
            out.append(' ');
        }
    }

    private void expr(Expr e, int indent) {
        if (e instanceof Literal) {
            value(((Literal) e).value(), indent);
        } else if (e instanceof RecordExpr) {
            ad(Unparser.inPrintOrder((RecordExpr) e), RecordExpr.Attribute::name, RecordExpr.Attribute::value, indent);
        } else if (e instanceof ListExpr) {
            list(((ListExpr) e).elements(), indent);
        } else {
            out.append("<e>");
            String text = Unparser.newSyntax(e);
            escape(new StringBuilder(text), 0, text.length());
            out.append("</e>");
        }
    }

    private void list(List<Expr> elements, int indent) {
        out.append("<l>");
        for (Expr e : elements) {
            expr(e, indent);
        }
        out.append("</l>");
    }

    private void value(Value v, int indent) {
        if (v instanceof StringValue) {
            out.append("<s>");
            StringBuilder q = new StringBuilder();
            ByteStrings.appendQuoted(q, ((StringValue) v).bytes(), '\0');
            escape(q, 1, q.length() - 1);
            out.append("</s>");
        } else if (v instanceof IntegerValue) {
            out.append("<i>").append(((IntegerValue) v).value()).append("</i>");
        } else if (v instanceof RealValue || v instanceof RelTimeValue) {
            double d = v instanceof RealValue ? ((RealValue) v).value() : ((RelTimeValue) v).seconds();
            out.append("<r>");
            if (d == 0.0) {
                out.append("0.0");
            } else if (Double.isNaN(d)) {
                out.append("NaN");
            } else if (Double.isInfinite(d)) {
                out.append(d < 0 ? "-INF" : "INF");
            } else {
                out.append(RealText.newSyntax(d));
            }
            out.append("</r>");
        } else if (v instanceof BooleanValue) {
            out.append(((BooleanValue) v).value() ? "<b v=\"t\"/>" : "<b v=\"f\"/>");
        } else if (v.isUndefined()) {
            out.append("<un/>");
        } else if (v.isError()) {
            out.append("<er/>");
        } else if (v instanceof AbsTimeValue) {
            AbsTimeValue t = (AbsTimeValue) v;
            out.append("<at>").append(TimeText.absolute(t.seconds(), t.offset())).append("</at>");
        } else if (v instanceof ExpressionValue) {
            expr(((ExpressionValue) v).asExpr(), indent);
        }
    }

    /** Appends {@code s[from, to)} with {@code & < >} as entities. */
    private void escape(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                default: out.append(c);
            }
        }
    }
}
