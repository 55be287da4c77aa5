package org.jclassad.unparse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jclassad.ast.AttributeRef;
import org.jclassad.ast.BinaryOp;
import org.jclassad.ast.Conditional;
import org.jclassad.ast.Expr;
import org.jclassad.ast.ExprVisitor;
import org.jclassad.ast.FunctionCall;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.Operator;
import org.jclassad.ast.RecordExpr;
import org.jclassad.ast.Selection;
import org.jclassad.ast.UnaryOp;
import org.jclassad.text.ByteStrings;
import org.jclassad.text.RealText;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * Prints expressions and values exactly as HTCondor's unparser does: on one line in new or old
 * syntax, or in HTCondor's multi-line "pretty" form (Python's {@code str(ad)}, what
 * {@code unparse()} returns), which is the one-line new syntax except that every list and ad,
 * wherever it occurs, is spread over lines with a running indentation (3 more spaces per list
 * level, 4 per ad level, each applied twice). Output is a byte string (one char per byte).
 *
 * <pre>{@code
 * Unparser.newSyntax(expr);                       // "Memory >= 2048 && Arch == \"X86_64\""
 * Unparser.oldSyntax(Value.of(0.5));              // "0.5"
 * Unparser.pretty(expr);                          // lists and ads over several lines
 * }</pre>
 */
public final class Unparser {
    /** HTCondor's print order of an ad's attributes: by name length, then by name ignoring case. */
    public static final Comparator<String> NAME_ORDER = (a, b) -> {
        if (a.length() != b.length()) {
            return a.length() - b.length();
        }
        return ByteStrings.compareIgnoreCase(a, b);
    };

    private static final int LIST_INDENT = 3;
    private static final int AD_INDENT = 4;

    /** One line, or lists and ads spread over lines. */
    private enum Layout {
        ONE_LINE, PRETTY
    }

    private final Syntax syntax;
    private final Layout layout;
    private final StringBuilder out;
    private int indent;

    /** A one-line printer appending to {@code out}. */
    public Unparser(Syntax syntax, StringBuilder out) {
        this(syntax, Layout.ONE_LINE, out);
    }

    private Unparser(Syntax syntax, Layout layout, StringBuilder out) {
        this.syntax = syntax;
        this.layout = layout;
        this.out = out;
    }

    public static String newSyntax(Expr e) {
        return print(Syntax.NEW, e);
    }

    public static String oldSyntax(Expr e) {
        return print(Syntax.OLD, e);
    }

    public static String newSyntax(Value v) {
        return v.toString();
    }

    public static String oldSyntax(Value v) {
        StringBuilder out = new StringBuilder();
        new Unparser(Syntax.OLD, out).value(v);
        return out.toString();
    }

    /** An expression in HTCondor's pretty form. */
    public static String pretty(Expr e) {
        StringBuilder out = new StringBuilder();
        new Unparser(Syntax.NEW, Layout.PRETTY, out).expr(e);
        return out.toString();
    }

    /** A whole ad in HTCondor's pretty form: attributes in print order, with their names and expressions. */
    public static <A> String prettyAd(List<A> attributes, Function<A, String> name, Function<A, Expr> expr) {
        StringBuilder out = new StringBuilder();
        new Unparser(Syntax.NEW, Layout.PRETTY, out).ad(attributes, name, expr);
        return out.toString();
    }

    /** A string body quoted and escaped as new syntax prints it. */
    public static String quote(String bytes) {
        StringBuilder out = new StringBuilder(bytes.length() + 2);
        ByteStrings.appendQuoted(out, bytes, '"');
        return out.toString();
    }

    private static String print(Syntax syntax, Expr e) {
        StringBuilder out = new StringBuilder();
        new Unparser(syntax, out).expr(e);
        return out.toString();
    }

    /** Appends an expression. */
    public void expr(Expr e) {
        e.accept(kinds);
    }

