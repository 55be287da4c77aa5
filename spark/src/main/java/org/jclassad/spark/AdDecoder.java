package org.jclassad.spark;

import static org.jclassad.spark.AdCodec.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jclassad.ClassAd;
import org.jclassad.ast.AttributeRef;
import org.jclassad.ast.BinaryOp;
import org.jclassad.ast.Conditional;
import org.jclassad.ast.Expr;
import org.jclassad.ast.FunctionCall;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.Operator;
import org.jclassad.ast.Position;
import org.jclassad.ast.RecordExpr;
import org.jclassad.ast.Selection;
import org.jclassad.ast.UnaryOp;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.ClassAdValue;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.eval.ListValue;
import org.jclassad.eval.Node;
import org.jclassad.eval.Planner;
import org.jclassad.value.Value;

/** Decodes ads one after another, planning each distinct expression once. */
public final class AdDecoder {
    private static final int MAX_REMEMBERED = 1 << 14;
    /** Encoded trees longer than this are not remembered. */
    private static final int MAX_REMEMBERED_BYTES = 1 << 12;
    private final Planner planner = new Planner(FunctionRegistry.global());
    private final int functionsVersion = FunctionRegistry.global().version();
    private final Map<Slice, Node> planned = new HashMap<>();
    private final Map<Slice, String> names = new HashMap<>();
    private final Slice probe = new Slice();
    private byte[] in;
    private int pos;
    private boolean definesAd;

    private boolean takingHandOffs;

    /**
     * Takes the ad an {@link AdEncoder#handingOff() encoder handing off} on this thread encoded
     * last, when the bytes are the same (compared in full): in a Spark task the reader encodes
     * an ad for its row and the next stage decodes that row's copy of the bytes at once, so
     * the ad need not be rebuilt. The taker owns the ad (it may modify it).
     */
    AdDecoder takingHandOffs() {
        takingHandOffs = true;
        return this;
    }

