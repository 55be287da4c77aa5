package org.jclassad.spark;

import org.jclassad.ClassAd;
import org.jclassad.ast.Operator;

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
    static final int UNDEFINED = 0;
    static final int ERROR = 1;
    static final int TRUE = 2;
    static final int FALSE = 3;
    static final int INTEGER = 4;
    static final int REAL = 5;
    static final int STRING = 6;
    static final int ABSTIME = 7;
    static final int RELTIME = 8;
    static final int LIST_VALUE = 9;
    static final int DETACHED_LIST_VALUE = 10;
    static final int AD_VALUE = 11;
    // tree tags
    static final int ATTRIBUTE = 16;
    static final int ABSOLUTE_ATTRIBUTE = 17;
    static final int SPINE = 18;
    static final int UNARY = 19;
    static final int CONDITIONAL = 20;
    static final int ELVIS = 21;
    static final int CALL = 22;
    static final int LIST = 23;
    static final int RECORD = 24;
    static final int PARENS = 25;
    // spine links
    static final int LINK_BINARY = 0;
    static final int LINK_SELECT = 1;
    static final int LINK_SUBSCRIPT = 2;

    /**
     * Prefix and infix operators are written by ordinal (new constants are appended to
     * {@link Operator}, so the ordinals keep); parentheses, the Elvis operator and subscripts are
     * written with the tags and link kinds above, as before they were operators.
     */
    static final Operator[] OPERATORS = Operator.values();

    /** The last ad an encoder handing off encoded on this thread, with its bytes. */
    record HandOff(byte[] bytes, ClassAd ad) {
    }

    static final ThreadLocal<HandOff> HAND_OFF = new ThreadLocal<>();

    private AdCodec() {
    }

    /** Encodes an ad (its chained parent's attributes folded in). */
    public static byte[] encode(ClassAd ad) {
        return new AdEncoder().encode(ad);
    }

    /** Decodes an ad encoded by {@link #encode}. */
    public static ClassAd decode(byte[] bytes) {
        return new AdDecoder().decode(bytes);
    }
}