    /** How each kind of expression prints; operator chains go through {@link #leftSpine}. */
    private final ExprVisitor<Void> kinds = new ExprVisitor<>() {
        @Override
        public Void literal(Literal e) {
            value(e.value());
            return null;
        }

        @Override
        public Void attribute(AttributeRef e) {
            if (e.absolute()) {
                out.append('.');
            }
            name(e.name());
            return null;
        }

        @Override
        public Void selection(Selection e) {
            leftSpine(e);
            return null;
        }

        @Override
        public Void unary(UnaryOp e) {
            if (e.operator() == Operator.PARENTHESES) {
                out.append('(');
                expr(e.operand());
                out.append(')');
            } else {
                out.append(' ').append(e.operator().newSyntax());
                expr(e.operand());
            }
            return null;
        }

        @Override
        public Void binary(BinaryOp e) {
            if (e.operator() == Operator.ELVIS) {
                expr(e.left());
                out.append(" ?: ");
                expr(e.right());
            } else {
                leftSpine(e);
            }
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
        public Void call(FunctionCall e) {
            out.append(e.name()).append('(');
            separated(e.arguments());
            out.append(')');
            return null;
        }

        @Override
        public Void list(ListExpr e) {
            Unparser.this.list(e.elements());
            return null;
        }

        @Override
        public Void record(RecordExpr e) {
            ad(inPrintOrder(e), RecordExpr.Attribute::name, RecordExpr.Attribute::value);
            return null;
        }
    };

    /** Expressions separated by commas (no space: HTCondor's form). */
    private void separated(List<Expr> exprs) {
        for (int i = 0; i < exprs.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            expr(exprs.get(i));
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
            if (link instanceof Selection) {
                out.append('.').append(((Selection) link).name());
                continue;
            }
            BinaryOp op = (BinaryOp) link;
            if (op.operator() == Operator.SUBSCRIPT) {
                out.append('[');
                expr(op.right());
                out.append(']');
            } else {
                out.append(' ').append(syntax == Syntax.OLD ? op.operator().oldSyntax() : op.operator().newSyntax())
                        .append(' ');
                expr(op.right());
            }
        }
    }

    private void list(List<Expr> elements) {
        if (layout == Layout.ONE_LINE) {
            out.append("{ ");
            separated(elements);
            out.append(" }");
            return;
        }
        indent += LIST_INDENT;
        newLine().append('{');
        indent += LIST_INDENT;
        for (int i = 0; i < elements.size(); i++) {
            newLine();
            expr(elements.get(i));
            if (i + 1 < elements.size()) {
                out.append(',');
            }
        }
        indent -= LIST_INDENT;
        newLine().append('}');
        indent -= LIST_INDENT;
    }

    private StringBuilder newLine() {
        out.append('\n');
        for (int i = 0; i < indent; i++) {
            out.append(' ');
        }
        return out;
    }

    /**
     * Appends {@code [ name = expr; ... ]} for attributes already in print order (an ad's, or
     * {@link #inPrintOrder} of an ad literal's).
     */
    public <A> void ad(List<A> attributes, Function<A, String> name, Function<A, Expr> expr) {
        if (layout == Layout.PRETTY) {
            prettyAttributes(attributes, name, expr);
            return;
        }
        out.append("[ ");
        for (int i = 0; i < attributes.size(); i++) {
            if (i > 0) {
                out.append("; ");
            }
            A a = attributes.get(i);
            name(name.apply(a));
            out.append(" = ");
            expr(expr.apply(a));
        }
        out.append(" ]");
    }

    private <A> void prettyAttributes(List<A> attributes, Function<A, String> name, Function<A, Expr> expr) {
        indent += AD_INDENT;
        newLine().append('[');
        indent += AD_INDENT;
        for (int i = 0; i < attributes.size(); i++) {
            newLine();
            name(name.apply(attributes.get(i)));
            out.append(" = ");
            expr(expr.apply(attributes.get(i)));
            if (i + 1 < attributes.size()) {
                out.append("; ");
            }
        }
        indent -= AD_INDENT;
        newLine().append(']');
        indent -= AD_INDENT;
    }

    /** Appends a value: scalars in this syntax, lists and ads as the expressions they hold. */
    /** The text of the small non-negative integers ads are full of (counts, flags, sizes), made once. */
    private static final String[] SMALL_INTEGERS = new String[1024];

    static {
        for (int i = 0; i < SMALL_INTEGERS.length; i++) {
            SMALL_INTEGERS[i] = Integer.toString(i);
        }
    }

    public void value(Value v) {
        // the final value classes first: they are cheap to test, an interface is not
        if (v instanceof IntegerValue) {
            long n = ((IntegerValue) v).value();
            if (n >= 0 && n < SMALL_INTEGERS.length) {
                out.append(SMALL_INTEGERS[(int) n]);
            } else {
                out.append(n);
            }
        } else if (v instanceof StringValue) {
            // straight into the buffer: the value's own toString would copy it twice more
            if (syntax == Syntax.OLD) {
                oldString(((StringValue) v).bytes());
            } else {
                ByteStrings.appendQuoted(out, ((StringValue) v).bytes(), '"');
            }
        } else if (v == Value.TRUE) {
            out.append("true");
        } else if (v == Value.FALSE) {
            out.append("false");
        } else if (syntax == Syntax.OLD && v instanceof RealValue) {
            out.append(RealText.oldSyntax(((RealValue) v).value()));
        } else if (v instanceof ExpressionValue) {
            expr(((ExpressionValue) v).asExpr());
        } else {
            out.append(v);
        }
    }

    /** Old syntax escapes nothing but the quote. */
    private void oldString(String bytes) {
        out.append('"');
        int from = 0;
        for (int q = bytes.indexOf('"'); q >= 0; q = bytes.indexOf('"', q + 1)) {
            out.append(bytes, from, q).append('\\');
            from = q;
        }
        out.append(bytes, from, bytes.length()).append('"');
    }

    /** Appends an attribute name, quoted as {@code 'name'} when it is not a plain identifier. */
    public void name(String name) {
        if (isPlainName(name)) {
            out.append(name);
        } else {
            ByteStrings.appendQuoted(out, name, '\'');
        }
    }

    /**
     * An ad literal's attributes as the ad it makes holds them (one per name ignoring case: the
     * first spelling, the last value), in {@link #NAME_ORDER}.
     */
    public static List<RecordExpr.Attribute> inPrintOrder(RecordExpr r) {
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, Expr> values = new LinkedHashMap<>();
        for (RecordExpr.Attribute a : r.attributes()) {
            String key = ByteStrings.lowerCase(a.name());
            spelling.putIfAbsent(key, a.name());
            values.put(key, a.value());
        }
        List<RecordExpr.Attribute> attributes = new ArrayList<>(spelling.size());
        for (Map.Entry<String, String> e : spelling.entrySet()) {
            attributes.add(new RecordExpr.Attribute(e.getValue(), values.get(e.getKey())));
        }
        attributes.sort((x, y) -> NAME_ORDER.compare(x.name(), y.name()));
        return attributes;
    }

    private static boolean isPlainName(String name) {
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
                return ByteStrings.equalIgnoreCase(name, "is");
            case 4:
                return ByteStrings.equalIgnoreCase(name, "isnt") || ByteStrings.equalIgnoreCase(name, "true");
            case 5:
                return ByteStrings.equalIgnoreCase(name, "error") || ByteStrings.equalIgnoreCase(name, "false");
            case 6:
                return ByteStrings.equalIgnoreCase(name, "parent");
            case 9:
                return ByteStrings.equalIgnoreCase(name, "undefined");
            default:
                return false;
        }
    }
}
