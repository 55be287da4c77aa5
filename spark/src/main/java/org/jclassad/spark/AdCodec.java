package org.jclassad.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
import org.jclassad.ast.Operator;
import org.jclassad.ast.Parens;
import org.jclassad.ast.Position;
import org.jclassad.ast.RecordExpr;
import org.jclassad.ast.Selection;
import org.jclassad.ast.Subscript;
import org.jclassad.ast.UnaryOp;
import org.jclassad.eval.Node;
import org.jclassad.eval.Planner;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.value.AbsTimeValue;
import org.jclassad.value.BooleanValue;
import org.jclassad.eval.ClassAdValue;
import org.jclassad.value.IntegerValue;
import org.jclassad.eval.ListValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.RelTimeValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * The compact binary form of a whole ad held in the data source's {@code ad} column: every
 * attribute's name and expression tree as written (parentheses, literal kinds, name spellings),
 * so that decoding gives an ad that prints, evaluates and matches exactly as the original. Only
 * source positions are not kept. Decoding does not parse text: trees are rebuilt directly and
 * planned, and an expression repeated across ads (a pool's {@code Requirements}) is planned once
 * per decoder.
 *
 * <pre>{@code
 * byte[] bytes = AdCodec.encode(ClassAd.parse("[ Cpus = 4; Ok = Cpus > 2 ]"));
 * ClassAd back = AdCodec.decode(bytes);
 * back.evaluate("Ok");   // true
 * }</pre>
 *
 * A chained parent's attributes are folded into the encoded ad. Encoders and decoders are not
 * thread-safe; the static methods use a fresh one each call.
 */
public final class AdCodec {
    /** The first byte of every encoded ad: the format's version. */
    static final byte VERSION = 1;

    // literal tags
    private static final int UNDEFINED = 0;
    private static final int ERROR = 1;
    private static final int TRUE = 2;
    private static final int FALSE = 3;
    private static final int INTEGER = 4;
    private static final int REAL = 5;
    private static final int STRING = 6;
    private static final int ABSTIME = 7;
    private static final int RELTIME = 8;
    private static final int LIST_VALUE = 9;
    private static final int DETACHED_LIST_VALUE = 10;
    private static final int AD_VALUE = 11;
    // tree tags
    private static final int ATTRIBUTE = 16;
    private static final int ABSOLUTE_ATTRIBUTE = 17;
    private static final int SPINE = 18;
    private static final int UNARY = 19;
    private static final int CONDITIONAL = 20;
    private static final int ELVIS = 21;
    private static final int CALL = 22;
    private static final int LIST = 23;
    private static final int RECORD = 24;
    private static final int PARENS = 25;
    // spine links
    private static final int LINK_BINARY = 0;
    private static final int LINK_SELECT = 1;
    private static final int LINK_SUBSCRIPT = 2;

    private static final Operator[] OPERATORS = Operator.values();

    /** The last ad an encoder handing off encoded on this thread, with its bytes. */
    private record HandOff(byte[] bytes, ClassAd ad) {
    }

    private static final ThreadLocal<HandOff> HAND_OFF = new ThreadLocal<>();

    private AdCodec() {
    }

    /** Encodes an ad (its chained parent's attributes folded in). */
    public static byte[] encode(ClassAd ad) {
        return new Encoder().encode(ad);
    }

    /** Decodes an ad encoded by {@link #encode}. */
    public static ClassAd decode(byte[] bytes) {
        return new Decoder().decode(bytes);
    }

    /** Encodes ads one after another, remembering the bytes of expressions shared between ads. */
    public static final class Encoder {
        private static final int MAX_REMEMBERED = 1 << 14;
        private final Sink out = new Sink();
        private final IdentityHashMap<Expr, byte[]> shared = new IdentityHashMap<>();

        private boolean handingOff;

        /**
         * Hands each encoded ad to the next {@link Decoder#takingHandOffs() taking} decoder on this
         * thread that decodes the same bytes, which then gets the very ad instead of a copy. For a
         * producer that gives its ads away: it must not touch an ad once encoded.
         */
        Encoder handingOff() {
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
                out.write(UNARY);
                out.write(u.operator().ordinal());
                expr(u.operand());
            } else if (e instanceof Conditional) {
                Conditional c = (Conditional) e;
                out.write(CONDITIONAL);
                expr(c.condition());
                expr(c.whenTrue());
                expr(c.whenFalse());
            } else if (e instanceof Elvis) {
                Elvis v = (Elvis) e;
                out.write(ELVIS);
                expr(v.value());
                expr(v.fallback());
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
            } else if (e instanceof Parens) {
                out.write(PARENS);
                expr(((Parens) e).inner());
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
                if (link instanceof BinaryOp) {
                    BinaryOp b = (BinaryOp) link;
                    out.write(LINK_BINARY);
                    out.write(b.operator().ordinal());
                    expr(b.right());
                } else if (link instanceof Selection) {
                    out.write(LINK_SELECT);
                    out.string(((Selection) link).name());
                } else {
                    out.write(LINK_SUBSCRIPT);
                    expr(((Subscript) link).index());
                }
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
    }

    /** Decodes ads one after another, planning each distinct expression once. */
    public static final class Decoder {
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
         * Takes the ad an {@link Encoder#handingOff() encoder handing off} on this thread encoded
         * last, when the bytes are the same (compared in full): in a Spark task the reader encodes
         * an ad for its row and the next stage decodes that row's copy of the bytes at once, so
         * the ad need not be rebuilt. The taker owns the ad (it may modify it).
         */
        Decoder takingHandOffs() {
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
                    ad.insert(name, node());
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
                    return new UnaryOp(operator(), expr(), Position.NONE);
                case CONDITIONAL:
                    return new Conditional(expr(), expr(), expr(), Position.NONE);
                case ELVIS:
                    return new Elvis(expr(), expr(), Position.NONE);
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
                    return new Parens(expr(), Position.NONE);
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
                        Operator op = operator();
                        e = new BinaryOp(op, e, expr(), Position.NONE);
                        break;
                    }
                    case LINK_SELECT:
                        e = new Selection(e, string(varint()), Position.NONE);
                        break;
                    case LINK_SUBSCRIPT:
                        e = new Subscript(e, expr(), Position.NONE);
                        break;
                    default:
                        throw new IllegalArgumentException("not an encoded ad: bad chain link " + kind + " at byte " + (pos - 1));
                }
            }
            return e;
        }

        private Operator operator() {
            int o = in[pos++] & 0xff;
            if (o >= OPERATORS.length) {
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
                        ad.insert(name, plan(expr()));
                    }
                    return new ClassAdValue(ad.scope());
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
