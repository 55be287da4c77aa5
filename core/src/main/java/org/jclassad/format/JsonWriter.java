package org.jclassad.format;

import java.util.List;
import java.util.function.Function;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.RecordExpr;
import org.jclassad.text.RealText;
import org.jclassad.unparse.ExpressionValue;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.BooleanValue;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.RelTimeValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * HTCondor's JSON form of ads: literals as JSON values, nested ads and lists as objects and
 * arrays, anything else as the string {@code "\/Expr(<new syntax>)\/"}. Output is a byte string.
 */
public final class JsonWriter {
    private final boolean pretty;
    private final StringBuilder out = new StringBuilder();

    private JsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /** One ad, on one line or pretty-printed (2 spaces per level). */
    public static String write(ClassAd ad, boolean pretty) {
        return write(ad.attributes(), pretty);
    }

    /** An ad's attributes in the given order (the list writer's case-insensitive order). */
    public static String write(List<ClassAd.Attribute> attrs, boolean pretty) {
        JsonWriter w = new JsonWriter(pretty);
        w.attrs(attrs, ClassAd.Attribute::name, ClassAd.Attribute::expr, 0);
        return w.out.toString();
    }

    /** An expression as a JSON value (used for single values). */
    public static String write(Expr e, boolean pretty) {
        JsonWriter w = new JsonWriter(pretty);
        w.expr(e, 0);
        return w.out.toString();
    }

    private <A> void attrs(List<A> attrs, Function<A, String> name, Function<A, Expr> expr, int level) {
        out.append('{');
        for (int i = 0; i < attrs.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            newline(level + 1);
            string(name.apply(attrs.get(i)));
            out.append(": ");
            expr(expr.apply(attrs.get(i)), level + 1);
        }
        newline(level);
        out.append('}');
    }

    private void newline(int level) {
        if (pretty) {
            out.append('\n');
            for (int i = 0; i < level; i++) {
                out.append("  ");
            }
        }
    }

    private void expr(Expr e, int level) {
        if (e instanceof RecordExpr) {
            attrs(Unparser.inPrintOrder((RecordExpr) e), RecordExpr.Attribute::name, RecordExpr.Attribute::value,
                    level);
        } else if (e instanceof ListExpr) {
            list(((ListExpr) e).elements(), level);
        } else if (e instanceof Literal) {
            value(((Literal) e).value(), e, level);
        } else {
            expression(e);
        }
    }

    private void list(List<Expr> elements, int level) {
        out.append('[');
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            newline(level + 1);
            expr(elements.get(i), level + 1);
        }
        newline(level);
        out.append(']');
    }

    private void value(Value v, Expr source, int level) {
        if (v instanceof IntegerValue) {
            out.append(((IntegerValue) v).value());
        } else if (v instanceof RealValue) {
            real(((RealValue) v).value(), source);
        } else if (v instanceof RelTimeValue) {
            real(((RelTimeValue) v).seconds(), source);
        } else if (v instanceof StringValue) {
            string(((StringValue) v).bytes());
        } else if (v instanceof BooleanValue) {
            out.append(((BooleanValue) v).value() ? "true" : "false");
        } else if (v.isUndefined()) {
            out.append("null");
        } else if (v instanceof ExpressionValue) {
            expr(((ExpressionValue) v).asExpr(), level);
        } else {
            expression(source);
        }
    }

    private void real(double d, Expr source) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            expression(Literal.of(Value.of(d)));
        } else {
            out.append(RealText.oldSyntax(d));
        }
    }

    private void expression(Expr e) {
        string("/Expr(" + Unparser.newSyntax(e) + ")/", true);
    }

    private void string(String bytes) {
        string(bytes, false);
    }

    private void string(String bytes, boolean escapeSlash) {
        out.append('"');
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '/':
                    if (escapeSlash && (i == 0 || i == bytes.length() - 1)) {
                        out.append("\\/");
                    } else {
                        out.append('/');
                    }
                    break;
                default:
                    if (c < 0x20) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}
