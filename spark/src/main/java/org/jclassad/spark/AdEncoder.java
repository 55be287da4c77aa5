package org.jclassad.spark;

import static org.jclassad.spark.AdCodec.*;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.ast.AttributeRef;
import org.jclassad.ast.BinaryOp;
import org.jclassad.ast.Conditional;
import org.jclassad.ast.Expr;
import org.jclassad.ast.FunctionCall;
import org.jclassad.unparse.LeftSpine;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.Operator;
import org.jclassad.ast.RecordExpr;
import org.jclassad.ast.Selection;
import org.jclassad.ast.UnaryOp;
import org.jclassad.eval.Node;
import org.jclassad.value.AbsTimeValue;
import org.jclassad.value.BooleanValue;
import org.jclassad.eval.ClassAdValue;
import org.jclassad.value.IntegerValue;
import org.jclassad.eval.ListValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.RelTimeValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/** Encodes ads one after another, remembering the bytes of expressions shared between ads. */
public final class AdEncoder {
    private static final int MAX_REMEMBERED = 1 << 14;
    private final Sink out = new Sink();
    private final IdentityHashMap<Expr, byte[]> shared = new IdentityHashMap<>();

    private boolean handingOff;

    /**
     * Hands each encoded ad to the next {@link AdDecoder#takingHandOffs() taking} decoder on this
     * thread that decodes the same bytes, which then gets the very ad instead of a copy. For a
     * producer that gives its ads away: it must not touch an ad once encoded.
     */
    AdEncoder handingOff() {
        handingOff = true;
        return this;
    }

    public byte[] encode(ClassAd ad) {
        out.reset();
        out.write(VERSION);
        List<ClassAd.Attribute> attrs = attributes(ad);
        out.varint(attrs.size());
        for (ClassAd.Attribute a : attrs) {
            out.string(a.name());
            sharedExpr(a.expr());
        }
        byte[] bytes = out.toByteArray();
        if (handingOff && ad.chainedParent() == null) {
            HAND_OFF.set(new HandOff(bytes, ad));
        }
        return bytes;
    }