    public ClassAd decode(byte[] bytes) {
        if (takingHandOffs) {
            HandOff h = HAND_OFF.get();
            if (h != null && java.util.Arrays.equals(h.bytes(), bytes)) {
                HAND_OFF.remove();
                return h.ad();
            }
        }
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("not an encoded ad: no bytes");
        }
        if (bytes[0] != VERSION) {
            throw new IllegalArgumentException("not an encoded ad of version " + VERSION + " (first byte " + bytes[0] + ")");
        }
        if (functionsVersion != FunctionRegistry.global().version()) {
            planned.clear();
        }
        in = bytes;
        pos = 1;
        try {
            ClassAd ad = new ClassAd();
            int n = varint();
            for (int i = 0; i < n; i++) {
                String name = name();
                ClassAdAccess.bind(ad, name, node());
            }
            if (pos != in.length) {
                throw new IllegalArgumentException("not an encoded ad: " + (in.length - pos) + " bytes left over");
            }
            return ad;
        } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IllegalArgumentException("not an encoded ad: truncated at byte " + pos);
        } finally {
            in = null;
        }
    }

    /** An attribute name, one shared String per distinct name (keyed by its encoded bytes, header included). */
    private String name() {
        int start = pos;
        int header = varint();
        int bytes = (header & 1) == 0 ? header >>> 1 : 2 * (header >>> 1);
        int end = pos + bytes;
        if (end > in.length) {
            throw new ArrayIndexOutOfBoundsException(end);
        }
        probe.set(in, start, end - start);
        String name = names.get(probe);
        if (name == null) {
            name = string(header);
            if (names.size() >= MAX_REMEMBERED) {
                names.clear();
            }
            names.put(probe.copy(), name);
        } else {
            pos = end;
        }
        return name;
    }

    /** The planned node of the next tree (length first); repeated non-literal trees are planned once. */
    private Node node() {
        int len = varint();
        int start = pos;
        int end = start + len;
        if (end > in.length || len == 0) {
            throw new IllegalArgumentException("not an encoded ad: bad expression length at byte " + start);
        }
        int tag = in[start] & 0xff;
        if (tag < ATTRIBUTE || len > MAX_REMEMBERED_BYTES) {
            return plan(exprEndingAt(end));
        }
        probe.set(in, start, len);
        Node n = planned.get(probe);
        if (n != null) {
            pos = end;
            return n;
        }
        definesAd = false;
        n = plan(exprEndingAt(end));
        // a planned ad literal must not be shared between ads (the evaluator recognises its attributes)
        if (!definesAd) {
            if (planned.size() >= MAX_REMEMBERED) {
                planned.clear();
            }
            planned.put(probe.copy(), n);
        }
        return n;
    }

    private Expr exprEndingAt(int end) {
        Expr e = expr();
        if (pos != end) {
            throw new IllegalArgumentException("not an encoded ad: expression length mismatch at byte " + pos);
        }
        return e;
    }

    private Node plan(Expr e) {
        return planner.plan(e);
    }

    private Expr expr() {
        int tag = in[pos++] & 0xff;
        switch (tag) {
            case ATTRIBUTE:
            case ABSOLUTE_ATTRIBUTE:
                return new AttributeRef(string(varint()), tag == ABSOLUTE_ATTRIBUTE, Position.NONE);
            case SPINE:
                return spine();
            case UNARY:
                return new UnaryOp(operator(Operator.Notation.PREFIX), expr(), Position.NONE);
            case CONDITIONAL:
                return new Conditional(expr(), expr(), expr(), Position.NONE);
            case ELVIS:
                return new BinaryOp(Operator.ELVIS, expr(), expr(), Position.NONE);
            case CALL: {
                String name = string(varint());
                return new FunctionCall(name, exprs(), Position.NONE);
            }
            case LIST:
                return new ListExpr(exprs(), Position.NONE);
            case RECORD: {
                definesAd = true;
                int n = varint();
                List<RecordExpr.Attribute> attrs = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    String name = string(varint());
                    attrs.add(new RecordExpr.Attribute(name, expr()));
                }
                return new RecordExpr(attrs, Position.NONE);
            }
            case PARENS:
                return new UnaryOp(Operator.PARENTHESES, expr(), Position.NONE);
            default:
                pos--;
                return Literal.of(literal());
        }
    }

    private List<Expr> exprs() {
        int n = varint();
        List<Expr> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(expr());
        }
        return list;
    }

    private Expr spine() {
        Expr e = expr();
        int links = varint();
        for (int i = 0; i < links; i++) {
            int kind = in[pos++];
            switch (kind) {
                case LINK_BINARY: {
                    Operator op = operator(Operator.Notation.INFIX);
                    e = new BinaryOp(op, e, expr(), Position.NONE);
                    break;
                }
                case LINK_SELECT:
                    e = new Selection(e, string(varint()), Position.NONE);
                    break;
                case LINK_SUBSCRIPT:
                    e = new BinaryOp(Operator.SUBSCRIPT, e, expr(), Position.NONE);
                    break;
                default:
                    throw new IllegalArgumentException("not an encoded ad: bad chain link " + kind + " at byte " + (pos - 1));
            }
        }
        return e;
    }

    /** An operator written {@code notation} (the structural ones have tags of their own). */
    private Operator operator(Operator.Notation notation) {
        int o = in[pos++] & 0xff;
        if (o >= OPERATORS.length || OPERATORS[o].notation() != notation || OPERATORS[o] == Operator.ELVIS) {
            throw new IllegalArgumentException("not an encoded ad: bad operator " + o + " at byte " + (pos - 1));
        }
        return OPERATORS[o];
    }

    private Value literal() {
        int tag = in[pos++] & 0xff;
        switch (tag) {
            case UNDEFINED:
                return Value.UNDEFINED;
            case ERROR:
                return Value.ERROR;
            case TRUE:
                return Value.TRUE;
            case FALSE:
                return Value.FALSE;
            case INTEGER:
                return Value.of(zigzag());
            case REAL:
                return Value.of(Double.longBitsToDouble(fixed64()));
            case STRING:
                return Value.ofBytes(string(varint()));
            case ABSTIME: {
                long seconds = zigzag();
                return Value.absTime(seconds, (int) zigzag());
            }
            case RELTIME:
                return Value.relTime(Double.longBitsToDouble(fixed64()));
            case LIST_VALUE:
            case DETACHED_LIST_VALUE: {
                int n = varint();
                List<Value> values = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    values.add(literal());
                }
                return tag == LIST_VALUE ? ListValue.ofValues(values) : ListValue.detachedOfValues(values);
            }
            case AD_VALUE: {
                definesAd = true;
                int n = varint();
                ClassAd ad = new ClassAd();
                for (int i = 0; i < n; i++) {
                    String name = string(varint());
                    ClassAdAccess.bind(ad, name, plan(expr()));
                }
                return new ClassAdValue(ClassAdAccess.scope(ad));
            }
            default:
                throw new IllegalArgumentException("not an encoded ad: unknown tag " + tag + " at byte " + (pos - 1));
        }
    }

    /** A length: a varint that fits an int. */
    private int varint() {
        long v = varlong();
        if (v > Integer.MAX_VALUE || v < 0) {
            throw new IllegalArgumentException("not an encoded ad: bad length at byte " + pos);
        }
        return (int) v;
    }

    private long zigzag() {
        long v = varlong();
        return (v >>> 1) ^ -(v & 1);
    }

    /** Seven bits a byte, low bits first, the high bit set on every byte but the last. */
    private long varlong() {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in[pos++];
            result |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new IllegalArgumentException("not an encoded ad: bad number at byte " + pos);
    }

    private long fixed64() {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v |= (long) (in[pos++] & 0xff) << (8 * i);
        }
        return v;
    }

    /** A string whose header (length and width flag) was just read: one byte per char, or two. */
    private String string(int header) {
        int n = header >>> 1;
        if ((header & 1) == 0) {
            if (pos + n > in.length) {
                throw new ArrayIndexOutOfBoundsException(pos + n);
            }
            String s = new String(in, pos, n, java.nio.charset.StandardCharsets.ISO_8859_1);
            pos += n;
            return s;
        }
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            chars[i] = (char) (((in[pos] & 0xff) << 8) | (in[pos + 1] & 0xff));
            pos += 2;
        }
        return new String(chars);
    }

    /** A byte range used as a map key (its bytes are compared, not its identity). */
    private static final class Slice {
        private byte[] bytes;
        private int off;
        private int len;
        private int hash;

        void set(byte[] b, int o, int l) {
            bytes = b;
            off = o;
            len = l;
            int h = 1;
            for (int i = o; i < o + l; i++) {
                h = 31 * h + b[i];
            }
            hash = h;
        }

        Slice copy() {
            Slice s = new Slice();
            s.bytes = java.util.Arrays.copyOfRange(bytes, off, off + len);
            s.off = 0;
            s.len = len;
            s.hash = hash;
            return s;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Slice)) {
                return false;
            }
            Slice s = (Slice) o;
            return len == s.len && hash == s.hash
                    && java.util.Arrays.equals(bytes, off, off + len, s.bytes, s.off, s.off + len);
        }
    }
}
