package org.jclassad.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jclassad.ClassAd;
import org.jclassad.ast.AttributeRef;
import org.jclassad.ast.BinaryOp;
import org.jclassad.ast.Conditional;
import org.jclassad.ast.Elvis;
import org.jclassad.ast.Expr;
import org.jclassad.ast.FunctionCall;
import org.jclassad.ast.LeftSpine;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.Parens;
import org.jclassad.ast.RecordExpr;
import org.jclassad.ast.Selection;
import org.jclassad.ast.Subscript;
import org.jclassad.ast.UnaryOp;
import org.jclassad.eval.ClassAdValue;
import org.jclassad.eval.ListValue;
import org.jclassad.eval.Node;
import org.jclassad.text.ByteStrings;
import org.jclassad.text.RealText;
import org.jclassad.text.TimeText;
import org.jclassad.value.AbsTimeValue;
import org.jclassad.value.BooleanValue;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.RelTimeValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * Prints expressions and values on one line, in new or old syntax, exactly as HTCondor's
 * unparsers do. Output is a byte string (one char per byte).
 */
final class ExprWriter {
    private final boolean old;
    private final StringBuilder out;

    ExprWriter(boolean old, StringBuilder out) {
        this.old = old;
        this.out = out;
    }

    void expr(Expr e) {
        if (LeftSpine.isLink(e)) {
            leftSpine(e);
        } else if (e instanceof Literal) {
            value(((Literal) e).value());
        } else if (e instanceof AttributeRef) {
            AttributeRef r = (AttributeRef) e;
            if (r.absolute()) {
                out.append('.');
            }
            name(r.name());
        } else if (e instanceof UnaryOp) {
            UnaryOp u = (UnaryOp) e;
            out.append(' ').append(u.operator().newSyntax());
            expr(u.operand());
        } else if (e instanceof Conditional) {
            Conditional c = (Conditional) e;
            expr(c.condition());
            out.append(" ? ");
            expr(c.whenTrue());
            out.append(" : ");
            expr(c.whenFalse());
        } else if (e instanceof Elvis) {
            Elvis v = (Elvis) e;
            expr(v.value());
            out.append(" ?: ");
            expr(v.fallback());
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
        } else if (e instanceof ListExpr) {
            listOf(((ListExpr) e).elements());
        } else {
            record((RecordExpr) e);
        }
    }

    /**
     * Prints a left-nested chain ({@code a + b + c}, {@code x.y.z}, {@code l[0][1]}) walking its
     * left spine without recursion, so chains of any length print safely.
     */
    private void leftSpine(Expr top) {
        LeftSpine spine = LeftSpine.of(top);
        expr(spine.leaf());
        for (Expr link : spine.links()) {
            if (link instanceof BinaryOp) {
                BinaryOp op = (BinaryOp) link;
                out.append(' ').append(old ? op.operator().oldSyntax() : op.operator().newSyntax()).append(' ');
                expr(op.right());
            } else if (link instanceof Selection) {
                out.append('.').append(((Selection) link).name());
            } else {
                out.append('[');
                expr(((Subscript) link).index());
                out.append(']');
            }
        }
    }

    private void listOf(List<Expr> elements) {
        out.append("{ ");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            expr(elements.get(i));
        }
        out.append(" }");
    }

    private void record(RecordExpr r) {
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, Expr> values = new LinkedHashMap<>();
        for (RecordExpr.Attribute a : r.attributes()) {
            String key = ClassAd.keyOf(a.name());
            spelling.putIfAbsent(key, a.name());
            values.put(key, a.value());
        }
        List<String> keys = new ArrayList<>(spelling.keySet());
        keys.sort((x, y) -> ClassAd.NAME_ORDER.compare(spelling.get(x), spelling.get(y)));
        out.append("[ ");
        boolean first = true;
        for (String k : keys) {
            if (!first) {
                out.append("; ");
            }
            first = false;
            name(spelling.get(k));
            out.append(" = ");
            expr(values.get(k));
        }
        out.append(" ]");
    }

    void ad(ClassAd ad) {
        out.append("[ ");
        boolean first = true;
        for (ClassAd.Attribute a : ad.attributes()) {
            if (!first) {
                out.append("; ");
            }
            first = false;
            name(a.name());
            out.append(" = ");
            expr(a.expr());
        }
        out.append(" ]");
    }

    void value(Value v) {
        if (v instanceof IntegerValue) {
            out.append(((IntegerValue) v).value());
        } else if (v instanceof RealValue) {
            out.append(old ? RealText.oldSyntax(((RealValue) v).value()) : RealText.newSyntax(((RealValue) v).value()));
        } else if (v instanceof StringValue) {
            if (old) {
                oldString(((StringValue) v).bytes());
            } else {
                quoted(((StringValue) v).bytes(), '"', out);
            }
        } else if (v instanceof BooleanValue) {
            out.append(((BooleanValue) v).value() ? "true" : "false");
        } else if (v.isUndefined()) {
            out.append("undefined");
        } else if (v.isError()) {
            out.append("error");
        } else if (v instanceof AbsTimeValue) {
            AbsTimeValue t = (AbsTimeValue) v;
            out.append("absTime(\"").append(TimeText.absolute(t.seconds(), t.offset())).append("\")");
        } else if (v instanceof RelTimeValue) {
            out.append("relTime(\"").append(TimeText.relative(((RelTimeValue) v).seconds())).append("\")");
        } else if (v instanceof ListValue) {
            List<Node> nodes = ((ListValue) v).elements();
            List<Expr> exprs = new ArrayList<>(nodes.size());
            for (Node n : nodes) {
                exprs.add(n.source());
            }
            listOf(exprs);
        } else {
            ad(((ClassAdValue) v).ad());
        }
    }

    private void oldString(String bytes) {
        out.append('"');
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            if (c == '"') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }

    void name(String name) {
        if (isPlainName(name)) {
            out.append(name);
        } else {
            quoted(name, '\'', out);
        }
    }

    static boolean isPlainName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char c0 = name.charAt(0);
        if (!(Character.isLetter(c0) && c0 < 0x80 || c0 == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return !isKeyword(name);
    }

    /** The reserved words a name may not be written as (ASCII case-insensitive), without lower-casing it. */
    private static boolean isKeyword(String name) {
        switch (name.length()) {
            case 2:
                return same(name, "is");
            case 4:
                return same(name, "isnt") || same(name, "true");
            case 5:
                return same(name, "error") || same(name, "false");
            case 6:
                return same(name, "parent");
            case 9:
                return same(name, "undefined");
            default:
                return false;
        }
    }

    private static boolean same(String name, String keyword) {
        return ByteStrings.equalIgnoreCase(name, keyword);
    }

    /** New-syntax quoting: C escapes for controls, octal for other unprintable bytes. */
    static void quoted(String bytes, char quote, StringBuilder out) {
        ByteStrings.appendQuoted(out, bytes, quote);
    }
}