    /** Attributes of the ad and, where not overridden, of its chained parents. */
    private static List<ClassAd.Attribute> attributes(ClassAd ad) {
        if (ad.chainedParent() == null) {
            return ad.attributes();
        }
        List<ClassAd.Attribute> all = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ClassAd p = ad; p != null; p = p.chainedParent()) {
            for (ClassAd.Attribute a : p.attributes()) {
                if (seen.add(ClassAd.keyOf(a.name()))) {
                    all.add(a);
                }
            }
        }
        return all;
    }

    /**
     * An attribute's tree, preceded by its length; trees shared between ads (the readers'
     * expression cache) are encoded once.
     */
    private void sharedExpr(Expr e) {
        byte[] known = e instanceof Literal ? null : shared.get(e);
        if (known != null) {
            out.varint(known.length);
            out.write(known, 0, known.length);
            return;
        }
        int lengthAt = out.size();
        out.write(0);
        int start = out.size();
        expr(e);
        int length = out.size() - start;
        start += out.putLength(lengthAt, length);
        if (!(e instanceof Literal)) {
            if (shared.size() >= MAX_REMEMBERED) {
                shared.clear();
            }
            shared.put(e, out.copy(start));
        }
    }

    private void expr(Expr e) {
        if (e instanceof Literal) {
            literal(((Literal) e).value());
        } else if (LeftSpine.isLink(e)) {
            spine(LeftSpine.of(e));
        } else if (e instanceof AttributeRef) {
            AttributeRef r = (AttributeRef) e;
            out.write(r.absolute() ? ABSOLUTE_ATTRIBUTE : ATTRIBUTE);
            out.string(r.name());
        } else if (e instanceof UnaryOp) {
            UnaryOp u = (UnaryOp) e;
            if (u.operator() == Operator.PARENTHESES) {
                out.write(PARENS);
            } else {
                out.write(UNARY);
                out.write(u.operator().ordinal());
            }
            expr(u.operand());
        } else if (e instanceof Conditional) {
            Conditional c = (Conditional) e;
            out.write(CONDITIONAL);
            expr(c.condition());
            expr(c.whenTrue());
            expr(c.whenFalse());
        } else if (e instanceof BinaryOp) {     // the Elvis operator: every other one is a spine link
            BinaryOp v = (BinaryOp) e;
            out.write(ELVIS);
            expr(v.left());
            expr(v.right());
        } else if (e instanceof FunctionCall) {
            FunctionCall f = (FunctionCall) e;
            out.write(CALL);
            out.string(f.name());
            exprs(f.arguments());
        } else if (e instanceof ListExpr) {
            out.write(LIST);
            exprs(((ListExpr) e).elements());
        } else if (e instanceof RecordExpr) {
            out.write(RECORD);
            List<RecordExpr.Attribute> attrs = ((RecordExpr) e).attributes();
            out.varint(attrs.size());
            for (RecordExpr.Attribute a : attrs) {
                out.string(a.name());
                expr(a.value());
            }
        } else {
            throw new IllegalArgumentException("cannot encode " + e.getClass().getSimpleName());
        }
    }

    private void exprs(List<Expr> list) {
        out.varint(list.size());
        for (Expr x : list) {
            expr(x);
        }
    }

    /** A left-nested chain as its leaf and links, so any length encodes without deep recursion. */
    private void spine(LeftSpine s) {
        out.write(SPINE);
        expr(s.leaf());
        out.varint(s.links().size());
        for (Expr link : s.links()) {
            if (link instanceof Selection) {
                out.write(LINK_SELECT);
                out.string(((Selection) link).name());
                continue;
            }
            BinaryOp b = (BinaryOp) link;
            if (b.operator() == Operator.SUBSCRIPT) {
                out.write(LINK_SUBSCRIPT);
            } else {
                out.write(LINK_BINARY);
                out.write(b.operator().ordinal());
            }
            expr(b.right());
        }
    }

    private void literal(Value v) {
        if (v.isUndefined()) {
            out.write(UNDEFINED);
        } else if (v.isError()) {
            out.write(ERROR);
        } else if (v instanceof BooleanValue) {
            out.write(v.truth() == 1 ? TRUE : FALSE);
        } else if (v instanceof IntegerValue) {
            out.write(INTEGER);
            out.zigzag(((IntegerValue) v).value());
        } else if (v instanceof RealValue) {
            out.write(REAL);
            out.fixed64(Double.doubleToRawLongBits(((RealValue) v).value()));
        } else if (v instanceof StringValue) {
            out.write(STRING);
            out.string(((StringValue) v).bytes());
        } else if (v instanceof AbsTimeValue) {
            AbsTimeValue t = (AbsTimeValue) v;
            out.write(ABSTIME);
            out.zigzag(t.seconds());
            out.zigzag(t.offset());
        } else if (v instanceof RelTimeValue) {
            out.write(RELTIME);
            out.fixed64(Double.doubleToRawLongBits(((RelTimeValue) v).seconds()));
        } else if (v instanceof ListValue) {
            listValue((ListValue) v);
        } else if (v instanceof ClassAdValue) {
            out.write(AD_VALUE);
            List<ClassAd.Attribute> attrs = attributes(((ClassAdValue) v).ad());
            out.varint(attrs.size());
            for (ClassAd.Attribute a : attrs) {
                out.string(a.name());
                expr(a.expr());
            }
        } else {
            throw new IllegalArgumentException("cannot encode a " + v.type().displayName() + " literal");
        }
    }

    /** A list value bound as a literal: its elements' trees, and whether it is a computed ("detached") list. */
    private void listValue(ListValue list) {
        boolean constant = list.scope() == null;
        for (Node n : list.elements()) {
            constant &= n.source() instanceof Literal;
        }
        if (!constant) {
            // elements bound to a scope: the list as written is what can be carried
            out.write(LIST);
            out.varint(list.size());
            for (Node n : list.elements()) {
                expr(n.source());
            }
            return;
        }
        out.write(list.isDetached() ? DETACHED_LIST_VALUE : LIST_VALUE);
        out.varint(list.size());
        for (Node n : list.elements()) {
            literal(((Literal) n.source()).value());
        }
    }

    /** A growable byte buffer with the codec's primitive writers. */
    private static final class Sink {
        private byte[] buf = new byte[1024];
        private int size;

        void reset() {
            size = 0;
        }

        /**
         * Stores {@code length} as a varint at {@code at}, where one byte was reserved before the
         * {@code length} bytes that follow; returns how far those bytes moved to make room.
         */
        int putLength(int at, int length) {
            int extra = 0;
            for (long v = length >>> 7; v != 0; v >>>= 7) {
                extra++;
            }
            if (extra > 0) {
                ensure(extra);
                System.arraycopy(buf, at + 1, buf, at + 1 + extra, length);
                size += extra;
            }
            long v = length;
            int i = at;
            while ((v & ~0x7fL) != 0) {
                buf[i++] = (byte) ((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            buf[i] = (byte) v;
            return extra;
        }

        int size() {
            return size;
        }

        private void ensure(int more) {
            if (size + more > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
            }
        }

        void write(int b) {
            ensure(1);
            buf[size++] = (byte) b;
        }

        void write(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, buf, size, len);
            size += len;
        }

        void varint(long v) {
            ensure(10);
            while ((v & ~0x7fL) != 0) {
                buf[size++] = (byte) ((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            buf[size++] = (byte) v;
        }

        void zigzag(long v) {
            varint((v << 1) ^ (v >> 63));
        }

        void fixed64(long v) {
            ensure(8);
            for (int i = 0; i < 8; i++) {
                buf[size++] = (byte) (v >>> (8 * i));
            }
        }

        /** Length and width flag, then one byte per char when every char fits in a byte, else two. */
        void string(String s) {
            int n = s.length();
            boolean wide = false;
            for (int i = 0; i < n; i++) {
                if (s.charAt(i) > 0xff) {
                    wide = true;
                    break;
                }
            }
            varint(((long) n << 1) | (wide ? 1 : 0));
            ensure(wide ? 2 * n : n);
            if (wide) {
                for (int i = 0; i < n; i++) {
                    char c = s.charAt(i);
                    buf[size++] = (byte) (c >>> 8);
                    buf[size++] = (byte) c;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    buf[size++] = (byte) s.charAt(i);
                }
            }
        }

        byte[] copy(int from) {
            return java.util.Arrays.copyOfRange(buf, from, size);
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(buf, size);
        }
    }
}
